"""The `subscribers` resource: one method per operation, sync and async; raw access wraps them.

An operation's module (and the models its body takes) is imported by its method on the first
call, not here: touching a resource then loads the few modules its first call needs, not every
model the resource's methods name.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.params import as_model
from ...._core.raw import to_async_raw, to_raw
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._core.pagination import SyncPage
    from ...._core.paginator import AsyncPaginator
    from ...models.list_subscribers_refer_status import ListSubscribersReferStatus
    from ...models.subscriber import Subscriber
    from ...models.subscriber_changes import SubscriberChanges
    from ...models.subscriber_deletion import SubscriberDeletion
    from ...models.subscriber_reference import SubscriberReference
    from ...params import SubscriberChangesParam, SubscriberReferenceParam


class SubscribersResource:
    """Operations on subscribers."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SubscribersResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return SubscribersResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        refer_status: ListSubscribersReferStatus | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[Subscriber]:
        """List subscribers.

        GET /v1/subscribers

        Returns one page of the newsletter program's subscribers, optionally only those who were
        referred or only those who were not. Page size is 10 to 250, 10 by default. The documented
        reply holds only `data`; page `links` and `meta` are described as optional.

        Args:
            limit: Subscribers per page, 10 to 250. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            refer_status: Keep only referred or only non-referred subscribers; all when left out or empty.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `Subscriber` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_subscribers as _list_subscribers

        spec = _list_subscribers._get_kwargs(
            limit=limit,
            page=page,
            refer_status=refer_status,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _list_subscribers._result, request_options),
            read=_list_subscribers._read_page,
            parse=_list_subscribers._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def update(
        self,
        *,
        update: SubscriberChanges | SubscriberChangesParam,
        id: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Subscriber:
        """Update a subscriber named in the body.

        PUT /v1/subscribers

        Changes the subscriber whose `id` or `email` is given in the request body; the new values go
        in `update`. An e-mail address in `id` works too. The reply is not documented; it is
        expected to carry the changed subscriber.

        Args:
            update: Subscriber fields to change; fields left out (or null) keep their value.
            id: The subscriber's id (an e-mail address works too).
            email: E-mail of the subscriber to change; give this or `id`.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Subscriber` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import SubscriberChanges, SubscriberUpdateByBody
        from ...params import SubscriberChangesParam
        from . import update_subscriber as _update_subscriber

        body = SubscriberUpdateByBody(
            update=as_model("update", update, SubscriberChanges, SubscriberChangesParam),
            id=id,
            email=email,
        )
        spec = _update_subscriber._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _update_subscriber._result, request_options)

    def create(
        self,
        *,
        email: str,
        id: None | str | Unset = UNSET,
        identifier: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        tos: bool | None | Unset = UNSET,
        marketing_consent: bool | None | Unset = UNSET,
        status: None | str | Unset = UNSET,
        approved: bool | None | Unset = UNSET,
        referral: None | SubscriberReference | SubscriberReferenceParam | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Subscriber:
        """Create a subscriber.

        POST /v1/subscribers

        Adds a subscriber, usually done by the subscribe portal or the e-mail provider sync.
        `referral` names the subscriber who referred this one. Leave `id` out while provider sync
        is on, since the provider's id is used then; without an id Partnero generates one (the
        newest example shows the e-mail in its place, an older one null). Status goes in lower
        case and comes back capitalised. The reply's status code is not documented, so both 200
        and 201 are described with the same body.

        Args:
            email: Unique within the program.
            id: Your id for the subscriber; leave out while e-mail provider sync is on.
            identifier: Another name for `id`.
            name: The subscriber's name.
            tos: Whether the subscriber accepted the program's terms.
            marketing_consent: Whether the subscriber agreed to receive marketing e-mails.
            status: Known values: active, rejected, suspended.
            approved: Approve the subscriber at once, skipping the program's manual approval.
            referral: The subscriber who referred this one; an unknown one is refused with 422.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Subscriber` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import SubscriberCreate, SubscriberReference
        from ...params import SubscriberReferenceParam
        from . import create_subscriber as _create_subscriber

        body = SubscriberCreate(
            email=email,
            id=id,
            identifier=identifier,
            name=name,
            tos=tos,
            marketing_consent=marketing_consent,
            status=status,
            approved=approved,
            referral=referral
            if isinstance(referral, Unset) or referral is None
            else as_model("referral", referral, SubscriberReference, SubscriberReferenceParam),
        )
        spec = _create_subscriber._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _create_subscriber._result, request_options)

    def delete(
        self,
        *,
        id: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SubscriberDeletion:
        """Delete a subscriber named in the body.

        DELETE /v1/subscribers

        Removes the subscriber whose `id` or `email` is given in the request body. The reply is not
        documented and is expected to be `{"status": 1}`.

        Args:
            id: Your id of the subscriber to delete; give this or `email`.
            email: E-mail of the subscriber to delete; give this or `id`.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`SubscriberDeletion`), which only confirms the request.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import SubscriberLocator
        from . import delete_subscriber as _delete_subscriber

        body = SubscriberLocator(
            id=id,
            email=email,
        )
        spec = _delete_subscriber._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _delete_subscriber._result, request_options)

    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Subscriber:
        """Retrieve a subscriber.

        GET /v1/subscribers/{id}

        Returns one subscriber by id; an e-mail address works in the path too. The reply is not
        documented; it is expected to carry the subscriber.

        Args:
            id: The subscriber's id or e-mail address.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Subscriber` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_subscriber as _get_subscriber

        spec = _get_subscriber._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _get_subscriber._result, request_options)

    def search(
        self,
        *,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[Subscriber]:
        """Search subscribers.

        GET /v1/subscribers:search

        Finds subscribers matching the criteria given in the query string; `id` and `email` are the
        likely ones. The docs show no reply; it is expected to be a page of subscribers.

        Args:
            id: Subscriber id to match.
            email: Subscriber e-mail to match.
            limit: Subscribers per page, 10 to 250. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `Subscriber` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import search_subscribers as _search_subscribers

        spec = _search_subscribers._get_kwargs(
            id=id,
            email=email,
            limit=limit,
            page=page,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _search_subscribers._result, request_options),
            read=_search_subscribers._read_page,
            parse=_search_subscribers._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )


class SubscribersResourceWithRawResponse:
    """`subscribers` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: SubscribersResource) -> None:
        from . import create_subscriber as _create_subscriber
        from . import delete_subscriber as _delete_subscriber
        from . import get_subscriber as _get_subscriber
        from . import list_subscribers as _list_subscribers
        from . import search_subscribers as _search_subscribers
        from . import update_subscriber as _update_subscriber

        self.list = to_raw(resource.list, _list_subscribers._parse)
        self.update = to_raw(resource.update, _update_subscriber._parse)
        self.create = to_raw(resource.create, _create_subscriber._parse)
        self.delete = to_raw(resource.delete, _delete_subscriber._parse)
        self.get = to_raw(resource.get, _get_subscriber._parse)
        self.search = to_raw(resource.search, _search_subscribers._parse)


