"""The client against a hostile server: thousands of generated replies through MockTransport.

Every outcome must be a model (or page) or an exception from the PartneroError hierarchy. Cases
and escapes are counted and printed; the goal is zero escapes.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from partnero_client import PartneroError
from partnero_client.affiliate import AffiliateClient

from .conftest import record

KEY = "test_affiliate_hostile"
CASES_PER_CALL = 1300  # four calls: over 5,000 generated replies in all

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
partner_like = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "email": json_values,
        "name": json_values,
        "tags": json_values
        | st.lists(st.fixed_dictionaries({}, optional={"value": json_values}), max_size=3),
        "created_at": json_values | st.just("2025-04-30T16:44:13.000000Z") | st.just("not a date"),
        "referrals": json_values,
        "commissions": json_values,
    },
)
envelopes = st.one_of(
    st.fixed_dictionaries({"data": partner_like}, optional={"status": json_values, "extra": json_values}),
    st.fixed_dictionaries(
        {"data": st.lists(partner_like, max_size=3)},
        optional={
            "links": st.fixed_dictionaries({}, optional={"next": json_values, "first": json_values}),
            "meta": json_values,
        },
    ),
    json_values,
)


def _nested(depth: int) -> bytes:
    return b'{"data": ' * depth + b"1" + b"}" * depth


def _encode(payload: Any) -> bytes:
    return json.dumps(payload).encode()


bodies = st.one_of(
    envelopes.map(_encode),
    envelopes.map(_encode).flatmap(lambda b: st.integers(0, max(len(b) - 1, 0)).map(lambda n: b[:n])),
    st.binary(max_size=64),
    st.just(b""),
    st.just(b"<html><body><h1>502 Bad Gateway</h1></body></html>"),
    st.just(_nested(5000)),
    st.just(b'{"data": {"id": "p", "email": "' + b"x" * 2_000_000 + b'"}}'),
    st.just(b"\xff\xfe\x00garbage"),
)
statuses = st.sampled_from(
    [200, 201, 204, 299, 301, 400, 401, 403, 404, 405, 409, 418, 422, 429, 499, 500, 503, 520, 599]
)
content_types = st.sampled_from(
    ["application/json", "text/html", "text/plain", "application/json; charset=utf-8", "", "application/xml"]
)
# Well-formed successes too (with hostile extras: unknown keys, nulls where optional), so the
# model path is exercised as often as the error paths.
valid_partner = st.fixed_dictionaries(
    {"id": st.text(min_size=1, max_size=12), "email": st.just("a@example.com")},
    optional={
        "name": st.none() | st.text(max_size=10),
        "tags": st.lists(st.fixed_dictionaries({"value": st.text(max_size=5)}), max_size=3),
        "created_at": st.just("2025-04-30T16:44:13.000000Z"),
        "unknown_field": json_values,
    },
)
well_formed = st.one_of(
    valid_partner.map(lambda p: {"data": p, "status": 1}),
    st.just({"status": 1}),
    st.lists(valid_partner, max_size=3).map(
        lambda items: {
            "data": items,
            "links": {"first": None, "last": None, "prev": None, "next": None},
            "meta": {"current_page": 1, "per_page": 15},
            "status": 1,
        }
    ),
)
replies = st.one_of(
    st.tuples(statuses, bodies, content_types),
    st.tuples(st.sampled_from([200, 201]), well_formed.map(_encode), st.just("application/json")),
)


def _client(reply: tuple[int, bytes, str]) -> AffiliateClient:
    status, body, content_type = reply

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": content_type} if content_type else {}
        return httpx.Response(status, content=body, headers=headers)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return AffiliateClient(api_key=KEY, http_client=http, max_retries=0)


CALLS: dict[str, Callable[[AffiliateClient], Any]] = {
    "get": lambda c: c.partners.get("partner_1"),
    "create": lambda c: c.partners.create(email="a@example.com", tags=["x"]),
    "delete": lambda c: c.partners.delete("partner_1"),
    "list+iterate": lambda c: list(c.partners.list(limit=5)),
}


@pytest.mark.parametrize("call", sorted(CALLS))
def test_every_reply_gives_a_model_or_a_partnero_error(call: str) -> None:
    escapes: list[str] = []
    outcomes: Counter[str] = Counter()

    @settings(
        max_examples=CASES_PER_CALL,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(reply=replies)
    def one(reply: tuple[int, bytes, str]) -> None:
        outcomes["cases"] += 1
        try:
            CALLS[call](_client(reply))
            outcomes["model"] += 1
        except PartneroError as exc:
            outcomes[type(exc).__name__] += 1
        except BaseException as exc:  # noqa: BLE001 - counting exactly what escapes
            escapes.append(
                f"{type(exc).__name__}: {exc!s:.200} for status {reply[0]}, body {reply[1][:80]!r}"
            )

    one()
    summary = f"{outcomes['cases']} replies, {outcomes['model']} models, {len(escapes)} escapes; "
    summary += str(dict(sorted(outcomes.items())))
    print(f"\nhostile server, {call}: {summary}")
    record(f"hostile server, {call}", summary)
    assert escapes == []
