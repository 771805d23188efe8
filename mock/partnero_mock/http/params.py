"""Request parameters: the query string merged with the JSON body.

Partnero's own clients put list filters in the JSON body of GET requests (PHP SDK), repeat query
keys when following page links (n8n), spell dotted filters with underscores or brackets, and send
``null`` for fields they do not set. This module hides those habits from the handlers:

* query values win over body values of the same name. A client that follows ``links.next``
  verbatim while re-sending its first body (``{"page": 1}``) must still move to the next page;
* a repeated query key keeps its last value (``name[]`` keys collect a list instead);
* ``a[b]=v`` and ``a.b=v`` in the query both become ``{"a": {"b": "v"}}``;
* empty strings become ``None`` everywhere, so "empty", ``null`` and "absent" are one case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl

_BRACKETS = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])+)$")


def blank_to_none(value: Any) -> Any:
    """Recursively turn empty strings into ``None`` (iterative, so deep documents cannot recurse)."""
    if isinstance(value, str):
        return None if value == "" else value
    if not isinstance(value, dict | list):
        return value
    root: list[Any] = [value]
    stack: list[Any] = [root]
    while stack:
        container = stack.pop()
        members: Iterable[Any] = container.keys() if isinstance(container, dict) else range(len(container))
        for member in list(members):
            item = container[member]
            if item == "" and isinstance(item, str):
                container[member] = None
            elif isinstance(item, dict | list):
                stack.append(item)
    return root[0]


def parse_query(raw_query: str) -> list[tuple[str, str]]:
    return parse_qsl(raw_query, keep_blank_values=True) if raw_query else []


def last_wins(pairs: list[tuple[str, str]]) -> dict[str, str]:
    result: dict[str, str] = {}
    for name, value in pairs:
        result.pop(name, None)  # moving the key keeps the order of the last occurrence
        result[name] = value
    return result


def nest_query(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Query pairs as a nested mapping (literal names are kept as well)."""
    nested: dict[str, Any] = {}
    lists: dict[str, list[Any]] = {}
    for name, raw_value in last_wins([p for p in pairs if not p[0].endswith("[]")]).items():
        value: Any = None if raw_value == "" else raw_value
        nested[name] = value
        path = _split_name(name)
        if len(path) > 1:
            _assign(nested, path, value)
    for name, raw_value in pairs:
        if name.endswith("[]"):
            lists.setdefault(name[:-2], []).append(None if raw_value == "" else raw_value)
    for name, values in lists.items():
        path = _split_name(name)
        _assign(nested, path, values)
    return nested


def _split_name(name: str) -> list[str]:
    match = _BRACKETS.match(name)
    if match:
        return [match.group(1), *re.findall(r"\[([^\[\]]*)\]", match.group(2))]
    if "." in name and not name.startswith(".") and not name.endswith("."):
        return name.split(".")
    return [name]


def _assign(target: dict[str, Any], path: list[str], value: Any) -> None:
    cursor = target
    for part in path[:-1]:
        existing = cursor.get(part)
        if not isinstance(existing, dict):
            if existing is not None:
                return  # a scalar with the same name was sent as well; keep the scalar
            existing = {}
            cursor[part] = existing
        cursor = existing
    cursor[path[-1]] = value


def deep_merge(base: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for name, value in overlay.items():
        if isinstance(value, dict) and isinstance(merged.get(name), dict):
            merged[name] = deep_merge(merged[name], value)
        else:
            merged[name] = value
    return merged


class Params:
    """Read access to the merged parameters of one request."""

    def __init__(self, query_pairs: list[tuple[str, str]], body: dict[str, Any]) -> None:
        self.query_pairs = query_pairs
        self.query = nest_query(query_pairs)
        self.body = body
        self.merged = deep_merge(body, self.query)

    def get(self, *names: str) -> Any:
        """The first non-null value among the given spellings (``partner.key``, ``partner_key`` ...)."""
        for name in names:
            value = self._lookup(name)
            if value is not None:
                return value
        return None

    def given(self, name: str) -> bool:
        return self._lookup(name) is not None

    def _lookup(self, name: str) -> Any:
        if name in self.merged:
            return self.merged[name]
        cursor: Any = self.merged
        for part in name.split("."):
            if not isinstance(cursor, dict):
                return None
            cursor = cursor.get(part)
        return cursor

    def with_aliases(self, aliases: dict[str, tuple[str, ...]]) -> dict[str, Any]:
        """The merged mapping with each canonical name filled from its first non-null alias."""
        data = dict(self.merged)
        for canonical, spellings in aliases.items():
            value = self.get(canonical, *spellings)
            if value is not None:
                data[canonical] = value
        return data
