"""What an error tracker would record about an exception: the repr of every local of every frame
of its traceback, through the whole __cause__/__context__ chain (Sentry's default)."""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from typing import Any

MAX_DEPTH = 6


def _reprs(value: Any, depth: int = 0) -> Iterator[str]:
    try:
        yield repr(value)
    except Exception as exc:  # noqa: BLE001 - a broken repr is not a leak
        yield f"<repr failed: {type(exc).__name__}>"
    if depth >= MAX_DEPTH:
        return
    if isinstance(value, dict):
        for key, item in list(value.items()):
            yield from _reprs(key, depth + 1)
            yield from _reprs(item, depth + 1)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in list(value):
            yield from _reprs(item, depth + 1)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        todo += [item.__cause__, item.__context__]


def recorded(exc: BaseException) -> tuple[str, int]:
    """Everything recorded about `exc`, and how many frames it came from."""
    texts: list[str] = []
    frames = 0
    for item in _chain(exc):
        texts += [repr(item), str(item), *map(repr, item.args)]
        tb = item.__traceback__
        while tb is not None:
            frames += 1
            for value in list(tb.tb_frame.f_locals.values()):
                texts.extend(_reprs(value))
            tb = tb.tb_next
    texts.append("".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format()))
    return "\n".join(texts), frames
