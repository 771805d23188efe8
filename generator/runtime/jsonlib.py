"""Decoding reply bodies: orjson when it is installed (the `fast-json` extra), else the stdlib.

orjson parses a page of partners two to three times faster than `json.loads`. It is stricter in
a few corners (NaN and Infinity, UTF-16 bodies, lone surrogates), so a body it refuses is decoded
again by `json.loads` and gives the value, or the error, it gave without the extra. One difference
stays: an integer beyond 64 bits (no Partnero field carries one) becomes a float with orjson.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

_fast: Callable[[bytes | str], Any] | None
try:
    import orjson
except ImportError:  # the extra is not installed
    _fast = None
else:
    _fast = orjson.loads


def stdlib_loads(data: bytes | str) -> Any:
    return json.loads(data)


def fast_loads(data: bytes | str) -> Any:
    assert _fast is not None
    try:
        return _fast(data)
    except ValueError:  # orjson.JSONDecodeError; json.loads decides, as it did without orjson
        return json.loads(data)


# Callers look `loads` up on this module at each call, so a benchmark or test can swap it.
loads: Callable[[bytes | str], Any] = stdlib_loads if _fast is None else fast_loads
FAST = _fast is not None

__all__ = ["FAST", "fast_loads", "loads", "stdlib_loads"]
