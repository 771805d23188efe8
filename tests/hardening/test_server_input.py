"""Issue 15.5: nothing but PartneroError escapes from server input: malformed page links, lone
surrogates in server-sent ids, and 204 or empty replies to a delete (which are successes)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from partnero_client import PartneroError, ResponseValidationError
from partnero_client.affiliate import AffiliateClient

from .conftest import area

KEY = "test_affiliate_server_input"
PARTNER = {"id": "p1", "email": "a@example.com"}
AREA = area("15.5 nothing escapes from server input")
BAD_LINKS = [
    "https://api.partnero.com/v1/partners?page=2\n",
    "https://api.partnero.com/v1/partners?page=2\r\nX-Evil: 1",
    "https://api.partnero.com/v1/partners\x00?page=2",
    "https://api.partnero.com/v1/partners?page=" + "9" * 70_000,
    "https://[::1/v1/partners?page=2",
    "https://[not-ipv6]/v1/partners?page=2",
    "https://api.partnero.com:99999/v1/partners?page=2",
    "https://api.partnero.com:-1/v1/partners",
    "http://",
    "https://user:pw@api.partnero.com/v1/partners?page=2",
    "//evil.example/v1/partners",
    "https://api.partnero.com\ud800/v1/partners",
    "ht\ttps://api.partnero.com/v1/partners",
]


def _client(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> AffiliateClient:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return AffiliateClient(api_key=KEY, http_client=http, max_retries=0, **kwargs)


def _page_with_link(link: Any) -> Callable[[httpx.Request], httpx.Response]:
    served: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        following = link if not served else None
        served.append(str(request.url))
        links = {"first": None, "last": None, "prev": None, "next": following}
        body = {"data": [PARTNER], "links": links, "meta": {"current_page": 1, "per_page": 15}}
        return httpx.Response(200, content=json.dumps(body).encode())

    return handler


def _outcome(call: Callable[[], Any]) -> str:
    outcome = AREA.run(call, key=KEY)
    if isinstance(outcome, PartneroError):
        return type(outcome).__name__
    if isinstance(outcome, BaseException):
        return f"ESCAPED {type(outcome).__name__}: {outcome!s:.100}"
    return "ok"


@pytest.mark.parametrize("link", BAD_LINKS, ids=lambda link: repr(link)[:40])
def test_a_malformed_next_link_is_a_partnero_error(link: str) -> None:
    # A lone surrogate in the link is refused when the reply is read, before the link is looked at.
    refusals = {"PaginationError", "ResponseValidationError"} if "\ud800" in link else {"PaginationError"}
    assert _outcome(lambda: list(_client(_page_with_link(link)).partners.list())) in refusals
    assert _outcome(lambda: _client(_page_with_link(link)).partners.list().next_page()) in refusals


def test_generated_next_links_never_escape() -> None:
    seen: dict[str, int] = {}

    @settings(
        max_examples=300,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(
        link=st.text(max_size=60)
        | st.text(max_size=40).map(lambda t: "https://api.partnero.com/v1/partners?" + t)
        | st.text(max_size=20).map(lambda t: f"https://{t}/v1/partners")
    )
    def one(link: str) -> None:
        outcome = _outcome(lambda: list(_client(_page_with_link(link)).partners.list()))
        seen[outcome] = seen.get(outcome, 0) + 1

    one()
    assert not [k for k in seen if k.startswith("ESCAPED")], seen


LONE = b'{"data": {"id": "abc\\ud800", "email": "a@example.com"}, "status": 1}'
PAIRED = b'{"data": {"id": "abc\\ud83d\\ude00", "email": "a@example.com"}, "status": 1}'
LONE_IN_PAGE = (
    b'{"data": [{"id": "\\udc00x", "email": "a@example.com"}], "meta": {"current_page": 1, "per_page": 1},'
    b' "links": {"first": null, "last": null, "prev": null, "next": null}}'
)


def test_a_lone_surrogate_in_a_server_id_is_refused_when_read() -> None:
    client = _client(lambda request: httpx.Response(200, content=LONE))

    def round_trip() -> None:
        partner = client.partners.get("p1")
        client.partners.get(partner.id)  # the id goes back to the server

    with pytest.raises(ResponseValidationError, match="surrogate"):
        round_trip()
    assert _outcome(round_trip) == "ResponseValidationError"
    listed = _client(lambda request: httpx.Response(200, content=LONE_IN_PAGE))
    assert _outcome(lambda: list(listed.partners.list())) == "ResponseValidationError"


def test_a_valid_surrogate_pair_is_kept() -> None:
    client = _client(lambda request: httpx.Response(200, content=PAIRED))
    partner = client.partners.get("p1")
    assert partner.id == "abc😀"
    assert client.partners.get(partner.id).id == "abc😀"


@pytest.mark.parametrize(
    "reply",
    [httpx.Response(204), httpx.Response(200), httpx.Response(200, content=b"  \n"), httpx.Response(202)],
    ids=["204", "empty 200", "blank 200", "empty 202"],
)
def test_an_empty_success_to_a_delete_is_a_success(reply: httpx.Response) -> None:
    client = _client(lambda request: reply)
    assert _outcome(lambda: client.partners.delete("p1")) == "ok"
    assert _outcome(lambda: client.with_raw_response.partners.delete("p1")) == "ok"


def test_an_empty_200_to_a_get_is_still_a_misfit() -> None:
    with pytest.raises(ResponseValidationError):
        _client(lambda request: httpx.Response(200)).partners.get("p1")
