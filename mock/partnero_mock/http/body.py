"""Reading and checking the request body before any handler runs.

* larger than the configured limit: 413 (checked on ``Content-Length`` and while streaming);
* non-empty with a ``Content-Type`` that is not JSON: 415. A body without any Content-Type is
  read as JSON, since every Partnero client sends JSON;
* not valid UTF-8 JSON (``NaN``/``Infinity`` included): 400;
* valid JSON that is not an object: ``[]`` and ``null`` count as "no parameters" (the PHP SDK
  sends ``[]`` on every call without parameters); any other array, string, number or boolean
  answers 422 with ``errors.body``, because the syntax is fine but the value is unusable;
* a string (or member name) holding a lone UTF-16 surrogate such as ``"\\ud800"``: 422 on that
  field. JSON allows the escape, but the text cannot be encoded back into a UTF-8 reply, so
  storing it would break every later read of the record.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.types import Receive

from .params import blank_to_none
from .replies import HttpProblem


def is_json_media_type(content_type: str) -> bool:
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json") or media_type == "*/*"


async def read_body(request: Request, max_bytes: int) -> dict[str, Any]:
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.strip().isdigit():
            raise HttpProblem(400, "The Content-Length header is invalid.")
        if int(declared) > max_bytes:
            raise _too_large(max_bytes)
    raw = await _receive_body(request.receive, max_bytes)
    if not raw.strip():
        return {}
    content_type = request.headers.get("content-type")
    if content_type is not None and not is_json_media_type(content_type):
        raise HttpProblem(415, "The request body must be JSON (Content-Type: application/json).")
    try:
        value = _DECODER.decode(raw.decode("utf-8"))
        value = blank_to_none(value)
    except (ValueError, RecursionError) as error:
        raise HttpProblem(400, "The request body is not valid JSON.") from error
    if value is None or value == []:
        return {}
    if not isinstance(value, dict):
        raise HttpProblem(
            422,
            "The request body must be a JSON object.",
            {"body": ["The request body must be a JSON object."]},
        )
    # UTF-8 input cannot carry a surrogate; only a \u escape can, so most bodies skip the walk
    if b"\\u" in raw:
        where = lone_surrogate_at(value)
        if where is not None:
            message = f"The {where} field must be valid Unicode text (it holds a lone surrogate)."
            raise HttpProblem(422, message, {where: [message]})
    return value


def lone_surrogate_at(value: dict[str, Any]) -> str | None:
    """The dotted name of the first string or member name that is not encodable text, if any."""
    stack: list[tuple[str, Any]] = [("", value)]
    while stack:
        where, item = stack.pop()
        members: list[tuple[str, Any]]
        if isinstance(item, dict):
            members = list(item.items())
        elif isinstance(item, list):
            members = [(str(index), member) for index, member in enumerate(item)]
        else:
            continue
        for name, member in members:
            dotted = f"{where}.{name}" if where else name
            if not _encodable(name) or (isinstance(member, str) and not _encodable(member)):
                return dotted.encode("utf-8", "replace").decode("utf-8")
            stack.append((dotted, member))
    return None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


async def _receive_body(receive: Receive, max_bytes: int) -> bytes:
    """The body from the ASGI messages, read directly: one message in the common case."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(max_bytes)
        chunks.append(chunk)
        if not message.get("more_body", False):
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# one decoder for all requests: json.loads with parse_constant would build one per call
_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def _too_large(max_bytes: int) -> HttpProblem:
    return HttpProblem(413, f"The request body is larger than {max_bytes} bytes.")
