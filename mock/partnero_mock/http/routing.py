"""Route table with the matching rules the Partnero paths need.

* Paths are compared segment by segment after percent-decoding each segment, so a colon route such
  as ``/v1/partners:search`` is plain literal text and an id may even contain an encoded slash.
* When several templates fit a path, the most literal one wins (``/v1/leads/convert`` beats
  ``/v1/leads/{id}``), compared left to right.
* The path is resolved first, the method second: a path that exists for the key's program type but
  lacks the method answers 405 with ``Allow`` listing the methods of that path. So
  ``DELETE /v1/leads/convert`` is a 405, not a delete of a lead called "convert".
* Routes belong to program types; a path that exists only for another type is a 404.
* A trailing slash is ignored (the PHP SDK sometimes sends ``/v1/partners/``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import unquote

from ..domain.program import ProgramType

if TYPE_CHECKING:
    from .context import Ctx
    from .replies import Reply

Handler = Callable[["Ctx"], "Reply"]
ALL_PROGRAMS = frozenset(ProgramType)
AFFILIATE = frozenset({ProgramType.AFFILIATE})
REFERRAL = frozenset({ProgramType.REFERRAL})
NEWSLETTER = frozenset({ProgramType.NEWSLETTER})
METHOD_ORDER = ("GET", "POST", "PUT", "DELETE")


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    operation: str
    handler: Handler
    programs: frozenset[ProgramType]
    changes_state: bool


@dataclass
class _Template:
    template: str
    segments: tuple[str, ...]
    routes: list[Route] = field(default_factory=list)

    @property
    def specificity(self) -> tuple[int, ...]:
        return tuple(1 if _is_param(segment) else 0 for segment in self.segments)

    def match(self, parts: list[str]) -> dict[str, str] | None:
        if len(parts) != len(self.segments):
            return None
        params: dict[str, str] = {}
        for expected, actual in zip(self.segments, parts, strict=True):
            if _is_param(expected):
                if not actual:
                    return None
                params[expected[1:-1]] = actual
            elif expected != actual:
                return None
        return params

    def routes_for(self, program_type: ProgramType | None) -> list[Route]:
        return [r for r in self.routes if program_type is None or program_type in r.programs]


@dataclass(frozen=True)
class Match:
    template: str
    path_params: dict[str, str]
    routes: dict[str, Route]

    @property
    def allow(self) -> str:
        methods = sorted(self.routes, key=lambda m: METHOD_ORDER.index(m) if m in METHOD_ORDER else 99)
        return ", ".join(methods)


def _bucket(segments: tuple[str, ...] | list[str], literal: bool = True) -> tuple[int, str | None]:
    """Index key: segment count and the resource segment (after /v1), when it is literal text."""
    second = segments[1] if len(segments) > 1 else None
    return len(segments), (second if second is not None and not (literal and _is_param(second)) else None)


class RouteTable:
    def __init__(self) -> None:
        self._templates: dict[str, _Template] = {}
        # Templates by (length, resource segment), so a lookup tries a handful, not all ~70.
        self._buckets: dict[tuple[int, str | None], list[_Template]] = {}

    def add(
        self,
        method: str,
        template: str,
        operation: str,
        handler: Handler,
        programs: Iterable[ProgramType] = ALL_PROGRAMS,
        *,
        changes_state: bool | None = None,
        aliases: Iterable[str] = (),
    ) -> None:
        writes = method != "GET" if changes_state is None else changes_state
        route = Route(method, template, operation, handler, frozenset(programs), writes)
        for path in (template, *aliases):
            entry = self._templates.get(path)
            if entry is None:
                entry = _Template(path, tuple(path.strip("/").split("/")))
                self._templates[path] = entry
                self._buckets.setdefault(_bucket(entry.segments), []).append(entry)
            if any(r.method == method and r.programs & route.programs for r in entry.routes):
                raise ValueError(f"duplicate route {method} {path}")
            entry.routes.append(route)

    def routes(self) -> list[Route]:
        seen: dict[tuple[str, str, frozenset[ProgramType]], Route] = {}
        for entry in self._templates.values():
            for route in entry.routes:
                seen.setdefault((route.method, route.template, route.programs), route)
        return list(seen.values())

    def resolve(self, path: str, program_type: ProgramType | None) -> Match | None:
        """The most literal template matching ``path`` that has routes for ``program_type``.

        ``program_type=None`` asks whether the path exists for any program type at all.
        """
        parts = split_path(path)
        best: tuple[tuple[int, ...], _Template, dict[str, str]] | None = None
        length, resource = _bucket(parts, literal=False)
        candidates = self._buckets.get((length, resource), []) + self._buckets.get((length, None), [])
        for entry in candidates:
            params = entry.match(parts)
            if params is None or not entry.routes_for(program_type):
                continue
            if best is None or entry.specificity < best[0]:
                best = (entry.specificity, entry, params)
        if best is None:
            return None
        _, entry, params = best
        routes = {route.method: route for route in entry.routes_for(program_type)}
        return Match(entry.template, params, routes)


def split_path(path: str) -> list[str]:
    """Decoded path segments; a trailing slash is dropped."""
    trimmed = path.strip("/")
    return [unquote(part) for part in trimmed.split("/")] if trimmed else []


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")
