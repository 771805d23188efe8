"""Reply values produced by handlers and how they are sent.

Every reply is JSON with ``Content-Type: application/json`` and no charset parameter: the PHP SDK
only decodes bodies whose content type is exactly that.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.types import Send

try:
    import orjson
except ImportError:  # pragma: no cover - the mock extra installs it
    orjson = None  # type: ignore[assignment]

JSON = "application/json"
_JSON_BYTES = JSON.encode("latin-1")


@dataclass
class Reply:
    status: int
    payload: Any
    headers: dict[str, str] = field(default_factory=dict)


def ok(data: Any, status: int = 200) -> Reply:
    """The normal success envelope."""
    return Reply(status, {"data": data, "status": 1})


def done(message: str | None = None) -> Reply:
    """Success without data, used by deletes and state actions (never an empty 204)."""
    payload: dict[str, Any] = {"status": 1}
    if message is not None:
        payload["message"] = message
    return Reply(200, payload)


def failure(status: int, message: str, errors: Mapping[str, list[str]] | None = None) -> Reply:
    payload: dict[str, Any] = {"status": 0, "message": message}
    if errors is not None:
        payload["errors"] = dict(errors)
    return Reply(status, payload)


def encode(payload: Any) -> bytes:
    """UTF-8 JSON of ``payload``: orjson (the ``mock`` extra installs it) is several times faster
    than the stdlib encoder, which still serves what orjson refuses (integers beyond 64 bits,
    non-string keys) and installs without it."""
    if orjson is not None:
        try:
            return orjson.dumps(payload)
        except TypeError:
            pass
    return json.dumps(payload, ensure_ascii=False, allow_nan=False).encode("utf-8")


async def send_reply(send: Send, reply: Reply) -> None:
    """Send ``reply`` as the two ASGI messages of a complete response.

    Sent directly rather than through a Starlette ``Response``: for servers speaking ASGI HTTP
    below 2.4 (uvicorn) that one also starts a task group per request to watch for a disconnect,
    which a reply built in one go does not need. After a disconnect uvicorn drops the messages.
    """
    body = encode(reply.payload)
    headers = [(b"content-length", str(len(body)).encode("latin-1")), (b"content-type", _JSON_BYTES)]
    for name, value in reply.headers.items():
        headers.append((name.lower().encode("latin-1"), value.encode("latin-1")))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class HttpProblem(Exception):
    """A request that fails before it reaches the domain (bad body, bad auth ...)."""

    def __init__(
        self,
        status: int,
        message: str,
        errors: Mapping[str, list[str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.reply = failure(status, message, errors)
        if headers:
            self.reply.headers.update(headers)
