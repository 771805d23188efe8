"""Assembly of the ASGI application."""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette
from starlette.types import ASGIApp, Receive, Scope, Send

from .domain.clock import Clock
from .domain.ids import IdGenerator
from .domain.program import ProgramRegistry
from .http.dispatch import Dispatcher
from .http.faults import FaultInjector, FaultMiddleware
from .http.routes import build_route_table
from .options import MockOptions
from .state import MockState


def create_app(options: MockOptions | None = None, **overrides: Any) -> Starlette:
    """A fresh mock server application with its own in-memory state.

    Pass a :class:`MockOptions` or its fields as keywords, e.g.
    ``create_app(fault_rate=0.1, seed=7, max_body_bytes=65536, seed_data="demo.yaml")``.
    The state is reachable as ``app.state.mock`` (a :class:`MockState`).
    """
    settings = options or MockOptions()
    for name, value in overrides.items():
        if not hasattr(settings, name):
            raise TypeError(f"unknown mock option {name!r}")
        setattr(settings, name, value)

    registry = ProgramRegistry(
        clock=settings.clock or Clock(), ids=IdGenerator(settings.seed), max_programs=settings.max_programs
    )
    injector = FaultInjector(settings.fault_rate, settings.random_faults, settings.seed)
    state = MockState(registry, injector)
    if settings.seed_data is not None:
        from .seed import load_seed

        load_seed(state, settings.seed_data)

    dispatcher = Dispatcher(registry, build_route_table(), settings)
    app = MockApplication(dispatcher, injector)
    app.state.mock = state
    return app


class MockApplication(Starlette):
    """A Starlette application whose HTTP requests go straight to fault injection and dispatch.

    The dispatcher routes every path itself and answers every error as JSON, so Starlette's
    router and its error and exception middleware would only add work to each request (about a
    fifth of the mock's time per request on GET); lifespan events still go through Starlette.
    """

    def __init__(self, dispatcher: Dispatcher, faults: FaultInjector) -> None:
        super().__init__()
        self.dispatcher = dispatcher
        self._entry: ASGIApp = FaultMiddleware(dispatcher, faults)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        scope["app"] = self
        await self._entry(scope, receive, send)
