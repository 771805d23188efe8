"""Serving the mock with uvicorn, bounded against clients that hold connections open.

uvicorn closes a keep-alive connection that stays idle after a reply (``timeout_keep_alive``) and
answers 503 beyond ``limit_concurrency`` connections or tasks, but it waits forever for the
headers of a request: a client that connects and then sends nothing, or a byte now and then
(slowloris), holds its connection for good. :func:`bounded_protocol` adds that missing deadline:
the request headers must be complete within ``header_timeout`` seconds of the connection being
made or of the previous reply, or the connection is closed.

The CLI and the pytest plugin both serve through :func:`server_config`, so the limits are the same
whichever way the mock runs.
"""

from __future__ import annotations

import asyncio
from typing import Any, cast

import uvicorn
from uvicorn.protocols.http.auto import AutoHTTPProtocol

from .options import ServerLimits


class _HeaderDeadline(asyncio.Protocol):
    """Mixin for a uvicorn HTTP protocol class: close connections whose headers do not arrive.

    Both uvicorn protocols start a new ``cycle`` when the headers of a request are complete, so
    "no new cycle since the deadline was armed, and none in progress" means the client is late.
    """

    header_timeout: float
    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport
    cycle: Any
    _deadline: asyncio.TimerHandle | None = None
    _cycle_when_armed: Any = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self._arm_deadline()

    def on_response_complete(self) -> None:
        parent = cast(Any, super())
        parent.on_response_complete()
        if not self.transport.is_closing():
            self._arm_deadline()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_deadline()
        super().connection_lost(exc)

    def _arm_deadline(self) -> None:
        self._cancel_deadline()
        self._cycle_when_armed = self.cycle
        self._deadline = self.loop.call_later(self.header_timeout, self._deadline_passed)

    def _cancel_deadline(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _deadline_passed(self) -> None:
        self._deadline = None
        cycle = self.cycle
        idle = cycle is None or cycle.response_complete
        if cycle is self._cycle_when_armed and idle and not self.transport.is_closing():
            self.transport.close()


def bounded_protocol(header_timeout: float) -> type[asyncio.Protocol]:
    """uvicorn's HTTP protocol (httptools when installed) with a deadline for request headers."""
    namespace = {"header_timeout": header_timeout}
    bounded = type("BoundedHTTPProtocol", (_HeaderDeadline, AutoHTTPProtocol), namespace)
    return cast(type[asyncio.Protocol], bounded)


def server_config(app: Any, limits: ServerLimits, **options: Any) -> uvicorn.Config:
    """A uvicorn configuration for ``app`` with ``limits``; ``options`` go to uvicorn as they are."""
    return uvicorn.Config(
        app,
        http=bounded_protocol(limits.header_timeout),
        timeout_keep_alive=limits.keep_alive_timeout,
        limit_concurrency=limits.limit_concurrency,
        **options,
    )
