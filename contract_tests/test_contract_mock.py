"""Every operation of every program view, checked by schemathesis against the in-process mock.

The mock is written from Partnero's documented behaviour and never reads the spec, so agreement
here means two independent descriptions of the API agree.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import settings

from .conftest import VIEWS, key_for, keyed_state_machine, seeded_mock


def _schema(program: str) -> Any:
    schema = schemathesis.openapi.from_dict(VIEWS[program])
    schema.app = seeded_mock()
    return schema


_SCHEMAS = {program: _schema(program) for program in VIEWS}


def _auth(program: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key_for(program)}"}


def _make_test(program: str) -> Any:
    schema = _SCHEMAS[program]

    @schema.parametrize()  # type: ignore[untyped-decorator]
    def test(case: Any) -> None:
        case.call_and_validate(headers=_auth(program))

    return test


for _program in VIEWS:
    globals()[f"test_{_program}_operations"] = _make_test(_program)


def _make_stateful(program: str) -> Any:
    Workflow = keyed_state_machine(_SCHEMAS[program], key_for(program))
    Workflow.TestCase.settings = settings(
        max_examples=25, stateful_step_count=8, deadline=None, derandomize=True
    )
    return Workflow.TestCase


for _program in VIEWS:
    globals()[f"Test{_program.capitalize()}Workflows"] = _make_stateful(_program)


@pytest.mark.parametrize("program", sorted(VIEWS))
def test_every_view_declares_bearer_auth(program: str) -> None:
    assert VIEWS[program]["security"] == [{"bearerAuth": []}]
