"""Clients for referral programs: every operation of the referral view, grouped by resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .._core.errors import NotFoundError, PartneroError, ResponseValidationError
from .._core.http import AsyncAPIClient, SyncAPIClient
from .._core.programs import (
    KEY_CHECK_PATH,
    PROGRAM_PATH,
    WrongProgramError,
    mismatch,
    program_type_from,
    read_json,
)

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

PROGRAM_TYPE = "referral"
# Routes without path parameters: a 404 there is no missing record but a route the key's program
# does not have, so the client checks the key's program type before reporting it.
FIXED_ROUTES = frozenset(
    {
        "/v1/customers",
        "/v1/customers:search",
        "/v1/customers:invite",
        "/v1/customer_referral_links",
        "/v1/customer_referral_links:search",
        "/v1/transactions",
        "/v1/program",
        "/v1/program/overview",
        "/v1/test",
        "/v1/webhooks",
    }
)


def _worth_checking(spec: dict[str, Any], error: PartneroError) -> bool:
    if isinstance(error, NotFoundError):
        return urlsplit(str(spec.get("url", ""))).path in FIXED_ROUTES
    return isinstance(error, ResponseValidationError)


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

    def key_program_type(self) -> str | None:
        """The program type of this client's key (affiliate, referral, newsletter), from the key
        check, or None when the replies do not say. Asked once per configuration, then kept."""
        cached = self.__dict__.get("_key_program_type")
        if cached is not None and cached[0] is self._config:
            return str(cached[1]) if cached[1] else None
        found: str | None = None
        try:
            for path in (KEY_CHECK_PATH, PROGRAM_PATH):
                found = program_type_from(super()._request({"method": "GET", "url": path}, read_json, None))
                if found:
                    break
        except PartneroError:
            found = None
        self.__dict__["_key_program_type"] = (self._config, found)
        return found

    def _request(self, spec: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return super()._request(spec, *args, **kwargs)
        except (NotFoundError, ResponseValidationError) as error:
            wrong = (
                mismatch(PROGRAM_TYPE, self.key_program_type(), error)
                if _worth_checking(spec, error)
                else None
            )
            if wrong is None:
                raise
            raise wrong from error


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

    async def key_program_type(self) -> str | None:
        """The program type of this client's key (affiliate, referral, newsletter), from the key
        check, or None when the replies do not say. Asked once per configuration, then kept."""
        cached = self.__dict__.get("_key_program_type")
        if cached is not None and cached[0] is self._config:
            return str(cached[1]) if cached[1] else None
        found: str | None = None
        try:
            for path in (KEY_CHECK_PATH, PROGRAM_PATH):
                found = program_type_from(
                    await super()._request({"method": "GET", "url": path}, read_json, None)
                )
                if found:
                    break
        except PartneroError:
            found = None
        self.__dict__["_key_program_type"] = (self._config, found)
        return found

    async def _request(self, spec: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return await super()._request(spec, *args, **kwargs)
        except (NotFoundError, ResponseValidationError) as error:
            wrong = (
                mismatch(PROGRAM_TYPE, await self.key_program_type(), error)
                if _worth_checking(spec, error)
                else None
            )
            if wrong is None:
                raise
            raise wrong from error


__all__ = ["AsyncReferralClient", "ReferralClient", "WrongProgramError"]
