"""Stateful workflows through the spec's OpenAPI links, one focused machine per workflow.

The whole-view machines in test_contract_mock.py walk every link at random; here each workflow
gets a machine restricted to its own operations, and the test asserts that some run really went
through the whole chain with successful replies, every call checked by schemathesis as it went.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import settings
from hypothesis.stateful import run_state_machine_as_test
from schemathesis import GenerationMode

from .conftest import VIEWS, keyed_state_machine, seeded_mock

# name -> (program, operations the machine may call, the chain that must succeed in one run)
WORKFLOWS: dict[str, tuple[str, list[str], list[str]]] = {
    "partner, customer, sale, delete": (
        "affiliate",
        ["createPartner", "createCustomer", "createTransaction", "getTransaction", "deleteTransaction"],
        ["createPartner", "createCustomer", "createTransaction", "deleteTransaction"],
    ),
    "coupon and promotion code": (
        "affiliate",
        ["createCoupon", "createPromotionCode", "getPromotionCode", "deletePromotionCode"],
        ["createCoupon", "createPromotionCode", "getPromotionCode"],
    ),
    "lead converted": (
        "affiliate",
        ["createPartner", "createLead", "getLead", "convertLead"],
        ["createPartner", "createLead", "convertLead"],
    ),
    "lead rejected": (
        "affiliate",
        ["createPartner", "createLead", "getLead", "rejectLead"],
        ["createPartner", "createLead", "rejectLead"],
    ),
    "balance credit": (
        "referral",
        ["createReferralCustomer", "creditReferralCustomerBalance", "getReferralCustomerBalance"],
        ["createReferralCustomer", "creditReferralCustomerBalance", "getReferralCustomerBalance"],
    ),
    "subscriber lifecycle": (
        "newsletter",
        ["createSubscriber", "getSubscriber", "updateSubscriber", "deleteSubscriber"],
        ["createSubscriber", "getSubscriber", "deleteSubscriber"],
    ),
    "webhook subscription lifecycle": (
        "affiliate",
        ["createWebhook", "getWebhook", "updateWebhook", "deleteWebhook"],
        ["createWebhook", "getWebhook", "updateWebhook", "deleteWebhook"],
    ),
}


def _completed(run: list[tuple[str, int]], chain: list[str]) -> bool:
    """Whether `chain` appears in order, each step answered 2xx, within one run."""
    steps = iter((op for op, status in run if 200 <= status < 300))
    return all(any(op == wanted for op in steps) for wanted in chain)


@pytest.mark.parametrize("workflow", sorted(WORKFLOWS))
def test_workflow_runs_through_its_links(workflow: str) -> None:
    program, operations, chain = WORKFLOWS[workflow]
    schema = schemathesis.openapi.from_dict(VIEWS[program]).include(operation_id=operations)
    # A workflow is a chain of valid calls; invalid data (bodies such as b"\x00") is the other
    # contract tests' job, and mixed in here it can fill every step of a run with 400 replies.
    schema.config.generation.update(modes=[GenerationMode.POSITIVE])
    schema.app = seeded_mock()
    runs: list[list[tuple[str, int]]] = []

    class Workflow(keyed_state_machine(schema, f"test_{program}_workflow")):  # type: ignore[misc]
        def setup(self) -> None:
            super().setup()
            runs.append([])

        def after_call(self, response: Any, case: Any) -> None:
            super().after_call(response, case)
            runs[-1].append((case.operation.definition.raw["operationId"], response.status_code))

    run_state_machine_as_test(
        Workflow, settings=settings(max_examples=40, stateful_step_count=10, deadline=None, derandomize=True)
    )
    assert any(_completed(run, chain) for run in runs), f"no run completed {chain}: {runs[:8]}"
