"""The `newsletter_rewards` resource: one method per operation, sync and async; raw access wraps them.

An operation's module (and the models its body takes) is imported by its method on the first
call, not here: touching a resource then loads the few modules its first call needs, not every
model the resource's methods name.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.raw import to_async_raw, to_raw
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._core.pagination import SyncPage
    from ...._core.paginator import AsyncPaginator
    from ...models.newsletter_reward import NewsletterReward


class NewsletterRewardsResource:
    """Operations on newsletter rewards."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NewsletterRewardsResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return NewsletterRewardsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[NewsletterReward]:
        """List newsletter rewards.

        GET /v1/rewards

        Returns the milestone rewards defined for the newsletter program. `limit` and `page` cut
        the list, but the reply has `data` and `status` only, without page links: ask for the
        next page while a page comes back full.

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `NewsletterReward` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_newsletter_rewards as _list_newsletter_rewards

        spec = _list_newsletter_rewards._get_kwargs(
            limit=limit,
            page=page,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _list_newsletter_rewards._result, request_options),
            read=_list_newsletter_rewards._read_page,
            parse=_list_newsletter_rewards._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def create(
        self,
        *,
        name: str,
        description: None | str | Unset = UNSET,
        subscribers_count: int | None | Unset = UNSET,
        fulfillment_type: None | str | Unset = UNSET,
        fulfillment_value: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> NewsletterReward:
        """Create a newsletter reward.

        POST /v1/rewards

        Defines a reward that a subscriber unlocks after referring `subscribers_count` people
        (the reply calls the same number `subscriber_count`). `fulfillment_type` says how it is
        handed out and `fulfillment_value` holds the link, coupon code or gift-card value. The
        reply's status code is not documented, so both 200 and 201 are described with the same
        body.

        Args:
            name: Shown in the subscriber portal.
            description: Longer text shown with the reward in the subscriber portal.
            subscribers_count: Referrals needed to unlock the reward (answered as `subscriber_count`).
            fulfillment_type: Known values: url_link, generic_coupon, amazon_gift_card.
            fulfillment_value: The link, coupon code or gift-card value.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `NewsletterReward` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import NewsletterRewardCreate
        from . import create_newsletter_reward as _create_newsletter_reward

        body = NewsletterRewardCreate(
            name=name,
            description=description,
            subscribers_count=subscribers_count,
            fulfillment_type=fulfillment_type,
            fulfillment_value=fulfillment_value,
        )
        spec = _create_newsletter_reward._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _create_newsletter_reward._result, request_options)

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> NewsletterReward:
        """Retrieve a newsletter reward.

        GET /v1/rewards/{id}

        Returns one milestone reward with the number of times it was unlocked so far.

        Args:
            id: The reward's numeric id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `NewsletterReward` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_newsletter_reward as _get_newsletter_reward

        spec = _get_newsletter_reward._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _get_newsletter_reward._result, request_options)


class NewsletterRewardsResourceWithRawResponse:
    """`newsletter_rewards` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: NewsletterRewardsResource) -> None:
        from . import create_newsletter_reward as _create_newsletter_reward
        from . import get_newsletter_reward as _get_newsletter_reward
        from . import list_newsletter_rewards as _list_newsletter_rewards

        self.list = to_raw(resource.list, _list_newsletter_rewards._parse)
        self.create = to_raw(resource.create, _create_newsletter_reward._parse)
        self.get = to_raw(resource.get, _get_newsletter_reward._parse)


class AsyncNewsletterRewardsResource:
    """Operations on newsletter rewards."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNewsletterRewardsResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return AsyncNewsletterRewardsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[NewsletterReward]:
        """List newsletter rewards.

        GET /v1/rewards

        Returns the milestone rewards defined for the newsletter program. `limit` and `page` cut
        the list, but the reply has `data` and `status` only, without page links: ask for the
        next page while a page comes back full.

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `NewsletterReward` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_newsletter_rewards as _list_newsletter_rewards

        spec = _list_newsletter_rewards._get_kwargs(
            limit=limit,
            page=page,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_list_newsletter_rewards._result,
            read=_list_newsletter_rewards._read_page,
            parse=_list_newsletter_rewards._parse,
            options=request_options,
        )

    async def create(
        self,
        *,
        name: str,
        description: None | str | Unset = UNSET,
        subscribers_count: int | None | Unset = UNSET,
        fulfillment_type: None | str | Unset = UNSET,
        fulfillment_value: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> NewsletterReward:
        """Create a newsletter reward.

        POST /v1/rewards

        Defines a reward that a subscriber unlocks after referring `subscribers_count` people
        (the reply calls the same number `subscriber_count`). `fulfillment_type` says how it is
        handed out and `fulfillment_value` holds the link, coupon code or gift-card value. The
        reply's status code is not documented, so both 200 and 201 are described with the same
        body.

        Args:
            name: Shown in the subscriber portal.
            description: Longer text shown with the reward in the subscriber portal.
            subscribers_count: Referrals needed to unlock the reward (answered as `subscriber_count`).
            fulfillment_type: Known values: url_link, generic_coupon, amazon_gift_card.
            fulfillment_value: The link, coupon code or gift-card value.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `NewsletterReward` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import NewsletterRewardCreate
        from . import create_newsletter_reward as _create_newsletter_reward

        body = NewsletterRewardCreate(
            name=name,
            description=description,
            subscribers_count=subscribers_count,
            fulfillment_type=fulfillment_type,
            fulfillment_value=fulfillment_value,
        )
        spec = _create_newsletter_reward._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _create_newsletter_reward._result, request_options)

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> NewsletterReward:
        """Retrieve a newsletter reward.

        GET /v1/rewards/{id}

        Returns one milestone reward with the number of times it was unlocked so far.

        Args:
            id: The reward's numeric id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `NewsletterReward` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_newsletter_reward as _get_newsletter_reward

        spec = _get_newsletter_reward._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _get_newsletter_reward._result, request_options)


class AsyncNewsletterRewardsResourceWithRawResponse:
    """`newsletter_rewards` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: AsyncNewsletterRewardsResource) -> None:
        from . import create_newsletter_reward as _create_newsletter_reward
        from . import get_newsletter_reward as _get_newsletter_reward
        from . import list_newsletter_rewards as _list_newsletter_rewards

        self.list = to_async_raw(resource.list, _list_newsletter_rewards._parse)
        self.create = to_async_raw(resource.create, _create_newsletter_reward._parse)
        self.get = to_async_raw(resource.get, _get_newsletter_reward._parse)
