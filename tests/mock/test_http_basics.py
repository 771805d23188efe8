"""Cross-cutting HTTP behaviour: auth, isolation, routing, body handling, reply format."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from .conftest import Api


def test_missing_and_unknown_keys_are_401(client: object, affiliate: Api) -> None:
    for headers in (
        {},
        {"Authorization": "Bearer live_abc"},
        {"Authorization": "Basic test_affiliate_1"},
        {"Authorization": "Bearer "},
    ):
        response = affiliate.client.get("/v1/partners", headers=headers)
        assert response.status_code == 401
        assert response.headers["content-type"] == "application/json"
        assert response.json()["status"] == 0 and response.json()["message"]


def test_bearer_scheme_is_case_insensitive(affiliate: Api) -> None:
    response = affiliate.client.get("/v1/partners", headers={"Authorization": f"bearer {affiliate.key}"})
    assert response.status_code == 200


def test_each_key_is_its_own_program(api_for: Callable[[str], Api]) -> None:
    first, second = api_for("affiliate"), api_for("affiliate")
    created = first.post("/v1/partners", json={"email": "same@example.com"})
    assert created.status_code == 200
    assert second.get("/v1/partners").json()["data"] == []
    # the same e-mail is free in the other program
    assert second.post("/v1/partners", json={"email": "same@example.com"}).status_code == 200
    partner_id = created.json()["data"]["id"]
    assert second.get(f"/v1/partners/{partner_id}").status_code == 404


def test_program_type_without_the_route_is_404(referral: Api, newsletter: Api) -> None:
    assert referral.get("/v1/partners").status_code == 404
    assert newsletter.post("/v1/partners", json={"email": "a@example.com"}).status_code == 404


def test_unknown_route_is_json_404_even_without_key(affiliate: Api) -> None:
    response = affiliate.client.get("/v1/does-not-exist")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"status": 0, "message": "Not found."}


@pytest.mark.parametrize("method", ["PATCH", "TRACE", "OPTIONS", "QUERY", "HEAD", "BREW"])
def test_unsupported_method_is_405_with_allow(affiliate: Api, method: str) -> None:
    response = affiliate.request(method, "/v1/partners/partner_1")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, PUT, DELETE"
    assert response.headers["content-type"] == "application/json"
    if method != "HEAD":
        assert response.json()["status"] == 0


def test_allow_lists_the_methods_of_the_matched_path(affiliate: Api) -> None:
    assert affiliate.request("PATCH", "/v1/partners").headers["allow"] == "GET, POST, PUT, DELETE"
    assert affiliate.request("GET", "/v1/partners:sign-in-url").headers["allow"] == "POST"
    assert affiliate.request("DELETE", "/v1/partners:search").headers["allow"] == "GET"


def test_colon_route_is_literal_not_an_id(affiliate: Api) -> None:
    affiliate.post("/v1/partners", json={"email": "a@example.com", "id": "partners:search"})
    response = affiliate.get("/v1/partners:search")
    assert "links" in response.json()  # the search list, not the partner named partners:search
    # an encoded colon means the same path
    assert affiliate.get("/v1/partners%3Asearch").status_code == 200


def test_trailing_slash_is_ignored(affiliate: Api) -> None:
    assert affiliate.get("/v1/partners/").status_code == 200


def test_malformed_json_is_400(affiliate: Api) -> None:
    for raw in (b"{bad", b'{"a": NaN}', b"\xff\xfe", b'{"a": 1'):
        response = affiliate.post("/v1/partners", content=raw, headers={"Content-Type": "application/json"})
        assert response.status_code == 400, raw
        assert response.json()["status"] == 0


def test_non_json_content_type_is_415(affiliate: Api) -> None:
    response = affiliate.post(
        "/v1/partners", content=b"email=a@b.co", headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert response.status_code == 415
    assert response.headers["content-type"] == "application/json"


def test_json_with_charset_or_suffix_is_accepted(affiliate: Api) -> None:
    for content_type in ("application/json; charset=utf-8", "application/vnd.api+json"):
        response = affiliate.post(
            "/v1/partners",
            content=b'{"email": "x%d@example.com"}' % len(content_type),
            headers={"Content-Type": content_type},
        )
        assert response.status_code == 200


def test_oversized_body_is_413(api_for: Callable[[str], Api]) -> None:
    from partnero_mock import create_app
    from starlette.testclient import TestClient

    small = TestClient(create_app(max_body_bytes=100))
    headers = {"Authorization": "Bearer test_affiliate_big"}
    response = small.post("/v1/partners", json={"email": "a@example.com", "name": "x" * 200}, headers=headers)
    assert response.status_code == 413
    assert response.json()["status"] == 0
    assert small.post("/v1/partners", json={"email": "a@example.com"}, headers=headers).status_code == 200


@pytest.mark.parametrize("body", [b'"text"', b"42", b"true", b"[1, 2]"])
def test_non_object_body_is_422(affiliate: Api, body: bytes) -> None:
    response = affiliate.post("/v1/partners", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert "body" in response.json()["errors"]


def test_empty_array_and_null_bodies_mean_no_parameters(affiliate: Api) -> None:
    for raw in (b"[]", b"null", b""):
        response = affiliate.get("/v1/partners", content=raw, headers={"Content-Type": "application/json"})
        assert response.status_code == 200


def test_content_type_is_exact_on_success_and_errors(affiliate: Api) -> None:
    responses = [
        affiliate.get("/v1/partners"),
        affiliate.post("/v1/partners", json={}),
        affiliate.get("/v1/partners/ghost"),
        affiliate.client.get("/v1/partners"),
    ]
    for response in responses:
        assert response.headers["content-type"] == "application/json"


def test_validation_error_shape(affiliate: Api) -> None:
    response = affiliate.post("/v1/partners", json={"email": 12, "tags": "x"})
    assert response.status_code == 422
    body = response.json()
    assert body["status"] == 0
    assert isinstance(body["message"], str)
    assert set(body["errors"]) == {"email", "tags"}
    assert all(isinstance(m, list) and m for m in body["errors"].values())
