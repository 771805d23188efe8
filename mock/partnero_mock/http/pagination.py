"""The page envelope of Partnero lists (Laravel's "simple" paginator).

Replies carry ``links`` (first, last, prev, next) and ``meta`` (current_page, from, path, per_page,
to) but never a total. ``last`` is always null, ``next`` is null on the last page, and ``from`` and
``to`` are null on an empty page. URLs are absolute and built from the base URL the request came in
on, so a client can follow ``links.next`` verbatim against the mock.

Links carry ``page`` first and then the other query parameters of the request (so filters survive
link following), plus ``limit`` when it came from the JSON body only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlencode

from ..domain.errors import ValidationFailed
from ..domain.validation import to_integer
from .context import Ctx
from .params import last_wins
from .replies import Reply

T = TypeVar("T")


@dataclass(frozen=True)
class Bounds:
    low: int
    high: int
    default: int


STANDARD = Bounds(1, 250, 15)
DOMAINS = Bounds(1, 250, 10)
WEBHOOKS = Bounds(10, 100, 10)
SUBSCRIBERS = Bounds(10, 250, 10)
PROMOTION_CODES = Bounds(10, 100, 10)


@dataclass(frozen=True)
class PageRequest:
    limit: int
    page: int
    limit_from_body_only: bool

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.limit


def page_request(ctx: Ctx, bounds: Bounds) -> PageRequest:
    errors: dict[str, list[str]] = {}
    limit = _integer_param(ctx, "limit", bounds.default, bounds.low, bounds.high, errors)
    page = _integer_param(ctx, "page", 1, 1, None, errors)
    if errors:
        raise ValidationFailed(errors)
    from_body_only = ctx.params.body.get("limit") is not None and "limit" not in ctx.params.query
    return PageRequest(limit=limit, page=page, limit_from_body_only=from_body_only)


def _integer_param(
    ctx: Ctx, name: str, default: int, low: int, high: int | None, errors: dict[str, list[str]]
) -> int:
    raw = ctx.params.get(name)
    if raw is None:
        return default
    value = to_integer(raw)
    if value is None:
        errors[name] = [f"The {name} must be an integer."]
        return default
    if value < low:
        errors[name] = [f"The {name} must be at least {low}."]
    elif high is not None and value > high:
        errors[name] = [f"The {name} must not be greater than {high}."]
    return value


def sort_order(ctx: Ctx) -> str:
    """``asc`` (oldest first, the default) or ``desc``; only the n8n node sends ``sort``."""
    raw = ctx.params.get("sort")
    if raw is None:
        return "asc"
    if not isinstance(raw, str) or raw.lower() not in ("asc", "desc"):
        raise ValidationFailed.single("sort", "The selected sort is invalid.")
    return raw.lower()


def ordered(ctx: Ctx, items: Sequence[T]) -> list[T]:
    return list(reversed(items)) if sort_order(ctx) == "desc" else list(items)


def page_slice(ctx: Ctx, items: Sequence[T], bounds: Bounds) -> tuple[PageRequest, list[T], bool]:
    request = page_request(ctx, bounds)
    window = list(items[request.offset : request.offset + request.limit + 1])
    has_more = len(window) > request.limit
    return request, window[: request.limit], has_more


def paginated(ctx: Ctx, items: Sequence[T], render: Callable[[T], Any], bounds: Bounds = STANDARD) -> Reply:
    request, window, has_more = page_slice(ctx, items, bounds)
    path_url = f"{ctx.base_url}{ctx.path}"

    def link(page: int) -> str:
        query = {name: value for name, value in last_wins(ctx.params.query_pairs).items() if name != "page"}
        if request.limit_from_body_only:
            query["limit"] = str(request.limit)
        return f"{path_url}?{urlencode({'page': page, **query})}"

    first_index = request.offset + 1 if window else None
    last_index = request.offset + len(window) if window else None
    payload = {
        "data": [render(item) for item in window],
        "links": {
            "first": link(1),
            "last": None,
            "prev": link(request.page - 1) if request.page > 1 else None,
            "next": link(request.page + 1) if has_more else None,
        },
        "meta": {
            "current_page": request.page,
            "from": first_index,
            "path": path_url,
            "per_page": request.limit,
            "to": last_index,
        },
        "status": 1,
    }
    return Reply(200, payload)


def unpaged(ctx: Ctx, items: Sequence[T], render: Callable[[T], Any], bounds: Bounds = STANDARD) -> Reply:
    """Lists documented without ``links``/``meta``: ``limit`` and ``page`` still cut the list."""
    _, window, _ = page_slice(ctx, items, bounds)
    return Reply(200, {"data": [render(item) for item in window], "status": 1})
