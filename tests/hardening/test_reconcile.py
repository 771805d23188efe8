"""Issue 15.10: writes resolved exactly once. With reconciliation on, a create whose outcome is
unknown (the mock applies it and then fails: `503;after`, `reset;after`, or answers after the
read timeout: `delay`) is looked up before it is sent again, so every sale is booked exactly once
and the caller gets the record."""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from partnero_client import APIConnectionError, InternalServerError, RequestOptions
from partnero_client.affiliate import AffiliateClient, AsyncAffiliateClient
from partnero_client.affiliate.models import AffiliateTransactionCustomer, PartnerReference
from partnero_client.newsletter import NewsletterClient
from partnero_client.referral import ReferralClient
from partnero_client.referral.models import ReferralCustomerReferrerReference, ReferralTransactionCustomer

from .conftest import area
from .faults import FaultScript

SALES = 1000
FAULT_RATE = 0.2
# Applied, then failed; failed before applying; applied after the client's read timeout (60 ms).
FAULTS = ["503;after", "reset;after", "delay=90ms", "503", "reset"]
READ_TIMEOUT = 0.06
AREA = area("15.10 writes resolved exactly once")


class RandomFaults:
    """A fault on a fifth of all requests (creates and lookups alike), from a fixed seed."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.injected: Counter[str] = Counter()
        self.requests = 0

    def __call__(self, request: httpx.Request) -> None:
        self.requests += 1
        if self.random.random() < FAULT_RATE:
            fault = self.random.choice(FAULTS)
            self.injected[fault] += 1
            request.headers["X-Mock-Fault"] = fault
        else:
            request.headers["X-Mock-Fault"] = "none"


@pytest.fixture
def tiny_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("partnero_client._core.calls.backoff_delay", lambda attempt, retry_after=None: 0.002)


def _customer(partnero_mock: Any) -> str:
    with AffiliateClient(api_key=partnero_mock.api_key, base_url=partnero_mock.base_url) as setup:
        partner = setup.partners.create(email="seller@example.com")
        customer = setup.customers.create(
            key="buyer_1", email="buyer@example.com", partner=PartnerReference(id=partner.id)
        )
    return customer.key if isinstance(customer.key, str) else "buyer_1"


def test_a_thousand_sales_under_random_faults_are_each_booked_exactly_once(
    partnero_mock: Any, tiny_backoff: None
) -> None:
    buyer = _customer(partnero_mock)
    faults = RandomFaults(seed=15)
    http = httpx.Client(event_hooks={"request": [faults]})
    client = AffiliateClient(
        api_key=partnero_mock.api_key,
        base_url=partnero_mock.base_url,
        http_client=http,
        timeout=httpx.Timeout(READ_TIMEOUT, connect=1.0),
        max_retries=8,
        reconcile_writes=True,
    )
    started = time.monotonic()
    returned: dict[str, Any] = {}
    failures: list[str] = []
    for n in range(SALES):
        key = f"sale-{n:04d}"
        sale = AREA.run(
            lambda key=key, amount=10 + n: client.transactions.create(
                customer=AffiliateTransactionCustomer(key=buyer), key=key, amount=amount
            ),
            key=partnero_mock.api_key,
        )
        if isinstance(sale, BaseException):
            failures.append(f"{key}: {type(sale).__name__}: {sale}")
            continue
        assert not isinstance(sale, list)
        returned[key] = sale
    took = time.monotonic() - started
    http.close()
    program = partnero_mock.program()
    with program.lock:
        booked = Counter(t.key for t in program.transactions)
    doubles = sum(1 for count in booked.values() if count > 1)
    missing = SALES - len(booked)
    wrong = [k for k, sale in returned.items() if sale.key != k or sale.amount != 10 + int(k[-4:])]
    AREA.double_applied += sum(count - 1 for count in booked.values())
    AREA.notes["1,000 sales"] = (
        f"{sum(faults.injected.values())} faults injected {dict(faults.injected)}, {faults.requests} "
        f"requests, {len(failures)} failed calls, {missing} missing, {len(wrong)} wrong records, {took:.1f} s"
    )
    assert failures == []
    assert doubles == 0 and missing == 0 and wrong == []
    assert partnero_mock.applied("createTransaction") == SALES
    assert sum(faults.injected.values()) > SALES * FAULT_RATE * 0.8


@pytest.fixture
def scripted(partnero_mock: Any) -> Iterator[tuple[AffiliateClient, FaultScript]]:
    faults = FaultScript()
    http = httpx.Client(event_hooks={"request": [faults]})
    client = AffiliateClient(
        api_key=partnero_mock.api_key, base_url=partnero_mock.base_url, http_client=http, max_retries=3
    )
    yield client, faults
    http.close()


def test_reconciliation_is_off_by_default_and_the_ambiguous_error_is_raised(
    scripted: tuple[AffiliateClient, FaultScript], partnero_mock: Any, tiny_backoff: None
) -> None:
    client, faults = scripted
    faults.arm("503;after")
    with pytest.raises(InternalServerError) as caught:
        client.partners.create(email="once@example.com")
    assert faults.attempts == 1 and partnero_mock.applied("createPartner") == 1
    assert caught.value.attempts == 1


@pytest.mark.parametrize("fault", ["503;after", "reset;after"])
def test_a_partner_create_is_reconciled_per_call_by_email(
    scripted: tuple[AffiliateClient, FaultScript], partnero_mock: Any, tiny_backoff: None, fault: str
) -> None:
    client, faults = scripted
    faults.arm(fault)
    partner = client.partners.create(email="Once@Example.com", request_options=RequestOptions(reconcile=True))
    assert partner.email.lower() == "once@example.com"
    assert faults.attempts == 2  # the create and one lookup, no second create
    assert partnero_mock.applied("createPartner") == 1


def test_a_create_that_never_applied_is_sent_again_after_the_lookup(
    scripted: tuple[AffiliateClient, FaultScript], partnero_mock: Any, tiny_backoff: None
) -> None:
    client, faults = scripted
    partner = client.partners.create(email="p@example.com")
    faults.arm("503")
    client.with_options(reconcile_writes=True).customers.create(
        key="c_once", email="c@example.com", partner=PartnerReference(id=partner.id)
    )
    assert faults.attempts == 3  # create (503, not applied), lookup (404), create again
    assert partnero_mock.applied("createCustomer") == 1


def test_a_create_with_no_lookup_is_not_reconciled(
    scripted: tuple[AffiliateClient, FaultScript], partnero_mock: Any, tiny_backoff: None
) -> None:
    client, faults = scripted
    faults.arm("reset;after")
    with pytest.raises(APIConnectionError):
        # No key: a sale cannot be named, so it is not looked up and not sent again.
        client.with_options(reconcile_writes=True).transactions.create(
            customer=AffiliateTransactionCustomer(key="nobody"), amount=5
        )
    assert faults.attempts == 1


def test_a_newsletter_subscriber_is_reconciled_by_email(partnero_mock: Any, tiny_backoff: None) -> None:
    faults = FaultScript()
    http = httpx.Client(event_hooks={"request": [faults]})
    key = partnero_mock.new_key("newsletter")
    client = NewsletterClient(
        api_key=key, base_url=partnero_mock.base_url, http_client=http, reconcile_writes=True
    )
    faults.arm("503;after")
    subscriber = client.subscribers.create(email="sub@example.com")
    assert "sub@example.com" in repr(subscriber)
    assert partnero_mock.applied("createSubscriber", api_key=key) == 1
    http.close()


async def test_async_creates_are_reconciled_too(partnero_mock: Any, tiny_backoff: None) -> None:
    faults = FaultScript()
    http = httpx.AsyncClient(event_hooks={"request": [_async(faults)]})
    client = AsyncAffiliateClient(
        api_key=partnero_mock.api_key,
        base_url=partnero_mock.base_url,
        http_client=http,
        reconcile_writes=True,
    )
    faults.arm("reset;after")
    partner = await client.partners.create(email="async@example.com")
    assert partner.email == "async@example.com" and partnero_mock.applied("createPartner") == 1
    await http.aclose()


def _async(hook: FaultScript) -> Any:
    async def call(request: httpx.Request) -> None:
        hook(request)

    return call


def test_a_refer_a_friend_sale_is_reconciled_by_its_key(partnero_mock: Any, tiny_backoff: None) -> None:
    key = partnero_mock.new_key("referral")
    with ReferralClient(api_key=key, base_url=partnero_mock.base_url) as setup:
        alice = setup.customers.create(email="alice@example.com", key="alice")
        setup.customers.create(
            email="bob@example.com",
            key="bob",
            referring_customer=ReferralCustomerReferrerReference(id=alice.id),
        )
    faults = FaultScript()
    http = httpx.Client(event_hooks={"request": [faults]})
    client = ReferralClient(
        api_key=key, base_url=partnero_mock.base_url, http_client=http, reconcile_writes=True
    )
    for fault in ("503;after", "reset;after"):
        faults.arm(fault)
        sale = AREA.run(
            lambda fault=fault: client.transactions.create(
                customer=ReferralTransactionCustomer(key="bob"), key=f"rsale-{fault}", amount=12
            )
        )
        assert getattr(sale, "key", None) == f"rsale-{fault}", sale
        assert faults.attempts == 2  # the create and the lookup
    assert partnero_mock.applied("createTransaction", api_key=key) == 2
    http.close()
