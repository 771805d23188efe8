"""The `partners` resource: one method per operation, sync and async, plain and raw."""

import builtins
import datetime

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.pagination import AsyncPage, SyncPage
from ...._core.response import RawResponse
from ...models.list_partners_sort import ListPartnersSort
from ...models.partner import Partner
from ...models.partner_changes import PartnerChanges
from ...models.partner_create import PartnerCreate
from ...models.partner_envelope import PartnerEnvelope
from ...models.partner_locator import PartnerLocator
from ...models.partner_page import PartnerPage
from ...models.partner_reference import PartnerReference
from ...models.partner_reward_create import PartnerRewardCreate
from ...models.partner_reward_envelope import PartnerRewardEnvelope
from ...models.partner_sign_in_url_envelope import PartnerSignInUrlEnvelope
from ...models.partner_sign_in_url_request import PartnerSignInUrlRequest
from ...models.partner_summary import PartnerSummary
from ...models.partner_update import PartnerUpdate
from ...models.partner_update_by_body import PartnerUpdateByBody
from ...models.status_only import StatusOnly
from ...types import UNSET, Unset
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


class PartnersResourceWithRawResponse:
    """Operations on partners, returning the raw reply with the parsed envelope."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListPartnersSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerPage]:
        """List partners.

        GET /v1/partners

        Returns one page of the program's partners, newest first unless `sort` says otherwise.
        """

        spec = _list_partners._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        return self._client._request_raw(spec, _list_partners._parse, request_options)

    def update_by_body(
        self,
        *,
        update: PartnerChanges,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerEnvelope]:
        """Update a partner named in the body.

        PUT /v1/partners

        Changes a partner identified by referral `key` or `email` in the request body rather than
        in the path. The changes go in `update`, with the same fields as the path form.
        """

        body = PartnerUpdateByBody(
            update=update,
            key=key,
            email=email,
        )
        spec = _update_partner_by_body._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _update_partner_by_body._parse, request_options)

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
        referring_partner: None | PartnerReference | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerEnvelope]:
        """Create a partner.

        POST /v1/partners

        Adds a partner to the program. Only `email` is needed; the id, referral key and portal
        password are generated when left out. The reply's status code is not documented, so both
        200 and 201 are described with the same body.
        """

        body = PartnerCreate(
            email=email,
            name=name,
            surname=surname,
            password=password,
            id=id,
            key=key,
            tags=tags,
            referring_partner=referring_partner,
        )
        spec = _create_partner._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _create_partner._parse, request_options)

    def delete_by_body(
        self,
        *,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Delete a partner named in the body.

        DELETE /v1/partners

        Removes the partner whose `email` or referral `key` is given in the request body.
        """

        body = PartnerLocator(
            key=key,
            email=email,
        )
        spec = _delete_partner_by_body._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _delete_partner_by_body._parse, request_options)

    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerEnvelope]:
        """Retrieve a partner.

        GET /v1/partners/{id}

        Returns one partner with referral statistics, commission totals, tags and referral links.
        """

        spec = _get_partner._get_kwargs(
            id=id,
        )

        return self._client._request_raw(spec, _get_partner._parse, request_options)

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
    ) -> RawResponse[PartnerEnvelope]:
        """Update a partner.

        PUT /v1/partners/{id}

        Changes a partner's e-mail, name, password, default referral key or tags. Fields left out
        of
        `update` keep their value; `tags: []` removes every tag.
        """

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

        return self._client._request_raw(spec, _update_partner._parse, request_options)

    def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Delete a partner.

        DELETE /v1/partners/{id}

        Removes a partner for good. Archiving is the reversible alternative.
        """

        spec = _delete_partner._get_kwargs(
            id=id,
        )

        return self._client._request_raw(spec, _delete_partner._parse, request_options)

    def archive(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Archive a partner.

        POST /v1/partners/{id}/archive

        Soft-deletes a partner: the record stays, but portal access is blocked until the partner
        is
        restored. Archiving a partner that is already archived fails with 400.
        """

        spec = _archive_partner._get_kwargs(
            id=id,
        )

        return self._client._request_raw(spec, _archive_partner._parse, request_options)

    def restore(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Restore an archived partner.

        POST /v1/partners/{id}/revoke-archive

        Brings an archived partner back and re-enables portal access. Fails with 400 when the
        partner is not archived.
        """

        spec = _restore_partner._get_kwargs(
            id=id,
        )

        return self._client._request_raw(spec, _restore_partner._parse, request_options)

    def search(
        self,
        *,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        id: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerPage]:
        """Search partners.

        GET /v1/partners:search

        Finds partners by e-mail, referral key or partner id, given as query parameters. The reply
        is paginated like the plain list.
        """

        spec = _search_partners._get_kwargs(
            email=email,
            key=key,
            id=id,
            limit=limit,
            page=page,
        )

        return self._client._request_raw(spec, _search_partners._parse, request_options)

    def lookup(
        self,
        *,
        key: str | Unset = UNSET,
        email: str | Unset = UNSET,
        id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerEnvelope]:
        """Look up a partner.

        GET /v1/partner

        Finds one partner by referral key, e-mail or partner id, given as a query parameter on the
        singular path. Give one of them; with none the reply is 422. Used by Partnero's n8n node,
        which
        reads the partner from `data`.
        """

        spec = _lookup_partner._get_kwargs(
            key=key,
            email=email,
            id=id,
        )

        return self._client._request_raw(spec, _lookup_partner._parse, request_options)

    def add_reward(
        self,
        id: str,
        *,
        amount: float,
        date: datetime.datetime | None | Unset = UNSET,
        note: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerRewardEnvelope]:
        """Reward a partner.

        POST /v1/partners/{id}/reward

        Credits a partner with a one-off bonus outside the commission rules. The path takes the
        partner
        id; a referral key is not found here. Only Partnero's n8n node shows this route, so the
        reply is
        described loosely and both 200 and 201 are allowed.
        """

        body = PartnerRewardCreate(
            amount=amount,
            date=date,
            note=note,
        )
        spec = _add_partner_reward._get_kwargs(
            id=id,
            body=body,
        )

        return self._client._request_raw(spec, _add_partner_reward._parse, request_options)

    def create_sign_in_url(
        self,
        *,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        expires_in: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerSignInUrlEnvelope]:
        """Create a portal sign-in URL.

        POST /v1/partners:sign-in-url

        Creates a short-lived URL that signs a partner into the partner portal once, for embedding
        the
        portal in your own app. Only Partnero's n8n node shows this route.
        """

        body = PartnerSignInUrlRequest(
            key=key,
            email=email,
            expires_in=expires_in,
        )
        spec = _create_partner_sign_in_url._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _create_partner_sign_in_url._parse, request_options)


class PartnersResource:
    """Operations on partners."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = PartnersResourceWithRawResponse(client)

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

        Returns one page of the program's partners, newest first unless `sort` says otherwise.
        """

        spec = _list_partners._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        envelope = self._client._request(spec, _list_partners._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_partners._read_page,
            parse=_list_partners._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def update_by_body(
        self,
        *,
        update: PartnerChanges,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Partner:
        """Update a partner named in the body.

        PUT /v1/partners

        Changes a partner identified by referral `key` or `email` in the request body rather than
        in the path. The changes go in `update`, with the same fields as the path form.
        """

        body = PartnerUpdateByBody(
            update=update,
            key=key,
            email=email,
        )
        spec = _update_partner_by_body._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _update_partner_by_body._parse, request_options)
        return _update_partner_by_body._unwrap(envelope)

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
        referring_partner: None | PartnerReference | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Partner:
        """Create a partner.

        POST /v1/partners

        Adds a partner to the program. Only `email` is needed; the id, referral key and portal
        password are generated when left out. The reply's status code is not documented, so both
        200 and 201 are described with the same body.
        """

        body = PartnerCreate(
            email=email,
            name=name,
            surname=surname,
            password=password,
            id=id,
            key=key,
            tags=tags,
            referring_partner=referring_partner,
        )
        spec = _create_partner._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _create_partner._parse, request_options)
        return _create_partner._unwrap(envelope)

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
        """

        body = PartnerLocator(
            key=key,
            email=email,
        )
        spec = _delete_partner_by_body._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _delete_partner_by_body._parse, request_options)

    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Partner:
        """Retrieve a partner.

        GET /v1/partners/{id}

        Returns one partner with referral statistics, commission totals, tags and referral links.
        """

        spec = _get_partner._get_kwargs(
            id=id,
        )

        envelope = self._client._request(spec, _get_partner._parse, request_options)
        return _get_partner._unwrap(envelope)

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

        Changes a partner's e-mail, name, password, default referral key or tags. Fields left out
        of
        `update` keep their value; `tags: []` removes every tag.
        """

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

        envelope = self._client._request(spec, _update_partner._parse, request_options)
        return _update_partner._unwrap(envelope)

    def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a partner.

        DELETE /v1/partners/{id}

        Removes a partner for good. Archiving is the reversible alternative.
        """

        spec = _delete_partner._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _delete_partner._parse, request_options)

    def archive(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Archive a partner.

        POST /v1/partners/{id}/archive

        Soft-deletes a partner: the record stays, but portal access is blocked until the partner
        is
        restored. Archiving a partner that is already archived fails with 400.
        """

        spec = _archive_partner._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _archive_partner._parse, request_options)

    def restore(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Restore an archived partner.

        POST /v1/partners/{id}/revoke-archive

        Brings an archived partner back and re-enables portal access. Fails with 400 when the
        partner is not archived.
        """

        spec = _restore_partner._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _restore_partner._parse, request_options)

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
        """

        spec = _search_partners._get_kwargs(
            email=email,
            key=key,
            id=id,
            limit=limit,
            page=page,
        )

        envelope = self._client._request(spec, _search_partners._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
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
        singular path. Give one of them; with none the reply is 422. Used by Partnero's n8n node,
        which
        reads the partner from `data`.
        """

        spec = _lookup_partner._get_kwargs(
            key=key,
            email=email,
            id=id,
        )

        envelope = self._client._request(spec, _lookup_partner._parse, request_options)
        return _lookup_partner._unwrap(envelope)

    def add_reward(
        self,
        id: str,
        *,
        amount: float,
        date: datetime.datetime | None | Unset = UNSET,
        note: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PartnerRewardEnvelope:
        """Reward a partner.

        POST /v1/partners/{id}/reward

        Credits a partner with a one-off bonus outside the commission rules. The path takes the
        partner
        id; a referral key is not found here. Only Partnero's n8n node shows this route, so the
        reply is
        described loosely and both 200 and 201 are allowed.
        """

        body = PartnerRewardCreate(
            amount=amount,
            date=date,
            note=note,
        )
        spec = _add_partner_reward._get_kwargs(
            id=id,
            body=body,
        )

        return self._client._request(spec, _add_partner_reward._parse, request_options)

    def create_sign_in_url(
        self,
        *,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        expires_in: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PartnerSignInUrlEnvelope:
        """Create a portal sign-in URL.

        POST /v1/partners:sign-in-url

        Creates a short-lived URL that signs a partner into the partner portal once, for embedding
        the
        portal in your own app. Only Partnero's n8n node shows this route.
        """

        body = PartnerSignInUrlRequest(
            key=key,
            email=email,
            expires_in=expires_in,
        )
        spec = _create_partner_sign_in_url._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _create_partner_sign_in_url._parse, request_options)


class AsyncPartnersResourceWithRawResponse:
    """Operations on partners, returning the raw reply with the parsed envelope."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListPartnersSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerPage]:
        """List partners.

        GET /v1/partners

        Returns one page of the program's partners, newest first unless `sort` says otherwise.
        """

        spec = _list_partners._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        return await self._client._request_raw(spec, _list_partners._parse, request_options)

    async def update_by_body(
        self,
        *,
        update: PartnerChanges,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerEnvelope]:
        """Update a partner named in the body.

        PUT /v1/partners

        Changes a partner identified by referral `key` or `email` in the request body rather than
        in the path. The changes go in `update`, with the same fields as the path form.
        """

        body = PartnerUpdateByBody(
            update=update,
            key=key,
            email=email,
        )
        spec = _update_partner_by_body._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _update_partner_by_body._parse, request_options)

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
        referring_partner: None | PartnerReference | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerEnvelope]:
        """Create a partner.

        POST /v1/partners

        Adds a partner to the program. Only `email` is needed; the id, referral key and portal
        password are generated when left out. The reply's status code is not documented, so both
        200 and 201 are described with the same body.
        """

        body = PartnerCreate(
            email=email,
            name=name,
            surname=surname,
            password=password,
            id=id,
            key=key,
            tags=tags,
            referring_partner=referring_partner,
        )
        spec = _create_partner._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _create_partner._parse, request_options)

    async def delete_by_body(
        self,
        *,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Delete a partner named in the body.

        DELETE /v1/partners

        Removes the partner whose `email` or referral `key` is given in the request body.
        """

        body = PartnerLocator(
            key=key,
            email=email,
        )
        spec = _delete_partner_by_body._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _delete_partner_by_body._parse, request_options)

    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerEnvelope]:
        """Retrieve a partner.

        GET /v1/partners/{id}

        Returns one partner with referral statistics, commission totals, tags and referral links.
        """

        spec = _get_partner._get_kwargs(
            id=id,
        )

        return await self._client._request_raw(spec, _get_partner._parse, request_options)

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
    ) -> RawResponse[PartnerEnvelope]:
        """Update a partner.

        PUT /v1/partners/{id}

        Changes a partner's e-mail, name, password, default referral key or tags. Fields left out
        of
        `update` keep their value; `tags: []` removes every tag.
        """

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

        return await self._client._request_raw(spec, _update_partner._parse, request_options)

    async def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Delete a partner.

        DELETE /v1/partners/{id}

        Removes a partner for good. Archiving is the reversible alternative.
        """

        spec = _delete_partner._get_kwargs(
            id=id,
        )

        return await self._client._request_raw(spec, _delete_partner._parse, request_options)

    async def archive(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Archive a partner.

        POST /v1/partners/{id}/archive

        Soft-deletes a partner: the record stays, but portal access is blocked until the partner
        is
        restored. Archiving a partner that is already archived fails with 400.
        """

        spec = _archive_partner._get_kwargs(
            id=id,
        )

        return await self._client._request_raw(spec, _archive_partner._parse, request_options)

    async def restore(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Restore an archived partner.

        POST /v1/partners/{id}/revoke-archive

        Brings an archived partner back and re-enables portal access. Fails with 400 when the
        partner is not archived.
        """

        spec = _restore_partner._get_kwargs(
            id=id,
        )

        return await self._client._request_raw(spec, _restore_partner._parse, request_options)

    async def search(
        self,
        *,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        id: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerPage]:
        """Search partners.

        GET /v1/partners:search

        Finds partners by e-mail, referral key or partner id, given as query parameters. The reply
        is paginated like the plain list.
        """

        spec = _search_partners._get_kwargs(
            email=email,
            key=key,
            id=id,
            limit=limit,
            page=page,
        )

        return await self._client._request_raw(spec, _search_partners._parse, request_options)

    async def lookup(
        self,
        *,
        key: str | Unset = UNSET,
        email: str | Unset = UNSET,
        id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerEnvelope]:
        """Look up a partner.

        GET /v1/partner

        Finds one partner by referral key, e-mail or partner id, given as a query parameter on the
        singular path. Give one of them; with none the reply is 422. Used by Partnero's n8n node,
        which
        reads the partner from `data`.
        """

        spec = _lookup_partner._get_kwargs(
            key=key,
            email=email,
            id=id,
        )

        return await self._client._request_raw(spec, _lookup_partner._parse, request_options)

    async def add_reward(
        self,
        id: str,
        *,
        amount: float,
        date: datetime.datetime | None | Unset = UNSET,
        note: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerRewardEnvelope]:
        """Reward a partner.

        POST /v1/partners/{id}/reward

        Credits a partner with a one-off bonus outside the commission rules. The path takes the
        partner
        id; a referral key is not found here. Only Partnero's n8n node shows this route, so the
        reply is
        described loosely and both 200 and 201 are allowed.
        """

        body = PartnerRewardCreate(
            amount=amount,
            date=date,
            note=note,
        )
        spec = _add_partner_reward._get_kwargs(
            id=id,
            body=body,
        )

        return await self._client._request_raw(spec, _add_partner_reward._parse, request_options)

    async def create_sign_in_url(
        self,
        *,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        expires_in: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PartnerSignInUrlEnvelope]:
        """Create a portal sign-in URL.

        POST /v1/partners:sign-in-url

        Creates a short-lived URL that signs a partner into the partner portal once, for embedding
        the
        portal in your own app. Only Partnero's n8n node shows this route.
        """

        body = PartnerSignInUrlRequest(
            key=key,
            email=email,
            expires_in=expires_in,
        )
        spec = _create_partner_sign_in_url._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _create_partner_sign_in_url._parse, request_options)


class AsyncPartnersResource:
    """Operations on partners."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncPartnersResourceWithRawResponse(client)

    async def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListPartnersSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[PartnerSummary]:
        """List partners.

        GET /v1/partners

        Returns one page of the program's partners, newest first unless `sort` says otherwise.
        """

        spec = _list_partners._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        envelope = await self._client._request(spec, _list_partners._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_partners._read_page,
            parse=_list_partners._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    async def update_by_body(
        self,
        *,
        update: PartnerChanges,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Partner:
        """Update a partner named in the body.

        PUT /v1/partners

        Changes a partner identified by referral `key` or `email` in the request body rather than
        in the path. The changes go in `update`, with the same fields as the path form.
        """

        body = PartnerUpdateByBody(
            update=update,
            key=key,
            email=email,
        )
        spec = _update_partner_by_body._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _update_partner_by_body._parse, request_options)
        return _update_partner_by_body._unwrap(envelope)

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
        referring_partner: None | PartnerReference | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Partner:
        """Create a partner.

        POST /v1/partners

        Adds a partner to the program. Only `email` is needed; the id, referral key and portal
        password are generated when left out. The reply's status code is not documented, so both
        200 and 201 are described with the same body.
        """

        body = PartnerCreate(
            email=email,
            name=name,
            surname=surname,
            password=password,
            id=id,
            key=key,
            tags=tags,
            referring_partner=referring_partner,
        )
        spec = _create_partner._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _create_partner._parse, request_options)
        return _create_partner._unwrap(envelope)

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
        """

        body = PartnerLocator(
            key=key,
            email=email,
        )
        spec = _delete_partner_by_body._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _delete_partner_by_body._parse, request_options)

    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Partner:
        """Retrieve a partner.

        GET /v1/partners/{id}

        Returns one partner with referral statistics, commission totals, tags and referral links.
        """

        spec = _get_partner._get_kwargs(
            id=id,
        )

        envelope = await self._client._request(spec, _get_partner._parse, request_options)
        return _get_partner._unwrap(envelope)

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

        Changes a partner's e-mail, name, password, default referral key or tags. Fields left out
        of
        `update` keep their value; `tags: []` removes every tag.
        """

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

        envelope = await self._client._request(spec, _update_partner._parse, request_options)
        return _update_partner._unwrap(envelope)

    async def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a partner.

        DELETE /v1/partners/{id}

        Removes a partner for good. Archiving is the reversible alternative.
        """

        spec = _delete_partner._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _delete_partner._parse, request_options)

    async def archive(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Archive a partner.

        POST /v1/partners/{id}/archive

        Soft-deletes a partner: the record stays, but portal access is blocked until the partner
        is
        restored. Archiving a partner that is already archived fails with 400.
        """

        spec = _archive_partner._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _archive_partner._parse, request_options)

    async def restore(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Restore an archived partner.

        POST /v1/partners/{id}/revoke-archive

        Brings an archived partner back and re-enables portal access. Fails with 400 when the
        partner is not archived.
        """

        spec = _restore_partner._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _restore_partner._parse, request_options)

    async def search(
        self,
        *,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        id: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[PartnerSummary]:
        """Search partners.

        GET /v1/partners:search

        Finds partners by e-mail, referral key or partner id, given as query parameters. The reply
        is paginated like the plain list.
        """

        spec = _search_partners._get_kwargs(
            email=email,
            key=key,
            id=id,
            limit=limit,
            page=page,
        )

        envelope = await self._client._request(spec, _search_partners._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_search_partners._read_page,
            parse=_search_partners._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
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
        singular path. Give one of them; with none the reply is 422. Used by Partnero's n8n node,
        which
        reads the partner from `data`.
        """

        spec = _lookup_partner._get_kwargs(
            key=key,
            email=email,
            id=id,
        )

        envelope = await self._client._request(spec, _lookup_partner._parse, request_options)
        return _lookup_partner._unwrap(envelope)

    async def add_reward(
        self,
        id: str,
        *,
        amount: float,
        date: datetime.datetime | None | Unset = UNSET,
        note: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PartnerRewardEnvelope:
        """Reward a partner.

        POST /v1/partners/{id}/reward

        Credits a partner with a one-off bonus outside the commission rules. The path takes the
        partner
        id; a referral key is not found here. Only Partnero's n8n node shows this route, so the
        reply is
        described loosely and both 200 and 201 are allowed.
        """

        body = PartnerRewardCreate(
            amount=amount,
            date=date,
            note=note,
        )
        spec = _add_partner_reward._get_kwargs(
            id=id,
            body=body,
        )

        return await self._client._request(spec, _add_partner_reward._parse, request_options)

    async def create_sign_in_url(
        self,
        *,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        expires_in: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PartnerSignInUrlEnvelope:
        """Create a portal sign-in URL.

        POST /v1/partners:sign-in-url

        Creates a short-lived URL that signs a partner into the partner portal once, for embedding
        the
        portal in your own app. Only Partnero's n8n node shows this route.
        """

        body = PartnerSignInUrlRequest(
            key=key,
            email=email,
            expires_in=expires_in,
        )
        spec = _create_partner_sign_in_url._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _create_partner_sign_in_url._parse, request_options)
