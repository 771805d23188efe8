"""The `payout_requests` resource: one method per operation, sync and async; raw access wraps them.

An operation's module (and the models its body takes) is imported by its method on the first
call, not here: touching a resource then loads the few modules its first call needs, not every
model the resource's methods name.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.params import as_model
from ...._core.raw import to_async_raw, to_raw
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._core.pagination import SyncPage
    from ...._core.paginator import AsyncPaginator
    from ...models.list_payout_requests_sort import ListPayoutRequestsSort
    from ...models.partner_reference import PartnerReference
    from ...models.payout_request import PayoutRequest
    from ...models.payout_request_gateway import PayoutRequestGateway
    from ...models.payout_request_settings import PayoutRequestSettings
    from ...models.search_payout_requests_sort import SearchPayoutRequestsSort
    from ...params import PartnerReferenceParam, PayoutRequestSettingsParam


class PayoutRequestsResource:
    """Operations on payout requests."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PayoutRequestsResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return PayoutRequestsResourceWithRawResponse(self)

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

        Returns one page of the program's payout requests. The general list bounds are described; a
        `limit` within 10-100 is the safe choice.

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            sort: Order by creation time: `desc` newest first, `asc` oldest first. Without it the order is not
                documented, so pass `sort` when the order matters.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `PayoutRequest` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_payout_requests as _list_payout_requests

        spec = _list_payout_requests._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _list_payout_requests._result, request_options),
            read=_list_payout_requests._read_page,
            parse=_list_payout_requests._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def create(
        self,
        *,
        partner: PartnerReference | PartnerReferenceParam,
        amount_units: str,
        gateway: None | PayoutRequestGateway | Unset = UNSET,
        payout_settings: None | PayoutRequestSettings | PayoutRequestSettingsParam | Unset = UNSET,
        reward_ids: builtins.list[int] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PayoutRequest:
        """Create a payout request.

        POST /v1/payout_requests

        Opens a payout of an active partner's unpaid commissions in one currency, instead of waiting
        for the partner to ask. Without `gateway` the partner's saved method is used. No reply
        status is documented, so both 200 and 201 are described.

        Args:
            partner: Names another partner by one of its identifiers; an empty object names none.
            amount_units: Currency of the balance to pay out, such as usd.
            gateway: Payout method: crypto, paypal, venmo or wise.
            payout_settings: Account details for the chosen method, such as the PayPal `username`; Wise bank details cannot be sent.
            reward_ids: Pay these rewards instead of the whole balance (when the program lets partners pick).
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PayoutRequest` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PartnerReference, PayoutRequestCreate, PayoutRequestSettings
        from ...params import PartnerReferenceParam, PayoutRequestSettingsParam
        from . import create_payout_request as _create_payout_request

        body = PayoutRequestCreate(
            partner=as_model("partner", partner, PartnerReference, PartnerReferenceParam),
            amount_units=amount_units,
            gateway=gateway,
            payout_settings=payout_settings
            if isinstance(payout_settings, Unset) or payout_settings is None
            else as_model(
                "payout_settings", payout_settings, PayoutRequestSettings, PayoutRequestSettingsParam
            ),
            reward_ids=reward_ids,
        )
        spec = _create_payout_request._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _create_payout_request._result, request_options)

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PayoutRequest:
        """Retrieve a payout request.

        GET /v1/payout_requests/{id}

        Returns one payout request with its status and amount.

        Args:
            id: The payout request id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PayoutRequest` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_payout_request as _get_payout_request

        spec = _get_payout_request._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _get_payout_request._result, request_options)

    def approve(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PayoutRequest:
        """Approve a payout request.

        POST /v1/payout_requests/{id}/approve

        Approves a payout request that is waiting for a decision; other states fail.

        Args:
            id: The payout request id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PayoutRequest` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import approve_payout_request as _approve_payout_request

        spec = _approve_payout_request._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _approve_payout_request._result, request_options)

    def mark_paid(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PayoutRequest:
        """Mark a payout request as paid.

        POST /v1/payout_requests/{id}/mark_as_paid

        Records that an approved payout was sent, which closes it and clears the paid balance. Only
        approved requests can be marked.

        Args:
            id: The payout request id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PayoutRequest` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import mark_payout_request_paid as _mark_payout_request_paid

        spec = _mark_payout_request_paid._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _mark_payout_request_paid._result, request_options)

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

        Filters payout requests by currency, partner and status; every filter given must match. The
        partner filters use underscore names.

        Args:
            amount_units: Currency, such as usd.
            partner_email: E-mail of the partner.
            partner_id: Partner id.
            partner_key: Referral key of the partner.
            status: Payout state. Known values: approved, finished, rejected, requested (waiting for you),
                resubmit_requested, resubmitted.
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            sort: Order by creation time: `desc` newest first, `asc` oldest first. Without it the order is not
                documented, so pass `sort` when the order matters.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `PayoutRequest` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import search_payout_requests as _search_payout_requests

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

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _search_payout_requests._result, request_options),
            read=_search_payout_requests._read_page,
            parse=_search_payout_requests._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )


class PayoutRequestsResourceWithRawResponse:
    """`payout_requests` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: PayoutRequestsResource) -> None:
        from . import approve_payout_request as _approve_payout_request
        from . import create_payout_request as _create_payout_request
        from . import get_payout_request as _get_payout_request
        from . import list_payout_requests as _list_payout_requests
        from . import mark_payout_request_paid as _mark_payout_request_paid
        from . import search_payout_requests as _search_payout_requests

        self.list = to_raw(resource.list, _list_payout_requests._parse)
        self.create = to_raw(resource.create, _create_payout_request._parse)
        self.get = to_raw(resource.get, _get_payout_request._parse)
        self.approve = to_raw(resource.approve, _approve_payout_request._parse)
        self.mark_paid = to_raw(resource.mark_paid, _mark_payout_request_paid._parse)
        self.search = to_raw(resource.search, _search_payout_requests._parse)


