"""The `partners` resource: one method per operation, sync and async; raw access wraps them.

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
    import datetime

    from ...._core.pagination import SyncPage
    from ...._core.paginator import AsyncPaginator
    from ...models.list_partners_sort import ListPartnersSort
    from ...models.partner import Partner
    from ...models.partner_changes import PartnerChanges
    from ...models.partner_reference import PartnerReference
    from ...models.partner_reward import PartnerReward
    from ...models.partner_sign_in_url import PartnerSignInUrl
    from ...models.partner_summary import PartnerSummary
    from ...models.status_only import StatusOnly
    from ...params import PartnerChangesParam, PartnerReferenceParam


class PartnersResource:
    """Operations on partners."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PartnersResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return PartnersResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListPartnersSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[PartnerSummary]:
        """List partners.

        GET /v1/partners

        Returns one page of the program's partners. The docs leave their order open; `sort` asks for
        newest or oldest first.

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            sort: Order by creation time: `desc` newest first, `asc` oldest first. Without it the order is not
                documented, so pass `sort` when the order matters.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `PartnerSummary` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_partners as _list_partners

        spec = _list_partners._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _list_partners._result, request_options),
            read=_list_partners._read_page,
            parse=_list_partners._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def update_by_body(
        self,
        *,
        update: PartnerChanges | PartnerChangesParam,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Partner:
        """Update a partner named in the body.

        PUT /v1/partners

        Changes a partner identified by referral `key` or `email` in the request body rather than
        in the path. The changes go in `update`, with the same fields as the path form.

        Args:
            update: Fields to change on a partner; fields left out (or null) keep their value.
            key: Referral key of the partner to change; give this or `email`.
            email: Login e-mail of the partner to change; give this or `key`.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Partner` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PartnerChanges, PartnerUpdateByBody
        from ...params import PartnerChangesParam
        from . import update_partner_by_body as _update_partner_by_body

        body = PartnerUpdateByBody(
            update=as_model("update", update, PartnerChanges, PartnerChangesParam),
            key=key,
            email=email,
        )
        spec = _update_partner_by_body._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _update_partner_by_body._result, request_options)

    def create(
        self,
        *,
        email: str,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        password: None | str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        key: None | str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        referring_partner: None | PartnerReference | PartnerReferenceParam | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Partner:
        """Create a partner.

        POST /v1/partners

        Adds a partner to the program. Only `email` is needed; the id, referral key and portal
        password are generated when left out. The reply's status code is not documented, so both
        200 and 201 are described with the same body.

        Args:
            email: Login e-mail, unique within the program.
            name: First name, shown in the partner portal and e-mails.
            surname: Last name.
            password: Portal password: at least 8 characters with a lower-case letter, an upper-case letter and
                a digit (422 otherwise). Generated when left out.
            id: Your own identifier for the partner, unique within the program.
            key: Referral key, part of the default referral link; unique within the program.
            tags: Labels to put on the partner, for filtering in the dashboard.
            referring_partner: The partner who brought this one in (by `id`, `key` or `email`), for multi-level commissions.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Partner` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PartnerCreate, PartnerReference
        from ...params import PartnerReferenceParam
        from . import create_partner as _create_partner

        body = PartnerCreate(
            email=email,
            name=name,
            surname=surname,
            password=password,
            id=id,
            key=key,
            tags=tags,
            referring_partner=referring_partner
            if isinstance(referring_partner, Unset) or referring_partner is None
            else as_model("referring_partner", referring_partner, PartnerReference, PartnerReferenceParam),
        )
        spec = _create_partner._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _create_partner._result, request_options)

    def delete_by_body(
        self,
        *,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a partner named in the body.

        DELETE /v1/partners

        Removes the partner whose `email` or referral `key` is given in the request body.

        Args:
            key: Referral key of the partner; give this or `email`.
            email: Login e-mail of the partner; give this or `key`.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PartnerLocator
        from . import delete_partner_by_body as _delete_partner_by_body

        body = PartnerLocator(
            key=key,
            email=email,
        )
        spec = _delete_partner_by_body._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _delete_partner_by_body._result, request_options)

    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Partner:
        """Retrieve a partner.

        GET /v1/partners/{id}

        Returns one partner with referral statistics, commission totals, tags and referral links.

        Args:
            id: The partner's id (not the referral key).
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Partner` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_partner as _get_partner

        spec = _get_partner._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _get_partner._result, request_options)

    def update(
        self,
        id: str,
        *,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        password: None | str | Unset = UNSET,
        key: None | str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Partner:
        """Update a partner.

        PUT /v1/partners/{id}

        Changes a partner's e-mail, name, password, default referral key or tags. Fields left out of
        `update` keep their value; `tags: []` removes every tag.

        Args:
            id: The partner's id (not the referral key).
            email: New login e-mail, unique within the program.
            name: New first name.
            surname: New last name.
            password: New portal password, with the same strength rule as on create.
            key: New key for the default referral link.
            tags: Replacement tag set; an empty list removes every tag, null keeps them.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Partner` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PartnerChanges, PartnerUpdate
        from . import update_partner as _update_partner

        changes = PartnerChanges(
            email=email,
            name=name,
            surname=surname,
            password=password,
            key=key,
            tags=tags,
        )
        body = PartnerUpdate(
            update=changes,
        )
        spec = _update_partner._get_kwargs(
            id=id,
            body=body,
        )

        return self._client._request(spec, _update_partner._result, request_options)

    def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a partner.

        DELETE /v1/partners/{id}

        Removes a partner for good. Archiving is the reversible alternative.

        Args:
            id: The partner's id (not the referral key).
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import delete_partner as _delete_partner

        spec = _delete_partner._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _delete_partner._result, request_options)

    def archive(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Archive a partner.

        POST /v1/partners/{id}/archive

        Soft-deletes a partner: the record stays, but portal access is blocked until the partner is
        restored. Archiving a partner that is already archived fails with 400.

        Args:
            id: The partner's id (not the referral key).
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import archive_partner as _archive_partner

        spec = _archive_partner._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _archive_partner._result, request_options)

    def restore(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Restore an archived partner.

        POST /v1/partners/{id}/revoke-archive

        Brings an archived partner back and re-enables portal access. Fails with 400 when the partner is not archived.

        Args:
            id: The partner's id (not the referral key).
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import restore_partner as _restore_partner

        spec = _restore_partner._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _restore_partner._result, request_options)

    def search(
        self,
        *,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        id: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[PartnerSummary]:
        """Search partners.

        GET /v1/partners:search

        Finds partners by e-mail, referral key or partner id, given as query parameters. The reply
        is paginated like the plain list.

        Args:
            email: Partner e-mail to match.
            key: Referral key to match.
            id: Partner id to match.
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `PartnerSummary` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import search_partners as _search_partners

        spec = _search_partners._get_kwargs(
            email=email,
            key=key,
            id=id,
            limit=limit,
            page=page,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _search_partners._result, request_options),
            read=_search_partners._read_page,
            parse=_search_partners._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def lookup(
        self,
        *,
        key: str | Unset = UNSET,
        email: str | Unset = UNSET,
        id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Partner:
        """Look up a partner.

        GET /v1/partner

        Finds one partner by referral key, e-mail or partner id, given as a query parameter on the
        singular path. Give one of them; with none the reply is 422. The partner comes back in
        `data`.

        Args:
            key: Referral key of the partner.
            email: E-mail of the partner.
            id: Partner id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Partner` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import lookup_partner as _lookup_partner

        spec = _lookup_partner._get_kwargs(
            key=key,
            email=email,
            id=id,
        )

        return self._client._request(spec, _lookup_partner._result, request_options)

    def add_reward(
        self,
        id: str,
        *,
        amount: float,
        date: datetime.datetime | None | Unset = UNSET,
        note: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PartnerReward:
        """Reward a partner.

        POST /v1/partners/{id}/reward

        Credits a partner with a one-off bonus outside the commission rules. The path takes the
        partner id; a referral key is not found here. No reply is documented, so it is described
        loosely and both 200 and 201 are allowed.

        Args:
            id: The partner's id (not the referral key).
            amount: Bonus in the program's currency.
            date: When to book the reward (ISO 8601); now when left out.
            note: Reason shown when the reward is reviewed.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PartnerReward` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PartnerRewardCreate
        from . import add_partner_reward as _add_partner_reward

        body = PartnerRewardCreate(
            amount=amount,
            date=date,
            note=note,
        )
        spec = _add_partner_reward._get_kwargs(
            id=id,
            body=body,
        )

        return self._client._request(spec, _add_partner_reward._result, request_options)

    def create_sign_in_url(
        self,
        *,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        expires_in: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PartnerSignInUrl:
        """Create a portal sign-in URL.

        POST /v1/partners:sign-in-url

        Creates a short-lived URL that signs a partner into the partner portal once, for embedding
        the portal in your own app.

        Args:
            key: Referral key of the partner.
            email: E-mail of the partner.
            expires_in: Seconds the URL stays valid, 30 to 900; 120 when left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PartnerSignInUrl` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PartnerSignInUrlRequest
        from . import create_partner_sign_in_url as _create_partner_sign_in_url

        body = PartnerSignInUrlRequest(
            key=key,
            email=email,
            expires_in=expires_in,
        )
        spec = _create_partner_sign_in_url._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _create_partner_sign_in_url._result, request_options)


class PartnersResourceWithRawResponse:
    """`partners` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: PartnersResource) -> None:
        from . import add_partner_reward as _add_partner_reward
        from . import archive_partner as _archive_partner
        from . import create_partner as _create_partner
        from . import create_partner_sign_in_url as _create_partner_sign_in_url
        from . import delete_partner as _delete_partner
        from . import delete_partner_by_body as _delete_partner_by_body
        from . import get_partner as _get_partner
        from . import list_partners as _list_partners
        from . import lookup_partner as _lookup_partner
        from . import restore_partner as _restore_partner
        from . import search_partners as _search_partners
        from . import update_partner as _update_partner
        from . import update_partner_by_body as _update_partner_by_body

        self.list = to_raw(resource.list, _list_partners._parse)
        self.update_by_body = to_raw(resource.update_by_body, _update_partner_by_body._parse)
        self.create = to_raw(resource.create, _create_partner._parse)
        self.delete_by_body = to_raw(resource.delete_by_body, _delete_partner_by_body._parse)
        self.get = to_raw(resource.get, _get_partner._parse)
        self.update = to_raw(resource.update, _update_partner._parse)
        self.delete = to_raw(resource.delete, _delete_partner._parse)
        self.archive = to_raw(resource.archive, _archive_partner._parse)
        self.restore = to_raw(resource.restore, _restore_partner._parse)
        self.search = to_raw(resource.search, _search_partners._parse)
        self.lookup = to_raw(resource.lookup, _lookup_partner._parse)
        self.add_reward = to_raw(resource.add_reward, _add_partner_reward._parse)
        self.create_sign_in_url = to_raw(resource.create_sign_in_url, _create_partner_sign_in_url._parse)


class AsyncPartnersResource:
    """Operations on partners."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPartnersResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return AsyncPartnersResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListPartnersSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[PartnerSummary]:
        """List partners.

        GET /v1/partners

        Returns one page of the program's partners. The docs leave their order open; `sort` asks for
        newest or oldest first.

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            sort: Order by creation time: `desc` newest first, `asc` oldest first. Without it the order is not
                documented, so pass `sort` when the order matters.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `PartnerSummary` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_partners as _list_partners

        spec = _list_partners._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_list_partners._result,
            read=_list_partners._read_page,
            parse=_list_partners._parse,
            options=request_options,
        )

    async def update_by_body(
        self,
        *,
        update: PartnerChanges | PartnerChangesParam,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Partner:
        """Update a partner named in the body.

        PUT /v1/partners

        Changes a partner identified by referral `key` or `email` in the request body rather than
        in the path. The changes go in `update`, with the same fields as the path form.

        Args:
            update: Fields to change on a partner; fields left out (or null) keep their value.
            key: Referral key of the partner to change; give this or `email`.
            email: Login e-mail of the partner to change; give this or `key`.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Partner` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PartnerChanges, PartnerUpdateByBody
        from ...params import PartnerChangesParam
        from . import update_partner_by_body as _update_partner_by_body

        body = PartnerUpdateByBody(
            update=as_model("update", update, PartnerChanges, PartnerChangesParam),
            key=key,
            email=email,
        )
        spec = _update_partner_by_body._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _update_partner_by_body._result, request_options)

    async def create(
        self,
        *,
        email: str,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        password: None | str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        key: None | str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        referring_partner: None | PartnerReference | PartnerReferenceParam | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Partner:
        """Create a partner.

        POST /v1/partners

        Adds a partner to the program. Only `email` is needed; the id, referral key and portal
        password are generated when left out. The reply's status code is not documented, so both
        200 and 201 are described with the same body.

        Args:
            email: Login e-mail, unique within the program.
            name: First name, shown in the partner portal and e-mails.
            surname: Last name.
            password: Portal password: at least 8 characters with a lower-case letter, an upper-case letter and
                a digit (422 otherwise). Generated when left out.
            id: Your own identifier for the partner, unique within the program.
            key: Referral key, part of the default referral link; unique within the program.
            tags: Labels to put on the partner, for filtering in the dashboard.
            referring_partner: The partner who brought this one in (by `id`, `key` or `email`), for multi-level commissions.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Partner` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PartnerCreate, PartnerReference
        from ...params import PartnerReferenceParam
        from . import create_partner as _create_partner

        body = PartnerCreate(
            email=email,
            name=name,
            surname=surname,
            password=password,
            id=id,
            key=key,
            tags=tags,
            referring_partner=referring_partner
            if isinstance(referring_partner, Unset) or referring_partner is None
            else as_model("referring_partner", referring_partner, PartnerReference, PartnerReferenceParam),
        )
        spec = _create_partner._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _create_partner._result, request_options)

    async def delete_by_body(
        self,
        *,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a partner named in the body.

        DELETE /v1/partners

        Removes the partner whose `email` or referral `key` is given in the request body.

        Args:
            key: Referral key of the partner; give this or `email`.
            email: Login e-mail of the partner; give this or `key`.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PartnerLocator
        from . import delete_partner_by_body as _delete_partner_by_body

        body = PartnerLocator(
            key=key,
            email=email,
        )
        spec = _delete_partner_by_body._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _delete_partner_by_body._result, request_options)

    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Partner:
        """Retrieve a partner.

        GET /v1/partners/{id}

        Returns one partner with referral statistics, commission totals, tags and referral links.

        Args:
            id: The partner's id (not the referral key).
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Partner` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_partner as _get_partner

        spec = _get_partner._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _get_partner._result, request_options)

    async def update(
        self,
        id: str,
        *,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        password: None | str | Unset = UNSET,
        key: None | str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Partner:
        """Update a partner.

        PUT /v1/partners/{id}

        Changes a partner's e-mail, name, password, default referral key or tags. Fields left out of
        `update` keep their value; `tags: []` removes every tag.

        Args:
            id: The partner's id (not the referral key).
            email: New login e-mail, unique within the program.
            name: New first name.
            surname: New last name.
            password: New portal password, with the same strength rule as on create.
            key: New key for the default referral link.
            tags: Replacement tag set; an empty list removes every tag, null keeps them.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Partner` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PartnerChanges, PartnerUpdate
        from . import update_partner as _update_partner

        changes = PartnerChanges(
            email=email,
            name=name,
            surname=surname,
            password=password,
            key=key,
            tags=tags,
        )
        body = PartnerUpdate(
            update=changes,
        )
        spec = _update_partner._get_kwargs(
            id=id,
            body=body,
        )

        return await self._client._request(spec, _update_partner._result, request_options)

    async def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a partner.

        DELETE /v1/partners/{id}

        Removes a partner for good. Archiving is the reversible alternative.

        Args:
            id: The partner's id (not the referral key).
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import delete_partner as _delete_partner

        spec = _delete_partner._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _delete_partner._result, request_options)

    async def archive(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Archive a partner.

        POST /v1/partners/{id}/archive

        Soft-deletes a partner: the record stays, but portal access is blocked until the partner is
        restored. Archiving a partner that is already archived fails with 400.

        Args:
            id: The partner's id (not the referral key).
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import archive_partner as _archive_partner

        spec = _archive_partner._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _archive_partner._result, request_options)

    async def restore(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Restore an archived partner.

        POST /v1/partners/{id}/revoke-archive

        Brings an archived partner back and re-enables portal access. Fails with 400 when the partner is not archived.

        Args:
            id: The partner's id (not the referral key).
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import restore_partner as _restore_partner

        spec = _restore_partner._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _restore_partner._result, request_options)

    def search(
        self,
        *,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        id: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[PartnerSummary]:
        """Search partners.

        GET /v1/partners:search

        Finds partners by e-mail, referral key or partner id, given as query parameters. The reply
        is paginated like the plain list.

        Args:
            email: Partner e-mail to match.
            key: Referral key to match.
            id: Partner id to match.
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `PartnerSummary` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import search_partners as _search_partners

        spec = _search_partners._get_kwargs(
            email=email,
            key=key,
            id=id,
            limit=limit,
            page=page,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_search_partners._result,
            read=_search_partners._read_page,
            parse=_search_partners._parse,
            options=request_options,
        )

    async def lookup(
        self,
        *,
        key: str | Unset = UNSET,
        email: str | Unset = UNSET,
        id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Partner:
        """Look up a partner.

        GET /v1/partner

        Finds one partner by referral key, e-mail or partner id, given as a query parameter on the
        singular path. Give one of them; with none the reply is 422. The partner comes back in
        `data`.

        Args:
            key: Referral key of the partner.
            email: E-mail of the partner.
            id: Partner id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Partner` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import lookup_partner as _lookup_partner

        spec = _lookup_partner._get_kwargs(
            key=key,
            email=email,
            id=id,
        )

        return await self._client._request(spec, _lookup_partner._result, request_options)

    async def add_reward(
        self,
        id: str,
        *,
        amount: float,
        date: datetime.datetime | None | Unset = UNSET,
        note: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PartnerReward:
        """Reward a partner.

        POST /v1/partners/{id}/reward

        Credits a partner with a one-off bonus outside the commission rules. The path takes the
        partner id; a referral key is not found here. No reply is documented, so it is described
        loosely and both 200 and 201 are allowed.

        Args:
            id: The partner's id (not the referral key).
            amount: Bonus in the program's currency.
            date: When to book the reward (ISO 8601); now when left out.
            note: Reason shown when the reward is reviewed.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PartnerReward` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PartnerRewardCreate
        from . import add_partner_reward as _add_partner_reward

        body = PartnerRewardCreate(
            amount=amount,
            date=date,
            note=note,
        )
        spec = _add_partner_reward._get_kwargs(
            id=id,
            body=body,
        )

        return await self._client._request(spec, _add_partner_reward._result, request_options)

    async def create_sign_in_url(
        self,
        *,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        expires_in: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PartnerSignInUrl:
        """Create a portal sign-in URL.

        POST /v1/partners:sign-in-url

        Creates a short-lived URL that signs a partner into the partner portal once, for embedding
        the portal in your own app.

        Args:
            key: Referral key of the partner.
            email: E-mail of the partner.
            expires_in: Seconds the URL stays valid, 30 to 900; 120 when left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PartnerSignInUrl` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PartnerSignInUrlRequest
        from . import create_partner_sign_in_url as _create_partner_sign_in_url

        body = PartnerSignInUrlRequest(
            key=key,
            email=email,
            expires_in=expires_in,
        )
        spec = _create_partner_sign_in_url._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _create_partner_sign_in_url._result, request_options)


class AsyncPartnersResourceWithRawResponse:
    """`partners` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: AsyncPartnersResource) -> None:
        from . import add_partner_reward as _add_partner_reward
        from . import archive_partner as _archive_partner
        from . import create_partner as _create_partner
        from . import create_partner_sign_in_url as _create_partner_sign_in_url
        from . import delete_partner as _delete_partner
        from . import delete_partner_by_body as _delete_partner_by_body
        from . import get_partner as _get_partner
        from . import list_partners as _list_partners
        from . import lookup_partner as _lookup_partner
        from . import restore_partner as _restore_partner
        from . import search_partners as _search_partners
        from . import update_partner as _update_partner
        from . import update_partner_by_body as _update_partner_by_body

        self.list = to_async_raw(resource.list, _list_partners._parse)
        self.update_by_body = to_async_raw(resource.update_by_body, _update_partner_by_body._parse)
        self.create = to_async_raw(resource.create, _create_partner._parse)
        self.delete_by_body = to_async_raw(resource.delete_by_body, _delete_partner_by_body._parse)
        self.get = to_async_raw(resource.get, _get_partner._parse)
        self.update = to_async_raw(resource.update, _update_partner._parse)
        self.delete = to_async_raw(resource.delete, _delete_partner._parse)
        self.archive = to_async_raw(resource.archive, _archive_partner._parse)
        self.restore = to_async_raw(resource.restore, _restore_partner._parse)
        self.search = to_async_raw(resource.search, _search_partners._parse)
        self.lookup = to_async_raw(resource.lookup, _lookup_partner._parse)
        self.add_reward = to_async_raw(resource.add_reward, _add_partner_reward._parse)
        self.create_sign_in_url = to_async_raw(
            resource.create_sign_in_url, _create_partner_sign_in_url._parse
        )
