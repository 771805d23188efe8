"""Refusing replies with lone UTF-16 surrogates in their JSON strings.

JSON may escape half of a surrogate pair on its own (`"\\ud800"`); Python decodes it into a `str`
that cannot be encoded again, so an id read from such a reply raises UnicodeEncodeError when the
caller passes it back. Such a reply is refused when read instead.
"""

from __future__ import annotations

import json
import re
from typing import Any

# A quick test on the raw bytes: any escaped surrogate at all (valid pairs included).
_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _has_lone_surrogate(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def refuse_lone_surrogates(content: bytes) -> None:
    """Raise ValueError if the JSON body holds a string with a lone surrogate."""
    if not _ESCAPED_SURROGATE.search(content):
        return
    try:
        decoded = json.loads(content)
    except (ValueError, RecursionError):
        return  # not JSON: the parser reports that itself
    if _has_lone_surrogate(decoded):
        raise ValueError("a string in the reply has a lone UTF-16 surrogate, which cannot be sent back")
