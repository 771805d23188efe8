"""The `leads` resource: one method per operation, sync and async, plain and raw."""

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.pagination import AsyncPage, SyncPage
from ...._core.response import RawResponse
from ...models.lead import Lead
from ...models.lead_convert import LeadConvert
from ...models.lead_create import LeadCreate
from ...models.lead_create_cfields_type_0 import LeadCreateCfieldsType0
from ...models.lead_envelope import LeadEnvelope
from ...models.lead_page import LeadPage
from ...models.lead_reject import LeadReject
from ...models.lead_settings import LeadSettings
from ...models.lead_settings_envelope import LeadSettingsEnvelope
from ...models.list_leads_sort import ListLeadsSort
from ...models.partner_reference import PartnerReference
from ...models.status_only import StatusOnly
from ...types import UNSET, Unset
from . import convert_lead as _convert_lead
from . import convert_lead_via_post as _convert_lead_via_post
from . import create_lead as _create_lead
from . import delete_lead as _delete_lead
from . import get_lead as _get_lead
from . import get_lead_settings as _get_lead_settings
from . import list_leads as _list_leads
from . import reject_lead as _reject_lead
from . import reject_lead_via_post as _reject_lead_via_post


class LeadsResourceWithRawResponse:
    """Operations on leads, returning the raw reply with the parsed envelope."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListLeadsSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LeadPage]:
        """List leads.

        GET /v1/leads

        Returns one page of the leads partners submitted.
        """

        spec = _list_leads._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        return self._client._request_raw(spec, _list_leads._parse, request_options)

    def create(
        self,
        *,
        name: str,
        email: str,
        partner: PartnerReference,
        cfields: LeadCreateCfieldsType0 | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LeadEnvelope]:
        """Submit a lead.

        POST /v1/leads

        Records a lead on behalf of a partner (named by id, referral key or e-mail), with answers
        to the
        program's custom lead-form fields. The lead starts in status `submitted`.
        """

        body = LeadCreate(
            name=name,
            email=email,
            partner=partner,
            cfields=cfields,
        )
        spec = _create_lead._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _create_lead._parse, request_options)

    def convert(
        self,
        *,
        id: int,
        commission_transaction_amount: float,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LeadEnvelope]:
        """Convert a lead.

        GET /v1/leads/convert

        Turns a submitted lead into a customer of its partner and books a sale of the given
        amount, from
        which the partner's commission is computed. Although a GET, this changes state, as
        documented.
        Only a lead still waiting for a decision can be converted.
        """

        spec = _convert_lead._get_kwargs(
            id=id,
            commission_transaction_amount=commission_transaction_amount,
        )

        return self._client._request_raw(spec, _convert_lead._parse, request_options)

    def convert_via_post(
        self,
        *,
        id: int,
        commission_transaction_amount: float,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LeadEnvelope]:
        """Convert a lead (POST form).

        POST /v1/leads/convert

        The same conversion as the GET form, with the lead id and amount in a JSON body. No reply
        is
        documented; it is taken to be the converted lead.
        """

        body = LeadConvert(
            id=id,
            commission_transaction_amount=commission_transaction_amount,
        )
        spec = _convert_lead_via_post._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _convert_lead_via_post._parse, request_options)

    def get_settings(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LeadSettingsEnvelope]:
        """Retrieve the lead set-up.

        GET /v1/leads/details

        Tells whether leads are enabled, which commission a converted lead earns, and which custom
        fields the lead form has; their ids are the keys of `cfields` when submitting a lead.
        """

        spec = _get_lead_settings._get_kwargs()

        return self._client._request_raw(spec, _get_lead_settings._parse, request_options)

    def reject(
        self,
        *,
        id: int,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LeadEnvelope]:
        """Reject a lead.

        GET /v1/leads/reject

        Marks a submitted lead as rejected. Although a GET, this changes state, as documented. The
        updated lead is returned; its reply was not shown in the docs.
        """

        spec = _reject_lead._get_kwargs(
            id=id,
        )

        return self._client._request_raw(spec, _reject_lead._parse, request_options)

    def reject_via_post(
        self,
        *,
        id: int,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LeadEnvelope]:
        """Reject a lead (POST form).

        POST /v1/leads/reject

        The same rejection as the GET form, with the lead id in a JSON body. No reply is
        documented;
        it is taken to be the rejected lead.
        """

        body = LeadReject(
            id=id,
        )
        spec = _reject_lead_via_post._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _reject_lead_via_post._parse, request_options)

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LeadEnvelope]:
        """Retrieve a lead.

        GET /v1/leads/{id}

        Returns one lead with its submitted form and what became of it.
        """

        spec = _get_lead._get_kwargs(
            id=id,
        )

        return self._client._request_raw(spec, _get_lead._parse, request_options)

    def delete(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Delete a lead.

        DELETE /v1/leads/{id}

        Removes a lead for good. The docs show no reply; the usual `{"status": 1}` is described.
        """

        spec = _delete_lead._get_kwargs(
            id=id,
        )

        return self._client._request_raw(spec, _delete_lead._parse, request_options)


