"""API key extraction: ``Authorization: Bearer <key>``; the scheme is matched case-insensitively."""

from __future__ import annotations

from starlette.requests import Request


def bearer_key(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if header is None:
        return None
    scheme, _, credentials = header.strip().partition(" ")
    key = credentials.strip()
    if scheme.lower() != "bearer" or not key:
        return None
    return key
