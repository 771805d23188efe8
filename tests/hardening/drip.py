"""A loopback server that answers a byte at a time, for as long as a test lets it."""

from __future__ import annotations

import socket
import threading
import time
from contextlib import AbstractContextManager

from .loopback import loopback_server

HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"


def dripping_server(
    *, in_headers: bool, interval: float = 0.05, limit: float = 10.0
) -> AbstractContextManager[str]:
    """Yields its base URL. Each connection gets the status line and then, one byte per
    `interval`, either header lines (in_headers) or body bytes, until `limit` seconds or the end."""

    def serve(conn: socket.socket, stop: threading.Event) -> None:
        with conn:
            try:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 200 OK\r\n" if in_headers else HEAD)
                started = time.monotonic()
                while not stop.is_set() and time.monotonic() - started < limit:
                    conn.sendall(b"X" if in_headers else b" ")
                    if in_headers:
                        conn.sendall(b"-Drip: 1\r\n")
                    time.sleep(interval)
            except OSError:
                pass

    return loopback_server(serve)
