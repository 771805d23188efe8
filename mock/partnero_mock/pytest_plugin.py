"""pytest plugin: a running Partnero mock server for your tests.

Registered as a ``pytest11`` entry point, so installing the package makes these fixtures available:

``partnero_mock``
    per test: a :class:`PartneroMock` with ``base_url`` (e.g. ``http://127.0.0.1:53211/v1``),
    a fresh affiliate ``api_key`` (so tests never see each other's records), ``headers``,
    ``new_key(program_type)`` for more keys, and ``state`` / ``program()`` / ``applied()`` to look
    at what the server holds.
``partnero_mock_server``
    per session: the server itself (uvicorn in a background thread on a free 127.0.0.1 port).
``partnero_mock_options``
    per session: keyword options for ``create_app``; override it in a ``conftest.py`` to change
    them (for example ``{"fault_rate": 0.1}``).

The module imports nothing heavy at import time: starlette and uvicorn are loaded inside the
fixtures, so merely having the plugin installed costs nothing.
"""

from __future__ import annotations

import itertools
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

from . import extra

if TYPE_CHECKING:
    from .domain.program import Program
    from .options import ServerLimits
    from .state import MockState

_STARTUP_TIMEOUT_SECONDS = 10.0


@dataclass
class MockServer:
    """A mock server running in a background thread."""

    url: str
    state: MockState
    _server: Any
    _thread: threading.Thread

    @property
    def base_url(self) -> str:
        """The API base URL, with the ``/v1`` prefix like ``https://api.partnero.com/v1``."""
        return f"{self.url}/v1"

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=_STARTUP_TIMEOUT_SECONDS)


def start_server(limits: ServerLimits | None = None, **options: Any) -> MockServer:
    """Start a mock on a free 127.0.0.1 port and wait until it accepts connections.

    ``options`` go to ``create_app``; ``limits`` bound the connections as the CLI does.
    """
    extra.require(*extra.SERVER_PACKAGES)
    import uvicorn

    from .app import create_app
    from .options import ServerLimits
    from .serving import server_config

    app = create_app(**options)
    # IPPROTO_TCP must be explicit: asyncio only sets TCP_NODELAY on accepted connections of
    # sockets that declare it, and without TCP_NODELAY every reply waits ~40 ms for a delayed ACK
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = server_config(app, limits or ServerLimits(), log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + _STARTUP_TIMEOUT_SECONDS
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the Partnero mock server did not start")
        time.sleep(0.01)
    return MockServer(f"http://127.0.0.1:{port}", app.state.mock, server, thread)


class PartneroMock:
    """What a test sees of the mock: URL, a fresh key and the server's state."""

    _numbers = itertools.count(1)

    def __init__(self, server: MockServer, program_type: str = "affiliate") -> None:
        self.server = server
        self.base_url = server.base_url
        self.url = server.url
        self.state = server.state
        self.api_key = self.new_key(program_type)

    def new_key(self, program_type: str = "affiliate") -> str:
        """A key nobody used yet; ``program_type`` is affiliate, referral or newsletter."""
        if program_type not in ("affiliate", "referral", "newsletter"):
            raise ValueError(f"unknown program type {program_type!r}")
        return f"test_{program_type}_{uuid.uuid4().hex[:12]}{next(self._numbers)}"

    @property
    def headers(self) -> dict[str, str]:
        return self.headers_for(self.api_key)

    @staticmethod
    def headers_for(api_key: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {api_key}", "Accept": "application/json"}

    def program(self, api_key: str | None = None) -> Program:
        """The domain object behind a key (records, settings, events, counters)."""
        return self.state.program(api_key or self.api_key)

    def applied(self, operation: str | None = None, api_key: str | None = None) -> int:
        """How many state-changing requests the server applied for the key (see MockState.applied)."""
        return self.state.applied(api_key or self.api_key, operation)


@pytest.fixture(scope="session")
def partnero_mock_options() -> dict[str, Any]:
    """Options passed to ``create_app`` for the session's server; override to customise."""
    return {}


@pytest.fixture(scope="session")
def partnero_mock_server(partnero_mock_options: dict[str, Any]) -> Iterator[MockServer]:
    server = start_server(**partnero_mock_options)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def partnero_mock(partnero_mock_server: MockServer) -> PartneroMock:
    return PartneroMock(partnero_mock_server)
