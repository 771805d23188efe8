"""The `partner_referral_links` resource: one method per operation, sync and async; raw access wraps them.

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
    from ...models.partner_reference import PartnerReference
    from ...models.partner_referral_link import PartnerReferralLink
    from ...models.referral_link_domain import ReferralLinkDomain
    from ...models.status_only import StatusOnly
    from ...params import PartnerReferenceParam


class PartnerReferralLinksResource:
    """Operations on partner referral links."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PartnerReferralLinksResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return PartnerReferralLinksResourceWithRawResponse(self)

    def create(
        self,
        *,
        key: str,
        partner: PartnerReference | PartnerReferenceParam,
        domain_id: int | None | Unset = UNSET,
        is_additional: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PartnerReferralLink:
        """Create a partner referral link.

        POST /v1/partner_referral_links

        Gives a partner an extra referral link with a key of your choice, optionally on one of the
        program's additional domains.

        Args:
            key: Value of the referral parameter; unique in the program.
            partner: Names another partner by one of its identifiers; an empty object names none.
            domain_id: Domain to build the link on, an id from the domain list; null for the default domain.
            is_additional: Whether `domain_id` names an additional domain; sent together with it.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PartnerReferralLink` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PartnerReference, PartnerReferralLinkCreate
        from ...params import PartnerReferenceParam
        from . import create_partner_referral_link as _create_partner_referral_link

        body = PartnerReferralLinkCreate(
            key=key,
            partner=as_model("partner", partner, PartnerReference, PartnerReferenceParam),
            domain_id=domain_id,
            is_additional=is_additional,
        )
        spec = _create_partner_referral_link._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _create_partner_referral_link._result, request_options)

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

        Args:
            id: The link id (the same as its key).
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PartnerReferralLink` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_partner_referral_link as _get_partner_referral_link

        spec = _get_partner_referral_link._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _get_partner_referral_link._result, request_options)

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

        Args:
            id: The link id (the same as its key).
            key: The new key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PartnerReferralLink` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PartnerReferralLinkUpdate
        from . import update_partner_referral_link as _update_partner_referral_link

        body = PartnerReferralLinkUpdate(
            key=key,
        )
        spec = _update_partner_referral_link._get_kwargs(
            id=id,
            body=body,
        )

        return self._client._request(spec, _update_partner_referral_link._result, request_options)

    def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a partner referral link.

        DELETE /v1/partner_referral_links/{id}

        Removes an extra referral link; deleting a partner's default link presumably fails. The docs
        show no reply; the usual `{"status": 1}` is described.

        Args:
            id: The link id (the same as its key).
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import delete_partner_referral_link as _delete_partner_referral_link

        spec = _delete_partner_referral_link._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _delete_partner_referral_link._result, request_options)

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

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `ReferralLinkDomain` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_referral_link_domains as _list_referral_link_domains

        spec = _list_referral_link_domains._get_kwargs(
            limit=limit,
            page=page,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _list_referral_link_domains._result, request_options),
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

        Args:
            id: Link id to match.
            key: Link key to match.
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `PartnerReferralLink` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import search_partner_referral_links as _search_partner_referral_links

        spec = _search_partner_referral_links._get_kwargs(
            id=id,
            key=key,
            limit=limit,
            page=page,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _search_partner_referral_links._result, request_options),
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

        Returns every referral link of one partner, the default one included. The reply has no paging
        fields.

        Args:
            id: The partner's id (not the referral key).
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `PartnerReferralLink` items; iterating it follows every later page.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_partner_referral_links as _list_partner_referral_links

        spec = _list_partner_referral_links._get_kwargs(
            id=id,
            limit=limit,
            page=page,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _list_partner_referral_links._result, request_options),
            read=_list_partner_referral_links._read_page,
            parse=_list_partner_referral_links._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )


class PartnerReferralLinksResourceWithRawResponse:
    """`partner_referral_links` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: PartnerReferralLinksResource) -> None:
        from . import create_partner_referral_link as _create_partner_referral_link
        from . import delete_partner_referral_link as _delete_partner_referral_link
        from . import get_partner_referral_link as _get_partner_referral_link
        from . import list_partner_referral_links as _list_partner_referral_links
        from . import list_referral_link_domains as _list_referral_link_domains
        from . import search_partner_referral_links as _search_partner_referral_links
        from . import update_partner_referral_link as _update_partner_referral_link

        self.create = to_raw(resource.create, _create_partner_referral_link._parse)
        self.get = to_raw(resource.get, _get_partner_referral_link._parse)
        self.update = to_raw(resource.update, _update_partner_referral_link._parse)
        self.delete = to_raw(resource.delete, _delete_partner_referral_link._parse)
        self.list_domains = to_raw(resource.list_domains, _list_referral_link_domains._parse)
        self.search = to_raw(resource.search, _search_partner_referral_links._parse)
        self.list = to_raw(resource.list, _list_partner_referral_links._parse)


