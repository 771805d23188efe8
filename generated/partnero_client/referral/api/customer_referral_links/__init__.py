"""The `customer_referral_links` resource: one method per operation, sync and async; raw access wraps them.

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
    from ...models.customer_referral_link import CustomerReferralLink
    from ...models.customer_referral_link_owner import CustomerReferralLinkOwner
    from ...models.status_only import StatusOnly
    from ...params import CustomerReferralLinkOwnerParam


class CustomerReferralLinksResource:
    """Operations on customer referral links."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CustomerReferralLinksResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return CustomerReferralLinksResourceWithRawResponse(self)

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

        Args:
            id: The refer-a-friend customer's id.
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `CustomerReferralLink` items; iterating it follows every later page.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_customer_referral_links as _list_customer_referral_links

        spec = _list_customer_referral_links._get_kwargs(
            id=id,
            limit=limit,
            page=page,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _list_customer_referral_links._result, request_options),
            read=_list_customer_referral_links._read_page,
            parse=_list_customer_referral_links._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def create(
        self,
        *,
        key: str,
        customer: CustomerReferralLinkOwner | CustomerReferralLinkOwnerParam,
        domain_id: int | None | Unset = UNSET,
        is_additional: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomerReferralLink:
        """Create a customer referral link.

        POST /v1/customer_referral_links

        Gives an existing refer-a-friend customer an extra referral link with a key of your
        choice. The reply's status code is not documented, so 200 and 201 are both described.

        Args:
            key: Token for the link URL, unique among the program's customer links.
            customer: Names the customer who owns the link, by `id`, `key` or `email`.
            domain_id: Link domain; null for the program's default domain.
            is_additional: Whether the link is an extra one beside the default link; false when left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `CustomerReferralLink` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import CustomerReferralLinkCreate, CustomerReferralLinkOwner
        from ...params import CustomerReferralLinkOwnerParam
        from . import create_customer_referral_link as _create_customer_referral_link

        body = CustomerReferralLinkCreate(
            key=key,
            customer=as_model(
                "customer", customer, CustomerReferralLinkOwner, CustomerReferralLinkOwnerParam
            ),
            domain_id=domain_id,
            is_additional=is_additional,
        )
        spec = _create_customer_referral_link._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _create_customer_referral_link._result, request_options)

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

        Args:
            id: Link id to match. Give `id` or `key`.
            key: Link key to match. Give `id` or `key`.
            customerid: Only links of the customer with this id (the query name has brackets).
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `CustomerReferralLink` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import search_customer_referral_links as _search_customer_referral_links

        spec = _search_customer_referral_links._get_kwargs(
            id=id,
            key=key,
            customerid=customerid,
            limit=limit,
            page=page,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _search_customer_referral_links._result, request_options),
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

        Args:
            id: The link's id, which equals its key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `CustomerReferralLink` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_customer_referral_link as _get_customer_referral_link

        spec = _get_customer_referral_link._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _get_customer_referral_link._result, request_options)

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

        Args:
            id: The link's id, which equals its key.
            key: New token for the link URL.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `CustomerReferralLink` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import CustomerReferralLinkUpdate
        from . import update_customer_referral_link as _update_customer_referral_link

        body = CustomerReferralLinkUpdate(
            key=key,
        )
        spec = _update_customer_referral_link._get_kwargs(
            id=id,
            body=body,
        )

        return self._client._request(spec, _update_customer_referral_link._result, request_options)

    def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a customer referral link.

        DELETE /v1/customer_referral_links/{id}

        Removes an extra customer referral link. No reply is documented.

        Args:
            id: The link's id, which equals its key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import delete_customer_referral_link as _delete_customer_referral_link

        spec = _delete_customer_referral_link._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _delete_customer_referral_link._result, request_options)


class CustomerReferralLinksResourceWithRawResponse:
    """`customer_referral_links` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: CustomerReferralLinksResource) -> None:
        from . import create_customer_referral_link as _create_customer_referral_link
        from . import delete_customer_referral_link as _delete_customer_referral_link
        from . import get_customer_referral_link as _get_customer_referral_link
        from . import list_customer_referral_links as _list_customer_referral_links
        from . import search_customer_referral_links as _search_customer_referral_links
        from . import update_customer_referral_link as _update_customer_referral_link

        self.list = to_raw(resource.list, _list_customer_referral_links._parse)
        self.create = to_raw(resource.create, _create_customer_referral_link._parse)
        self.search = to_raw(resource.search, _search_customer_referral_links._parse)
        self.get = to_raw(resource.get, _get_customer_referral_link._parse)
        self.update = to_raw(resource.update, _update_customer_referral_link._parse)
        self.delete = to_raw(resource.delete, _delete_customer_referral_link._parse)


