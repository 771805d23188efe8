"""API key extraction: ``Authorization: Bearer <key>``; the scheme is matched case-insensitively.

Keys longer than :data:`MAX_KEY_LENGTH` are treated as missing (401): a real key is a few dozen
characters, and every accepted key may end up as a program held in memory.
"""

from __future__ import annotations

from starlette.datastructures import Headers

MAX_KEY_LENGTH = 200


def bearer_key(headers: Headers) -> str | None:
    header = headers.get("authorization")
    if header is None:
        return None
    scheme, _, credentials = header.strip().partition(" ")
    key = credentials.strip()
    if scheme.lower() != "bearer" or not key or len(key) > MAX_KEY_LENGTH:
        return None
    return key
