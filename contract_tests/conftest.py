"""Shared set-up: the program views and a key per program for the in-process mock."""

from __future__ import annotations

import itertools
from typing import Any

from generator.pipeline import load_source, program_views

from . import checks  # noqa: F401  (registers our own contract checks)

VIEWS: dict[str, dict[str, Any]] = program_views(load_source())


MOCK_SEED = 20261123


def seeded_mock() -> Any:
    """A fresh in-process mock whose generated ids repeat from run to run, like the data."""
    from partnero_mock import create_app

    return create_app(seed=MOCK_SEED)


def key_for(program: str) -> str:
    return f"test_{program}_contract"


def keyed_state_machine(schema: Any, key_prefix: str) -> Any:
    """The schema's state machine, giving every run a program of its own (a fresh key), so no
    run sees another's records and Hypothesis can replay a run exactly."""
    numbers = itertools.count()

    class KeyedWorkflow(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            self.key = f"{key_prefix}_{next(numbers)}"

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"headers": {"Authorization": f"Bearer {self.key}"}}

    return KeyedWorkflow
