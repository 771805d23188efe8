"""The example test of mock/README.md, kept runnable so the documentation cannot drift."""

from __future__ import annotations

import httpx
from partnero_mock.pytest_plugin import PartneroMock


def test_partner_signup(partnero_mock: PartneroMock) -> None:
    api = httpx.Client(base_url=partnero_mock.base_url, headers=partnero_mock.headers)

    created = api.post("/partners", json={"email": "john.doe@partnero.com", "name": "John"})
    assert created.status_code == 200
    partner_id = created.json()["data"]["id"]

    assert api.get(f"/partners/{partner_id}").json()["data"]["name"] == "John"

    program = partnero_mock.program()
    assert [p.email for p in program.partners] == ["john.doe@partnero.com"]
    assert partnero_mock.applied("createPartner") == 1


def test_refer_a_friend(partnero_mock: PartneroMock) -> None:
    key = partnero_mock.new_key("referral")
    api = httpx.Client(base_url=partnero_mock.base_url, headers=partnero_mock.headers_for(key))
    assert api.get("/program").json()["data"]["program"]["type"] == "Referral"