class AsyncCustomerReferralLinksResource:
    """Operations on customer referral links."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCustomerReferralLinksResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return AsyncCustomerReferralLinksResourceWithRawResponse(self)

    def list(
        self,
        id: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[CustomerReferralLink]:
        """List a customer's referral links.

        GET /v1/customers/{id}/referral_links

        Returns every referral link of one refer-a-friend customer, the default link first. The
        reply has no page links.

        Args:
            id: The refer-a-friend customer's id.
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `CustomerReferralLink` items; iterating it follows every later page.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_customer_referral_links as _list_customer_referral_links

        spec = _list_customer_referral_links._get_kwargs(
            id=id,
            limit=limit,
            page=page,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_list_customer_referral_links._result,
            read=_list_customer_referral_links._read_page,
            parse=_list_customer_referral_links._parse,
            options=request_options,
        )

    async def create(
        self,
        *,
        key: str,
        customer: CustomerReferralLinkOwner | CustomerReferralLinkOwnerParam,
        domain_id: int | None | Unset = UNSET,
        is_additional: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomerReferralLink:
        """Create a customer referral link.

        POST /v1/customer_referral_links

        Gives an existing refer-a-friend customer an extra referral link with a key of your
        choice. The reply's status code is not documented, so 200 and 201 are both described.

        Args:
            key: Token for the link URL, unique among the program's customer links.
            customer: Names the customer who owns the link, by `id`, `key` or `email`.
            domain_id: Link domain; null for the program's default domain.
            is_additional: Whether the link is an extra one beside the default link; false when left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `CustomerReferralLink` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import CustomerReferralLinkCreate, CustomerReferralLinkOwner
        from ...params import CustomerReferralLinkOwnerParam
        from . import create_customer_referral_link as _create_customer_referral_link

        body = CustomerReferralLinkCreate(
            key=key,
            customer=as_model(
                "customer", customer, CustomerReferralLinkOwner, CustomerReferralLinkOwnerParam
            ),
            domain_id=domain_id,
            is_additional=is_additional,
        )
        spec = _create_customer_referral_link._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _create_customer_referral_link._result, request_options)

    def search(
        self,
        *,
        id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        customerid: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[CustomerReferralLink]:
        """Search customer referral links.

        GET /v1/customer_referral_links:search

        Finds customer referral links by id or key, optionally within one customer. No reply is
        documented.

        Args:
            id: Link id to match. Give `id` or `key`.
            key: Link key to match. Give `id` or `key`.
            customerid: Only links of the customer with this id (the query name has brackets).
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `CustomerReferralLink` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import search_customer_referral_links as _search_customer_referral_links

        spec = _search_customer_referral_links._get_kwargs(
            id=id,
            key=key,
            customerid=customerid,
            limit=limit,
            page=page,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_search_customer_referral_links._result,
            read=_search_customer_referral_links._read_page,
            parse=_search_customer_referral_links._parse,
            options=request_options,
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

        Args:
            id: The link's id, which equals its key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `CustomerReferralLink` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_customer_referral_link as _get_customer_referral_link

        spec = _get_customer_referral_link._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _get_customer_referral_link._result, request_options)

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

        Args:
            id: The link's id, which equals its key.
            key: New token for the link URL.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `CustomerReferralLink` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import CustomerReferralLinkUpdate
        from . import update_customer_referral_link as _update_customer_referral_link

        body = CustomerReferralLinkUpdate(
            key=key,
        )
        spec = _update_customer_referral_link._get_kwargs(
            id=id,
            body=body,
        )

        return await self._client._request(spec, _update_customer_referral_link._result, request_options)

    async def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a customer referral link.

        DELETE /v1/customer_referral_links/{id}

        Removes an extra customer referral link. No reply is documented.

        Args:
            id: The link's id, which equals its key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import delete_customer_referral_link as _delete_customer_referral_link

        spec = _delete_customer_referral_link._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _delete_customer_referral_link._result, request_options)


class AsyncCustomerReferralLinksResourceWithRawResponse:
    """`customer_referral_links` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: AsyncCustomerReferralLinksResource) -> None:
        from . import create_customer_referral_link as _create_customer_referral_link
        from . import delete_customer_referral_link as _delete_customer_referral_link
        from . import get_customer_referral_link as _get_customer_referral_link
        from . import list_customer_referral_links as _list_customer_referral_links
        from . import search_customer_referral_links as _search_customer_referral_links
        from . import update_customer_referral_link as _update_customer_referral_link

        self.list = to_async_raw(resource.list, _list_customer_referral_links._parse)
        self.create = to_async_raw(resource.create, _create_customer_referral_link._parse)
        self.search = to_async_raw(resource.search, _search_customer_referral_links._parse)
        self.get = to_async_raw(resource.get, _get_customer_referral_link._parse)
        self.update = to_async_raw(resource.update, _update_customer_referral_link._parse)
        self.delete = to_async_raw(resource.delete, _delete_customer_referral_link._parse)
