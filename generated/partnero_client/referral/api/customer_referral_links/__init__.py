"""The `customer_referral_links` resource: one method per operation, sync and async, plain and raw."""

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.pagination import AsyncPage, SyncPage
from ...._core.response import RawResponse
from ...models.customer_referral_link import CustomerReferralLink
from ...models.customer_referral_link_create import CustomerReferralLinkCreate
from ...models.customer_referral_link_envelope import CustomerReferralLinkEnvelope
from ...models.customer_referral_link_list import CustomerReferralLinkList
from ...models.customer_referral_link_listing import CustomerReferralLinkListing
from ...models.customer_referral_link_owner import CustomerReferralLinkOwner
from ...models.customer_referral_link_update import CustomerReferralLinkUpdate
from ...models.customer_result import CustomerResult
from ...types import UNSET, Unset
from . import create_customer_referral_link as _create_customer_referral_link
from . import delete_customer_referral_link as _delete_customer_referral_link
from . import get_customer_referral_link as _get_customer_referral_link
from . import list_customer_referral_links as _list_customer_referral_links
from . import search_customer_referral_links as _search_customer_referral_links
from . import update_customer_referral_link as _update_customer_referral_link


class CustomerReferralLinksResourceWithRawResponse:
    """Operations on customer referral links, returning the raw reply with the parsed envelope."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        id: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerReferralLinkList]:
        """List a customer's referral links.

        GET /v1/customers/{id}/referral_links

        Returns every referral link of one refer-a-friend customer, the default link first. The
        reply has no page links.
        """

        spec = _list_customer_referral_links._get_kwargs(
            id=id,
            limit=limit,
            page=page,
        )

        return self._client._request_raw(spec, _list_customer_referral_links._parse, request_options)

    def create(
        self,
        *,
        key: str,
        customer: CustomerReferralLinkOwner,
        domain_id: int | None | Unset = UNSET,
        is_additional: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerReferralLinkEnvelope]:
        """Create a customer referral link.

        POST /v1/customer_referral_links

        Gives an existing refer-a-friend customer an extra referral link with a key of your
        choice. The reply's status code is not documented, so 200 and 201 are both described.
        """

        body = CustomerReferralLinkCreate(
            key=key,
            customer=customer,
            domain_id=domain_id,
            is_additional=is_additional,
        )
        spec = _create_customer_referral_link._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _create_customer_referral_link._parse, request_options)

    def search(
        self,
        *,
        id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        customerid: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerReferralLinkListing]:
        """Search customer referral links.

        GET /v1/customer_referral_links:search

        Finds customer referral links by id or key, optionally within one customer. No reply is
        documented.
        """

        spec = _search_customer_referral_links._get_kwargs(
            id=id,
            key=key,
            customerid=customerid,
            limit=limit,
            page=page,
        )

        return self._client._request_raw(spec, _search_customer_referral_links._parse, request_options)

    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerReferralLinkEnvelope]:
        """Retrieve a customer referral link.

        GET /v1/customer_referral_links/{id}

        Returns one customer referral link.
        """

        spec = _get_customer_referral_link._get_kwargs(
            id=id,
        )

        return self._client._request_raw(spec, _get_customer_referral_link._parse, request_options)

    def update(
        self,
        id: str,
        *,
        key: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerReferralLinkEnvelope]:
        """Update a customer referral link.

        PUT /v1/customer_referral_links/{id}

        Changes a customer referral link, for example its key (which changes its id too). No reply
        is documented; it presumably holds the link, as for partner links.
        """

        body = CustomerReferralLinkUpdate(
            key=key,
        )
        spec = _update_customer_referral_link._get_kwargs(
            id=id,
            body=body,
        )

        return self._client._request_raw(spec, _update_customer_referral_link._parse, request_options)

    def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerResult]:
        """Delete a customer referral link.

        DELETE /v1/customer_referral_links/{id}

        Removes an extra customer referral link. No reply is documented.
        """

        spec = _delete_customer_referral_link._get_kwargs(
            id=id,
        )

        return self._client._request_raw(spec, _delete_customer_referral_link._parse, request_options)


class CustomerReferralLinksResource:
    """Operations on customer referral links."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = CustomerReferralLinksResourceWithRawResponse(client)

    def list(
        self,
        id: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[CustomerReferralLink]:
        """List a customer's referral links.

        GET /v1/customers/{id}/referral_links

        Returns every referral link of one refer-a-friend customer, the default link first. The
        reply has no page links.
        """

        spec = _list_customer_referral_links._get_kwargs(
            id=id,
            limit=limit,
            page=page,
        )

        envelope = self._client._request(spec, _list_customer_referral_links._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_customer_referral_links._read_page,
            parse=_list_customer_referral_links._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def create(
        self,
        *,
        key: str,
        customer: CustomerReferralLinkOwner,
        domain_id: int | None | Unset = UNSET,
        is_additional: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomerReferralLink:
        """Create a customer referral link.

        POST /v1/customer_referral_links

        Gives an existing refer-a-friend customer an extra referral link with a key of your
        choice. The reply's status code is not documented, so 200 and 201 are both described.
        """

        body = CustomerReferralLinkCreate(
            key=key,
            customer=customer,
            domain_id=domain_id,
            is_additional=is_additional,
        )
        spec = _create_customer_referral_link._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _create_customer_referral_link._parse, request_options)
        return _create_customer_referral_link._unwrap(envelope)

    def search(
        self,
        *,
        id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        customerid: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[CustomerReferralLink]:
        """Search customer referral links.

        GET /v1/customer_referral_links:search

        Finds customer referral links by id or key, optionally within one customer. No reply is
        documented.
        """

        spec = _search_customer_referral_links._get_kwargs(
            id=id,
            key=key,
            customerid=customerid,
            limit=limit,
            page=page,
        )

        envelope = self._client._request(spec, _search_customer_referral_links._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_search_customer_referral_links._read_page,
            parse=_search_customer_referral_links._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomerReferralLink:
        """Retrieve a customer referral link.

        GET /v1/customer_referral_links/{id}

        Returns one customer referral link.
        """

        spec = _get_customer_referral_link._get_kwargs(
            id=id,
        )

        envelope = self._client._request(spec, _get_customer_referral_link._parse, request_options)
        return _get_customer_referral_link._unwrap(envelope)

    def update(
        self,
        id: str,
        *,
        key: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomerReferralLink:
        """Update a customer referral link.

        PUT /v1/customer_referral_links/{id}

        Changes a customer referral link, for example its key (which changes its id too). No reply
        is documented; it presumably holds the link, as for partner links.
        """

        body = CustomerReferralLinkUpdate(
            key=key,
        )
        spec = _update_customer_referral_link._get_kwargs(
            id=id,
            body=body,
        )

        envelope = self._client._request(spec, _update_customer_referral_link._parse, request_options)
        return _update_customer_referral_link._unwrap(envelope)

    def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomerResult:
        """Delete a customer referral link.

        DELETE /v1/customer_referral_links/{id}

        Removes an extra customer referral link. No reply is documented.
        """

        spec = _delete_customer_referral_link._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _delete_customer_referral_link._parse, request_options)


class AsyncCustomerReferralLinksResourceWithRawResponse:
    """Operations on customer referral links, returning the raw reply with the parsed envelope."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        id: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerReferralLinkList]:
        """List a customer's referral links.

        GET /v1/customers/{id}/referral_links

        Returns every referral link of one refer-a-friend customer, the default link first. The
        reply has no page links.
        """

        spec = _list_customer_referral_links._get_kwargs(
            id=id,
            limit=limit,
            page=page,
        )

        return await self._client._request_raw(spec, _list_customer_referral_links._parse, request_options)

    async def create(
        self,
        *,
        key: str,
        customer: CustomerReferralLinkOwner,
        domain_id: int | None | Unset = UNSET,
        is_additional: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerReferralLinkEnvelope]:
        """Create a customer referral link.

        POST /v1/customer_referral_links

        Gives an existing refer-a-friend customer an extra referral link with a key of your
        choice. The reply's status code is not documented, so 200 and 201 are both described.
        """

        body = CustomerReferralLinkCreate(
            key=key,
            customer=customer,
            domain_id=domain_id,
            is_additional=is_additional,
        )
        spec = _create_customer_referral_link._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _create_customer_referral_link._parse, request_options)

    async def search(
        self,
        *,
        id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        customerid: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerReferralLinkListing]:
        """Search customer referral links.

        GET /v1/customer_referral_links:search

        Finds customer referral links by id or key, optionally within one customer. No reply is
        documented.
        """

        spec = _search_customer_referral_links._get_kwargs(
            id=id,
            key=key,
            customerid=customerid,
            limit=limit,
            page=page,
        )

        return await self._client._request_raw(spec, _search_customer_referral_links._parse, request_options)

    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerReferralLinkEnvelope]:
        """Retrieve a customer referral link.

        GET /v1/customer_referral_links/{id}

        Returns one customer referral link.
        """

        spec = _get_customer_referral_link._get_kwargs(
            id=id,
        )

        return await self._client._request_raw(spec, _get_customer_referral_link._parse, request_options)

    async def update(
        self,
        id: str,
        *,
        key: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerReferralLinkEnvelope]:
        """Update a customer referral link.

        PUT /v1/customer_referral_links/{id}

        Changes a customer referral link, for example its key (which changes its id too). No reply
        is documented; it presumably holds the link, as for partner links.
        """

        body = CustomerReferralLinkUpdate(
            key=key,
        )
        spec = _update_customer_referral_link._get_kwargs(
            id=id,
            body=body,
        )

        return await self._client._request_raw(spec, _update_customer_referral_link._parse, request_options)

    async def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerResult]:
        """Delete a customer referral link.

        DELETE /v1/customer_referral_links/{id}

        Removes an extra customer referral link. No reply is documented.
        """

        spec = _delete_customer_referral_link._get_kwargs(
            id=id,
        )

        return await self._client._request_raw(spec, _delete_customer_referral_link._parse, request_options)


class AsyncCustomerReferralLinksResource:
    """Operations on customer referral links."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncCustomerReferralLinksResourceWithRawResponse(client)

    async def list(
        self,
        id: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[CustomerReferralLink]:
        """List a customer's referral links.

        GET /v1/customers/{id}/referral_links

        Returns every referral link of one refer-a-friend customer, the default link first. The
        reply has no page links.
        """

        spec = _list_customer_referral_links._get_kwargs(
            id=id,
            limit=limit,
            page=page,
        )

        envelope = await self._client._request(spec, _list_customer_referral_links._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_customer_referral_links._read_page,
            parse=_list_customer_referral_links._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    async def create(
        self,
        *,
        key: str,
        customer: CustomerReferralLinkOwner,
        domain_id: int | None | Unset = UNSET,
        is_additional: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomerReferralLink:
        """Create a customer referral link.

        POST /v1/customer_referral_links

        Gives an existing refer-a-friend customer an extra referral link with a key of your
        choice. The reply's status code is not documented, so 200 and 201 are both described.
        """

        body = CustomerReferralLinkCreate(
            key=key,
            customer=customer,
            domain_id=domain_id,
            is_additional=is_additional,
        )
        spec = _create_customer_referral_link._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _create_customer_referral_link._parse, request_options)
        return _create_customer_referral_link._unwrap(envelope)

    async def search(
        self,
        *,
        id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        customerid: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[CustomerReferralLink]:
        """Search customer referral links.

        GET /v1/customer_referral_links:search

        Finds customer referral links by id or key, optionally within one customer. No reply is
        documented.
        """

        spec = _search_customer_referral_links._get_kwargs(
            id=id,
            key=key,
            customerid=customerid,
            limit=limit,
            page=page,
        )

        envelope = await self._client._request(spec, _search_customer_referral_links._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_search_customer_referral_links._read_page,
            parse=_search_customer_referral_links._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomerReferralLink:
        """Retrieve a customer referral link.

        GET /v1/customer_referral_links/{id}

        Returns one customer referral link.
        """

        spec = _get_customer_referral_link._get_kwargs(
            id=id,
        )

        envelope = await self._client._request(spec, _get_customer_referral_link._parse, request_options)
        return _get_customer_referral_link._unwrap(envelope)

    async def update(
        self,
        id: str,
        *,
        key: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomerReferralLink:
        """Update a customer referral link.

        PUT /v1/customer_referral_links/{id}

        Changes a customer referral link, for example its key (which changes its id too). No reply
        is documented; it presumably holds the link, as for partner links.
        """

        body = CustomerReferralLinkUpdate(
            key=key,
        )
        spec = _update_customer_referral_link._get_kwargs(
            id=id,
            body=body,
        )

        envelope = await self._client._request(spec, _update_customer_referral_link._parse, request_options)
        return _update_customer_referral_link._unwrap(envelope)

    async def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomerResult:
        """Delete a customer referral link.

        DELETE /v1/customer_referral_links/{id}

        Removes an extra customer referral link. No reply is documented.
        """

        spec = _delete_customer_referral_link._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _delete_customer_referral_link._parse, request_options)
