"""Clients for newsletter programs: every operation of the newsletter view, grouped by resource."""

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

PROGRAM_TYPE = "newsletter"
# Routes without path parameters: a 404 there is no missing record but a route the key's program
# does not have, so the client checks the key's program type before reporting it.
FIXED_ROUTES = frozenset(
    {
        "/v1/program",
        "/v1/test",
        "/v1/webhooks",
        "/v1/subscribers",
        "/v1/subscribers:search",
        "/v1/rewards",
    }
)


def _worth_checking(spec: dict[str, Any], error: PartneroError) -> bool:
    if isinstance(error, NotFoundError):
        return urlsplit(str(spec.get("url", ""))).path in FIXED_ROUTES
    return isinstance(error, ResponseValidationError)


class NewsletterClientWithRawResponse:
    """The same resources, returning `RawResponse` (status, headers, envelope; `parse()`)."""

    def __init__(self, client: NewsletterClient) -> None:
        self._client = client

    @property
    def program(self) -> ProgramResourceWithRawResponse:
        return self._client.program.with_raw_response

    @property
    def test(self) -> TestResourceWithRawResponse:
        return self._client.test.with_raw_response

    @property
    def webhooks(self) -> WebhooksResourceWithRawResponse:
        return self._client.webhooks.with_raw_response

    @property
    def subscribers(self) -> SubscribersResourceWithRawResponse:
        return self._client.subscribers.with_raw_response

    @property
    def newsletter_rewards(self) -> NewsletterRewardsResourceWithRawResponse:
        return self._client.newsletter_rewards.with_raw_response


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


class AsyncNewsletterClientWithRawResponse:
    """The same resources, returning `RawResponse` (status, headers, envelope; `parse()`)."""

    def __init__(self, client: AsyncNewsletterClient) -> None:
        self._client = client

    @property
    def program(self) -> AsyncProgramResourceWithRawResponse:
        return self._client.program.with_raw_response

    @property
    def test(self) -> AsyncTestResourceWithRawResponse:
        return self._client.test.with_raw_response

    @property
    def webhooks(self) -> AsyncWebhooksResourceWithRawResponse:
        return self._client.webhooks.with_raw_response

    @property
    def subscribers(self) -> AsyncSubscribersResourceWithRawResponse:
        return self._client.subscribers.with_raw_response

    @property
    def newsletter_rewards(self) -> AsyncNewsletterRewardsResourceWithRawResponse:
        return self._client.newsletter_rewards.with_raw_response


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


__all__ = ["AsyncNewsletterClient", "NewsletterClient", "WrongProgramError"]
