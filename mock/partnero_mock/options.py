"""Options of one mock server instance."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .domain.clock import Clock
from .domain.program import DEFAULT_MAX_PROGRAMS

DEFAULT_MAX_BODY_BYTES = 1_048_576


@dataclass
class MockOptions:
    #: bodies larger than this answer 413
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    #: share of requests (0.0-1.0) that get a random fault instead of a normal answer
    fault_rate: float = 0.0
    #: faults drawn at random by ``fault_rate``; see :mod:`partnero_mock.http.faults`
    random_faults: tuple[str, ...] = ("429", "503")
    #: seed for generated ids and random faults, so runs can be repeated
    seed: int | None = None
    #: records to load at start-up: a mapping, or a JSON/YAML file (see :mod:`partnero_mock.seed`)
    seed_data: dict[str, Any] | str | Path | None = None
    #: time source; tests may pass a FrozenClock
    clock: Clock | None = None
    #: programs (API keys) kept at once; one more forgets the least recently used one
    max_programs: int = DEFAULT_MAX_PROGRAMS


@dataclass(frozen=True)
class ServerLimits:
    """How the served mock bounds its connections (see :mod:`partnero_mock.serving`)."""

    #: seconds a client has to send complete request headers
    header_timeout: float = 10.0
    #: seconds an idle keep-alive connection stays open after a reply
    keep_alive_timeout: int = 5
    #: connections (or running requests) beyond this answer 503; ``None`` for no limit
    limit_concurrency: int | None = 1000
