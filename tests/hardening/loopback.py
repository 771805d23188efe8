"""A raw loopback server for replies no real server would send; each connection gets its own thread."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# How a connection is answered: the accepted socket, and the event set when the test is done.
Serve = Callable[[socket.socket, threading.Event], None]


@contextmanager
def loopback_server(serve: Serve, *, connection_timeout: float | None = None) -> Iterator[str]:
    """Yields the base URL of a server on 127.0.0.1 that hands each connection to `serve`."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)  # so the accept loop sees `stop` soon after the test ends
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(connection_timeout)
            threading.Thread(target=serve, args=(conn, stop), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        listener.close()
        thread.join(timeout=2)
