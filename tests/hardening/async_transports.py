"""The two ways an async client talks to a real socket: httpx's own pool, and the aiohttp extra
(`DefaultAioHttpClient`, which skips httpx's `send`). Tests of behaviour that depends on the
transport run over both."""

from __future__ import annotations

import socket
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import partnero_client
from partnero_client.affiliate import AsyncAffiliateClient

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


@contextmanager
def fixed_reply_server(reply: bytes) -> Iterator[str]:
    """A loopback server that answers every request on a connection with the same raw bytes,
    sent in 16 KiB pieces, and keeps the connection open; yields its base URL."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    stop = threading.Event()

    def serve(conn: socket.socket) -> None:
        with conn:
            try:
                while not stop.is_set() and conn.recv(65536):
                    for start in range(0, len(reply), 16 * 1024):
                        conn.sendall(reply[start : start + 16 * 1024])
            except OSError:
                pass

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(5)
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        listener.close()
        thread.join(timeout=2)


def http_reply(status: int, body: bytes, **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", "Content-Type: application/json"]
    lines += [f"{k.replace('_', '-')}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body
