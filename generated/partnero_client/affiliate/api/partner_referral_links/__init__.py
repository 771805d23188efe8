"""The `partner_referral_links` resource: one method per operation, sync and async, plain and raw."""

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.pagination import AsyncPage, SyncPage
from ...._core.response import RawResponse
from ...models.partner_reference import PartnerReference
from ...models.partner_referral_link import PartnerReferralLink
from ...models.partner_referral_link_create import PartnerReferralLinkCreate
from ...models.partner_referral_link_envelope import PartnerReferralLinkEnvelope
from ...models.partner_referral_link_list import PartnerReferralLinkList
from ...models.partner_referral_link_page import PartnerReferralLinkPage
from ...models.partner_referral_link_update import PartnerReferralLinkUpdate
from ...models.referral_link_domain import ReferralLinkDomain
from ...models.referral_link_domain_list import ReferralLinkDomainList
from ...models.status_only import StatusOnly
from ...types import UNSET, Unset
from . import create_partner_referral_link as _create_partner_referral_link
from . import delete_partner_referral_link as _delete_partner_referral_link
from . import get_partner_referral_link as _get_partner_referral_link
from . import list_partner_referral_links as _list_partner_referral_links
from . import list_referral_link_domains as _list_referral_link_domains
from . import search_partner_referral_links as _search_partner_referral_links
from . import update_partner_referral_link as _update_partner_referral_link


class PartnerReferralLinksResourceWithRawResponse:
    """Operations on partner referral links, returning the raw reply with the parsed envelope."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        key: str,
        partner: PartnerReference,
        domain_id: int | None | Unset = UNSET,
        is_additional: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerReferralLinkEnvelope]:
        """Create a partner referral link.

        POST /v1/partner_referral_links

        Gives a partner an extra referral link with a key of your choice, optionally on one of the
        program's additional domains.
        """

        body = PartnerReferralLinkCreate(
            key=key,
            partner=partner,
            domain_id=domain_id,
            is_additional=is_additional,
        )
        spec = _create_partner_referral_link._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _create_partner_referral_link._parse, request_options)

    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerReferralLinkEnvelope]:
        """Retrieve a partner referral link.

        GET /v1/partner_referral_links/{id}

        Returns one referral link. No reply is documented; it is taken to match the other link
        replies.
        """

        spec = _get_partner_referral_link._get_kwargs(
            id=id,
        )

        return self._client._request_raw(spec, _get_partner_referral_link._parse, request_options)

    def update(
        self,
        id: str,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerReferralLinkEnvelope]:
        """Update a partner referral link.

        PUT /v1/partner_referral_links/{id}

        Gives a link a new key. The link id follows the key, so later calls use the new value.
        """

        body = PartnerReferralLinkUpdate(
            key=key,
        )
        spec = _update_partner_referral_link._get_kwargs(
            id=id,
            body=body,
        )

        return self._client._request_raw(spec, _update_partner_referral_link._parse, request_options)

    def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Delete a partner referral link.

        DELETE /v1/partner_referral_links/{id}

        Removes an extra referral link; deleting a partner's default link presumably fails. The
        docs
        show no reply; the usual `{"status": 1}` is described.
        """

        spec = _delete_partner_referral_link._get_kwargs(
            id=id,
        )

        return self._client._request_raw(spec, _delete_partner_referral_link._parse, request_options)

    def list_domains(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralLinkDomainList]:
        """List referral-link domains.

        GET /v1/partner_referral_links:domains

        Lists the domains links can be built on: the program's default domain (id null) and any
        additional ones. Their ids are the `domain_id` values of link creation.
        """

        spec = _list_referral_link_domains._get_kwargs(
            limit=limit,
            page=page,
        )

        return self._client._request_raw(spec, _list_referral_link_domains._parse, request_options)

    def search(
        self,
        *,
        id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerReferralLinkPage]:
        """Search partner referral links.

        GET /v1/partner_referral_links:search

        Finds partner referral links by link id or key. No reply is documented.
        """

        spec = _search_partner_referral_links._get_kwargs(
            id=id,
            key=key,
            limit=limit,
            page=page,
        )

        return self._client._request_raw(spec, _search_partner_referral_links._parse, request_options)

    def list(
        self,
        id: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerReferralLinkList]:
        """List a partner's referral links.

        GET /v1/partners/{id}/referral_links

        Returns every referral link of one partner, the default one included. The reply has no
        paging
        fields.
        """

        spec = _list_partner_referral_links._get_kwargs(
            id=id,
            limit=limit,
            page=page,
        )

        return self._client._request_raw(spec, _list_partner_referral_links._parse, request_options)