class AsyncSubscribersResource:
    """Operations on subscribers."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSubscribersResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return AsyncSubscribersResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        refer_status: ListSubscribersReferStatus | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[Subscriber]:
        """List subscribers.

        GET /v1/subscribers

        Returns one page of the newsletter program's subscribers, optionally only those who were
        referred or only those who were not. Page size is 10 to 250, 10 by default. The documented
        reply holds only `data`; page `links` and `meta` are described as optional.

        Args:
            limit: Subscribers per page, 10 to 250. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            refer_status: Keep only referred or only non-referred subscribers; all when left out or empty.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `Subscriber` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_subscribers as _list_subscribers

        spec = _list_subscribers._get_kwargs(
            limit=limit,
            page=page,
            refer_status=refer_status,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_list_subscribers._result,
            read=_list_subscribers._read_page,
            parse=_list_subscribers._parse,
            options=request_options,
        )

    async def update(
        self,
        *,
        update: SubscriberChanges | SubscriberChangesParam,
        id: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Subscriber:
        """Update a subscriber named in the body.

        PUT /v1/subscribers

        Changes the subscriber whose `id` or `email` is given in the request body; the new values go
        in `update`. An e-mail address in `id` works too. The reply is not documented; it is
        expected to carry the changed subscriber.

        Args:
            update: Subscriber fields to change; fields left out (or null) keep their value.
            id: The subscriber's id (an e-mail address works too).
            email: E-mail of the subscriber to change; give this or `id`.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Subscriber` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import SubscriberChanges, SubscriberUpdateByBody
        from ...params import SubscriberChangesParam
        from . import update_subscriber as _update_subscriber

        body = SubscriberUpdateByBody(
            update=as_model("update", update, SubscriberChanges, SubscriberChangesParam),
            id=id,
            email=email,
        )
        spec = _update_subscriber._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _update_subscriber._result, request_options)

    async def create(
        self,
        *,
        email: str,
        id: None | str | Unset = UNSET,
        identifier: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        tos: bool | None | Unset = UNSET,
        marketing_consent: bool | None | Unset = UNSET,
        status: None | str | Unset = UNSET,
        approved: bool | None | Unset = UNSET,
        referral: None | SubscriberReference | SubscriberReferenceParam | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Subscriber:
        """Create a subscriber.

        POST /v1/subscribers

        Adds a subscriber, usually done by the subscribe portal or the e-mail provider sync.
        `referral` names the subscriber who referred this one. Leave `id` out while provider sync
        is on, since the provider's id is used then; without an id Partnero generates one (the
        newest example shows the e-mail in its place, an older one null). Status goes in lower
        case and comes back capitalised. The reply's status code is not documented, so both 200
        and 201 are described with the same body.

        Args:
            email: Unique within the program.
            id: Your id for the subscriber; leave out while e-mail provider sync is on.
            identifier: Another name for `id`.
            name: The subscriber's name.
            tos: Whether the subscriber accepted the program's terms.
            marketing_consent: Whether the subscriber agreed to receive marketing e-mails.
            status: Known values: active, rejected, suspended.
            approved: Approve the subscriber at once, skipping the program's manual approval.
            referral: The subscriber who referred this one; an unknown one is refused with 422.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Subscriber` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import SubscriberCreate, SubscriberReference
        from ...params import SubscriberReferenceParam
        from . import create_subscriber as _create_subscriber

        body = SubscriberCreate(
            email=email,
            id=id,
            identifier=identifier,
            name=name,
            tos=tos,
            marketing_consent=marketing_consent,
            status=status,
            approved=approved,
            referral=referral
            if isinstance(referral, Unset) or referral is None
            else as_model("referral", referral, SubscriberReference, SubscriberReferenceParam),
        )
        spec = _create_subscriber._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _create_subscriber._result, request_options)

    async def delete(
        self,
        *,
        id: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SubscriberDeletion:
        """Delete a subscriber named in the body.

        DELETE /v1/subscribers

        Removes the subscriber whose `id` or `email` is given in the request body. The reply is not
        documented and is expected to be `{"status": 1}`.

        Args:
            id: Your id of the subscriber to delete; give this or `email`.
            email: E-mail of the subscriber to delete; give this or `id`.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`SubscriberDeletion`), which only confirms the request.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import SubscriberLocator
        from . import delete_subscriber as _delete_subscriber

        body = SubscriberLocator(
            id=id,
            email=email,
        )
        spec = _delete_subscriber._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _delete_subscriber._result, request_options)

    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Subscriber:
        """Retrieve a subscriber.

        GET /v1/subscribers/{id}

        Returns one subscriber by id; an e-mail address works in the path too. The reply is not
        documented; it is expected to carry the subscriber.

        Args:
            id: The subscriber's id or e-mail address.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Subscriber` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_subscriber as _get_subscriber

        spec = _get_subscriber._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _get_subscriber._result, request_options)

    def search(
        self,
        *,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[Subscriber]:
        """Search subscribers.

        GET /v1/subscribers:search

        Finds subscribers matching the criteria given in the query string; `id` and `email` are the
        likely ones. The docs show no reply; it is expected to be a page of subscribers.

        Args:
            id: Subscriber id to match.
            email: Subscriber e-mail to match.
            limit: Subscribers per page, 10 to 250. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `Subscriber` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import search_subscribers as _search_subscribers

        spec = _search_subscribers._get_kwargs(
            id=id,
            email=email,
            limit=limit,
            page=page,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_search_subscribers._result,
            read=_search_subscribers._read_page,
            parse=_search_subscribers._parse,
            options=request_options,
        )


class AsyncSubscribersResourceWithRawResponse:
    """`subscribers` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: AsyncSubscribersResource) -> None:
        from . import create_subscriber as _create_subscriber
        from . import delete_subscriber as _delete_subscriber
        from . import get_subscriber as _get_subscriber
        from . import list_subscribers as _list_subscribers
        from . import search_subscribers as _search_subscribers
        from . import update_subscriber as _update_subscriber

        self.list = to_async_raw(resource.list, _list_subscribers._parse)
        self.update = to_async_raw(resource.update, _update_subscriber._parse)
        self.create = to_async_raw(resource.create, _create_subscriber._parse)
        self.delete = to_async_raw(resource.delete, _delete_subscriber._parse)
        self.get = to_async_raw(resource.get, _get_subscriber._parse)
        self.search = to_async_raw(resource.search, _search_subscribers._parse)