class AsyncPartnerReferralLinksResource:
    """Operations on partner referral links."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPartnerReferralLinksResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return AsyncPartnerReferralLinksResourceWithRawResponse(self)

    async def create(
        self,
        *,
        key: str,
        partner: PartnerReference | PartnerReferenceParam,
        domain_id: int | None | Unset = UNSET,
        is_additional: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PartnerReferralLink:
        """Create a partner referral link.

        POST /v1/partner_referral_links

        Gives a partner an extra referral link with a key of your choice, optionally on one of the
        program's additional domains.

        Args:
            key: Value of the referral parameter; unique in the program.
            partner: Names another partner by one of its identifiers; an empty object names none.
            domain_id: Domain to build the link on, an id from the domain list; null for the default domain.
            is_additional: Whether `domain_id` names an additional domain; sent together with it.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PartnerReferralLink` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PartnerReference, PartnerReferralLinkCreate
        from ...params import PartnerReferenceParam
        from . import create_partner_referral_link as _create_partner_referral_link

        body = PartnerReferralLinkCreate(
            key=key,
            partner=as_model("partner", partner, PartnerReference, PartnerReferenceParam),
            domain_id=domain_id,
            is_additional=is_additional,
        )
        spec = _create_partner_referral_link._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _create_partner_referral_link._result, request_options)

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

        Args:
            id: The link id (the same as its key).
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PartnerReferralLink` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_partner_referral_link as _get_partner_referral_link

        spec = _get_partner_referral_link._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _get_partner_referral_link._result, request_options)

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

        Args:
            id: The link id (the same as its key).
            key: The new key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PartnerReferralLink` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PartnerReferralLinkUpdate
        from . import update_partner_referral_link as _update_partner_referral_link

        body = PartnerReferralLinkUpdate(
            key=key,
        )
        spec = _update_partner_referral_link._get_kwargs(
            id=id,
            body=body,
        )

        return await self._client._request(spec, _update_partner_referral_link._result, request_options)

    async def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a partner referral link.

        DELETE /v1/partner_referral_links/{id}

        Removes an extra referral link; deleting a partner's default link presumably fails. The docs
        show no reply; the usual `{"status": 1}` is described.

        Args:
            id: The link id (the same as its key).
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import delete_partner_referral_link as _delete_partner_referral_link

        spec = _delete_partner_referral_link._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _delete_partner_referral_link._result, request_options)

    def list_domains(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[ReferralLinkDomain]:
        """List referral-link domains.

        GET /v1/partner_referral_links:domains

        Lists the domains links can be built on: the program's default domain (id null) and any
        additional ones. Their ids are the `domain_id` values of link creation.

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `ReferralLinkDomain` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_referral_link_domains as _list_referral_link_domains

        spec = _list_referral_link_domains._get_kwargs(
            limit=limit,
            page=page,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_list_referral_link_domains._result,
            read=_list_referral_link_domains._read_page,
            parse=_list_referral_link_domains._parse,
            options=request_options,
        )

    def search(
        self,
        *,
        id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[PartnerReferralLink]:
        """Search partner referral links.

        GET /v1/partner_referral_links:search

        Finds partner referral links by link id or key. No reply is documented.

        Args:
            id: Link id to match.
            key: Link key to match.
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `PartnerReferralLink` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import search_partner_referral_links as _search_partner_referral_links

        spec = _search_partner_referral_links._get_kwargs(
            id=id,
            key=key,
            limit=limit,
            page=page,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_search_partner_referral_links._result,
            read=_search_partner_referral_links._read_page,
            parse=_search_partner_referral_links._parse,
            options=request_options,
        )

    def list(
        self,
        id: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[PartnerReferralLink]:
        """List a partner's referral links.

        GET /v1/partners/{id}/referral_links

        Returns every referral link of one partner, the default one included. The reply has no paging
        fields.

        Args:
            id: The partner's id (not the referral key).
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `PartnerReferralLink` items; iterating it follows every later page.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_partner_referral_links as _list_partner_referral_links

        spec = _list_partner_referral_links._get_kwargs(
            id=id,
            limit=limit,
            page=page,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_list_partner_referral_links._result,
            read=_list_partner_referral_links._read_page,
            parse=_list_partner_referral_links._parse,
            options=request_options,
        )


class AsyncPartnerReferralLinksResourceWithRawResponse:
    """`partner_referral_links` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: AsyncPartnerReferralLinksResource) -> None:
        from . import create_partner_referral_link as _create_partner_referral_link
        from . import delete_partner_referral_link as _delete_partner_referral_link
        from . import get_partner_referral_link as _get_partner_referral_link
        from . import list_partner_referral_links as _list_partner_referral_links
        from . import list_referral_link_domains as _list_referral_link_domains
        from . import search_partner_referral_links as _search_partner_referral_links
        from . import update_partner_referral_link as _update_partner_referral_link

        self.create = to_async_raw(resource.create, _create_partner_referral_link._parse)
        self.get = to_async_raw(resource.get, _get_partner_referral_link._parse)
        self.update = to_async_raw(resource.update, _update_partner_referral_link._parse)
        self.delete = to_async_raw(resource.delete, _delete_partner_referral_link._parse)
        self.list_domains = to_async_raw(resource.list_domains, _list_referral_link_domains._parse)
        self.search = to_async_raw(resource.search, _search_partner_referral_links._parse)
        self.list = to_async_raw(resource.list, _list_partner_referral_links._parse)