class LeadsResource:
    """Operations on leads."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = LeadsResourceWithRawResponse(client)

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
        """

        spec = _list_leads._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        envelope = self._client._request(spec, _list_leads._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
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
        partner: PartnerReference,
        cfields: LeadCreateCfieldsType0 | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Submit a lead.

        POST /v1/leads

        Records a lead on behalf of a partner (named by id, referral key or e-mail), with answers
        to the
        program's custom lead-form fields. The lead starts in status `submitted`.
        """

        body = LeadCreate(
            name=name,
            email=email,
            partner=partner,
            cfields=cfields,
        )
        spec = _create_lead._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _create_lead._parse, request_options)
        return _create_lead._unwrap(envelope)

    def convert(
        self,
        *,
        id: int,
        commission_transaction_amount: float,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Convert a lead.

        GET /v1/leads/convert

        Turns a submitted lead into a customer of its partner and books a sale of the given
        amount, from
        which the partner's commission is computed. Although a GET, this changes state, as
        documented.
        Only a lead still waiting for a decision can be converted.
        """

        spec = _convert_lead._get_kwargs(
            id=id,
            commission_transaction_amount=commission_transaction_amount,
        )

        envelope = self._client._request(spec, _convert_lead._parse, request_options)
        return _convert_lead._unwrap(envelope)

    def convert_via_post(
        self,
        *,
        id: int,
        commission_transaction_amount: float,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Convert a lead (POST form).

        POST /v1/leads/convert

        The same conversion as the GET form, with the lead id and amount in a JSON body. No reply
        is
        documented; it is taken to be the converted lead.
        """

        body = LeadConvert(
            id=id,
            commission_transaction_amount=commission_transaction_amount,
        )
        spec = _convert_lead_via_post._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _convert_lead_via_post._parse, request_options)
        return _convert_lead_via_post._unwrap(envelope)

    def get_settings(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> LeadSettings:
        """Retrieve the lead set-up.

        GET /v1/leads/details

        Tells whether leads are enabled, which commission a converted lead earns, and which custom
        fields the lead form has; their ids are the keys of `cfields` when submitting a lead.
        """

        spec = _get_lead_settings._get_kwargs()

        envelope = self._client._request(spec, _get_lead_settings._parse, request_options)
        return _get_lead_settings._unwrap(envelope)

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
        """

        spec = _reject_lead._get_kwargs(
            id=id,
        )

        envelope = self._client._request(spec, _reject_lead._parse, request_options)
        return _reject_lead._unwrap(envelope)

    def reject_via_post(
        self,
        *,
        id: int,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Reject a lead (POST form).

        POST /v1/leads/reject

        The same rejection as the GET form, with the lead id in a JSON body. No reply is
        documented;
        it is taken to be the rejected lead.
        """

        body = LeadReject(
            id=id,
        )
        spec = _reject_lead_via_post._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _reject_lead_via_post._parse, request_options)
        return _reject_lead_via_post._unwrap(envelope)

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Retrieve a lead.

        GET /v1/leads/{id}

        Returns one lead with its submitted form and what became of it.
        """

        spec = _get_lead._get_kwargs(
            id=id,
        )

        envelope = self._client._request(spec, _get_lead._parse, request_options)
        return _get_lead._unwrap(envelope)

    def delete(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a lead.

        DELETE /v1/leads/{id}

        Removes a lead for good. The docs show no reply; the usual `{"status": 1}` is described.
        """

        spec = _delete_lead._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _delete_lead._parse, request_options)


class AsyncLeadsResourceWithRawResponse:
    """Operations on leads, returning the raw reply with the parsed envelope."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListLeadsSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LeadPage]:
        """List leads.

        GET /v1/leads

        Returns one page of the leads partners submitted.
        """

        spec = _list_leads._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        return await self._client._request_raw(spec, _list_leads._parse, request_options)

    async def create(
        self,
        *,
        name: str,
        email: str,
        partner: PartnerReference,
        cfields: LeadCreateCfieldsType0 | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LeadEnvelope]:
        """Submit a lead.

        POST /v1/leads

        Records a lead on behalf of a partner (named by id, referral key or e-mail), with answers
        to the
        program's custom lead-form fields. The lead starts in status `submitted`.
        """

        body = LeadCreate(
            name=name,
            email=email,
            partner=partner,
            cfields=cfields,
        )
        spec = _create_lead._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _create_lead._parse, request_options)

    async def convert(
        self,
        *,
        id: int,
        commission_transaction_amount: float,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LeadEnvelope]:
        """Convert a lead.

        GET /v1/leads/convert

        Turns a submitted lead into a customer of its partner and books a sale of the given
        amount, from
        which the partner's commission is computed. Although a GET, this changes state, as
        documented.
        Only a lead still waiting for a decision can be converted.
        """

        spec = _convert_lead._get_kwargs(
            id=id,
            commission_transaction_amount=commission_transaction_amount,
        )

        return await self._client._request_raw(spec, _convert_lead._parse, request_options)

    async def convert_via_post(
        self,
        *,
        id: int,
        commission_transaction_amount: float,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LeadEnvelope]:
        """Convert a lead (POST form).

        POST /v1/leads/convert

        The same conversion as the GET form, with the lead id and amount in a JSON body. No reply
        is
        documented; it is taken to be the converted lead.
        """

        body = LeadConvert(
            id=id,
            commission_transaction_amount=commission_transaction_amount,
        )
        spec = _convert_lead_via_post._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _convert_lead_via_post._parse, request_options)

    async def get_settings(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LeadSettingsEnvelope]:
        """Retrieve the lead set-up.

        GET /v1/leads/details

        Tells whether leads are enabled, which commission a converted lead earns, and which custom
        fields the lead form has; their ids are the keys of `cfields` when submitting a lead.
        """

        spec = _get_lead_settings._get_kwargs()

        return await self._client._request_raw(spec, _get_lead_settings._parse, request_options)

    async def reject(
        self,
        *,
        id: int,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LeadEnvelope]:
        """Reject a lead.

        GET /v1/leads/reject

        Marks a submitted lead as rejected. Although a GET, this changes state, as documented. The
        updated lead is returned; its reply was not shown in the docs.
        """

        spec = _reject_lead._get_kwargs(
            id=id,
        )

        return await self._client._request_raw(spec, _reject_lead._parse, request_options)

    async def reject_via_post(
        self,
        *,
        id: int,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LeadEnvelope]:
        """Reject a lead (POST form).

        POST /v1/leads/reject

        The same rejection as the GET form, with the lead id in a JSON body. No reply is
        documented;
        it is taken to be the rejected lead.
        """

        body = LeadReject(
            id=id,
        )
        spec = _reject_lead_via_post._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _reject_lead_via_post._parse, request_options)

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LeadEnvelope]:
        """Retrieve a lead.

        GET /v1/leads/{id}

        Returns one lead with its submitted form and what became of it.
        """

        spec = _get_lead._get_kwargs(
            id=id,
        )

        return await self._client._request_raw(spec, _get_lead._parse, request_options)

    async def delete(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Delete a lead.

        DELETE /v1/leads/{id}

        Removes a lead for good. The docs show no reply; the usual `{"status": 1}` is described.
        """

        spec = _delete_lead._get_kwargs(
            id=id,
        )

        return await self._client._request_raw(spec, _delete_lead._parse, request_options)


class AsyncLeadsResource:
    """Operations on leads."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncLeadsResourceWithRawResponse(client)

    async def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListLeadsSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[Lead]:
        """List leads.

        GET /v1/leads

        Returns one page of the leads partners submitted.
        """

        spec = _list_leads._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        envelope = await self._client._request(spec, _list_leads._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_leads._read_page,
            parse=_list_leads._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    async def create(
        self,
        *,
        name: str,
        email: str,
        partner: PartnerReference,
        cfields: LeadCreateCfieldsType0 | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Submit a lead.

        POST /v1/leads

        Records a lead on behalf of a partner (named by id, referral key or e-mail), with answers
        to the
        program's custom lead-form fields. The lead starts in status `submitted`.
        """

        body = LeadCreate(
            name=name,
            email=email,
            partner=partner,
            cfields=cfields,
        )
        spec = _create_lead._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _create_lead._parse, request_options)
        return _create_lead._unwrap(envelope)

    async def convert(
        self,
        *,
        id: int,
        commission_transaction_amount: float,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Convert a lead.

        GET /v1/leads/convert

        Turns a submitted lead into a customer of its partner and books a sale of the given
        amount, from
        which the partner's commission is computed. Although a GET, this changes state, as
        documented.
        Only a lead still waiting for a decision can be converted.
        """

        spec = _convert_lead._get_kwargs(
            id=id,
            commission_transaction_amount=commission_transaction_amount,
        )

        envelope = await self._client._request(spec, _convert_lead._parse, request_options)
        return _convert_lead._unwrap(envelope)

    async def convert_via_post(
        self,
        *,
        id: int,
        commission_transaction_amount: float,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Convert a lead (POST form).

        POST /v1/leads/convert

        The same conversion as the GET form, with the lead id and amount in a JSON body. No reply
        is
        documented; it is taken to be the converted lead.
        """

        body = LeadConvert(
            id=id,
            commission_transaction_amount=commission_transaction_amount,
        )
        spec = _convert_lead_via_post._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _convert_lead_via_post._parse, request_options)
        return _convert_lead_via_post._unwrap(envelope)

    async def get_settings(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> LeadSettings:
        """Retrieve the lead set-up.

        GET /v1/leads/details

        Tells whether leads are enabled, which commission a converted lead earns, and which custom
        fields the lead form has; their ids are the keys of `cfields` when submitting a lead.
        """

        spec = _get_lead_settings._get_kwargs()

        envelope = await self._client._request(spec, _get_lead_settings._parse, request_options)
        return _get_lead_settings._unwrap(envelope)

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
        """

        spec = _reject_lead._get_kwargs(
            id=id,
        )

        envelope = await self._client._request(spec, _reject_lead._parse, request_options)
        return _reject_lead._unwrap(envelope)

    async def reject_via_post(
        self,
        *,
        id: int,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Reject a lead (POST form).

        POST /v1/leads/reject

        The same rejection as the GET form, with the lead id in a JSON body. No reply is
        documented;
        it is taken to be the rejected lead.
        """

        body = LeadReject(
            id=id,
        )
        spec = _reject_lead_via_post._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _reject_lead_via_post._parse, request_options)
        return _reject_lead_via_post._unwrap(envelope)

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Lead:
        """Retrieve a lead.

        GET /v1/leads/{id}

        Returns one lead with its submitted form and what became of it.
        """

        spec = _get_lead._get_kwargs(
            id=id,
        )

        envelope = await self._client._request(spec, _get_lead._parse, request_options)
        return _get_lead._unwrap(envelope)

    async def delete(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a lead.

        DELETE /v1/leads/{id}

        Removes a lead for good. The docs show no reply; the usual `{"status": 1}` is described.
        """

        spec = _delete_lead._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _delete_lead._parse, request_options)
