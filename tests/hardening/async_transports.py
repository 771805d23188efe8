"""The two ways an async client talks to a real socket: httpx's own pool, and the aiohttp extra
(`DefaultAioHttpClient`, which skips httpx's `send`). Tests of behaviour that depends on the
transport run over both."""

from __future__ import annotations

import socket
import threading
from collections.abc import AsyncIterator
from contextlib import AbstractContextManager, asynccontextmanager
from typing import Any

import partnero_client
from partnero_client.affiliate import AsyncAffiliateClient

from .loopback import loopback_server

ASYNC_TRANSPORTS = ["httpx", "aiohttp"]


@asynccontextmanager
async def async_client(transport: str, **settings: Any) -> AsyncIterator[AsyncAffiliateClient]:
    http = partnero_client.DefaultAioHttpClient() if transport == "aiohttp" else None
    client = AsyncAffiliateClient(http_client=http, **settings)
    try:
        yield client
    finally:
        await client.close()
        if http is not None:
            await http.aclose()


def fixed_reply_server(reply: bytes) -> AbstractContextManager[str]:
    """A loopback server that answers every request on a connection with the same raw bytes,
    sent in 16 KiB pieces, and keeps the connection open; yields its base URL."""

    def serve(conn: socket.socket, stop: threading.Event) -> None:
        with conn:
            try:
                while not stop.is_set() and conn.recv(65536):
                    for start in range(0, len(reply), 16 * 1024):
                        conn.sendall(reply[start : start + 16 * 1024])
            except OSError:
                pass

    return loopback_server(serve, connection_timeout=5)


def http_reply(status: int, body: bytes, **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", "Content-Type: application/json"]
    lines += [f"{k.replace('_', '-')}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body
