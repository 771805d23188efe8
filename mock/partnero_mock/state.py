"""Access to the state of a running mock, for tests and the pytest plugin."""

from __future__ import annotations

from .domain.program import Program, ProgramRegistry, program_type_for_key
from .http.faults import FaultInjector


class MockState:
    """Everything one mock server holds: its programs and its fault injector."""

    def __init__(self, registry: ProgramRegistry, faults: FaultInjector) -> None:
        self.registry = registry
        self.faults = faults

    def program(self, api_key: str) -> Program:
        """The program of ``api_key`` (created when the key was never used)."""
        program = self.registry.get(api_key)
        if program is None:
            raise KeyError(f"{api_key!r} is not a key the mock accepts")
        return program

    def applied(self, api_key: str, operation: str | None = None) -> int:
        """How many state-changing requests were applied for a key (optionally one operation).

        Counts only requests that reached the domain and succeeded, so a test can check that a
        POST whose reply was lost was not applied twice by a retrying client.
        """
        program = self.registry.existing(api_key)
        if program is None:
            return 0
        with program.lock:
            if operation is None:
                return sum(program.applied.values())
            return program.applied[operation]

    def reset(self) -> None:
        """Forget every program."""
        self.registry.reset()

    @staticmethod
    def accepts(api_key: str) -> bool:
        return program_type_for_key(api_key) is not None
