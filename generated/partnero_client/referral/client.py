"""Clients for referral programs: every operation of the referral view, grouped by resource."""

from collections.abc import Mapping

import httpx

from .._core.http import AsyncAPIClient, SyncAPIClient
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
    """The same resources, returning `RawResponse` (status, headers, parsed envelope)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self.customers = CustomersResourceWithRawResponse(client)
        self.customer_referral_links = CustomerReferralLinksResourceWithRawResponse(client)
        self.transactions = TransactionsResourceWithRawResponse(client)
        self.program = ProgramResourceWithRawResponse(client)
        self.test = TestResourceWithRawResponse(client)
        self.webhooks = WebhooksResourceWithRawResponse(client)


class AsyncReferralClientWithRawResponse:
    """The same resources, returning `RawResponse` (status, headers, parsed envelope)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self.customers = AsyncCustomersResourceWithRawResponse(client)
        self.customer_referral_links = AsyncCustomerReferralLinksResourceWithRawResponse(client)
        self.transactions = AsyncTransactionsResourceWithRawResponse(client)
        self.program = AsyncProgramResourceWithRawResponse(client)
        self.test = AsyncTestResourceWithRawResponse(client)
        self.webhooks = AsyncWebhooksResourceWithRawResponse(client)


class ReferralClient(SyncAPIClient):
    """Synchronous client for a referral program's API key."""

    customers: CustomersResource
    customer_referral_links: CustomerReferralLinksResource
    transactions: TransactionsResource
    program: ProgramResource
    test: TestResource
    webhooks: WebhooksResource
    with_raw_response: ReferralClientWithRawResponse

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        """Create a client for one referral program.

        Args:
            api_key: The program's API key; defaults to the PARTNERO_API_KEY environment variable.
            base_url: Defaults to PARTNERO_BASE_URL, then https://api.partnero.com.
            timeout: Seconds, or an httpx.Timeout for separate connect/read limits.
            max_retries: Retries of failed requests that are safe to repeat (default 2).
            default_headers: Extra headers sent with every request.
            http_client: Your own httpx client (proxies, transports); you close it.
            allow_insecure_http: Permit a plain http base URL on a non-loopback host.
        """
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure_http=allow_insecure_http,
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        self.customers = CustomersResource(self)
        self.customer_referral_links = CustomerReferralLinksResource(self)
        self.transactions = TransactionsResource(self)
        self.program = ProgramResource(self)
        self.test = TestResource(self)
        self.webhooks = WebhooksResource(self)
        self.with_raw_response = ReferralClientWithRawResponse(self)


class AsyncReferralClient(AsyncAPIClient):
    """Asynchronous client for a referral program's API key."""

    customers: AsyncCustomersResource
    customer_referral_links: AsyncCustomerReferralLinksResource
    transactions: AsyncTransactionsResource
    program: AsyncProgramResource
    test: AsyncTestResource
    webhooks: AsyncWebhooksResource
    with_raw_response: AsyncReferralClientWithRawResponse

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        """Create a client for one referral program.

        Args:
            api_key: The program's API key; defaults to the PARTNERO_API_KEY environment variable.
            base_url: Defaults to PARTNERO_BASE_URL, then https://api.partnero.com.
            timeout: Seconds, or an httpx.Timeout for separate connect/read limits.
            max_retries: Retries of failed requests that are safe to repeat (default 2).
            default_headers: Extra headers sent with every request.
            http_client: Your own httpx client (proxies, transports); you close it.
            allow_insecure_http: Permit a plain http base URL on a non-loopback host.
        """
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure_http=allow_insecure_http,
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        self.customers = AsyncCustomersResource(self)
        self.customer_referral_links = AsyncCustomerReferralLinksResource(self)
        self.transactions = AsyncTransactionsResource(self)
        self.program = AsyncProgramResource(self)
        self.test = AsyncTestResource(self)
        self.webhooks = AsyncWebhooksResource(self)
        self.with_raw_response = AsyncReferralClientWithRawResponse(self)


__all__ = ["AsyncReferralClient", "ReferralClient"]
