"""The project's catalog of documented endpoints (openapi/catalog.yaml), loaded once for every test.

The catalog is project data: the list of routes Partnero documents, with their examples and
evidence, that the spec and the mock are checked against. Everything here is read from the
checkout itself.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
CATALOG_PATH = ROOT / "openapi" / "catalog.yaml"

Entry = dict[str, Any]
Route = tuple[str, str, str]  # (program, method, path)


@cache
def _load() -> tuple[Entry, ...]:
    entries = yaml.safe_load(CATALOG_PATH.read_text(encoding="utf-8"))
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"{CATALOG_PATH} holds no list of endpoints")
    return tuple(entries)


KNOWN_UNKNOWN = "known-unknown"


def entries() -> list[Entry]:
    """Every catalog entry, one per (program, method, path); a fresh list each call. Includes the
    known-unknown entries (operations the docs name without a route), which have no path."""
    return list(_load())


def is_route(entry: Entry) -> bool:
    """False for a known-unknown entry: documented by name only, so no route of spec or mock."""
    if entry.get("status") == KNOWN_UNKNOWN:
        if entry.get("path") is not None:
            raise ValueError(f"{entry['operation']}: a known-unknown entry has path: null")
        return False
    if entry.get("path") is None:
        raise ValueError(f"{entry['operation']}: no path, and not marked {KNOWN_UNKNOWN}")
    return True


def route_entries() -> list[Entry]:
    """The entries that name a route (every entry but the known-unknown ones)."""
    return [e for e in _load() if is_route(e)]


def route(entry: Entry) -> Route:
    return (entry["program"], entry["method"], entry["path"])


def routes() -> set[Route]:
    return {route(e) for e in route_entries()}
