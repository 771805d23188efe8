"""Shared set-up: the program views and a key per program for the in-process mock."""

from __future__ import annotations

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
