"""The contract suite must fail on each planted fault, and pass on the same calls without it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import schemathesis
from hypothesis import settings
from hypothesis.stateful import run_state_machine_as_test

from . import planted_faults
from .conftest import VIEWS, keyed_state_machine, seeded_mock

KEY = "test_affiliate_planted"
AUTH = {"Authorization": f"Bearer {KEY}"}
PARTNER_FIELDS = {"email": "planted@example.com", "name": "Plant"}


def _schema(app: Any) -> Any:
    schema = schemathesis.openapi.from_dict(VIEWS["affiliate"])
    schema.app = app
    return schema


def _create_partner(schema: Any) -> str:
    case = schema["/v1/partners"]["POST"].Case(body=PARTNER_FIELDS, media_type="application/json")
    response = case.call(headers=AUTH)
    assert response.status_code in (200, 201), response.text
    return str(response.json()["data"]["id"])


def _get_partner_then_list(schema: Any) -> None:
    partner_id = _create_partner(schema)
    schema["/v1/partners/{id}"]["GET"].Case(path_parameters={"id": partner_id}).call_and_validate(
        headers=AUTH
    )
    schema["/v1/partners"]["GET"].Case(query={"limit": 1}).call_and_validate(headers=AUTH)


def _workflows(schema: Any) -> None:
    # Partner operations only, so every run has a good chance to create, delete and read back.
    partners = schema.include(path_regex=r"^/v1/partners(/|$)")
    Workflow = keyed_state_machine(partners, KEY)

    run_state_machine_as_test(
        Workflow,
        settings=settings(max_examples=60, stateful_step_count=10, deadline=None, derandomize=True),
    )


# fault -> (faulty app, the contract calls that must notice it, the failure schemathesis reports)
FAULTS: dict[str, tuple[Callable[[], Any], Callable[[Any], None], str]] = {
    "wrong type": (planted_faults.wrong_type, _get_partner_then_list, "JsonSchemaError"),
    "missing required field": (
        planted_faults.missing_required_field,
        _get_partner_then_list,
        "JsonSchemaError",
    ),
    "undocumented status": (
        planted_faults.undocumented_status,
        _get_partner_then_list,
        "UndefinedStatusCode",
    ),
    "auth ignored": (lambda: planted_faults.auth_ignored(KEY), _get_partner_then_list, "IgnoredAuth"),
    "page link elsewhere": (planted_faults.page_link_elsewhere, _get_partner_then_list, "CustomFailure"),
    "delete does not delete": (planted_faults.delete_does_not_delete, _workflows, "UseAfterFree"),
}


@pytest.mark.parametrize("probe", [_get_partner_then_list, _workflows])
def test_probes_pass_against_the_faithful_mock(probe: Callable[[Any], None]) -> None:
    probe(_schema(seeded_mock()))


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_contract_suite_catches_planted_fault(fault: str) -> None:
    make_app, probe, expected = FAULTS[fault]
    with pytest.raises(BaseExceptionGroup) as caught:
        probe(_schema(make_app()))
    reported = {type(failure).__name__ for failure in caught.value.exceptions}
    assert expected in reported, reported
