"""Clients for referral programs: every operation of the referral view, grouped by resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core.http import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .api.customer_referral_links import (
        AsyncCustomerReferralLinksResource,
        AsyncCustomerReferralLinksResourceWithRawResponse,
        CustomerReferralLinksResource,
        CustomerReferralLinksResourceWithRawResponse,
    )
    from .api.customers import (
        AsyncCustomersResource,
        AsyncCustomersResourceWithRawResponse,
        CustomersResource,
        CustomersResourceWithRawResponse,
    )
    from .api.program import (
        AsyncProgramResource,
        AsyncProgramResourceWithRawResponse,
        ProgramResource,
        ProgramResourceWithRawResponse,
    )
    from .api.test import (
        AsyncTestResource,
        AsyncTestResourceWithRawResponse,
        TestResource,
        TestResourceWithRawResponse,
    )
    from .api.transactions import (
        AsyncTransactionsResource,
        AsyncTransactionsResourceWithRawResponse,
        TransactionsResource,
        TransactionsResourceWithRawResponse,
    )
    from .api.webhooks import (
        AsyncWebhooksResource,
        AsyncWebhooksResourceWithRawResponse,
        WebhooksResource,
        WebhooksResourceWithRawResponse,
    )


class ReferralClientWithRawResponse:
    """The same resources, returning `RawResponse` (status, headers, envelope; `parse()`)."""

    def __init__(self, client: ReferralClient) -> None:
        self._client = client

    @property
    def customers(self) -> CustomersResourceWithRawResponse:
        return self._client.customers.with_raw_response

    @property
    def customer_referral_links(self) -> CustomerReferralLinksResourceWithRawResponse:
        return self._client.customer_referral_links.with_raw_response

    @property
    def transactions(self) -> TransactionsResourceWithRawResponse:
        return self._client.transactions.with_raw_response

    @property
    def program(self) -> ProgramResourceWithRawResponse:
        return self._client.program.with_raw_response

    @property
    def test(self) -> TestResourceWithRawResponse:
        return self._client.test.with_raw_response

    @property
    def webhooks(self) -> WebhooksResourceWithRawResponse:
        return self._client.webhooks.with_raw_response


class ReferralClient(SyncAPIClient):
    """Synchronous client for a referral program's API key.

    Settings as for `SyncAPIClient`. Resources are imported and built on first use: a program's view
    has hundreds of models, and most programs touch a few resources only.
    """

    @cached_property
    def customers(self) -> CustomersResource:
        from .api.customers import CustomersResource

        return CustomersResource(self)

    @cached_property
    def customer_referral_links(self) -> CustomerReferralLinksResource:
        from .api.customer_referral_links import CustomerReferralLinksResource

        return CustomerReferralLinksResource(self)

    @cached_property
    def transactions(self) -> TransactionsResource:
        from .api.transactions import TransactionsResource

        return TransactionsResource(self)

    @cached_property
    def program(self) -> ProgramResource:
        from .api.program import ProgramResource

        return ProgramResource(self)

    @cached_property
    def test(self) -> TestResource:
        from .api.test import TestResource

        return TestResource(self)

    @cached_property
    def webhooks(self) -> WebhooksResource:
        from .api.webhooks import WebhooksResource

        return WebhooksResource(self)

    @cached_property
    def with_raw_response(self) -> ReferralClientWithRawResponse:
        return ReferralClientWithRawResponse(self)


class AsyncReferralClientWithRawResponse:
    """The same resources, returning `RawResponse` (status, headers, envelope; `parse()`)."""

    def __init__(self, client: AsyncReferralClient) -> None:
        self._client = client

    @property
    def customers(self) -> AsyncCustomersResourceWithRawResponse:
        return self._client.customers.with_raw_response

    @property
    def customer_referral_links(self) -> AsyncCustomerReferralLinksResourceWithRawResponse:
        return self._client.customer_referral_links.with_raw_response

    @property
    def transactions(self) -> AsyncTransactionsResourceWithRawResponse:
        return self._client.transactions.with_raw_response

    @property
    def program(self) -> AsyncProgramResourceWithRawResponse:
        return self._client.program.with_raw_response

    @property
    def test(self) -> AsyncTestResourceWithRawResponse:
        return self._client.test.with_raw_response

    @property
    def webhooks(self) -> AsyncWebhooksResourceWithRawResponse:
        return self._client.webhooks.with_raw_response


class AsyncReferralClient(AsyncAPIClient):
    """Asynchronous client for a referral program's API key.

    Settings as for `AsyncAPIClient`. Resources are imported and built on first use: a program's view
    has hundreds of models, and most programs touch a few resources only.
    """

    @cached_property
    def customers(self) -> AsyncCustomersResource:
        from .api.customers import AsyncCustomersResource

        return AsyncCustomersResource(self)

    @cached_property
    def customer_referral_links(self) -> AsyncCustomerReferralLinksResource:
        from .api.customer_referral_links import AsyncCustomerReferralLinksResource

        return AsyncCustomerReferralLinksResource(self)

    @cached_property
    def transactions(self) -> AsyncTransactionsResource:
        from .api.transactions import AsyncTransactionsResource

        return AsyncTransactionsResource(self)

    @cached_property
    def program(self) -> AsyncProgramResource:
        from .api.program import AsyncProgramResource

        return AsyncProgramResource(self)

    @cached_property
    def test(self) -> AsyncTestResource:
        from .api.test import AsyncTestResource

        return AsyncTestResource(self)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResource:
        from .api.webhooks import AsyncWebhooksResource

        return AsyncWebhooksResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncReferralClientWithRawResponse:
        return AsyncReferralClientWithRawResponse(self)


__all__ = ["AsyncReferralClient", "ReferralClient"]
