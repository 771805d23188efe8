"""The `newsletter_rewards` resource: one method per operation, sync and async, plain and raw."""

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.pagination import AsyncPage, SyncPage
from ...._core.response import RawResponse
from ...models.newsletter_reward import NewsletterReward
from ...models.newsletter_reward_create import NewsletterRewardCreate
from ...models.newsletter_reward_envelope import NewsletterRewardEnvelope
from ...models.newsletter_reward_list import NewsletterRewardList
from ...types import UNSET, Unset
from . import create_newsletter_reward as _create_newsletter_reward
from . import get_newsletter_reward as _get_newsletter_reward
from . import list_newsletter_rewards as _list_newsletter_rewards


class NewsletterRewardsResourceWithRawResponse:
    """Operations on newsletter rewards, returning the raw reply with the parsed envelope."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[NewsletterRewardList]:
        """List newsletter rewards.

        GET /v1/rewards

        Returns the milestone rewards defined for the newsletter program. The list is not paged:
        the reply has `data` and `status` only.
        """

        spec = _list_newsletter_rewards._get_kwargs()

        return self._client._request_raw(spec, _list_newsletter_rewards._parse, request_options)

    def create(
        self,
        *,
        name: str,
        description: None | str | Unset = UNSET,
        subscribers_count: int | None | Unset = UNSET,
        fulfillment_type: None | str | Unset = UNSET,
        fulfillment_value: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[NewsletterRewardEnvelope]:
        """Create a newsletter reward.

        POST /v1/rewards

        Defines a reward that a subscriber unlocks after referring `subscribers_count` people
        (the reply calls the same number `subscriber_count`). `fulfillment_type` says how it is
        handed out and `fulfillment_value` holds the link, coupon code or gift-card value. The
        reply's status code is not documented, so both 200 and 201 are described with the same
        body.
        """

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

        return self._client._request_raw(spec, _create_newsletter_reward._parse, request_options)

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[NewsletterRewardEnvelope]:
        """Retrieve a newsletter reward.

        GET /v1/rewards/{id}

        Returns one milestone reward with the number of times it was unlocked so far.
        """

        spec = _get_newsletter_reward._get_kwargs(
            id=id,
        )

        return self._client._request_raw(spec, _get_newsletter_reward._parse, request_options)


class NewsletterRewardsResource:
    """Operations on newsletter rewards."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = NewsletterRewardsResourceWithRawResponse(client)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[NewsletterReward]:
        """List newsletter rewards.

        GET /v1/rewards

        Returns the milestone rewards defined for the newsletter program. The list is not paged:
        the reply has `data` and `status` only.
        """

        spec = _list_newsletter_rewards._get_kwargs()

        envelope = self._client._request(spec, _list_newsletter_rewards._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
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
        """

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

        envelope = self._client._request(spec, _create_newsletter_reward._parse, request_options)
        return _create_newsletter_reward._unwrap(envelope)

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> NewsletterReward:
        """Retrieve a newsletter reward.

        GET /v1/rewards/{id}

        Returns one milestone reward with the number of times it was unlocked so far.
        """

        spec = _get_newsletter_reward._get_kwargs(
            id=id,
        )

        envelope = self._client._request(spec, _get_newsletter_reward._parse, request_options)
        return _get_newsletter_reward._unwrap(envelope)


class AsyncNewsletterRewardsResourceWithRawResponse:
    """Operations on newsletter rewards, returning the raw reply with the parsed envelope."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[NewsletterRewardList]:
        """List newsletter rewards.

        GET /v1/rewards

        Returns the milestone rewards defined for the newsletter program. The list is not paged:
        the reply has `data` and `status` only.
        """

        spec = _list_newsletter_rewards._get_kwargs()

        return await self._client._request_raw(spec, _list_newsletter_rewards._parse, request_options)

    async def create(
        self,
        *,
        name: str,
        description: None | str | Unset = UNSET,
        subscribers_count: int | None | Unset = UNSET,
        fulfillment_type: None | str | Unset = UNSET,
        fulfillment_value: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[NewsletterRewardEnvelope]:
        """Create a newsletter reward.

        POST /v1/rewards

        Defines a reward that a subscriber unlocks after referring `subscribers_count` people
        (the reply calls the same number `subscriber_count`). `fulfillment_type` says how it is
        handed out and `fulfillment_value` holds the link, coupon code or gift-card value. The
        reply's status code is not documented, so both 200 and 201 are described with the same
        body.
        """

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

        return await self._client._request_raw(spec, _create_newsletter_reward._parse, request_options)

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[NewsletterRewardEnvelope]:
        """Retrieve a newsletter reward.

        GET /v1/rewards/{id}

        Returns one milestone reward with the number of times it was unlocked so far.
        """

        spec = _get_newsletter_reward._get_kwargs(
            id=id,
        )

        return await self._client._request_raw(spec, _get_newsletter_reward._parse, request_options)


class AsyncNewsletterRewardsResource:
    """Operations on newsletter rewards."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncNewsletterRewardsResourceWithRawResponse(client)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[NewsletterReward]:
        """List newsletter rewards.

        GET /v1/rewards

        Returns the milestone rewards defined for the newsletter program. The list is not paged:
        the reply has `data` and `status` only.
        """

        spec = _list_newsletter_rewards._get_kwargs()

        envelope = await self._client._request(spec, _list_newsletter_rewards._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_newsletter_rewards._read_page,
            parse=_list_newsletter_rewards._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
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
        """

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

        envelope = await self._client._request(spec, _create_newsletter_reward._parse, request_options)
        return _create_newsletter_reward._unwrap(envelope)

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> NewsletterReward:
        """Retrieve a newsletter reward.

        GET /v1/rewards/{id}

        Returns one milestone reward with the number of times it was unlocked so far.
        """

        spec = _get_newsletter_reward._get_kwargs(
            id=id,
        )

        envelope = await self._client._request(spec, _get_newsletter_reward._parse, request_options)
        return _get_newsletter_reward._unwrap(envelope)
