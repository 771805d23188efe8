"""The attempt's deadline for every socket read and write of the sync client, headers included.

httpx gives each network operation the same read timeout, so a server that drips the status line
and headers a byte at a time resets it on every byte, and a sync call cannot be cancelled from the
outside without a thread. Instead, the client's own pool gets a network backend whose streams cut
each read's and write's timeout down to the time left before the current attempt's deadline
(`ATTEMPT_DEADLINE`, set by the sync client around each attempt). Outside an attempt of ours the
streams behave exactly like httpcore's.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

from . import calls

# The monotonic time (on calls.clock) the running attempt must end by; None outside an attempt.
ATTEMPT_DEADLINE: ContextVar[float | None] = ContextVar("partnero_attempt_deadline", default=None)


def _bounded(timeout: float | None) -> float | None:
    deadline = ATTEMPT_DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - calls.clock()
    if left <= 0:
        raise httpcore.ReadTimeout("The attempt's time limit ran out.")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, _bounded(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _Stream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def bound_reads(http: httpx.Client) -> httpx.Client:
    """Give the pools of a client we built (its transport and any proxy mounts) the bounded
    backend. httpx offers no argument for the backend, hence the attribute; a layout it does not
    recognise is left as it is (the body is still bounded, by body.read_sync)."""
    transports = [http._transport, *http._mounts.values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, _Backend):
            pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
    return http