class PartnerReferralLinksResource:
    """Operations on partner referral links."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = PartnerReferralLinksResourceWithRawResponse(client)

    def create(
        self,
        *,
        key: str,
        partner: PartnerReference,
        domain_id: int | None | Unset = UNSET,
        is_additional: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PartnerReferralLink:
        """Create a partner referral link.

        POST /v1/partner_referral_links

        Gives a partner an extra referral link with a key of your choice, optionally on one of the
        program's additional domains.
        """

        body = PartnerReferralLinkCreate(
            key=key,
            partner=partner,
            domain_id=domain_id,
            is_additional=is_additional,
        )
        spec = _create_partner_referral_link._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _create_partner_referral_link._parse, request_options)
        return _create_partner_referral_link._unwrap(envelope)

    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PartnerReferralLink:
        """Retrieve a partner referral link.

        GET /v1/partner_referral_links/{id}

        Returns one referral link. No reply is documented; it is taken to match the other link
        replies.
        """

        spec = _get_partner_referral_link._get_kwargs(
            id=id,
        )

        envelope = self._client._request(spec, _get_partner_referral_link._parse, request_options)
        return _get_partner_referral_link._unwrap(envelope)

    def update(
        self,
        id: str,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> PartnerReferralLink:
        """Update a partner referral link.

        PUT /v1/partner_referral_links/{id}

        Gives a link a new key. The link id follows the key, so later calls use the new value.
        """

        body = PartnerReferralLinkUpdate(
            key=key,
        )
        spec = _update_partner_referral_link._get_kwargs(
            id=id,
            body=body,
        )

        envelope = self._client._request(spec, _update_partner_referral_link._parse, request_options)
        return _update_partner_referral_link._unwrap(envelope)

    def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a partner referral link.

        DELETE /v1/partner_referral_links/{id}

        Removes an extra referral link; deleting a partner's default link presumably fails. The
        docs
        show no reply; the usual `{"status": 1}` is described.
        """

        spec = _delete_partner_referral_link._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _delete_partner_referral_link._parse, request_options)

    def list_domains(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[ReferralLinkDomain]:
        """List referral-link domains.

        GET /v1/partner_referral_links:domains

        Lists the domains links can be built on: the program's default domain (id null) and any
        additional ones. Their ids are the `domain_id` values of link creation.
        """

        spec = _list_referral_link_domains._get_kwargs(
            limit=limit,
            page=page,
        )

        envelope = self._client._request(spec, _list_referral_link_domains._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_referral_link_domains._read_page,
            parse=_list_referral_link_domains._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def search(
        self,
        *,
        id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[PartnerReferralLink]:
        """Search partner referral links.

        GET /v1/partner_referral_links:search

        Finds partner referral links by link id or key. No reply is documented.
        """

        spec = _search_partner_referral_links._get_kwargs(
            id=id,
            key=key,
            limit=limit,
            page=page,
        )

        envelope = self._client._request(spec, _search_partner_referral_links._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_search_partner_referral_links._read_page,
            parse=_search_partner_referral_links._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def list(
        self,
        id: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[PartnerReferralLink]:
        """List a partner's referral links.

        GET /v1/partners/{id}/referral_links

        Returns every referral link of one partner, the default one included. The reply has no
        paging
        fields.
        """

        spec = _list_partner_referral_links._get_kwargs(
            id=id,
            limit=limit,
            page=page,
        )

        envelope = self._client._request(spec, _list_partner_referral_links._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_partner_referral_links._read_page,
            parse=_list_partner_referral_links._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )


class AsyncPartnerReferralLinksResourceWithRawResponse:
    """Operations on partner referral links, returning the raw reply with the parsed envelope."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        key: str,
        partner: PartnerReference,
        domain_id: int | None | Unset = UNSET,
        is_additional: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerReferralLinkEnvelope]:
        """Create a partner referral link.

        POST /v1/partner_referral_links

        Gives a partner an extra referral link with a key of your choice, optionally on one of the
        program's additional domains.
        """

        body = PartnerReferralLinkCreate(
            key=key,
            partner=partner,
            domain_id=domain_id,
            is_additional=is_additional,
        )
        spec = _create_partner_referral_link._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _create_partner_referral_link._parse, request_options)

    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerReferralLinkEnvelope]:
        """Retrieve a partner referral link.

        GET /v1/partner_referral_links/{id}

        Returns one referral link. No reply is documented; it is taken to match the other link
        replies.
        """

        spec = _get_partner_referral_link._get_kwargs(
            id=id,
        )

        return await self._client._request_raw(spec, _get_partner_referral_link._parse, request_options)

    async def update(
        self,
        id: str,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerReferralLinkEnvelope]:
        """Update a partner referral link.

        PUT /v1/partner_referral_links/{id}

        Gives a link a new key. The link id follows the key, so later calls use the new value.
        """

        body = PartnerReferralLinkUpdate(
            key=key,
        )
        spec = _update_partner_referral_link._get_kwargs(
            id=id,
            body=body,
        )

        return await self._client._request_raw(spec, _update_partner_referral_link._parse, request_options)

    async def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Delete a partner referral link.

        DELETE /v1/partner_referral_links/{id}

        Removes an extra referral link; deleting a partner's default link presumably fails. The
        docs
        show no reply; the usual `{"status": 1}` is described.
        """

        spec = _delete_partner_referral_link._get_kwargs(
            id=id,
        )

        return await self._client._request_raw(spec, _delete_partner_referral_link._parse, request_options)

    async def list_domains(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralLinkDomainList]:
        """List referral-link domains.

        GET /v1/partner_referral_links:domains

        Lists the domains links can be built on: the program's default domain (id null) and any
        additional ones. Their ids are the `domain_id` values of link creation.
        """

        spec = _list_referral_link_domains._get_kwargs(
            limit=limit,
            page=page,
        )

        return await self._client._request_raw(spec, _list_referral_link_domains._parse, request_options)

    async def search(
        self,
        *,
        id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerReferralLinkPage]:
        """Search partner referral links.

        GET /v1/partner_referral_links:search

        Finds partner referral links by link id or key. No reply is documented.
        """

        spec = _search_partner_referral_links._get_kwargs(
            id=id,
            key=key,
            limit=limit,
            page=page,
        )

        return await self._client._request_raw(spec, _search_partner_referral_links._parse, request_options)

    async def list(
        self,
        id: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerReferralLinkList]:
        """List a partner's referral links.

        GET /v1/partners/{id}/referral_links

        Returns every referral link of one partner, the default one included. The reply has no
        paging
        fields.
        """

        spec = _list_partner_referral_links._get_kwargs(
            id=id,
            limit=limit,
            page=page,
        )

        return await self._client._request_raw(spec, _list_partner_referral_links._parse, request_options)


class AsyncPartnerReferralLinksResource:
    """Operations on partner referral links."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncPartnerReferralLinksResourceWithRawResponse(client)

    async def create(
        self,
        *,
        key: str,
        partner: PartnerReference,
        domain_id: int | None | Unset = UNSET,
        is_additional: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PartnerReferralLink:
        """Create a partner referral link.

        POST /v1/partner_referral_links

        Gives a partner an extra referral link with a key of your choice, optionally on one of the
        program's additional domains.
        """

        body = PartnerReferralLinkCreate(
            key=key,
            partner=partner,
            domain_id=domain_id,
            is_additional=is_additional,
        )
        spec = _create_partner_referral_link._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _create_partner_referral_link._parse, request_options)
        return _create_partner_referral_link._unwrap(envelope)

    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PartnerReferralLink:
        """Retrieve a partner referral link.

        GET /v1/partner_referral_links/{id}

        Returns one referral link. No reply is documented; it is taken to match the other link
        replies.
        """

        spec = _get_partner_referral_link._get_kwargs(
            id=id,
        )

        envelope = await self._client._request(spec, _get_partner_referral_link._parse, request_options)
        return _get_partner_referral_link._unwrap(envelope)

    async def update(
        self,
        id: str,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> PartnerReferralLink:
        """Update a partner referral link.

        PUT /v1/partner_referral_links/{id}

        Gives a link a new key. The link id follows the key, so later calls use the new value.
        """

        body = PartnerReferralLinkUpdate(
            key=key,
        )
        spec = _update_partner_referral_link._get_kwargs(
            id=id,
            body=body,
        )

        envelope = await self._client._request(spec, _update_partner_referral_link._parse, request_options)
        return _update_partner_referral_link._unwrap(envelope)

    async def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a partner referral link.

        DELETE /v1/partner_referral_links/{id}

        Removes an extra referral link; deleting a partner's default link presumably fails. The
        docs
        show no reply; the usual `{"status": 1}` is described.
        """

        spec = _delete_partner_referral_link._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _delete_partner_referral_link._parse, request_options)

    async def list_domains(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[ReferralLinkDomain]:
        """List referral-link domains.

        GET /v1/partner_referral_links:domains

        Lists the domains links can be built on: the program's default domain (id null) and any
        additional ones. Their ids are the `domain_id` values of link creation.
        """

        spec = _list_referral_link_domains._get_kwargs(
            limit=limit,
            page=page,
        )

        envelope = await self._client._request(spec, _list_referral_link_domains._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_referral_link_domains._read_page,
            parse=_list_referral_link_domains._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    async def search(
        self,
        *,
        id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[PartnerReferralLink]:
        """Search partner referral links.

        GET /v1/partner_referral_links:search

        Finds partner referral links by link id or key. No reply is documented.
        """

        spec = _search_partner_referral_links._get_kwargs(
            id=id,
            key=key,
            limit=limit,
            page=page,
        )

        envelope = await self._client._request(spec, _search_partner_referral_links._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_search_partner_referral_links._read_page,
            parse=_search_partner_referral_links._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    async def list(
        self,
        id: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[PartnerReferralLink]:
        """List a partner's referral links.

        GET /v1/partners/{id}/referral_links

        Returns every referral link of one partner, the default one included. The reply has no
        paging
        fields.
        """

        spec = _list_partner_referral_links._get_kwargs(
            id=id,
            limit=limit,
            page=page,
        )

        envelope = await self._client._request(spec, _list_partner_referral_links._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_partner_referral_links._read_page,
            parse=_list_partner_referral_links._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )
