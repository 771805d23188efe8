"""The page envelope, bounds and the parameter tolerance that lists need."""

from __future__ import annotations

import pytest

from .conftest import Api


def seed_partners(api: Api, count: int) -> list[str]:
    ids = []
    for index in range(count):
        response = api.post("/v1/partners", json={"email": f"p{index}@example.com"})
        ids.append(response.json()["data"]["id"])
    return ids


def test_default_page(affiliate: Api) -> None:
    seed_partners(affiliate, 16)
    body = affiliate.get("/v1/partners").json()
    assert len(body["data"]) == 15
    assert body["links"] == {
        "first": "http://testserver/v1/partners?page=1",
        "last": None,
        "prev": None,
        "next": "http://testserver/v1/partners?page=2",
    }
    assert body["meta"] == {
        "current_page": 1,
        "from": 1,
        "path": "http://testserver/v1/partners",
        "per_page": 15,
        "to": 15,
    }
    assert "total" not in body["meta"] and "last_page" not in body["meta"]


def test_following_next_visits_everything_once(affiliate: Api) -> None:
    ids = seed_partners(affiliate, 7)
    seen: list[str] = []
    url: str | None = "/v1/partners?limit=3"
    pages = 0
    while url:
        body = affiliate.get(url).json()
        seen += [item["id"] for item in body["data"]]
        url = body["links"]["next"]
        pages += 1
    assert seen == ids and pages == 3


def test_last_page_and_empty_page(affiliate: Api) -> None:
    seed_partners(affiliate, 4)
    last = affiliate.get("/v1/partners", params={"limit": 2, "page": 2}).json()
    assert last["links"]["next"] is None
    assert last["links"]["prev"] == "http://testserver/v1/partners?page=1&limit=2"
    assert (last["meta"]["from"], last["meta"]["to"]) == (3, 4)
    beyond = affiliate.get("/v1/partners", params={"limit": 2, "page": 9}).json()
    assert beyond["data"] == [] and beyond["meta"]["from"] is None and beyond["meta"]["to"] is None
    assert beyond["links"]["next"] is None


def test_base_url_comes_from_the_request(affiliate: Api) -> None:
    body = affiliate.client.get("http://mock.local:8123/v1/partners", headers=affiliate.headers).json()
    assert body["meta"]["path"] == "http://mock.local:8123/v1/partners"
    assert body["links"]["first"].startswith("http://mock.local:8123/")


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 251}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"limit": "1.5"}, "limit"),
        ({"page": 0}, "page"),
        ({"page": "x"}, "page"),
        ({"page": "9" * 40}, "page"),
    ],
)
def test_out_of_bounds_is_422(affiliate: Api, params: dict[str, object], field: str) -> None:
    response = affiliate.get("/v1/partners", params=params)
    assert response.status_code == 422
    assert field in response.json()["errors"]


def test_bounds_are_inclusive(affiliate: Api) -> None:
    assert affiliate.get("/v1/partners", params={"limit": 1}).status_code == 200
    assert affiliate.get("/v1/partners", params={"limit": 250}).json()["meta"]["per_page"] == 250


def test_filters_in_get_body_and_repeated_keys(affiliate: Api) -> None:
    seed_partners(affiliate, 5)
    from_body = affiliate.get("/v1/partners", json={"limit": 2}).json()
    assert from_body["meta"]["per_page"] == 2
    assert from_body["links"]["next"] == "http://testserver/v1/partners?page=2&limit=2"
    repeated = affiliate.get("/v1/partners?page=2&limit=100&limit=2&sort=asc").json()
    assert repeated["meta"]["per_page"] == 2 and repeated["meta"]["current_page"] == 2
    # a body that keeps asking for page 1 does not stop link following
    follow = affiliate.get("/v1/partners?page=2", json={"page": 1, "limit": 2}).json()
    assert follow["meta"]["current_page"] == 2


def test_sort_desc(affiliate: Api) -> None:
    ids = seed_partners(affiliate, 3)
    body = affiliate.get("/v1/partners", params={"sort": "desc"}).json()
    assert [item["id"] for item in body["data"]] == list(reversed(ids))
    assert affiliate.get("/v1/partners", params={"sort": "sideways"}).status_code == 422
