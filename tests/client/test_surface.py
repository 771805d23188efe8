"""The surface a user touches: path checks, returned records, raw access, plain mappings, async pages.

Every annotated assignment here is checked by mypy --strict (tests/client is in `make lint`), so
the types promised to users are tested along with the values.
"""

from __future__ import annotations

from typing import Any

import httpx
import partnero_client
import pytest
from partnero_client import NotFoundError, RawResponse, ResponseValidationError
from partnero_client._core.pagination import AsyncPage, SyncPage
from partnero_client.affiliate import AffiliateClient, AsyncAffiliateClient
from partnero_client.affiliate.models import (
    AffiliateTransaction,
    Partner,
    PartnerEnvelope,
    PartnerPage,
    PartnerReward,
    PartnerSignInUrl,
    PartnerSummary,
)
from partnero_client.newsletter import NewsletterClient
from partnero_client.newsletter.models import Subscriber
from partnero_client.referral import AsyncReferralClient, ReferralClient
from partnero_client.referral.models import BalanceCreditOutcome

KEY = "test_affiliate_surface"
PARTNER = {"id": "p_1", "email": "a@example.com", "name": "A", "status": "active"}


def _recording(reply: dict[str, Any]) -> tuple[AffiliateClient, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=reply)

    transport = httpx.MockTransport(handler)
    return AffiliateClient(api_key=KEY, http_client=httpx.Client(transport=transport)), sent


# ---- item 7: path arguments ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "error"),
    [
        ("", ValueError),
        ("   ", ValueError),
        (".", ValueError),
        ("..", ValueError),
        (None, TypeError),
        (5, TypeError),
        (b"p_1", TypeError),
    ],
)
def test_bad_path_arguments_are_refused_before_sending(value: Any, error: type[Exception]) -> None:
    client, sent = _recording({"data": PARTNER})
    with pytest.raises(error, match="id"):
        client.partners.get(value)
    with pytest.raises(error, match="key"):
        client.transactions.delete(value)  # "" used to reach DELETE /v1/transactions (by body)
    assert sent == []


@pytest.mark.parametrize("value", ["a/b", "a?b=1", "a#b", "a b", "../partners", "%2F"])
def test_path_arguments_stay_one_segment(value: str) -> None:
    client, sent = _recording({"data": PARTNER})
    client.partners.get(value)
    path = sent[0].url.raw_path.decode()
    assert path.startswith("/v1/partners/") and "/" not in path.removeprefix("/v1/partners/")
    assert "?" not in path and "#" not in path
    assert httpx.URL(sent[0].url).params == httpx.QueryParams()


def test_integer_path_arguments_take_ints_not_bools() -> None:
    client, sent = _recording({"data": {"id": 7}})
    with pytest.raises(TypeError, match="id"):
        client.leads.get(True)
    with pytest.raises(ValueError, match="id"):
        client.leads.get("seven")  # type: ignore[arg-type]
    assert sent == []


# ---- item 5: records, whatever the envelope says about `data` ------------------------------


def test_a_reply_without_its_record_is_a_validation_error() -> None:
    client, _ = _recording({"status": 1})  # PartnerRewardEnvelope marks data optional
    with pytest.raises(ResponseValidationError):
        client.partners.add_reward("p_1", amount=5)


def test_records_are_returned_by_the_calls_that_used_to_return_envelopes(partnero_mock: Any) -> None:
    with AffiliateClient(api_key=partnero_mock.new_key("affiliate"), base_url=partnero_mock.base_url) as c:
        partner = c.partners.create(email="jane@example.com")
        reward: PartnerReward = c.partners.add_reward(partner.id, amount=5)
        url: PartnerSignInUrl = c.partners.create_sign_in_url(email="jane@example.com")
        assert isinstance(reward, PartnerReward) and isinstance(url, PartnerSignInUrl)
    with NewsletterClient(api_key=partnero_mock.new_key("newsletter"), base_url=partnero_mock.base_url) as n:
        ann = n.subscribers.create(email="ann@example.com")
        got: Subscriber = n.subscribers.get(str(ann.id))  # Subscriber.id is optional in the spec
        assert isinstance(got, Subscriber) and got.email == "ann@example.com"
    with ReferralClient(api_key=partnero_mock.new_key("referral"), base_url=partnero_mock.base_url) as r:
        alice = r.customers.create(email="alice@example.com")
        credit: BalanceCreditOutcome = r.customers.credit_balance(alice.id, amount=10, amount_units="usd")
        assert isinstance(credit, BalanceCreditOutcome)


