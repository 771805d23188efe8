"""Faults planted in the mock, one at a time, to prove the contract suite notices each.

A fault is an ASGI wrapper around a fresh mock that breaks one promise of the spec: a field of
the wrong type, a missing required field, an undocumented status, auth ignored, a delete that
does not delete, a page link that points elsewhere.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from .conftest import seeded_mock

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
Rewrite = Callable[[Scope, int, Any], tuple[int, Any]]


def _rewriting(app: ASGIApp, rewrite: Rewrite) -> ASGIApp:
    """Buffer each JSON reply and let `rewrite` change its status and body."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body"):
                    status, body = rewrite(scope, start["status"], json.loads(b"".join(chunks) or b"null"))
                    payload = json.dumps(body).encode()
                    headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
                    headers.append((b"content-length", str(len(payload)).encode()))
                    await send({**start, "status": status, "headers": headers})
                    await send({"type": "http.response.body", "body": payload})

        await app(scope, receive, capture)

    return wrapped


def _is(scope: Scope, method: str, path_prefix: str, *, item: bool) -> bool:
    path: str = scope["path"]
    on_item = path.startswith(path_prefix + "/") and path.count("/") == path_prefix.count("/") + 1
    return bool(scope["method"] == method) and (on_item if item else path == path_prefix)


def wrong_type() -> ASGIApp:
    def rewrite(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
        if status == 200 and _is(scope, "GET", "/v1/partners", item=True):
            body["data"]["email"] = 12345
        return status, body

    return _rewriting(seeded_mock(), rewrite)


def missing_required_field() -> ASGIApp:
    def rewrite(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
        if status == 200 and _is(scope, "GET", "/v1/partners", item=True):
            del body["data"]["id"]
        return status, body

    return _rewriting(seeded_mock(), rewrite)


def undocumented_status() -> ASGIApp:
    def rewrite(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
        if status == 200 and _is(scope, "GET", "/v1/partners", item=True):
            return 299, body
        return status, body

    return _rewriting(seeded_mock(), rewrite)


def page_link_elsewhere() -> ASGIApp:
    def rewrite(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
        if status == 200 and isinstance(body, dict) and isinstance(body.get("links"), dict):
            body["links"]["next"] = "https://elsewhere.example/v1/partners?page=2"
        return status, body

    return _rewriting(seeded_mock(), rewrite)


def auth_ignored(valid_key: str) -> ASGIApp:
    """Every request is served as if it carried a valid key."""
    app = seeded_mock()

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"authorization"]
            headers.append((b"authorization", f"Bearer {valid_key}".encode()))
            scope = {**scope, "headers": headers}
        await app(scope, receive, send)

    return wrapped


def delete_does_not_delete() -> ASGIApp:
    """Partner deletes answer success but leave the partner in place."""
    app = seeded_mock()

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        authorization: bytes = dict(scope.get("headers", [])).get(b"authorization", b"")
        authorised = authorization.startswith(b"Bearer test_")
        if scope["type"] == "http" and authorised and _is(scope, "DELETE", "/v1/partners", item=True):
            payload = b'{"status": 1}'
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", b"13")],
                }
            )
            await send({"type": "http.response.body", "body": payload})
            return
        await app(scope, receive, send)

    return wrapped
