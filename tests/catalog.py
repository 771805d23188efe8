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


def entries() -> list[Entry]:
    """Every catalog entry, one per (program, method, path); a fresh list each call."""
    return list(_load())


def route(entry: Entry) -> Route:
    return (entry["program"], entry["method"], entry["path"])


def routes() -> set[Route]:
    return {route(e) for e in _load()}
