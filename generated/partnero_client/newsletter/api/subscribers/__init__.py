"""The `subscribers` resource: one method per operation, sync and async, plain and raw."""

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.pagination import AsyncPage, SyncPage
from ...._core.response import RawResponse
from ...models.list_subscribers_refer_status import ListSubscribersReferStatus
from ...models.subscriber import Subscriber
from ...models.subscriber_changes import SubscriberChanges
from ...models.subscriber_create import SubscriberCreate
from ...models.subscriber_deletion import SubscriberDeletion
from ...models.subscriber_envelope import SubscriberEnvelope
from ...models.subscriber_locator import SubscriberLocator
from ...models.subscriber_page import SubscriberPage
from ...models.subscriber_reference import SubscriberReference
from ...models.subscriber_reply import SubscriberReply
from ...models.subscriber_update_by_body import SubscriberUpdateByBody
from ...types import UNSET, Unset
from . import create_subscriber as _create_subscriber
from . import delete_subscriber as _delete_subscriber
from . import get_subscriber as _get_subscriber
from . import list_subscribers as _list_subscribers
from . import search_subscribers as _search_subscribers
from . import update_subscriber as _update_subscriber


class SubscribersResourceWithRawResponse:
    """Operations on subscribers, returning the raw reply with the parsed envelope."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        refer_status: ListSubscribersReferStatus | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SubscriberPage]:
        """List subscribers.

        GET /v1/subscribers

        Returns one page of the newsletter program's subscribers, optionally only those who were
        referred or only those who were not. Page size is 10 to 250, 10 by default. The documented
        reply holds only `data`; page `links` and `meta` are described as optional.
        """

        spec = _list_subscribers._get_kwargs(
            limit=limit,
            page=page,
            refer_status=refer_status,
        )

        return self._client._request_raw(spec, _list_subscribers._parse, request_options)

    def update(
        self,
        *,
        update: SubscriberChanges,
        id: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SubscriberReply]:
        """Update a subscriber named in the body.

        PUT /v1/subscribers

        Changes the subscriber whose `id` or `email` is given in the request body; the new values
        go
        in `update`. An e-mail address in `id` works too. The reply is not documented; it is
        expected to carry the changed subscriber.
        """

        body = SubscriberUpdateByBody(
            update=update,
            id=id,
            email=email,
        )
        spec = _update_subscriber._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _update_subscriber._parse, request_options)

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
        referral: None | SubscriberReference | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SubscriberEnvelope]:
        """Create a subscriber.

        POST /v1/subscribers

        Adds a subscriber, usually done by the subscribe portal or the e-mail provider sync.
        `referral` names the subscriber who referred this one. Leave `id` out while provider sync
        is on, since the provider's id is used then; without an id Partnero generates one (the
        newest example shows the e-mail in its place, an older one null). Status goes in lower
        case and comes back capitalised. The reply's status code is not documented, so both 200
        and 201 are described with the same body.
        """

        body = SubscriberCreate(
            email=email,
            id=id,
            identifier=identifier,
            name=name,
            tos=tos,
            marketing_consent=marketing_consent,
            status=status,
            approved=approved,
            referral=referral,
        )
        spec = _create_subscriber._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _create_subscriber._parse, request_options)

    def delete(
        self,
        *,
        id: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SubscriberDeletion]:
        """Delete a subscriber named in the body.

        DELETE /v1/subscribers

        Removes the subscriber whose `id` or `email` is given in the request body. The reply is
        not
        documented and is expected to be `{"status": 1}`.
        """

        body = SubscriberLocator(
            id=id,
            email=email,
        )
        spec = _delete_subscriber._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _delete_subscriber._parse, request_options)

    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SubscriberReply]:
        """Retrieve a subscriber.

        GET /v1/subscribers/{id}

        Returns one subscriber by id; an e-mail address works in the path too. The reply is not
        documented; it is expected to carry the subscriber.
        """

        spec = _get_subscriber._get_kwargs(
            id=id,
        )

        return self._client._request_raw(spec, _get_subscriber._parse, request_options)

    def search(
        self,
        *,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SubscriberPage]:
        """Search subscribers.

        GET /v1/subscribers:search

        Finds subscribers matching the criteria given in the query string; `id` and `email` are
        the
        likely ones. The docs show no reply; it is expected to be a page of subscribers.
        """

        spec = _search_subscribers._get_kwargs(
            id=id,
            email=email,
            limit=limit,
            page=page,
        )

        return self._client._request_raw(spec, _search_subscribers._parse, request_options)


class SubscribersResource:
    """Operations on subscribers."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = SubscribersResourceWithRawResponse(client)

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
        """

        spec = _list_subscribers._get_kwargs(
            limit=limit,
            page=page,
            refer_status=refer_status,
        )

        envelope = self._client._request(spec, _list_subscribers._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_subscribers._read_page,
            parse=_list_subscribers._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def update(
        self,
        *,
        update: SubscriberChanges,
        id: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SubscriberReply:
        """Update a subscriber named in the body.

        PUT /v1/subscribers

        Changes the subscriber whose `id` or `email` is given in the request body; the new values
        go
        in `update`. An e-mail address in `id` works too. The reply is not documented; it is
        expected to carry the changed subscriber.
        """

        body = SubscriberUpdateByBody(
            update=update,
            id=id,
            email=email,
        )
        spec = _update_subscriber._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _update_subscriber._parse, request_options)

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
        referral: None | SubscriberReference | Unset = UNSET,
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
        """

        body = SubscriberCreate(
            email=email,
            id=id,
            identifier=identifier,
            name=name,
            tos=tos,
            marketing_consent=marketing_consent,
            status=status,
            approved=approved,
            referral=referral,
        )
        spec = _create_subscriber._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _create_subscriber._parse, request_options)
        return _create_subscriber._unwrap(envelope)

    def delete(
        self,
        *,
        id: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SubscriberDeletion:
        """Delete a subscriber named in the body.

        DELETE /v1/subscribers

        Removes the subscriber whose `id` or `email` is given in the request body. The reply is
        not
        documented and is expected to be `{"status": 1}`.
        """

        body = SubscriberLocator(
            id=id,
            email=email,
        )
        spec = _delete_subscriber._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _delete_subscriber._parse, request_options)

    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SubscriberReply:
        """Retrieve a subscriber.

        GET /v1/subscribers/{id}

        Returns one subscriber by id; an e-mail address works in the path too. The reply is not
        documented; it is expected to carry the subscriber.
        """

        spec = _get_subscriber._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _get_subscriber._parse, request_options)

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

        Finds subscribers matching the criteria given in the query string; `id` and `email` are
        the
        likely ones. The docs show no reply; it is expected to be a page of subscribers.
        """

        spec = _search_subscribers._get_kwargs(
            id=id,
            email=email,
            limit=limit,
            page=page,
        )

        envelope = self._client._request(spec, _search_subscribers._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_search_subscribers._read_page,
            parse=_search_subscribers._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )


class AsyncSubscribersResourceWithRawResponse:
    """Operations on subscribers, returning the raw reply with the parsed envelope."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        refer_status: ListSubscribersReferStatus | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SubscriberPage]:
        """List subscribers.

        GET /v1/subscribers

        Returns one page of the newsletter program's subscribers, optionally only those who were
        referred or only those who were not. Page size is 10 to 250, 10 by default. The documented
        reply holds only `data`; page `links` and `meta` are described as optional.
        """

        spec = _list_subscribers._get_kwargs(
            limit=limit,
            page=page,
            refer_status=refer_status,
        )

        return await self._client._request_raw(spec, _list_subscribers._parse, request_options)

    async def update(
        self,
        *,
        update: SubscriberChanges,
        id: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SubscriberReply]:
        """Update a subscriber named in the body.

        PUT /v1/subscribers

        Changes the subscriber whose `id` or `email` is given in the request body; the new values
        go
        in `update`. An e-mail address in `id` works too. The reply is not documented; it is
        expected to carry the changed subscriber.
        """

        body = SubscriberUpdateByBody(
            update=update,
            id=id,
            email=email,
        )
        spec = _update_subscriber._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _update_subscriber._parse, request_options)

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
        referral: None | SubscriberReference | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SubscriberEnvelope]:
        """Create a subscriber.

        POST /v1/subscribers

        Adds a subscriber, usually done by the subscribe portal or the e-mail provider sync.
        `referral` names the subscriber who referred this one. Leave `id` out while provider sync
        is on, since the provider's id is used then; without an id Partnero generates one (the
        newest example shows the e-mail in its place, an older one null). Status goes in lower
        case and comes back capitalised. The reply's status code is not documented, so both 200
        and 201 are described with the same body.
        """

        body = SubscriberCreate(
            email=email,
            id=id,
            identifier=identifier,
            name=name,
            tos=tos,
            marketing_consent=marketing_consent,
            status=status,
            approved=approved,
            referral=referral,
        )
        spec = _create_subscriber._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _create_subscriber._parse, request_options)

    async def delete(
        self,
        *,
        id: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SubscriberDeletion]:
        """Delete a subscriber named in the body.

        DELETE /v1/subscribers

        Removes the subscriber whose `id` or `email` is given in the request body. The reply is
        not
        documented and is expected to be `{"status": 1}`.
        """

        body = SubscriberLocator(
            id=id,
            email=email,
        )
        spec = _delete_subscriber._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _delete_subscriber._parse, request_options)

    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SubscriberReply]:
        """Retrieve a subscriber.

        GET /v1/subscribers/{id}

        Returns one subscriber by id; an e-mail address works in the path too. The reply is not
        documented; it is expected to carry the subscriber.
        """

        spec = _get_subscriber._get_kwargs(
            id=id,
        )

        return await self._client._request_raw(spec, _get_subscriber._parse, request_options)

    async def search(
        self,
        *,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[SubscriberPage]:
        """Search subscribers.

        GET /v1/subscribers:search

        Finds subscribers matching the criteria given in the query string; `id` and `email` are
        the
        likely ones. The docs show no reply; it is expected to be a page of subscribers.
        """

        spec = _search_subscribers._get_kwargs(
            id=id,
            email=email,
            limit=limit,
            page=page,
        )

        return await self._client._request_raw(spec, _search_subscribers._parse, request_options)


class AsyncSubscribersResource:
    """Operations on subscribers."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncSubscribersResourceWithRawResponse(client)

    async def list(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        refer_status: ListSubscribersReferStatus | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[Subscriber]:
        """List subscribers.

        GET /v1/subscribers

        Returns one page of the newsletter program's subscribers, optionally only those who were
        referred or only those who were not. Page size is 10 to 250, 10 by default. The documented
        reply holds only `data`; page `links` and `meta` are described as optional.
        """

        spec = _list_subscribers._get_kwargs(
            limit=limit,
            page=page,
            refer_status=refer_status,
        )

        envelope = await self._client._request(spec, _list_subscribers._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_subscribers._read_page,
            parse=_list_subscribers._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    async def update(
        self,
        *,
        update: SubscriberChanges,
        id: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SubscriberReply:
        """Update a subscriber named in the body.

        PUT /v1/subscribers

        Changes the subscriber whose `id` or `email` is given in the request body; the new values
        go
        in `update`. An e-mail address in `id` works too. The reply is not documented; it is
        expected to carry the changed subscriber.
        """

        body = SubscriberUpdateByBody(
            update=update,
            id=id,
            email=email,
        )
        spec = _update_subscriber._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _update_subscriber._parse, request_options)

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
        referral: None | SubscriberReference | Unset = UNSET,
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
        """

        body = SubscriberCreate(
            email=email,
            id=id,
            identifier=identifier,
            name=name,
            tos=tos,
            marketing_consent=marketing_consent,
            status=status,
            approved=approved,
            referral=referral,
        )
        spec = _create_subscriber._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _create_subscriber._parse, request_options)
        return _create_subscriber._unwrap(envelope)

    async def delete(
        self,
        *,
        id: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SubscriberDeletion:
        """Delete a subscriber named in the body.

        DELETE /v1/subscribers

        Removes the subscriber whose `id` or `email` is given in the request body. The reply is
        not
        documented and is expected to be `{"status": 1}`.
        """

        body = SubscriberLocator(
            id=id,
            email=email,
        )
        spec = _delete_subscriber._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _delete_subscriber._parse, request_options)

    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SubscriberReply:
        """Retrieve a subscriber.

        GET /v1/subscribers/{id}

        Returns one subscriber by id; an e-mail address works in the path too. The reply is not
        documented; it is expected to carry the subscriber.
        """

        spec = _get_subscriber._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _get_subscriber._parse, request_options)

    async def search(
        self,
        *,
        id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[Subscriber]:
        """Search subscribers.

        GET /v1/subscribers:search

        Finds subscribers matching the criteria given in the query string; `id` and `email` are
        the
        likely ones. The docs show no reply; it is expected to be a page of subscribers.
        """

        spec = _search_subscribers._get_kwargs(
            id=id,
            email=email,
            limit=limit,
            page=page,
        )

        envelope = await self._client._request(spec, _search_subscribers._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_search_subscribers._read_page,
            parse=_search_subscribers._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )
