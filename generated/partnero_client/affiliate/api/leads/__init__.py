"""The `leads` resource: one method per operation, sync and async; raw access wraps them.

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
    from ...models.lead import Lead
    from ...models.lead_create_cfields_type_0 import LeadCreateCfieldsType0
    from ...models.lead_settings import LeadSettings
    from ...models.list_leads_sort import ListLeadsSort
    from ...models.partner_reference import PartnerReference
    from ...models.status_only import StatusOnly
    from ...params import LeadCreateCfieldsType0Param, PartnerReferenceParam


class LeadsResource:
    """Operations on leads."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> LeadsResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return LeadsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListLeadsSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[Lead]:
        """List leads.

        GET /v1/leads

        Returns one page of the leads partners submitted.

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            sort: Order by creation time: `desc` newest first, `asc` oldest first. Without it the order is not
                documented, so pass `sort` when the order matters.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `Lead` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_leads as _list_leads

        spec = _list_leads._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _list_leads._result, request_options),
            read=_list_leads._read_page,
            parse=_list_leads._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def create(
        self,
        *,
        name: str,
        email: str,
        partner: PartnerReference | PartnerReferenceParam,
        cfields: LeadCreateCfieldsType0 | LeadCreateCfieldsType0Param | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Submit a lead.

        POST /v1/leads

        Records a lead on behalf of a partner (named by id, referral key or e-mail), with answers to the
        program's custom lead-form fields. The lead starts in status `submitted`.

        Args:
            name: The lead's full name.
            email: The lead's e-mail.
            partner: Names another partner by one of its identifiers; an empty object names none.
            cfields: Answers to the program's custom lead-form fields, keyed by field id (see `GET
                /v1/leads/details`). Values are strings, or lists of strings for checkbox fields.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Lead` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import LeadCreate, LeadCreateCfieldsType0, PartnerReference
        from ...params import LeadCreateCfieldsType0Param, PartnerReferenceParam
        from . import create_lead as _create_lead

        body = LeadCreate(
            name=name,
            email=email,
            partner=as_model("partner", partner, PartnerReference, PartnerReferenceParam),
            cfields=cfields
            if isinstance(cfields, Unset) or cfields is None
            else as_model("cfields", cfields, LeadCreateCfieldsType0, LeadCreateCfieldsType0Param),
        )
        spec = _create_lead._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _create_lead._result, request_options)

    def convert(
        self,
        *,
        id: int,
        commission_transaction_amount: float,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Convert a lead.

        GET /v1/leads/convert

        Turns a submitted lead into a customer of its partner and books a sale of the given amount, from
        which the partner's commission is computed. Although a GET, this changes state, as documented.
        Only a lead still waiting for a decision can be converted.

        Args:
            id: The lead id.
            commission_transaction_amount: Sale amount the commission is computed from.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Lead` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import convert_lead as _convert_lead

        spec = _convert_lead._get_kwargs(
            id=id,
            commission_transaction_amount=commission_transaction_amount,
        )

        return self._client._request(spec, _convert_lead._result, request_options)

    def convert_via_post(
        self,
        *,
        id: int,
        commission_transaction_amount: float,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Convert a lead (POST form).

        POST /v1/leads/convert

        The same conversion as the GET form, with the lead id and amount in a JSON body. No reply is
        documented; it is taken to be the converted lead.

        Args:
            id: The lead id.
            commission_transaction_amount: Sale amount the commission is computed from.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Lead` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import LeadConvert
        from . import convert_lead_via_post as _convert_lead_via_post

        body = LeadConvert(
            id=id,
            commission_transaction_amount=commission_transaction_amount,
        )
        spec = _convert_lead_via_post._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _convert_lead_via_post._result, request_options)

    def get_settings(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> LeadSettings:
        """Retrieve the lead set-up.

        GET /v1/leads/details

        Tells whether leads are enabled, which commission a converted lead earns, and which custom
        fields the lead form has; their ids are the keys of `cfields` when submitting a lead.

        Args:
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `LeadSettings` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_lead_settings as _get_lead_settings

        spec = _get_lead_settings._get_kwargs()

        return self._client._request(spec, _get_lead_settings._result, request_options)

    def reject(
        self,
        *,
        id: int,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Reject a lead.

        GET /v1/leads/reject

        Marks a submitted lead as rejected. Although a GET, this changes state, as documented. The
        updated lead is returned; its reply was not shown in the docs.

        Args:
            id: The lead id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Lead` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import reject_lead as _reject_lead

        spec = _reject_lead._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _reject_lead._result, request_options)

    def reject_via_post(
        self,
        *,
        id: int,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Reject a lead (POST form).

        POST /v1/leads/reject

        The same rejection as the GET form, with the lead id in a JSON body. No reply is documented;
        it is taken to be the rejected lead.

        Args:
            id: The lead id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Lead` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import LeadReject
        from . import reject_lead_via_post as _reject_lead_via_post

        body = LeadReject(
            id=id,
        )
        spec = _reject_lead_via_post._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _reject_lead_via_post._result, request_options)

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Retrieve a lead.

        GET /v1/leads/{id}

        Returns one lead with its submitted form and what became of it.

        Args:
            id: The lead id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Lead` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_lead as _get_lead

        spec = _get_lead._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _get_lead._result, request_options)

    def delete(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a lead.

        DELETE /v1/leads/{id}

        Removes a lead for good. The docs show no reply; the usual `{"status": 1}` is described.

        Args:
            id: The lead id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import delete_lead as _delete_lead

        spec = _delete_lead._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _delete_lead._result, request_options)


class LeadsResourceWithRawResponse:
    """`leads` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: LeadsResource) -> None:
        from . import convert_lead as _convert_lead
        from . import convert_lead_via_post as _convert_lead_via_post
        from . import create_lead as _create_lead
        from . import delete_lead as _delete_lead
        from . import get_lead as _get_lead
        from . import get_lead_settings as _get_lead_settings
        from . import list_leads as _list_leads
        from . import reject_lead as _reject_lead
        from . import reject_lead_via_post as _reject_lead_via_post

        self.list = to_raw(resource.list, _list_leads._parse)
        self.create = to_raw(resource.create, _create_lead._parse)
        self.convert = to_raw(resource.convert, _convert_lead._parse)
        self.convert_via_post = to_raw(resource.convert_via_post, _convert_lead_via_post._parse)
        self.get_settings = to_raw(resource.get_settings, _get_lead_settings._parse)
        self.reject = to_raw(resource.reject, _reject_lead._parse)
        self.reject_via_post = to_raw(resource.reject_via_post, _reject_lead_via_post._parse)
        self.get = to_raw(resource.get, _get_lead._parse)
        self.delete = to_raw(resource.delete, _delete_lead._parse)


class AsyncLeadsResource:
    """Operations on leads."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncLeadsResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return AsyncLeadsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListLeadsSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[Lead]:
        """List leads.

        GET /v1/leads

        Returns one page of the leads partners submitted.

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            sort: Order by creation time: `desc` newest first, `asc` oldest first. Without it the order is not
                documented, so pass `sort` when the order matters.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `Lead` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_leads as _list_leads

        spec = _list_leads._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_list_leads._result,
            read=_list_leads._read_page,
            parse=_list_leads._parse,
            options=request_options,
        )

    async def create(
        self,
        *,
        name: str,
        email: str,
        partner: PartnerReference | PartnerReferenceParam,
        cfields: LeadCreateCfieldsType0 | LeadCreateCfieldsType0Param | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Submit a lead.

        POST /v1/leads

        Records a lead on behalf of a partner (named by id, referral key or e-mail), with answers to the
        program's custom lead-form fields. The lead starts in status `submitted`.

        Args:
            name: The lead's full name.
            email: The lead's e-mail.
            partner: Names another partner by one of its identifiers; an empty object names none.
            cfields: Answers to the program's custom lead-form fields, keyed by field id (see `GET
                /v1/leads/details`). Values are strings, or lists of strings for checkbox fields.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Lead` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import LeadCreate, LeadCreateCfieldsType0, PartnerReference
        from ...params import LeadCreateCfieldsType0Param, PartnerReferenceParam
        from . import create_lead as _create_lead

        body = LeadCreate(
            name=name,
            email=email,
            partner=as_model("partner", partner, PartnerReference, PartnerReferenceParam),
            cfields=cfields
            if isinstance(cfields, Unset) or cfields is None
            else as_model("cfields", cfields, LeadCreateCfieldsType0, LeadCreateCfieldsType0Param),
        )
        spec = _create_lead._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _create_lead._result, request_options)

    async def convert(
        self,
        *,
        id: int,
        commission_transaction_amount: float,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Convert a lead.

        GET /v1/leads/convert

        Turns a submitted lead into a customer of its partner and books a sale of the given amount, from
        which the partner's commission is computed. Although a GET, this changes state, as documented.
        Only a lead still waiting for a decision can be converted.

        Args:
            id: The lead id.
            commission_transaction_amount: Sale amount the commission is computed from.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Lead` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import convert_lead as _convert_lead

        spec = _convert_lead._get_kwargs(
            id=id,
            commission_transaction_amount=commission_transaction_amount,
        )

        return await self._client._request(spec, _convert_lead._result, request_options)

    async def convert_via_post(
        self,
        *,
        id: int,
        commission_transaction_amount: float,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Convert a lead (POST form).

        POST /v1/leads/convert

        The same conversion as the GET form, with the lead id and amount in a JSON body. No reply is
        documented; it is taken to be the converted lead.

        Args:
            id: The lead id.
            commission_transaction_amount: Sale amount the commission is computed from.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Lead` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import LeadConvert
        from . import convert_lead_via_post as _convert_lead_via_post

        body = LeadConvert(
            id=id,
            commission_transaction_amount=commission_transaction_amount,
        )
        spec = _convert_lead_via_post._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _convert_lead_via_post._result, request_options)

    async def get_settings(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> LeadSettings:
        """Retrieve the lead set-up.

        GET /v1/leads/details

        Tells whether leads are enabled, which commission a converted lead earns, and which custom
        fields the lead form has; their ids are the keys of `cfields` when submitting a lead.

        Args:
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `LeadSettings` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_lead_settings as _get_lead_settings

        spec = _get_lead_settings._get_kwargs()

        return await self._client._request(spec, _get_lead_settings._result, request_options)

    async def reject(
        self,
        *,
        id: int,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Reject a lead.

        GET /v1/leads/reject

        Marks a submitted lead as rejected. Although a GET, this changes state, as documented. The
        updated lead is returned; its reply was not shown in the docs.

        Args:
            id: The lead id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Lead` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import reject_lead as _reject_lead

        spec = _reject_lead._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _reject_lead._result, request_options)

    async def reject_via_post(
        self,
        *,
        id: int,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Reject a lead (POST form).

        POST /v1/leads/reject

        The same rejection as the GET form, with the lead id in a JSON body. No reply is documented;
        it is taken to be the rejected lead.

        Args:
            id: The lead id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Lead` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import LeadReject
        from . import reject_lead_via_post as _reject_lead_via_post

        body = LeadReject(
            id=id,
        )
        spec = _reject_lead_via_post._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _reject_lead_via_post._result, request_options)

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Retrieve a lead.

        GET /v1/leads/{id}

        Returns one lead with its submitted form and what became of it.

        Args:
            id: The lead id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Lead` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_lead as _get_lead

        spec = _get_lead._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _get_lead._result, request_options)

    async def delete(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a lead.

        DELETE /v1/leads/{id}

        Removes a lead for good. The docs show no reply; the usual `{"status": 1}` is described.

        Args:
            id: The lead id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import delete_lead as _delete_lead

        spec = _delete_lead._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _delete_lead._result, request_options)


class AsyncLeadsResourceWithRawResponse:
    """`leads` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: AsyncLeadsResource) -> None:
        from . import convert_lead as _convert_lead
        from . import convert_lead_via_post as _convert_lead_via_post
        from . import create_lead as _create_lead
        from . import delete_lead as _delete_lead
        from . import get_lead as _get_lead
        from . import get_lead_settings as _get_lead_settings
        from . import list_leads as _list_leads
        from . import reject_lead as _reject_lead
        from . import reject_lead_via_post as _reject_lead_via_post

        self.list = to_async_raw(resource.list, _list_leads._parse)
        self.create = to_async_raw(resource.create, _create_lead._parse)
        self.convert = to_async_raw(resource.convert, _convert_lead._parse)
        self.convert_via_post = to_async_raw(resource.convert_via_post, _convert_lead_via_post._parse)
        self.get_settings = to_async_raw(resource.get_settings, _get_lead_settings._parse)
        self.reject = to_async_raw(resource.reject, _reject_lead._parse)
        self.reject_via_post = to_async_raw(resource.reject_via_post, _reject_lead_via_post._parse)
        self.get = to_async_raw(resource.get, _get_lead._parse)
        self.delete = to_async_raw(resource.delete, _delete_lead._parse)
