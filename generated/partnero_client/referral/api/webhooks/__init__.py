"""The `webhooks` resource: one method per operation, sync and async, plain and raw."""

import builtins

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.pagination import AsyncPage, SyncPage
from ...._core.response import RawResponse
from ...models.webhook import Webhook
from ...models.webhook_create import WebhookCreate
from ...models.webhook_deletion import WebhookDeletion
from ...models.webhook_envelope import WebhookEnvelope
from ...models.webhook_page import WebhookPage
from ...models.webhook_update import WebhookUpdate
from ...types import UNSET, Unset
from . import create_referral_webhook as _create_referral_webhook
from . import delete_referral_webhook as _delete_referral_webhook
from . import get_referral_webhook as _get_referral_webhook
from . import list_referral_webhooks as _list_referral_webhooks
from . import update_referral_webhook as _update_referral_webhook


class WebhooksResourceWithRawResponse:
    """Operations on webhooks, returning the raw reply with the parsed envelope."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[WebhookPage]:
        """List webhook subscriptions.

        GET /v1/webhooks

        Returns the program's webhook subscriptions, each with its signing secret. The documented
        reply holds only `data`; page `links` and `meta` may come along and are described as
        optional.
        """

        spec = _list_referral_webhooks._get_kwargs(
            limit=limit,
            page=page,
        )

        return self._client._request_raw(spec, _list_referral_webhooks._parse, request_options)

    def create(
        self,
        *,
        name: str,
        url: str,
        events: builtins.list[str],
        key: None | str | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[WebhookEnvelope]:
        """Create a webhook subscription.

        POST /v1/webhooks

        Subscribes a URL to one or more events. Only event names that exist for the program's type
        are accepted (422 otherwise; see `Webhook.events`). The key is generated when left out.
        Keep the `signature` of the reply: it is the secret that signs every delivery. The reply's
        status code is not documented, so both 200 and 201 are described with the same body.
        """

        body = WebhookCreate(
            name=name,
            url=url,
            events=events,
            key=key,
            is_active=is_active,
        )
        spec = _create_referral_webhook._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _create_referral_webhook._parse, request_options)

    def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[WebhookEnvelope]:
        """Retrieve a webhook subscription.

        GET /v1/webhooks/{key}

        Returns one subscription by its key. An unknown key answers 404.
        """

        spec = _get_referral_webhook._get_kwargs(
            key=key,
        )

        return self._client._request_raw(spec, _get_referral_webhook._parse, request_options)

    def update(
        self,
        key: str,
        *,
        name: None | str | Unset = UNSET,
        url: None | str | Unset = UNSET,
        events: builtins.list[str] | None | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[WebhookEnvelope]:
        """Update a webhook subscription.

        PUT /v1/webhooks/{key}

        Changes the name, URL, event list or active flag of a subscription. Fields left out keep
        their value; a new `events` list replaces the old one.
        """

        body = WebhookUpdate(
            name=name,
            url=url,
            events=events,
            is_active=is_active,
        )
        spec = _update_referral_webhook._get_kwargs(
            key=key,
            body=body,
        )

        return self._client._request_raw(spec, _update_referral_webhook._parse, request_options)

    def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[WebhookDeletion]:
        """Delete a webhook subscription.

        DELETE /v1/webhooks/{key}

        Removes a subscription; no more deliveries go to its URL. The reply is not documented;
        like other deletes it is expected to be `{"status": 1}`.
        """

        spec = _delete_referral_webhook._get_kwargs(
            key=key,
        )

        return self._client._request_raw(spec, _delete_referral_webhook._parse, request_options)


class WebhooksResource:
    """Operations on webhooks."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = WebhooksResourceWithRawResponse(client)

    def list(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[Webhook]:
        """List webhook subscriptions.

        GET /v1/webhooks

        Returns the program's webhook subscriptions, each with its signing secret. The documented
        reply holds only `data`; page `links` and `meta` may come along and are described as
        optional.
        """

        spec = _list_referral_webhooks._get_kwargs(
            limit=limit,
            page=page,
        )

        envelope = self._client._request(spec, _list_referral_webhooks._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_referral_webhooks._read_page,
            parse=_list_referral_webhooks._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def create(
        self,
        *,
        name: str,
        url: str,
        events: builtins.list[str],
        key: None | str | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Webhook:
        """Create a webhook subscription.

        POST /v1/webhooks

        Subscribes a URL to one or more events. Only event names that exist for the program's type
        are accepted (422 otherwise; see `Webhook.events`). The key is generated when left out.
        Keep the `signature` of the reply: it is the secret that signs every delivery. The reply's
        status code is not documented, so both 200 and 201 are described with the same body.
        """

        body = WebhookCreate(
            name=name,
            url=url,
            events=events,
            key=key,
            is_active=is_active,
        )
        spec = _create_referral_webhook._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _create_referral_webhook._parse, request_options)
        return _create_referral_webhook._unwrap(envelope)

    def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Webhook:
        """Retrieve a webhook subscription.

        GET /v1/webhooks/{key}

        Returns one subscription by its key. An unknown key answers 404.
        """

        spec = _get_referral_webhook._get_kwargs(
            key=key,
        )

        envelope = self._client._request(spec, _get_referral_webhook._parse, request_options)
        return _get_referral_webhook._unwrap(envelope)

    def update(
        self,
        key: str,
        *,
        name: None | str | Unset = UNSET,
        url: None | str | Unset = UNSET,
        events: builtins.list[str] | None | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Webhook:
        """Update a webhook subscription.

        PUT /v1/webhooks/{key}

        Changes the name, URL, event list or active flag of a subscription. Fields left out keep
        their value; a new `events` list replaces the old one.
        """

        body = WebhookUpdate(
            name=name,
            url=url,
            events=events,
            is_active=is_active,
        )
        spec = _update_referral_webhook._get_kwargs(
            key=key,
            body=body,
        )

        envelope = self._client._request(spec, _update_referral_webhook._parse, request_options)
        return _update_referral_webhook._unwrap(envelope)

    def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> WebhookDeletion:
        """Delete a webhook subscription.

        DELETE /v1/webhooks/{key}

        Removes a subscription; no more deliveries go to its URL. The reply is not documented;
        like other deletes it is expected to be `{"status": 1}`.
        """

        spec = _delete_referral_webhook._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _delete_referral_webhook._parse, request_options)


class AsyncWebhooksResourceWithRawResponse:
    """Operations on webhooks, returning the raw reply with the parsed envelope."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[WebhookPage]:
        """List webhook subscriptions.

        GET /v1/webhooks

        Returns the program's webhook subscriptions, each with its signing secret. The documented
        reply holds only `data`; page `links` and `meta` may come along and are described as
        optional.
        """

        spec = _list_referral_webhooks._get_kwargs(
            limit=limit,
            page=page,
        )

        return await self._client._request_raw(spec, _list_referral_webhooks._parse, request_options)

    async def create(
        self,
        *,
        name: str,
        url: str,
        events: builtins.list[str],
        key: None | str | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[WebhookEnvelope]:
        """Create a webhook subscription.

        POST /v1/webhooks

        Subscribes a URL to one or more events. Only event names that exist for the program's type
        are accepted (422 otherwise; see `Webhook.events`). The key is generated when left out.
        Keep the `signature` of the reply: it is the secret that signs every delivery. The reply's
        status code is not documented, so both 200 and 201 are described with the same body.
        """

        body = WebhookCreate(
            name=name,
            url=url,
            events=events,
            key=key,
            is_active=is_active,
        )
        spec = _create_referral_webhook._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _create_referral_webhook._parse, request_options)

    async def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[WebhookEnvelope]:
        """Retrieve a webhook subscription.

        GET /v1/webhooks/{key}

        Returns one subscription by its key. An unknown key answers 404.
        """

        spec = _get_referral_webhook._get_kwargs(
            key=key,
        )

        return await self._client._request_raw(spec, _get_referral_webhook._parse, request_options)

    async def update(
        self,
        key: str,
        *,
        name: None | str | Unset = UNSET,
        url: None | str | Unset = UNSET,
        events: builtins.list[str] | None | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[WebhookEnvelope]:
        """Update a webhook subscription.

        PUT /v1/webhooks/{key}

        Changes the name, URL, event list or active flag of a subscription. Fields left out keep
        their value; a new `events` list replaces the old one.
        """

        body = WebhookUpdate(
            name=name,
            url=url,
            events=events,
            is_active=is_active,
        )
        spec = _update_referral_webhook._get_kwargs(
            key=key,
            body=body,
        )

        return await self._client._request_raw(spec, _update_referral_webhook._parse, request_options)

    async def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[WebhookDeletion]:
        """Delete a webhook subscription.

        DELETE /v1/webhooks/{key}

        Removes a subscription; no more deliveries go to its URL. The reply is not documented;
        like other deletes it is expected to be `{"status": 1}`.
        """

        spec = _delete_referral_webhook._get_kwargs(
            key=key,
        )

        return await self._client._request_raw(spec, _delete_referral_webhook._parse, request_options)


class AsyncWebhooksResource:
    """Operations on webhooks."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncWebhooksResourceWithRawResponse(client)

    async def list(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[Webhook]:
        """List webhook subscriptions.

        GET /v1/webhooks

        Returns the program's webhook subscriptions, each with its signing secret. The documented
        reply holds only `data`; page `links` and `meta` may come along and are described as
        optional.
        """

        spec = _list_referral_webhooks._get_kwargs(
            limit=limit,
            page=page,
        )

        envelope = await self._client._request(spec, _list_referral_webhooks._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_referral_webhooks._read_page,
            parse=_list_referral_webhooks._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    async def create(
        self,
        *,
        name: str,
        url: str,
        events: builtins.list[str],
        key: None | str | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Webhook:
        """Create a webhook subscription.

        POST /v1/webhooks

        Subscribes a URL to one or more events. Only event names that exist for the program's type
        are accepted (422 otherwise; see `Webhook.events`). The key is generated when left out.
        Keep the `signature` of the reply: it is the secret that signs every delivery. The reply's
        status code is not documented, so both 200 and 201 are described with the same body.
        """

        body = WebhookCreate(
            name=name,
            url=url,
            events=events,
            key=key,
            is_active=is_active,
        )
        spec = _create_referral_webhook._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _create_referral_webhook._parse, request_options)
        return _create_referral_webhook._unwrap(envelope)

    async def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Webhook:
        """Retrieve a webhook subscription.

        GET /v1/webhooks/{key}

        Returns one subscription by its key. An unknown key answers 404.
        """

        spec = _get_referral_webhook._get_kwargs(
            key=key,
        )

        envelope = await self._client._request(spec, _get_referral_webhook._parse, request_options)
        return _get_referral_webhook._unwrap(envelope)

    async def update(
        self,
        key: str,
        *,
        name: None | str | Unset = UNSET,
        url: None | str | Unset = UNSET,
        events: builtins.list[str] | None | Unset = UNSET,
        is_active: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Webhook:
        """Update a webhook subscription.

        PUT /v1/webhooks/{key}

        Changes the name, URL, event list or active flag of a subscription. Fields left out keep
        their value; a new `events` list replaces the old one.
        """

        body = WebhookUpdate(
            name=name,
            url=url,
            events=events,
            is_active=is_active,
        )
        spec = _update_referral_webhook._get_kwargs(
            key=key,
            body=body,
        )

        envelope = await self._client._request(spec, _update_referral_webhook._parse, request_options)
        return _update_referral_webhook._unwrap(envelope)

    async def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> WebhookDeletion:
        """Delete a webhook subscription.

        DELETE /v1/webhooks/{key}

        Removes a subscription; no more deliveries go to its URL. The reply is not documented;
        like other deletes it is expected to be `{"status": 1}`.
        """

        spec = _delete_referral_webhook._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _delete_referral_webhook._parse, request_options)