def test_one_sale_is_typed_as_one_record_and_a_batch_as_a_list(partnero_mock: Any) -> None:
    with AffiliateClient(api_key=partnero_mock.new_key("affiliate"), base_url=partnero_mock.base_url) as c:
        c.partners.create(email="p@example.com", key="pk")
        c.customers.create(key="cust_1", partner={"key": "pk"})
        sale: AffiliateTransaction = c.transactions.create(customer={"key": "cust_1"}, key="t1", amount=10.0)
        assert sale.amount == 10.0  # no isinstance needed: the overload says it is one record
        batch: list[AffiliateTransaction] = c.transactions.create(
            customer={"key": "cust_1"},
            transactions=[{"key": "t2", "amount": 2.0}, {"key": "t3", "amount": 3.0}],
        )
        assert sorted(t.key for t in batch) == ["t2", "t3"]
        raw = c.with_raw_response.transactions.create(
            customer={"key": "cust_1"}, transactions=[{"key": "t4", "amount": 1.0}]
        )
        assert isinstance(raw.parse(), list) and raw.status_code == 200


# ---- item 2: raw access wraps the plain call -----------------------------------------------


def test_raw_parse_is_the_plain_result_and_parsed_the_envelope() -> None:
    client, _ = _recording({"data": PARTNER, "status": 1})
    raw: RawResponse[PartnerEnvelope, Partner] = client.with_raw_response.partners.get("p_1")
    assert raw.status_code == 200 and raw.headers["content-type"] == "application/json"
    assert isinstance(raw.parsed, PartnerEnvelope)
    assert raw.parse() == client.partners.get("p_1")


def test_raw_parse_of_a_list_call_is_the_page() -> None:
    links = {"first": None, "last": None, "prev": None, "next": None}
    meta = {"current_page": 1, "from": 1, "path": "x", "per_page": 2, "to": 1}
    client, _ = _recording({"data": [PARTNER], "links": links, "meta": meta})
    raw: RawResponse[PartnerPage, SyncPage[PartnerSummary]] = client.with_raw_response.partners.list()
    page = raw.parse()
    assert isinstance(page, SyncPage) and [p.id for p in page] == ["p_1"]
    assert isinstance(raw.parsed, PartnerPage)


def test_raw_classes_are_one_line_per_method() -> None:
    import inspect

    from partnero_client.affiliate.api import partners

    source = inspect.getsource(partners.PartnersResourceWithRawResponse.__init__)
    methods = [name for name in vars(partners.PartnersResource) if not name.startswith("_")]
    # Apart from importing the operations' modules (loaded on first use), one line per method.
    body = [line for line in source.splitlines()[1:] if line.strip() and not line.strip().startswith("from ")]
    assert len(body) == len(methods) - 1  # every method but with_raw_response itself


# ---- item 6: plain mappings for nested arguments -------------------------------------------


def test_a_mapping_is_accepted_where_a_model_is(partnero_mock: Any) -> None:
    with AffiliateClient(api_key=partnero_mock.new_key("affiliate"), base_url=partnero_mock.base_url) as c:
        ref = c.partners.create(email="ref@example.com", key="ref_1")
        new = c.partners.create(email="new@example.com", referring_partner={"key": "ref_1"})
        assert new.id != ref.id
        changed = c.partners.update_by_body(key="ref_1", update={"name": "Renamed"})
        assert changed.name == "Renamed"


@pytest.mark.parametrize(
    ("value", "complaint"),
    [
        ({"nope": 1}, "unknown keys"),
        ("ref_1", "not str"),
        (["ref_1"], "not list"),
    ],
)
def test_a_wrong_shape_names_the_argument_and_the_shape(value: Any, complaint: str) -> None:
    client, sent = _recording({"data": PARTNER})
    with pytest.raises(TypeError, match="referring_partner must be a PartnerReference or a mapping") as info:
        client.partners.create(email="x@example.com", referring_partner=value)
    assert complaint in str(info.value) and "key?" in str(info.value)
    assert sent == []


