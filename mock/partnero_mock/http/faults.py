"""Fault injection, so client retry and timeout logic can be tested against a real server.

Per request, with the ``X-Mock-Fault`` header (tokens separated by ``;`` or ``,``):

``429`` / ``503`` / any status 400-599
    answer that status with a JSON error body instead of handling the request;
``retry-after=N``
    add ``Retry-After: N`` to the fault reply;
``delay=200ms`` / ``delay=1.5s`` / ``delay=200``
    wait before handling (milliseconds when no unit); alone it only slows the request down;
``reset``
    drop the connection: the mock starts a reply and abandons it, so over a real server the client
    sees the connection closed before a complete response (in-process ASGI test clients instead
    get a truncated body that is not valid JSON);
``after``
    apply the request first and fail afterwards, to check that a client does not blindly repeat a
    POST that the server already applied;
``none``
    exempt this request from random faults.

Without ``after`` a fault is decided and answered before the request touches any state. With the
``fault_rate`` option a share of requests draws a random fault from ``random_faults``.
An unparsable header answers 400.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADER = b"x-mock-fault"
_DELAY = re.compile(r"^delay=(\d+(?:\.\d+)?)(ms|s)?$")
_RETRY_AFTER = re.compile(r"^retry-after=(\d{1,6})$")
_MAX_DELAY_SECONDS = 30.0


class FaultSpecError(ValueError):
    pass


@dataclass(frozen=True)
class Fault:
    status: int | None = None
    retry_after: int | None = None
    delay_seconds: float = 0.0
    reset: bool = False
    after: bool = False
    exempt: bool = False

    @property
    def fails(self) -> bool:
        return self.status is not None or self.reset


def parse_fault(spec: str) -> Fault:
    status: int | None = None
    retry_after: int | None = None
    delay = 0.0
    reset = after = exempt = False
    for token in (t.strip().lower() for t in re.split(r"[;,]", spec)):
        if not token:
            continue
        if token.isdigit() and 400 <= int(token) <= 599:
            status = int(token)
        elif token == "reset":
            reset = True
        elif token == "after":
            after = True
        elif token == "none":
            exempt = True
        elif match := _RETRY_AFTER.match(token):
            retry_after = int(match.group(1))
        elif match := _DELAY.match(token):
            amount = float(match.group(1))
            delay = amount if match.group(2) == "s" else amount / 1000
            if delay > _MAX_DELAY_SECONDS:
                raise FaultSpecError(f"delay is limited to {_MAX_DELAY_SECONDS:.0f} seconds")
        else:
            raise FaultSpecError(f"unknown fault token {token!r}")
    if retry_after is not None and status is None and not reset:
        status = 429
    return Fault(status, retry_after, delay, reset, after, exempt)


class FaultInjector:
    """Decides the fault of each request (header first, then the random fault rate)."""

    def __init__(self, rate: float = 0.0, choices: tuple[str, ...] = ("503",), seed: int | None = None):
        self.rate = max(0.0, min(1.0, rate))
        self.choices = [parse_fault(choice) for choice in choices] or [Fault(status=503)]
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        #: how many faults of each kind were injected (``"503"``, ``"reset"``, ``"delay"`` ...)
        self.injected: Counter[str] = Counter()

    def decide(self, header: str | None) -> Fault | None:
        fault = parse_fault(header) if header else None
        if fault is not None and fault.exempt:
            return fault if fault.fails or fault.delay_seconds else None
        if fault is None and self.rate > 0:
            with self._lock:
                if self._random.random() < self.rate:
                    fault = self._random.choice(self.choices)
        return fault

    def record(self, fault: Fault) -> None:
        with self._lock:
            if fault.reset:
                self.injected["reset"] += 1
            elif fault.status is not None:
                self.injected[str(fault.status)] += 1
            if fault.delay_seconds:
                self.injected["delay"] += 1


class FaultMiddleware:
    """Raw ASGI wrapper: faults act around the whole app, so a reset can really cut the reply."""

    def __init__(self, app: ASGIApp, injector: FaultInjector) -> None:
        self.app = app
        self.injector = injector

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        header = _header(scope)
        try:
            fault = self.injector.decide(header)
        except FaultSpecError as error:
            await _send_json(send, 400, {"status": 0, "message": f"Invalid X-Mock-Fault header: {error}"})
            return
        if fault is None:
            await self.app(scope, receive, send)
            return
        self.injector.record(fault)
        if fault.delay_seconds:
            await asyncio.sleep(fault.delay_seconds)
        if not fault.fails:
            await self.app(scope, receive, send)
            return
        if fault.after:
            await self.app(scope, receive, _discard)
        await _fail(send, fault)


async def _discard(message: Message) -> None:
    """Swallow the real reply of a request that is failed after being applied."""


async def _fail(send: Send, fault: Fault) -> None:
    if fault.reset:
        # Promise a body and stop half-way: uvicorn closes the connection of an app that returns
        # without completing its reply, so the client never sees a complete response.
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"64")],
            }
        )
        await send({"type": "http.response.body", "body": b'{"status":', "more_body": True})
        return
    assert fault.status is not None
    extra = [] if fault.retry_after is None else [(b"retry-after", str(fault.retry_after).encode())]
    await _send_json(
        send, fault.status, {"status": 0, "message": _MESSAGES.get(fault.status, "Injected fault.")}, extra
    )


_MESSAGES = {
    408: "Request timeout (injected).",
    429: "Too Many Attempts. (injected)",
    500: "Server Error (injected).",
    502: "Bad gateway (injected).",
    503: "Service unavailable (injected).",
    504: "Gateway timeout (injected).",
}


async def _send_json(
    send: Send, status: int, payload: dict[str, Any], extra: list[tuple[bytes, bytes]] | None = None
) -> None:
    body = json.dumps(payload).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers + (extra or [])})
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name.lower() == HEADER:
            return str(value.decode("latin-1"))
    return None