class AsyncPayoutRequestsResource:
    """Operations on payout requests."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPayoutRequestsResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return AsyncPayoutRequestsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListPayoutRequestsSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[PayoutRequest]:
        """List payout requests.

        GET /v1/payout_requests

        Returns one page of the program's payout requests. The general list bounds are described; a
        `limit` within 10-100 is the safe choice.

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            sort: Order by creation time: `desc` newest first, `asc` oldest first. Without it the order is not
                documented, so pass `sort` when the order matters.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `PayoutRequest` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_payout_requests as _list_payout_requests

        spec = _list_payout_requests._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_list_payout_requests._result,
            read=_list_payout_requests._read_page,
            parse=_list_payout_requests._parse,
            options=request_options,
        )

    async def create(
        self,
        *,
        partner: PartnerReference | PartnerReferenceParam,
        amount_units: str,
        gateway: None | PayoutRequestGateway | Unset = UNSET,
        payout_settings: None | PayoutRequestSettings | PayoutRequestSettingsParam | Unset = UNSET,
        reward_ids: builtins.list[int] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PayoutRequest:
        """Create a payout request.

        POST /v1/payout_requests

        Opens a payout of an active partner's unpaid commissions in one currency, instead of waiting
        for the partner to ask. Without `gateway` the partner's saved method is used. No reply
        status is documented, so both 200 and 201 are described.

        Args:
            partner: Names another partner by one of its identifiers; an empty object names none.
            amount_units: Currency of the balance to pay out, such as usd.
            gateway: Payout method: crypto, paypal, venmo or wise.
            payout_settings: Account details for the chosen method, such as the PayPal `username`; Wise bank details cannot be sent.
            reward_ids: Pay these rewards instead of the whole balance (when the program lets partners pick).
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PayoutRequest` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PartnerReference, PayoutRequestCreate, PayoutRequestSettings
        from ...params import PartnerReferenceParam, PayoutRequestSettingsParam
        from . import create_payout_request as _create_payout_request

        body = PayoutRequestCreate(
            partner=as_model("partner", partner, PartnerReference, PartnerReferenceParam),
            amount_units=amount_units,
            gateway=gateway,
            payout_settings=payout_settings
            if isinstance(payout_settings, Unset) or payout_settings is None
            else as_model(
                "payout_settings", payout_settings, PayoutRequestSettings, PayoutRequestSettingsParam
            ),
            reward_ids=reward_ids,
        )
        spec = _create_payout_request._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _create_payout_request._result, request_options)

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PayoutRequest:
        """Retrieve a payout request.

        GET /v1/payout_requests/{id}

        Returns one payout request with its status and amount.

        Args:
            id: The payout request id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PayoutRequest` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_payout_request as _get_payout_request

        spec = _get_payout_request._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _get_payout_request._result, request_options)

    async def approve(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PayoutRequest:
        """Approve a payout request.

        POST /v1/payout_requests/{id}/approve

        Approves a payout request that is waiting for a decision; other states fail.

        Args:
            id: The payout request id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PayoutRequest` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import approve_payout_request as _approve_payout_request

        spec = _approve_payout_request._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _approve_payout_request._result, request_options)

    async def mark_paid(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PayoutRequest:
        """Mark a payout request as paid.

        POST /v1/payout_requests/{id}/mark_as_paid

        Records that an approved payout was sent, which closes it and clears the paid balance. Only
        approved requests can be marked.

        Args:
            id: The payout request id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PayoutRequest` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import mark_payout_request_paid as _mark_payout_request_paid

        spec = _mark_payout_request_paid._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _mark_payout_request_paid._result, request_options)

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
    ) -> AsyncPaginator[PayoutRequest]:
        """Search payout requests.

        GET /v1/payout_requests:search

        Filters payout requests by currency, partner and status; every filter given must match. The
        partner filters use underscore names.

        Args:
            amount_units: Currency, such as usd.
            partner_email: E-mail of the partner.
            partner_id: Partner id.
            partner_key: Referral key of the partner.
            status: Payout state. Known values: approved, finished, rejected, requested (waiting for you),
                resubmit_requested, resubmitted.
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            sort: Order by creation time: `desc` newest first, `asc` oldest first. Without it the order is not
                documented, so pass `sort` when the order matters.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `PayoutRequest` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import search_payout_requests as _search_payout_requests

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

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_search_payout_requests._result,
            read=_search_payout_requests._read_page,
            parse=_search_payout_requests._parse,
            options=request_options,
        )


class AsyncPayoutRequestsResourceWithRawResponse:
    """`payout_requests` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: AsyncPayoutRequestsResource) -> None:
        from . import approve_payout_request as _approve_payout_request
        from . import create_payout_request as _create_payout_request
        from . import get_payout_request as _get_payout_request
        from . import list_payout_requests as _list_payout_requests
        from . import mark_payout_request_paid as _mark_payout_request_paid
        from . import search_payout_requests as _search_payout_requests

        self.list = to_async_raw(resource.list, _list_payout_requests._parse)
        self.create = to_async_raw(resource.create, _create_payout_request._parse)
        self.get = to_async_raw(resource.get, _get_payout_request._parse)
        self.approve = to_async_raw(resource.approve, _approve_payout_request._parse)
        self.mark_paid = to_async_raw(resource.mark_paid, _mark_payout_request_paid._parse)
        self.search = to_async_raw(resource.search, _search_payout_requests._parse)
