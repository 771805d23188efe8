"""Clients for newsletter programs: every operation of the newsletter view, grouped by resource."""

from collections.abc import Mapping

import httpx

from .._core.http import AsyncAPIClient, SyncAPIClient
from .api.newsletter_rewards import (
    AsyncNewsletterRewardsResource,
    AsyncNewsletterRewardsResourceWithRawResponse,
    NewsletterRewardsResource,
    NewsletterRewardsResourceWithRawResponse,
)
from .api.program import (
    AsyncProgramResource,
    AsyncProgramResourceWithRawResponse,
    ProgramResource,
    ProgramResourceWithRawResponse,
)
from .api.subscribers import (
    AsyncSubscribersResource,
    AsyncSubscribersResourceWithRawResponse,
    SubscribersResource,
    SubscribersResourceWithRawResponse,
)
from .api.test import (
    AsyncTestResource,
    AsyncTestResourceWithRawResponse,
    TestResource,
    TestResourceWithRawResponse,
)
from .api.webhooks import (
    AsyncWebhooksResource,
    AsyncWebhooksResourceWithRawResponse,
    WebhooksResource,
    WebhooksResourceWithRawResponse,
)


class NewsletterClientWithRawResponse:
    """The same resources, returning `RawResponse` (status, headers, parsed envelope)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self.program = ProgramResourceWithRawResponse(client)
        self.test = TestResourceWithRawResponse(client)
        self.webhooks = WebhooksResourceWithRawResponse(client)
        self.subscribers = SubscribersResourceWithRawResponse(client)
        self.newsletter_rewards = NewsletterRewardsResourceWithRawResponse(client)


class AsyncNewsletterClientWithRawResponse:
    """The same resources, returning `RawResponse` (status, headers, parsed envelope)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self.program = AsyncProgramResourceWithRawResponse(client)
        self.test = AsyncTestResourceWithRawResponse(client)
        self.webhooks = AsyncWebhooksResourceWithRawResponse(client)
        self.subscribers = AsyncSubscribersResourceWithRawResponse(client)
        self.newsletter_rewards = AsyncNewsletterRewardsResourceWithRawResponse(client)


class NewsletterClient(SyncAPIClient):
    """Synchronous client for a newsletter program's API key."""

    program: ProgramResource
    test: TestResource
    webhooks: WebhooksResource
    subscribers: SubscribersResource
    newsletter_rewards: NewsletterRewardsResource
    with_raw_response: NewsletterClientWithRawResponse

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
        """Create a client for one newsletter program.

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
        self.program = ProgramResource(self)
        self.test = TestResource(self)
        self.webhooks = WebhooksResource(self)
        self.subscribers = SubscribersResource(self)
        self.newsletter_rewards = NewsletterRewardsResource(self)
        self.with_raw_response = NewsletterClientWithRawResponse(self)


class AsyncNewsletterClient(AsyncAPIClient):
    """Asynchronous client for a newsletter program's API key."""

    program: AsyncProgramResource
    test: AsyncTestResource
    webhooks: AsyncWebhooksResource
    subscribers: AsyncSubscribersResource
    newsletter_rewards: AsyncNewsletterRewardsResource
    with_raw_response: AsyncNewsletterClientWithRawResponse

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
        """Create a client for one newsletter program.

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
        self.program = AsyncProgramResource(self)
        self.test = AsyncTestResource(self)
        self.webhooks = AsyncWebhooksResource(self)
        self.subscribers = AsyncSubscribersResource(self)
        self.newsletter_rewards = AsyncNewsletterRewardsResource(self)
        self.with_raw_response = AsyncNewsletterClientWithRawResponse(self)


__all__ = ["AsyncNewsletterClient", "NewsletterClient"]