def test_a_mapping_missing_a_required_key_is_refused() -> None:
    client, sent = _recording({"data": PARTNER})
    with pytest.raises(TypeError, match=r"coupon must be .*missing keys \['uuid_code'\]"):
        empty: Any = {}
        client.promotion_codes.delete(code="c", coupon=empty)
    with pytest.raises(TypeError, match=r"transactions\[1\]"):
        mixed: Any = [{"key": "a"}, 5]
        client.transactions.create(customer={"key": "c"}, transactions=mixed)
    assert sent == []


# ---- item 12: async pages without await ----------------------------------------------------


async def test_async_list_iterates_without_await_and_awaits_to_the_first_page(partnero_mock: Any) -> None:
    key = partnero_mock.new_key("affiliate")
    async with AsyncAffiliateClient(api_key=key, base_url=partnero_mock.base_url) as client:
        for i in range(3):
            await client.partners.create(email=f"p{i}@example.com")
        emails = [p.email async for p in client.partners.list(limit=2)]
        assert sorted(emails) == ["p0@example.com", "p1@example.com", "p2@example.com"]
        first: AsyncPage[PartnerSummary] = await client.partners.list(limit=2)
        assert len(first.data) == 2 and first.has_next_page()
        raw = await client.with_raw_response.partners.list(limit=2)
        page: AsyncPage[PartnerSummary] = raw.parse()
        assert len(page.data) == 2 and raw.status_code == 200


async def test_async_path_arguments_are_checked_when_called() -> None:
    def never(request: httpx.Request) -> httpx.Response:
        raise AssertionError("sent")

    http = httpx.AsyncClient(transport=httpx.MockTransport(never))
    async with AsyncAffiliateClient(api_key=KEY, http_client=http) as client:
        with pytest.raises(ValueError, match="id"):
            client.partner_referral_links.list("")  # raises at the call, before any await
        with pytest.raises(ValueError, match="id"):
            await client.partners.get("")


# ---- item 8: one key, the right client -----------------------------------------------------


@pytest.mark.parametrize(
    ("program", "expected"),
    [("affiliate", AffiliateClient), ("referral", ReferralClient), ("newsletter", NewsletterClient)],
)
def test_client_for_key_picks_the_program_client(partnero_mock: Any, program: str, expected: type) -> None:
    client = partnero_client.client_for_key(partnero_mock.new_key(program), base_url=partnero_mock.base_url)
    with client:
        assert type(client) is expected


async def test_async_client_for_key_picks_the_program_client(partnero_mock: Any) -> None:
    key = partnero_mock.new_key("referral")
    client = await partnero_client.async_client_for_key(key, base_url=partnero_mock.base_url)
    async with client:
        assert type(client) is AsyncReferralClient
        assert (await client.customers.create(email="a@example.com")).email == "a@example.com"


def test_a_client_of_another_program_type_says_so(partnero_mock: Any) -> None:
    key = partnero_mock.new_key("referral")
    with AffiliateClient(api_key=key, base_url=partnero_mock.base_url) as client:
        with pytest.raises(
            partnero_client.WrongProgramError, match="referral program.*ReferralClient"
        ) as info:
            client.partners.list()  # a route refer-a-friend programs do not have: a bare 404 before
        assert isinstance(info.value.__cause__, NotFoundError)
        assert info.value.key_type == "referral" and info.value.client_type == "affiliate"
        with pytest.raises(partnero_client.WrongProgramError, match="ReferralClient"):
            client.customers.create(key="c1", partner={"key": "p1"})  # used to be KeyError: 'key'


def test_a_missing_record_is_still_a_not_found_without_an_extra_request() -> None:
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        return httpx.Response(404, json={"message": "Not found"})

    client = AffiliateClient(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    with pytest.raises(NotFoundError):
        client.partners.get("nobody")
    assert sent == ["/v1/partners/nobody"]
