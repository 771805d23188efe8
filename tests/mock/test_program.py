"""The program itself: settings, two-step deletion, statistics."""

from __future__ import annotations

import pytest
from partnero_mock.domain import (
    program_admin,
    stats,
    transactions,
)
from partnero_mock.domain.clock import FrozenClock
from partnero_mock.domain.errors import ValidationFailed
from partnero_mock.domain.program import Program, ProgramRegistry

from .conftest import Api
from .helpers import affiliate_customer, partner


def test_two_step_delete_expires() -> None:
    clock = FrozenClock()
    registry = ProgramRegistry(clock=clock)
    program = registry.get("test_affiliate_delete")
    assert program is not None
    code = program_admin.request_deletion(program, {})
    assert code is not None and len(code) == 8
    clock.advance(seconds=21)
    with pytest.raises(ValidationFailed):
        program_admin.request_deletion(program, {"confirmation_code": code})
    fresh = program_admin.request_deletion(program, {})
    assert program_admin.request_deletion(program, {"confirmation_code": fresh}) is None
    assert program.deleted
    assert registry.get("test_affiliate_delete") is not program


def test_newsletter_delete_is_single_step(newsletter_program: Program) -> None:
    assert program_admin.request_deletion(newsletter_program, {}) is None
    assert newsletter_program.deleted


def test_program_update_rules(program: Program) -> None:
    with pytest.raises(ValidationFailed) as error:
        program_admin.update_program(program, {"website": "not a url"})
    assert error.value.errors == {"website": ["The website format is invalid."]}
    program_admin.update_program(
        program, {"name": "Renamed", "program_settings": {"currency": "eur", "cookie_lifetime": 60}}
    )
    assert (program.name, program.settings.currency, program.settings.cookie_lifetime) == (
        "Renamed",
        "EUR",
        60,
    )


def test_program_statistics_follow_the_data(program: Program) -> None:
    owner = partner(program)
    customer = affiliate_customer(program, owner)
    transactions.record_transactions(program, {"customer": {"key": customer.key}, "amount": 100})
    figures = stats.affiliate_stats(program)
    assert (figures["total_partners"], figures["total_signups"], figures["total_purchases"]) == (
        "1",
        "1",
        "1",
    )
    assert figures["total_revenue"] == {"usd": "$100.00"} and figures["net_profit"] == 70
    transactions.delete_by_key(program, program.transactions.all()[0].key)
    assert stats.affiliate_stats(program)["total_purchases"] == "0"


def test_program_layouts_update_and_delete(affiliate: Api, referral: Api, newsletter: Api) -> None:
    body = affiliate.get("/v1/program").json()
    assert body["status"] == 1 and body["data"]["program"]["type"] == "Affiliate"
    assert {"stats", "program_settings", "portal_settings"} <= set(body["data"])
    assert "total_customers" in referral.get("/v1/program").json()["data"]
    assert newsletter.get("/v1/program").json()["data"]["esp_type"] == "custom"
    assert affiliate.put("/v1/program", json={"name": "Renamed"}).json() == {
        "status": 1,
        "message": "Program updated successfully",
    }
    bad = affiliate.put("/v1/program", json={"website": "nope"})
    assert bad.status_code == 422 and bad.json()["errors"] == {"website": ["The website format is invalid."]}
    assert newsletter.put("/v1/program", json={"name": "x"}).status_code == 405
    first = affiliate.delete("/v1/program").json()
    assert set(first) == {"data"} and len(first["data"]["confirmation_code"]) == 8
    assert affiliate.delete("/v1/program", json={"confirmation_code": "wrong123"}).status_code == 422
    second = affiliate.delete("/v1/program", json=first["data"])
    assert second.json() == {"status": 1, "message": "Program deleted successfully"}
    assert affiliate.get("/v1/program").json()["data"]["program"]["name"] != "Renamed"
    assert newsletter.delete("/v1/program").json() == {"status": 1}
    assert affiliate.get("/v1/test").json()["data"]["program"]["pub_id"]
    assert "overview_program_current_settings" in affiliate.get("/v1/program/overview").json()["data"]
    assert affiliate.put("/v1/settings", json={"settings": {"x": 1}}).status_code == 200
