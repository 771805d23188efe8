"""A loopback server that answers a byte at a time, for as long as a test lets it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"


@contextmanager
def dripping_server(*, in_headers: bool, interval: float = 0.05, limit: float = 10.0) -> Iterator[str]:
    """Yields its base URL. Each connection gets the status line and then, one byte per
    `interval`, either header lines (in_headers) or body bytes, until `limit` seconds or the end."""
    stop = threading.Event()
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    port = listener.getsockname()[1]

    def serve(conn: socket.socket) -> None:
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

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop.set()
        listener.close()
        thread.join(timeout=2)
