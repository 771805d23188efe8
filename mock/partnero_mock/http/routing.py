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
    #: the routes of each program type by method, kept in step with ``routes``
    by_type: dict[ProgramType, dict[str, Route]] = field(default_factory=dict)
    specificity: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        self.specificity = tuple(1 if _is_param(segment) else 0 for segment in self.segments)

    def add(self, route: Route) -> None:
        self.routes.append(route)
        for program_type in route.programs:
            self.by_type.setdefault(program_type, {})[route.method] = route

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


@dataclass(frozen=True)
class Match:
    template: str
    path_params: dict[str, str]
    routes: dict[str, Route]

    @property
    def allow(self) -> str:
        methods = sorted(self.routes, key=lambda m: METHOD_ORDER.index(m) if m in METHOD_ORDER else 99)
        return ", ".join(methods)


class Resolution:
    """What one path resolves to for every program type, found in a single pass over the table."""

    def __init__(self, best: dict[ProgramType, tuple[_Template, dict[str, str]]]) -> None:
        self._best = best
        self._matches: dict[ProgramType, Match] = {}

    def __bool__(self) -> bool:
        """Whether any program type has the path."""
        return bool(self._best)

    def for_type(self, program_type: ProgramType) -> Match | None:
        match = self._matches.get(program_type)
        if match is None:
            found = self._best.get(program_type)
            if found is None:
                return None
            entry, params = found
            match = self._matches[program_type] = Match(entry.template, params, entry.by_type[program_type])
        return match


def _bucket(segments: tuple[str, ...] | list[str], literal: bool = True) -> tuple[int, str | None]:
    """Index key: segment count and the resource segment (after /v1), when it is literal text."""
    second = segments[1] if len(segments) > 1 else None
    return len(segments), (second if second is not None and not (literal and _is_param(second)) else None)


#: resolved paths remembered; ids make paths many, so the memory is cleared when full
_RESOLVED_PATHS = 4096


class RouteTable:
    def __init__(self) -> None:
        self._resolved: dict[str, Resolution] = {}
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
            entry.add(route)
        self._resolved.clear()

    def routes(self) -> list[Route]:
        seen: dict[tuple[str, str, frozenset[ProgramType]], Route] = {}
        for entry in self._templates.values():
            for route in entry.routes:
                seen.setdefault((route.method, route.template, route.programs), route)
        return list(seen.values())

    def resolve_all(self, path: str) -> Resolution:
        """The most literal template matching ``path``, for each program type that has one."""
        found = self._resolved.get(path)
        if found is None:
            if len(self._resolved) >= _RESOLVED_PATHS:
                self._resolved.clear()
            found = self._resolved[path] = self._resolve_all(path)
        return found

    def _resolve_all(self, path: str) -> Resolution:
        parts = split_path(path)
        length, resource = _bucket(parts, literal=False)
        best: dict[ProgramType, tuple[_Template, dict[str, str]]] = {}
        for key in ((length, resource), (length, None)):
            for entry in self._buckets.get(key, ()):
                params = entry.match(parts)
                if params is None:
                    continue
                for program_type in entry.by_type:
                    current = best.get(program_type)
                    if current is None or entry.specificity < current[0].specificity:
                        best[program_type] = (entry, params)
        return Resolution(best)

    def resolve(self, path: str, program_type: ProgramType | None) -> Match | None:
        """The match of ``path`` for ``program_type``; ``None`` asks for any program type."""
        resolution = self.resolve_all(path)
        if program_type is not None:
            return resolution.for_type(program_type)
        if not resolution:
            return None
        # every route of the path, whatever its program type (for "does this path exist at all")
        found = [m for t in ProgramType if (m := resolution.for_type(t)) is not None]
        routes = {method: route for m in found for method, route in m.routes.items()}
        return Match(found[0].template, found[0].path_params, routes)


def split_path(path: str) -> list[str]:
    """Decoded path segments; a trailing slash is dropped."""
    trimmed = path.strip("/")
    return [unquote(part) for part in trimmed.split("/")] if trimmed else []


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")
