"""The `webhooks` resource: one method per operation, sync and async; raw access wraps them.

An operation's module (and the models its body takes) is imported by its method on the first
call, not here: touching a resource then loads the few modules its first call needs, not every
model the resource's methods name.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.raw import to_async_raw, to_raw
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._core.pagination import SyncPage
    from ...._core.paginator import AsyncPaginator
    from ...models.webhook import Webhook
    from ...models.webhook_deletion import WebhookDeletion


class WebhooksResource:
    """Operations on webhooks."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WebhooksResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return WebhooksResourceWithRawResponse(self)

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

        Args:
            limit: Subscriptions per page, 10 to 100. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `Webhook` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_referral_webhooks as _list_referral_webhooks

        spec = _list_referral_webhooks._get_kwargs(
            limit=limit,
            page=page,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _list_referral_webhooks._result, request_options),
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

        Args:
            name: A label for the subscription.
            url: Where deliveries are POSTed; HTTPS is recommended.
            events: Event names (an open set; new names may appear): customer.created, customer.updated,
                customer.deleted, customer.credited, customer.rewarded, transaction.created,
                transaction.deleted.
            key: Your own key for the subscription; generated when left out.
            is_active: Whether deliveries are sent; true when left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Webhook` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import WebhookCreate
        from . import create_referral_webhook as _create_referral_webhook

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

        return self._client._request(spec, _create_referral_webhook._result, request_options)

    def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Webhook:
        """Retrieve a webhook subscription.

        GET /v1/webhooks/{key}

        Returns one subscription by its key. An unknown key answers 404.

        Args:
            key: The webhook subscription's key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Webhook` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_referral_webhook as _get_referral_webhook

        spec = _get_referral_webhook._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _get_referral_webhook._result, request_options)

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

        Args:
            key: The webhook subscription's key.
            name: New label for the subscription.
            url: New address deliveries are POSTed to.
            events: Replacement event list; see `Webhook.events` for the names per program type.
            is_active: False pauses deliveries, true resumes them.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Webhook` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import WebhookUpdate
        from . import update_referral_webhook as _update_referral_webhook

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

        return self._client._request(spec, _update_referral_webhook._result, request_options)

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

        Args:
            key: The webhook subscription's key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`WebhookDeletion`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import delete_referral_webhook as _delete_referral_webhook

        spec = _delete_referral_webhook._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _delete_referral_webhook._result, request_options)


class WebhooksResourceWithRawResponse:
    """`webhooks` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: WebhooksResource) -> None:
        from . import create_referral_webhook as _create_referral_webhook
        from . import delete_referral_webhook as _delete_referral_webhook
        from . import get_referral_webhook as _get_referral_webhook
        from . import list_referral_webhooks as _list_referral_webhooks
        from . import update_referral_webhook as _update_referral_webhook

        self.list = to_raw(resource.list, _list_referral_webhooks._parse)
        self.create = to_raw(resource.create, _create_referral_webhook._parse)
        self.get = to_raw(resource.get, _get_referral_webhook._parse)
        self.update = to_raw(resource.update, _update_referral_webhook._parse)
        self.delete = to_raw(resource.delete, _delete_referral_webhook._parse)


class AsyncWebhooksResource:
    """Operations on webhooks."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWebhooksResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return AsyncWebhooksResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[Webhook]:
        """List webhook subscriptions.

        GET /v1/webhooks

        Returns the program's webhook subscriptions, each with its signing secret. The documented
        reply holds only `data`; page `links` and `meta` may come along and are described as
        optional.

        Args:
            limit: Subscriptions per page, 10 to 100. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `Webhook` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_referral_webhooks as _list_referral_webhooks

        spec = _list_referral_webhooks._get_kwargs(
            limit=limit,
            page=page,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_list_referral_webhooks._result,
            read=_list_referral_webhooks._read_page,
            parse=_list_referral_webhooks._parse,
            options=request_options,
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

        Args:
            name: A label for the subscription.
            url: Where deliveries are POSTed; HTTPS is recommended.
            events: Event names (an open set; new names may appear): customer.created, customer.updated,
                customer.deleted, customer.credited, customer.rewarded, transaction.created,
                transaction.deleted.
            key: Your own key for the subscription; generated when left out.
            is_active: Whether deliveries are sent; true when left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Webhook` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import WebhookCreate
        from . import create_referral_webhook as _create_referral_webhook

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

        return await self._client._request(spec, _create_referral_webhook._result, request_options)

    async def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Webhook:
        """Retrieve a webhook subscription.

        GET /v1/webhooks/{key}

        Returns one subscription by its key. An unknown key answers 404.

        Args:
            key: The webhook subscription's key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Webhook` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_referral_webhook as _get_referral_webhook

        spec = _get_referral_webhook._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _get_referral_webhook._result, request_options)

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

        Args:
            key: The webhook subscription's key.
            name: New label for the subscription.
            url: New address deliveries are POSTed to.
            events: Replacement event list; see `Webhook.events` for the names per program type.
            is_active: False pauses deliveries, true resumes them.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Webhook` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import WebhookUpdate
        from . import update_referral_webhook as _update_referral_webhook

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

        return await self._client._request(spec, _update_referral_webhook._result, request_options)

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

        Args:
            key: The webhook subscription's key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`WebhookDeletion`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import delete_referral_webhook as _delete_referral_webhook

        spec = _delete_referral_webhook._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _delete_referral_webhook._result, request_options)


class AsyncWebhooksResourceWithRawResponse:
    """`webhooks` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: AsyncWebhooksResource) -> None:
        from . import create_referral_webhook as _create_referral_webhook
        from . import delete_referral_webhook as _delete_referral_webhook
        from . import get_referral_webhook as _get_referral_webhook
        from . import list_referral_webhooks as _list_referral_webhooks
        from . import update_referral_webhook as _update_referral_webhook

        self.list = to_async_raw(resource.list, _list_referral_webhooks._parse)
        self.create = to_async_raw(resource.create, _create_referral_webhook._parse)
        self.get = to_async_raw(resource.get, _get_referral_webhook._parse)
        self.update = to_async_raw(resource.update, _update_referral_webhook._parse)
        self.delete = to_async_raw(resource.delete, _delete_referral_webhook._parse)
