"""Clients for newsletter programs: every operation of the newsletter view, grouped by resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core.http import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
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
        self._client = client

    @cached_property
    def program(self) -> ProgramResourceWithRawResponse:
        from .api.program import ProgramResourceWithRawResponse

        return ProgramResourceWithRawResponse(self._client)

    @cached_property
    def test(self) -> TestResourceWithRawResponse:
        from .api.test import TestResourceWithRawResponse

        return TestResourceWithRawResponse(self._client)

    @cached_property
    def webhooks(self) -> WebhooksResourceWithRawResponse:
        from .api.webhooks import WebhooksResourceWithRawResponse

        return WebhooksResourceWithRawResponse(self._client)

    @cached_property
    def subscribers(self) -> SubscribersResourceWithRawResponse:
        from .api.subscribers import SubscribersResourceWithRawResponse

        return SubscribersResourceWithRawResponse(self._client)

    @cached_property
    def newsletter_rewards(self) -> NewsletterRewardsResourceWithRawResponse:
        from .api.newsletter_rewards import NewsletterRewardsResourceWithRawResponse

        return NewsletterRewardsResourceWithRawResponse(self._client)


class NewsletterClient(SyncAPIClient):
    """Synchronous client for a newsletter program's API key.

    Settings as for `SyncAPIClient`. Resources are imported and built on first use: a program's view
    has hundreds of models, and most programs touch a few resources only.
    """

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
    def subscribers(self) -> SubscribersResource:
        from .api.subscribers import SubscribersResource

        return SubscribersResource(self)

    @cached_property
    def newsletter_rewards(self) -> NewsletterRewardsResource:
        from .api.newsletter_rewards import NewsletterRewardsResource

        return NewsletterRewardsResource(self)

    @cached_property
    def with_raw_response(self) -> NewsletterClientWithRawResponse:
        return NewsletterClientWithRawResponse(self)


class AsyncNewsletterClientWithRawResponse:
    """The same resources, returning `RawResponse` (status, headers, parsed envelope)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def program(self) -> AsyncProgramResourceWithRawResponse:
        from .api.program import AsyncProgramResourceWithRawResponse

        return AsyncProgramResourceWithRawResponse(self._client)

    @cached_property
    def test(self) -> AsyncTestResourceWithRawResponse:
        from .api.test import AsyncTestResourceWithRawResponse

        return AsyncTestResourceWithRawResponse(self._client)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResourceWithRawResponse:
        from .api.webhooks import AsyncWebhooksResourceWithRawResponse

        return AsyncWebhooksResourceWithRawResponse(self._client)

    @cached_property
    def subscribers(self) -> AsyncSubscribersResourceWithRawResponse:
        from .api.subscribers import AsyncSubscribersResourceWithRawResponse

        return AsyncSubscribersResourceWithRawResponse(self._client)

    @cached_property
    def newsletter_rewards(self) -> AsyncNewsletterRewardsResourceWithRawResponse:
        from .api.newsletter_rewards import AsyncNewsletterRewardsResourceWithRawResponse

        return AsyncNewsletterRewardsResourceWithRawResponse(self._client)


class AsyncNewsletterClient(AsyncAPIClient):
    """Asynchronous client for a newsletter program's API key.

    Settings as for `AsyncAPIClient`. Resources are imported and built on first use: a program's view
    has hundreds of models, and most programs touch a few resources only.
    """

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
    def subscribers(self) -> AsyncSubscribersResource:
        from .api.subscribers import AsyncSubscribersResource

        return AsyncSubscribersResource(self)

    @cached_property
    def newsletter_rewards(self) -> AsyncNewsletterRewardsResource:
        from .api.newsletter_rewards import AsyncNewsletterRewardsResource

        return AsyncNewsletterRewardsResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncNewsletterClientWithRawResponse:
        return AsyncNewsletterClientWithRawResponse(self)


__all__ = ["AsyncNewsletterClient", "NewsletterClient"]
