"""Scripting the mock's X-Mock-Fault header per attempt over a real loopback socket."""

from __future__ import annotations

import httpx


class FaultScript:
    """Sends the given faults on the next attempts in turn (then none), counting every attempt."""

    def __init__(self) -> None:
        self.queue: list[str] = []
        self.attempts = 0

    def arm(self, *faults: str) -> None:
        self.queue, self.attempts = list(faults), 0

    def __call__(self, request: httpx.Request) -> None:
        self.attempts += 1
        request.headers["X-Mock-Fault"] = self.queue.pop(0) if self.queue else "none"
