"""Seed files, parameter parsing, routing precedence and the app factory."""

from __future__ import annotations

import json
import warnings
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from partnero_mock import create_app
from partnero_mock.domain.program import ProgramType
from partnero_mock.http.params import Params, blank_to_none, nest_query, parse_query
from partnero_mock.http.routing import RouteTable
from partnero_mock.seed import SeedError, load_seed

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


def demo_seed() -> Path:
    return Path(str(resources.files("partnero_mock") / "examples" / "demo-seed.yaml"))


def test_demo_seed_loads_and_is_served() -> None:
    client = TestClient(create_app(seed_data=demo_seed()))
    headers = {"Authorization": "Bearer test_affiliate_demo"}
    partner = client.get("/v1/partners/partner_456", headers=headers).json()["data"]
    assert partner["referring_partner"]["id"] == "partner_123"
    sale = client.get("/v1/transactions/transaction_123", headers=headers).json()["data"]
    assert sale["rewards"][0]["amount"] == 29.997
    referral = client.get(
        "/v1/customers/customer_123/balance", headers={"Authorization": "Bearer test_referral_demo"}
    )
    assert referral.json()["data"]["balance"]["currency"][0]["amount"] == 9.999
    newsletter = client.get("/v1/program", headers={"Authorization": "Bearer test_newsletter_demo"})
    assert newsletter.json()["data"]["total_referred"] == 1


def test_a_seeded_numeric_id_continues_its_sequence() -> None:
    lead = {"name": "L", "email": "l@example.com", "partner": {"id": "p1"}}
    app = create_app(
        seed_data={
            "programs": {
                "test_affiliate_ids": {
                    "partners": [{"email": "p@example.com", "id": "p1"}],
                    "leads": [{**lead, "id": 44}, lead],
                }
            }
        }
    )
    client = TestClient(app)
    headers = {"Authorization": "Bearer test_affiliate_ids"}
    assert client.get("/v1/leads/44", headers=headers).json()["data"]["lead_info"]["email"] == "l@example.com"
    assert client.get("/v1/leads/45", headers=headers).status_code == 200
    created = client.post("/v1/leads", headers=headers, json=lead).json()["data"]
    assert created["id"] == 46


@pytest.mark.parametrize("bad", [1, "44", True])
def test_a_seeded_id_that_is_no_later_number_is_refused(bad: Any) -> None:
    lead = {"name": "L", "email": "l@example.com", "partner": {"id": "p1"}}
    seed = {
        "programs": {
            "test_affiliate_ids": {
                "partners": [{"email": "p@example.com", "id": "p1"}],
                "leads": [{**lead, "id": 3}, {**lead, "id": bad}],
            }
        }
    }
    with pytest.raises(SeedError, match=r"leads\[1\]"):
        create_app(seed_data=seed)


def test_seed_from_json_file_and_settings(tmp_path: Path) -> None:
    seed = {
        "programs": {
            "test_affiliate_json": {
                "settings": {"commission_type": "static", "commission_value": 7, "currency": "EUR"},
                "domains": {"5": "https://blog.example"},
                "partners": [{"email": "j@example.com", "id": "p1", "key": "k1"}],
                "partner_referral_links": [{"key": "blog_link", "partner": {"id": "p1"}, "domain_id": 5}],
            }
        }
    }
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(seed))
    app = create_app(seed_data=path)
    program = app.state.mock.program("test_affiliate_json")
    assert program.settings.currency == "EUR" and program.settings.commission_value == 7
    link = program.partner_links.get("blog_link")
    assert link is not None and link.domain_id == 5


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ({"programs": {"live_key": {}}}, "not a key"),
        ({"programs": {"test_referral_x": {"partners": [{"email": "a@example.com"}]}}}, "no partners"),
        ({"programs": {"test_affiliate_x": {"partners": [{"email": "bad"}]}}}, "partners[0]"),
        ({"programs": {"test_affiliate_x": {"planets": []}}}, "unknown sections"),
    ],
)
def test_bad_seeds_name_the_problem(seed: dict[str, Any], message: str) -> None:
    with pytest.raises(SeedError, match=message.replace("[", r"\[").replace("]", r"\]")):
        create_app(seed_data=seed)


def test_load_seed_into_running_state() -> None:
    app = create_app()
    load_seed(
        app.state.mock, {"programs": {"test_newsletter_live": {"subscribers": [{"email": "a@example.com"}]}}}
    )
    assert len(app.state.mock.program("test_newsletter_live").subscribers) == 1


def test_unknown_option_is_refused() -> None:
    with pytest.raises(TypeError):
        create_app(colour="blue")


def test_query_nesting_and_last_wins() -> None:
    pairs = parse_query("limit=5&limit=7&partner.key=a&customer%5Bid%5D=c&tags%5B%5D=x&tags%5B%5D=y&empty=")
    nested = nest_query(pairs)
    assert nested["limit"] == "7"
    assert nested["partner"] == {"key": "a"} and nested["customer"] == {"id": "c"}
    assert nested["tags"] == ["x", "y"] and nested["empty"] is None


def test_params_prefer_query_and_read_aliases() -> None:
    params = Params(parse_query("page=2&partner_key=q"), {"page": 1, "partner": {"email": "e@x.co"}})
    assert params.get("page") == "2"
    assert params.get("partner.key", "partner_key") == "q"
    assert params.get("partner.email", "partner_email") == "e@x.co"
    assert params.get("missing") is None


def test_blank_strings_become_none_deeply() -> None:
    assert blank_to_none({"a": "", "b": [{"c": ""}, "d"]}) == {"a": None, "b": [{"c": None}, "d"]}


def test_routing_prefers_literals_and_respects_program_types() -> None:
    table = RouteTable()

    def handler(ctx: Any) -> Any:
        raise AssertionError

    table.add("GET", "/v1/leads/{id}", "getLead", handler, {ProgramType.AFFILIATE})
    table.add("GET", "/v1/leads/convert", "convertLead", handler, {ProgramType.AFFILIATE})
    table.add("POST", "/v1/leads/convert", "convertLeadViaPost", handler, {ProgramType.AFFILIATE})
    literal = table.resolve("/v1/leads/convert", ProgramType.AFFILIATE)
    assert literal is not None and literal.template == "/v1/leads/convert" and literal.allow == "GET, POST"
    template = table.resolve("/v1/leads/44/", ProgramType.AFFILIATE)
    assert template is not None and template.path_params == {"id": "44"}
    assert table.resolve("/v1/leads/44", ProgramType.REFERRAL) is None
    assert table.resolve("/v1/leads/44", None) is not None
    with pytest.raises(ValueError):
        table.add("GET", "/v1/leads/{id}", "again", handler, {ProgramType.AFFILIATE})


def test_safety_net_answers_json_500() -> None:
    app = create_app()
    dispatcher = app.dispatcher

    def broken(ctx: Any) -> Any:
        raise RuntimeError("boom")

    dispatcher.table.add("GET", "/v1/broken", "broken", broken)
    response = TestClient(app).get("/v1/broken", headers={"Authorization": "Bearer test_affiliate_x"})
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/json" and response.json()["status"] == 0
