"""The `payout_requests` resource: one method per operation, sync and async, plain and raw."""

import builtins

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.pagination import AsyncPage, SyncPage
from ...._core.response import RawResponse
from ...models.list_payout_requests_sort import ListPayoutRequestsSort
from ...models.partner_reference import PartnerReference
from ...models.payout_request import PayoutRequest
from ...models.payout_request_create import PayoutRequestCreate
from ...models.payout_request_envelope import PayoutRequestEnvelope
from ...models.payout_request_gateway import PayoutRequestGateway
from ...models.payout_request_page import PayoutRequestPage
from ...models.payout_request_settings import PayoutRequestSettings
from ...models.search_payout_requests_sort import SearchPayoutRequestsSort
from ...types import UNSET, Unset
from . import approve_payout_request as _approve_payout_request
from . import create_payout_request as _create_payout_request
from . import get_payout_request as _get_payout_request
from . import list_payout_requests as _list_payout_requests
from . import mark_payout_request_paid as _mark_payout_request_paid
from . import search_payout_requests as _search_payout_requests


class PayoutRequestsResourceWithRawResponse:
    """Operations on payout requests, returning the raw reply with the parsed envelope."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListPayoutRequestsSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PayoutRequestPage]:
        """List payout requests.

        GET /v1/payout_requests

        Returns one page of the program's payout requests. The general list bounds are described;
        a
        `limit` within 10-100 is the safe choice.
        """

        spec = _list_payout_requests._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        return self._client._request_raw(spec, _list_payout_requests._parse, request_options)

    def create(
        self,
        *,
        partner: PartnerReference,
        amount_units: str,
        gateway: None | PayoutRequestGateway | Unset = UNSET,
        payout_settings: None | PayoutRequestSettings | Unset = UNSET,
        reward_ids: builtins.list[int] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PayoutRequestEnvelope]:
        """Create a payout request.

        POST /v1/payout_requests

        Opens a payout of an active partner's unpaid commissions in one currency, instead of
        waiting
        for the partner to ask. Without `gateway` the partner's saved method is used. No reply
        status is documented, so both 200 and 201 are described.
        """

        body = PayoutRequestCreate(
            partner=partner,
            amount_units=amount_units,
            gateway=gateway,
            payout_settings=payout_settings,
            reward_ids=reward_ids,
        )
        spec = _create_payout_request._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _create_payout_request._parse, request_options)

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PayoutRequestEnvelope]:
        """Retrieve a payout request.

        GET /v1/payout_requests/{id}

        Returns one payout request with its status and amount.
        """

        spec = _get_payout_request._get_kwargs(
            id=id,
        )

        return self._client._request_raw(spec, _get_payout_request._parse, request_options)

    def approve(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PayoutRequestEnvelope]:
        """Approve a payout request.

        POST /v1/payout_requests/{id}/approve

        Approves a payout request that is waiting for a decision; other states fail.
        """

        spec = _approve_payout_request._get_kwargs(
            id=id,
        )

        return self._client._request_raw(spec, _approve_payout_request._parse, request_options)

    def mark_paid(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PayoutRequestEnvelope]:
        """Mark a payout request as paid.

        POST /v1/payout_requests/{id}/mark_as_paid

        Records that an approved payout was sent, which closes it and clears the paid balance.
        Only
        approved requests can be marked.
        """

        spec = _mark_payout_request_paid._get_kwargs(
            id=id,
        )

        return self._client._request_raw(spec, _mark_payout_request_paid._parse, request_options)

    def search(
        self,
        *,
        amount_units: str | Unset = UNSET,
        partner_email: str | Unset = UNSET,
        partner_id: str | Unset = UNSET,
        partner_key: str | Unset = UNSET,
        status: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: SearchPayoutRequestsSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PayoutRequestPage]:
        """Search payout requests.

        GET /v1/payout_requests:search

        Filters payout requests by currency, partner and status; every filter given must match.
        The
        partner filters use underscore names.
        """

        spec = _search_payout_requests._get_kwargs(
            amount_units=amount_units,
            partner_email=partner_email,
            partner_id=partner_id,
            partner_key=partner_key,
            status=status,
            limit=limit,
            page=page,
            sort=sort,
        )

        return self._client._request_raw(spec, _search_payout_requests._parse, request_options)


class PayoutRequestsResource:
    """Operations on payout requests."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = PayoutRequestsResourceWithRawResponse(client)

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListPayoutRequestsSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[PayoutRequest]:
        """List payout requests.

        GET /v1/payout_requests

        Returns one page of the program's payout requests. The general list bounds are described;
        a
        `limit` within 10-100 is the safe choice.
        """

        spec = _list_payout_requests._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        envelope = self._client._request(spec, _list_payout_requests._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_payout_requests._read_page,
            parse=_list_payout_requests._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def create(
        self,
        *,
        partner: PartnerReference,
        amount_units: str,
        gateway: None | PayoutRequestGateway | Unset = UNSET,
        payout_settings: None | PayoutRequestSettings | Unset = UNSET,
        reward_ids: builtins.list[int] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PayoutRequest:
        """Create a payout request.

        POST /v1/payout_requests

        Opens a payout of an active partner's unpaid commissions in one currency, instead of
        waiting
        for the partner to ask. Without `gateway` the partner's saved method is used. No reply
        status is documented, so both 200 and 201 are described.
        """

        body = PayoutRequestCreate(
            partner=partner,
            amount_units=amount_units,
            gateway=gateway,
            payout_settings=payout_settings,
            reward_ids=reward_ids,
        )
        spec = _create_payout_request._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _create_payout_request._parse, request_options)
        return _create_payout_request._unwrap(envelope)

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PayoutRequest:
        """Retrieve a payout request.

        GET /v1/payout_requests/{id}

        Returns one payout request with its status and amount.
        """

        spec = _get_payout_request._get_kwargs(
            id=id,
        )

        envelope = self._client._request(spec, _get_payout_request._parse, request_options)
        return _get_payout_request._unwrap(envelope)

    def approve(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PayoutRequest:
        """Approve a payout request.

        POST /v1/payout_requests/{id}/approve

        Approves a payout request that is waiting for a decision; other states fail.
        """

        spec = _approve_payout_request._get_kwargs(
            id=id,
        )

        envelope = self._client._request(spec, _approve_payout_request._parse, request_options)
        return _approve_payout_request._unwrap(envelope)

    def mark_paid(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PayoutRequest:
        """Mark a payout request as paid.

        POST /v1/payout_requests/{id}/mark_as_paid

        Records that an approved payout was sent, which closes it and clears the paid balance.
        Only
        approved requests can be marked.
        """

        spec = _mark_payout_request_paid._get_kwargs(
            id=id,
        )

        envelope = self._client._request(spec, _mark_payout_request_paid._parse, request_options)
        return _mark_payout_request_paid._unwrap(envelope)

    def search(
        self,
        *,
        amount_units: str | Unset = UNSET,
        partner_email: str | Unset = UNSET,
        partner_id: str | Unset = UNSET,
        partner_key: str | Unset = UNSET,
        status: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: SearchPayoutRequestsSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[PayoutRequest]:
        """Search payout requests.

        GET /v1/payout_requests:search

        Filters payout requests by currency, partner and status; every filter given must match.
        The
        partner filters use underscore names.
        """

        spec = _search_payout_requests._get_kwargs(
            amount_units=amount_units,
            partner_email=partner_email,
            partner_id=partner_id,
            partner_key=partner_key,
            status=status,
            limit=limit,
            page=page,
            sort=sort,
        )

        envelope = self._client._request(spec, _search_payout_requests._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_search_payout_requests._read_page,
            parse=_search_payout_requests._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )


class AsyncPayoutRequestsResourceWithRawResponse:
    """Operations on payout requests, returning the raw reply with the parsed envelope."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListPayoutRequestsSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PayoutRequestPage]:
        """List payout requests.

        GET /v1/payout_requests

        Returns one page of the program's payout requests. The general list bounds are described;
        a
        `limit` within 10-100 is the safe choice.
        """

        spec = _list_payout_requests._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        return await self._client._request_raw(spec, _list_payout_requests._parse, request_options)

    async def create(
        self,
        *,
        partner: PartnerReference,
        amount_units: str,
        gateway: None | PayoutRequestGateway | Unset = UNSET,
        payout_settings: None | PayoutRequestSettings | Unset = UNSET,
        reward_ids: builtins.list[int] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PayoutRequestEnvelope]:
        """Create a payout request.

        POST /v1/payout_requests

        Opens a payout of an active partner's unpaid commissions in one currency, instead of
        waiting
        for the partner to ask. Without `gateway` the partner's saved method is used. No reply
        status is documented, so both 200 and 201 are described.
        """

        body = PayoutRequestCreate(
            partner=partner,
            amount_units=amount_units,
            gateway=gateway,
            payout_settings=payout_settings,
            reward_ids=reward_ids,
        )
        spec = _create_payout_request._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _create_payout_request._parse, request_options)

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PayoutRequestEnvelope]:
        """Retrieve a payout request.

        GET /v1/payout_requests/{id}

        Returns one payout request with its status and amount.
        """

        spec = _get_payout_request._get_kwargs(
            id=id,
        )

        return await self._client._request_raw(spec, _get_payout_request._parse, request_options)

    async def approve(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PayoutRequestEnvelope]:
        """Approve a payout request.

        POST /v1/payout_requests/{id}/approve

        Approves a payout request that is waiting for a decision; other states fail.
        """

        spec = _approve_payout_request._get_kwargs(
            id=id,
        )

        return await self._client._request_raw(spec, _approve_payout_request._parse, request_options)

    async def mark_paid(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PayoutRequestEnvelope]:
        """Mark a payout request as paid.

        POST /v1/payout_requests/{id}/mark_as_paid

        Records that an approved payout was sent, which closes it and clears the paid balance.
        Only
        approved requests can be marked.
        """

        spec = _mark_payout_request_paid._get_kwargs(
            id=id,
        )

        return await self._client._request_raw(spec, _mark_payout_request_paid._parse, request_options)

    async def search(
        self,
        *,
        amount_units: str | Unset = UNSET,
        partner_email: str | Unset = UNSET,
        partner_id: str | Unset = UNSET,
        partner_key: str | Unset = UNSET,
        status: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: SearchPayoutRequestsSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PayoutRequestPage]:
        """Search payout requests.

        GET /v1/payout_requests:search

        Filters payout requests by currency, partner and status; every filter given must match.
        The
        partner filters use underscore names.
        """

        spec = _search_payout_requests._get_kwargs(
            amount_units=amount_units,
            partner_email=partner_email,
            partner_id=partner_id,
            partner_key=partner_key,
            status=status,
            limit=limit,
            page=page,
            sort=sort,
        )

        return await self._client._request_raw(spec, _search_payout_requests._parse, request_options)


class AsyncPayoutRequestsResource:
    """Operations on payout requests."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncPayoutRequestsResourceWithRawResponse(client)

    async def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListPayoutRequestsSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[PayoutRequest]:
        """List payout requests.

        GET /v1/payout_requests

        Returns one page of the program's payout requests. The general list bounds are described;
        a
        `limit` within 10-100 is the safe choice.
        """

        spec = _list_payout_requests._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        envelope = await self._client._request(spec, _list_payout_requests._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_payout_requests._read_page,
            parse=_list_payout_requests._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    async def create(
        self,
        *,
        partner: PartnerReference,
        amount_units: str,
        gateway: None | PayoutRequestGateway | Unset = UNSET,
        payout_settings: None | PayoutRequestSettings | Unset = UNSET,
        reward_ids: builtins.list[int] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PayoutRequest:
        """Create a payout request.

        POST /v1/payout_requests

        Opens a payout of an active partner's unpaid commissions in one currency, instead of
        waiting
        for the partner to ask. Without `gateway` the partner's saved method is used. No reply
        status is documented, so both 200 and 201 are described.
        """

        body = PayoutRequestCreate(
            partner=partner,
            amount_units=amount_units,
            gateway=gateway,
            payout_settings=payout_settings,
            reward_ids=reward_ids,
        )
        spec = _create_payout_request._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _create_payout_request._parse, request_options)
        return _create_payout_request._unwrap(envelope)

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PayoutRequest:
        """Retrieve a payout request.

        GET /v1/payout_requests/{id}

        Returns one payout request with its status and amount.
        """

        spec = _get_payout_request._get_kwargs(
            id=id,
        )

        envelope = await self._client._request(spec, _get_payout_request._parse, request_options)
        return _get_payout_request._unwrap(envelope)

    async def approve(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PayoutRequest:
        """Approve a payout request.

        POST /v1/payout_requests/{id}/approve

        Approves a payout request that is waiting for a decision; other states fail.
        """

        spec = _approve_payout_request._get_kwargs(
            id=id,
        )

        envelope = await self._client._request(spec, _approve_payout_request._parse, request_options)
        return _approve_payout_request._unwrap(envelope)

    async def mark_paid(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PayoutRequest:
        """Mark a payout request as paid.

        POST /v1/payout_requests/{id}/mark_as_paid

        Records that an approved payout was sent, which closes it and clears the paid balance.
        Only
        approved requests can be marked.
        """

        spec = _mark_payout_request_paid._get_kwargs(
            id=id,
        )

        envelope = await self._client._request(spec, _mark_payout_request_paid._parse, request_options)
        return _mark_payout_request_paid._unwrap(envelope)

    async def search(
        self,
        *,
        amount_units: str | Unset = UNSET,
        partner_email: str | Unset = UNSET,
        partner_id: str | Unset = UNSET,
        partner_key: str | Unset = UNSET,
        status: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: SearchPayoutRequestsSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[PayoutRequest]:
        """Search payout requests.

        GET /v1/payout_requests:search

        Filters payout requests by currency, partner and status; every filter given must match.
        The
        partner filters use underscore names.
        """

        spec = _search_payout_requests._get_kwargs(
            amount_units=amount_units,
            partner_email=partner_email,
            partner_id=partner_id,
            partner_key=partner_key,
            status=status,
            limit=limit,
            page=page,
            sort=sort,
        )

        envelope = await self._client._request(spec, _search_payout_requests._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_search_payout_requests._read_page,
            parse=_search_payout_requests._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )
