"""The `customers` resource: one method per operation, sync and async, plain and raw."""

import builtins

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.pagination import AsyncPage, SyncPage
from ...._core.response import RawResponse
from ...models.affiliate_customer import AffiliateCustomer
from ...models.affiliate_customer_changes import AffiliateCustomerChanges
from ...models.affiliate_customer_create import AffiliateCustomerCreate
from ...models.affiliate_customer_envelope import AffiliateCustomerEnvelope
from ...models.affiliate_customer_locator import AffiliateCustomerLocator
from ...models.affiliate_customer_options import AffiliateCustomerOptions
from ...models.affiliate_customer_page import AffiliateCustomerPage
from ...models.affiliate_customer_update import AffiliateCustomerUpdate
from ...models.affiliate_customer_update_by_body import AffiliateCustomerUpdateByBody
from ...models.affiliate_transaction import AffiliateTransaction
from ...models.affiliate_transaction_listing import AffiliateTransactionListing
from ...models.customer_result import CustomerResult
from ...models.legacy_customer_create import LegacyCustomerCreate
from ...models.legacy_customer_create_transaction_type_0 import LegacyCustomerCreateTransactionType0
from ...models.legacy_customer_fields import LegacyCustomerFields
from ...models.legacy_customer_key import LegacyCustomerKey
from ...models.legacy_customer_reply import LegacyCustomerReply
from ...models.legacy_customer_update import LegacyCustomerUpdate
from ...models.list_customers_sort import ListCustomersSort
from ...models.partner_reference import PartnerReference
from ...models.status_only import StatusOnly
from ...types import UNSET, Unset
from . import approve_customer as _approve_customer
from . import archive_customer as _archive_customer
from . import create_customer as _create_customer
from . import delete_customer as _delete_customer
from . import delete_customer_by_body as _delete_customer_by_body
from . import get_customer as _get_customer
from . import legacy_create_customer as _legacy_create_customer
from . import legacy_delete_customer as _legacy_delete_customer
from . import legacy_get_customer as _legacy_get_customer
from . import legacy_update_customer as _legacy_update_customer
from . import list_customer_transactions as _list_customer_transactions
from . import list_customers as _list_customers
from . import restore_customer as _restore_customer
from . import search_customers as _search_customers
from . import suspend_customer as _suspend_customer
from . import update_customer as _update_customer
from . import update_customer_by_body as _update_customer_by_body


class CustomersResourceWithRawResponse:
    """Operations on customers, returning the raw reply with the parsed envelope."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def legacy_get(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LegacyCustomerReply]:
        """Retrieve a customer (legacy).

        GET /v1/customer

        Reads a customer named by `key` in a JSON body of the GET, as an early PHP SDK did. Kept
        for old
        PHP SDK releases; use the plural `/v1/customers` routes instead.
        """

        body = LegacyCustomerKey(
            key=key,
        )
        spec = _legacy_get_customer._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _legacy_get_customer._parse, request_options)

    def legacy_update(
        self,
        *,
        key: str,
        update: LegacyCustomerFields,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LegacyCustomerReply]:
        """Update a customer (legacy).

        PUT /v1/customer

        Changes the customer named by `key`, with the changes in `update`. Kept for old PHP SDK
        releases; use the plural `/v1/customers` routes instead.
        """

        body = LegacyCustomerUpdate(
            key=key,
            update=update,
        )
        spec = _legacy_update_customer._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _legacy_update_customer._parse, request_options)

    def legacy_create(
        self,
        *,
        customer: LegacyCustomerFields,
        partner: PartnerReference,
        transaction: LegacyCustomerCreateTransactionType0 | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LegacyCustomerReply]:
        """Create a customer (legacy).

        POST /v1/customer

        Creates a customer with its partner and optionally a first transaction, all nested. Kept
        for old
        PHP SDK releases; use the plural `/v1/customers` routes instead.
        """

        body = LegacyCustomerCreate(
            customer=customer,
            partner=partner,
            transaction=transaction,
        )
        spec = _legacy_create_customer._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _legacy_create_customer._parse, request_options)

    def legacy_delete(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LegacyCustomerReply]:
        """Delete a customer (legacy).

        DELETE /v1/customer

        Removes the customer named by `key` in the body. Kept for old PHP SDK releases; use the
        plural
        `/v1/customers` routes instead.
        """

        body = LegacyCustomerKey(
            key=key,
        )
        spec = _legacy_delete_customer._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _legacy_delete_customer._parse, request_options)

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListCustomersSort | Unset = UNSET,
        partner_key: str | Unset = UNSET,
        partner_email: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateCustomerPage]:
        """List customers.

        GET /v1/customers

        Returns one page of the program's customers. In affiliate programs the list can be
        narrowed to one partner's customers; in refer-a-friend programs to referred or
        non-referred customers.
        """

        spec = _list_customers._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
            partner_key=partner_key,
            partner_email=partner_email,
        )

        return self._client._request_raw(spec, _list_customers._parse, request_options)

    def update_by_body(
        self,
        *,
        key: str,
        update: AffiliateCustomerChanges,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateCustomerEnvelope]:
        """Update a customer named in the body.

        PUT /v1/customers

        Changes a customer identified in the request body instead of the path: by `key` in
        affiliate programs, by `id` in refer-a-friend programs. The changes go in `update`.
        """

        body = AffiliateCustomerUpdateByBody(
            key=key,
            update=update,
        )
        spec = _update_customer_by_body._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _update_customer_by_body._parse, request_options)

    def create(
        self,
        *,
        key: str,
        partner: PartnerReference,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        options: AffiliateCustomerOptions | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateCustomerEnvelope]:
        """Create a customer.

        POST /v1/customers

        Records a customer. Affiliate programs need your `key` and the referring partner, so
        that the customer's later sales earn that partner commission. Refer-a-friend programs
        need nothing; naming a `referring_customer` makes the new customer a referred one. The
        reply's status code is not documented, so 200 and 201 are both described.
        """

        body = AffiliateCustomerCreate(
            key=key,
            partner=partner,
            email=email,
            name=name,
            surname=surname,
            tags=tags,
            options=options,
        )
        spec = _create_customer._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _create_customer._parse, request_options)

    def delete_by_body(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Delete a customer named in the body.

        DELETE /v1/customers

        Deletes the affiliate customer whose `key` is given in the request body, with its
        transactions.
        """

        body = AffiliateCustomerLocator(
            key=key,
        )
        spec = _delete_customer_by_body._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _delete_customer_by_body._parse, request_options)

    def search(
        self,
        *,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        id: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateCustomerPage]:
        """Search customers.

        GET /v1/customers:search

        Finds customers by e-mail, key or id given as query parameters. Partnero's own clients
        follow the reply's page links like those of the plain list.
        """

        spec = _search_customers._get_kwargs(
            email=email,
            key=key,
            id=id,
            limit=limit,
            page=page,
        )

        return self._client._request_raw(spec, _search_customers._parse, request_options)

    def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateCustomerEnvelope]:
        """Retrieve a customer.

        GET /v1/customers/{key}

        Returns one customer. Affiliate programs name it by key; refer-a-friend programs by id
        (the key and e-mail resolve as well).
        """

        spec = _get_customer._get_kwargs(
            key=key,
        )

        return self._client._request_raw(spec, _get_customer._parse, request_options)

    def update(
        self,
        key: str,
        *,
        update: AffiliateCustomerChanges | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateCustomerEnvelope]:
        """Update a customer.

        PUT /v1/customers/{key}

        Changes a customer's e-mail or name; affiliate customers can also get a new key and tag
        set. Fields left out keep their value.
        """

        body = AffiliateCustomerUpdate(
            update=update,
        )
        spec = _update_customer._get_kwargs(
            key=key,
            body=body,
        )

        return self._client._request_raw(spec, _update_customer._parse, request_options)

    def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Delete a customer.

        DELETE /v1/customers/{key}

        Deletes a customer together with its transactions. Affiliate programs can suspend
        instead; archiving is the reversible option.
        """

        spec = _delete_customer._get_kwargs(
            key=key,
        )

        return self._client._request_raw(spec, _delete_customer._parse, request_options)

    def approve(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Approve a customer.

        POST /v1/customers/{key}/approve

        Re-activates a suspended affiliate customer, so its sales earn commission again.
        """

        spec = _approve_customer._get_kwargs(
            key=key,
        )

        return self._client._request_raw(spec, _approve_customer._parse, request_options)

    def suspend(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Suspend a customer.

        POST /v1/customers/{key}/suspend

        Stops an affiliate customer's sales from earning commission until it is approved again.
        Refer-a-friend programs archive customers instead.
        """

        spec = _suspend_customer._get_kwargs(
            key=key,
        )

        return self._client._request_raw(spec, _suspend_customer._parse, request_options)

    def archive(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerResult]:
        """Archive a customer.

        POST /v1/customers/{key}/archive

        Soft-deletes a customer so it stops earning; restoring brings it back. Seen only in
        Partnero's n8n node, which serves both program types.
        """

        spec = _archive_customer._get_kwargs(
            key=key,
        )

        return self._client._request_raw(spec, _archive_customer._parse, request_options)

    def restore(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerResult]:
        """Restore an archived customer.

        POST /v1/customers/{key}/revoke-archive

        Undoes archiving. Seen only in Partnero's n8n node.
        """

        spec = _restore_customer._get_kwargs(
            key=key,
        )

        return self._client._request_raw(spec, _restore_customer._parse, request_options)

    def list_transactions(
        self,
        key: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateTransactionListing]:
        """List a customer's transactions.

        GET /v1/customers/{key}/transactions

        Returns the sales recorded for one customer: in an affiliate program the customer's own
        purchases; in a refer-a-friend program (where the customer is named by id) its own
        purchases and those of the customers it referred. Paging as on the other lists is likely.
        """

        spec = _list_customer_transactions._get_kwargs(
            key=key,
            limit=limit,
            page=page,
        )

        return self._client._request_raw(spec, _list_customer_transactions._parse, request_options)


class CustomersResource:
    """Operations on customers."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = CustomersResourceWithRawResponse(client)

    def legacy_get(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> LegacyCustomerReply:
        """Retrieve a customer (legacy).

        GET /v1/customer

        Reads a customer named by `key` in a JSON body of the GET, as an early PHP SDK did. Kept
        for old
        PHP SDK releases; use the plural `/v1/customers` routes instead.
        """

        body = LegacyCustomerKey(
            key=key,
        )
        spec = _legacy_get_customer._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _legacy_get_customer._parse, request_options)

    def legacy_update(
        self,
        *,
        key: str,
        update: LegacyCustomerFields,
        request_options: RequestOptions | None = None,
    ) -> LegacyCustomerReply:
        """Update a customer (legacy).

        PUT /v1/customer

        Changes the customer named by `key`, with the changes in `update`. Kept for old PHP SDK
        releases; use the plural `/v1/customers` routes instead.
        """

        body = LegacyCustomerUpdate(
            key=key,
            update=update,
        )
        spec = _legacy_update_customer._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _legacy_update_customer._parse, request_options)

    def legacy_create(
        self,
        *,
        customer: LegacyCustomerFields,
        partner: PartnerReference,
        transaction: LegacyCustomerCreateTransactionType0 | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> LegacyCustomerReply:
        """Create a customer (legacy).

        POST /v1/customer

        Creates a customer with its partner and optionally a first transaction, all nested. Kept
        for old
        PHP SDK releases; use the plural `/v1/customers` routes instead.
        """

        body = LegacyCustomerCreate(
            customer=customer,
            partner=partner,
            transaction=transaction,
        )
        spec = _legacy_create_customer._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _legacy_create_customer._parse, request_options)

    def legacy_delete(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> LegacyCustomerReply:
        """Delete a customer (legacy).

        DELETE /v1/customer

        Removes the customer named by `key` in the body. Kept for old PHP SDK releases; use the
        plural
        `/v1/customers` routes instead.
        """

        body = LegacyCustomerKey(
            key=key,
        )
        spec = _legacy_delete_customer._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _legacy_delete_customer._parse, request_options)

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListCustomersSort | Unset = UNSET,
        partner_key: str | Unset = UNSET,
        partner_email: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[AffiliateCustomer]:
        """List customers.

        GET /v1/customers

        Returns one page of the program's customers. In affiliate programs the list can be
        narrowed to one partner's customers; in refer-a-friend programs to referred or
        non-referred customers.
        """

        spec = _list_customers._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
            partner_key=partner_key,
            partner_email=partner_email,
        )

        envelope = self._client._request(spec, _list_customers._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_customers._read_page,
            parse=_list_customers._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def update_by_body(
        self,
        *,
        key: str,
        update: AffiliateCustomerChanges,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Update a customer named in the body.

        PUT /v1/customers

        Changes a customer identified in the request body instead of the path: by `key` in
        affiliate programs, by `id` in refer-a-friend programs. The changes go in `update`.
        """

        body = AffiliateCustomerUpdateByBody(
            key=key,
            update=update,
        )
        spec = _update_customer_by_body._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _update_customer_by_body._parse, request_options)
        return _update_customer_by_body._unwrap(envelope)

    def create(
        self,
        *,
        key: str,
        partner: PartnerReference,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        options: AffiliateCustomerOptions | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Create a customer.

        POST /v1/customers

        Records a customer. Affiliate programs need your `key` and the referring partner, so
        that the customer's later sales earn that partner commission. Refer-a-friend programs
        need nothing; naming a `referring_customer` makes the new customer a referred one. The
        reply's status code is not documented, so 200 and 201 are both described.
        """

        body = AffiliateCustomerCreate(
            key=key,
            partner=partner,
            email=email,
            name=name,
            surname=surname,
            tags=tags,
            options=options,
        )
        spec = _create_customer._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _create_customer._parse, request_options)
        return _create_customer._unwrap(envelope)

    def delete_by_body(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a customer named in the body.

        DELETE /v1/customers

        Deletes the affiliate customer whose `key` is given in the request body, with its
        transactions.
        """

        body = AffiliateCustomerLocator(
            key=key,
        )
        spec = _delete_customer_by_body._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _delete_customer_by_body._parse, request_options)

    def search(
        self,
        *,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        id: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[AffiliateCustomer]:
        """Search customers.

        GET /v1/customers:search

        Finds customers by e-mail, key or id given as query parameters. Partnero's own clients
        follow the reply's page links like those of the plain list.
        """

        spec = _search_customers._get_kwargs(
            email=email,
            key=key,
            id=id,
            limit=limit,
            page=page,
        )

        envelope = self._client._request(spec, _search_customers._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_search_customers._read_page,
            parse=_search_customers._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Retrieve a customer.

        GET /v1/customers/{key}

        Returns one customer. Affiliate programs name it by key; refer-a-friend programs by id
        (the key and e-mail resolve as well).
        """

        spec = _get_customer._get_kwargs(
            key=key,
        )

        envelope = self._client._request(spec, _get_customer._parse, request_options)
        return _get_customer._unwrap(envelope)

    def update(
        self,
        key: str,
        *,
        update: AffiliateCustomerChanges | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Update a customer.

        PUT /v1/customers/{key}

        Changes a customer's e-mail or name; affiliate customers can also get a new key and tag
        set. Fields left out keep their value.
        """

        body = AffiliateCustomerUpdate(
            update=update,
        )
        spec = _update_customer._get_kwargs(
            key=key,
            body=body,
        )

        envelope = self._client._request(spec, _update_customer._parse, request_options)
        return _update_customer._unwrap(envelope)

    def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a customer.

        DELETE /v1/customers/{key}

        Deletes a customer together with its transactions. Affiliate programs can suspend
        instead; archiving is the reversible option.
        """

        spec = _delete_customer._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _delete_customer._parse, request_options)

    def approve(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Approve a customer.

        POST /v1/customers/{key}/approve

        Re-activates a suspended affiliate customer, so its sales earn commission again.
        """

        spec = _approve_customer._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _approve_customer._parse, request_options)

    def suspend(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Suspend a customer.

        POST /v1/customers/{key}/suspend

        Stops an affiliate customer's sales from earning commission until it is approved again.
        Refer-a-friend programs archive customers instead.
        """

        spec = _suspend_customer._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _suspend_customer._parse, request_options)

    def archive(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomerResult:
        """Archive a customer.

        POST /v1/customers/{key}/archive

        Soft-deletes a customer so it stops earning; restoring brings it back. Seen only in
        Partnero's n8n node, which serves both program types.
        """

        spec = _archive_customer._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _archive_customer._parse, request_options)

    def restore(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomerResult:
        """Restore an archived customer.

        POST /v1/customers/{key}/revoke-archive

        Undoes archiving. Seen only in Partnero's n8n node.
        """

        spec = _restore_customer._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _restore_customer._parse, request_options)

    def list_transactions(
        self,
        key: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[AffiliateTransaction]:
        """List a customer's transactions.

        GET /v1/customers/{key}/transactions

        Returns the sales recorded for one customer: in an affiliate program the customer's own
        purchases; in a refer-a-friend program (where the customer is named by id) its own
        purchases and those of the customers it referred. Paging as on the other lists is likely.
        """

        spec = _list_customer_transactions._get_kwargs(
            key=key,
            limit=limit,
            page=page,
        )

        envelope = self._client._request(spec, _list_customer_transactions._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_customer_transactions._read_page,
            parse=_list_customer_transactions._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )


class AsyncCustomersResourceWithRawResponse:
    """Operations on customers, returning the raw reply with the parsed envelope."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def legacy_get(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LegacyCustomerReply]:
        """Retrieve a customer (legacy).

        GET /v1/customer

        Reads a customer named by `key` in a JSON body of the GET, as an early PHP SDK did. Kept
        for old
        PHP SDK releases; use the plural `/v1/customers` routes instead.
        """

        body = LegacyCustomerKey(
            key=key,
        )
        spec = _legacy_get_customer._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _legacy_get_customer._parse, request_options)

    async def legacy_update(
        self,
        *,
        key: str,
        update: LegacyCustomerFields,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LegacyCustomerReply]:
        """Update a customer (legacy).

        PUT /v1/customer

        Changes the customer named by `key`, with the changes in `update`. Kept for old PHP SDK
        releases; use the plural `/v1/customers` routes instead.
        """

        body = LegacyCustomerUpdate(
            key=key,
            update=update,
        )
        spec = _legacy_update_customer._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _legacy_update_customer._parse, request_options)

    async def legacy_create(
        self,
        *,
        customer: LegacyCustomerFields,
        partner: PartnerReference,
        transaction: LegacyCustomerCreateTransactionType0 | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LegacyCustomerReply]:
        """Create a customer (legacy).

        POST /v1/customer

        Creates a customer with its partner and optionally a first transaction, all nested. Kept
        for old
        PHP SDK releases; use the plural `/v1/customers` routes instead.
        """

        body = LegacyCustomerCreate(
            customer=customer,
            partner=partner,
            transaction=transaction,
        )
        spec = _legacy_create_customer._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _legacy_create_customer._parse, request_options)

    async def legacy_delete(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[LegacyCustomerReply]:
        """Delete a customer (legacy).

        DELETE /v1/customer

        Removes the customer named by `key` in the body. Kept for old PHP SDK releases; use the
        plural
        `/v1/customers` routes instead.
        """

        body = LegacyCustomerKey(
            key=key,
        )
        spec = _legacy_delete_customer._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _legacy_delete_customer._parse, request_options)

    async def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListCustomersSort | Unset = UNSET,
        partner_key: str | Unset = UNSET,
        partner_email: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateCustomerPage]:
        """List customers.

        GET /v1/customers

        Returns one page of the program's customers. In affiliate programs the list can be
        narrowed to one partner's customers; in refer-a-friend programs to referred or
        non-referred customers.
        """

        spec = _list_customers._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
            partner_key=partner_key,
            partner_email=partner_email,
        )

        return await self._client._request_raw(spec, _list_customers._parse, request_options)

    async def update_by_body(
        self,
        *,
        key: str,
        update: AffiliateCustomerChanges,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateCustomerEnvelope]:
        """Update a customer named in the body.

        PUT /v1/customers

        Changes a customer identified in the request body instead of the path: by `key` in
        affiliate programs, by `id` in refer-a-friend programs. The changes go in `update`.
        """

        body = AffiliateCustomerUpdateByBody(
            key=key,
            update=update,
        )
        spec = _update_customer_by_body._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _update_customer_by_body._parse, request_options)

    async def create(
        self,
        *,
        key: str,
        partner: PartnerReference,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        options: AffiliateCustomerOptions | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateCustomerEnvelope]:
        """Create a customer.

        POST /v1/customers

        Records a customer. Affiliate programs need your `key` and the referring partner, so
        that the customer's later sales earn that partner commission. Refer-a-friend programs
        need nothing; naming a `referring_customer` makes the new customer a referred one. The
        reply's status code is not documented, so 200 and 201 are both described.
        """

        body = AffiliateCustomerCreate(
            key=key,
            partner=partner,
            email=email,
            name=name,
            surname=surname,
            tags=tags,
            options=options,
        )
        spec = _create_customer._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _create_customer._parse, request_options)

    async def delete_by_body(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Delete a customer named in the body.

        DELETE /v1/customers

        Deletes the affiliate customer whose `key` is given in the request body, with its
        transactions.
        """

        body = AffiliateCustomerLocator(
            key=key,
        )
        spec = _delete_customer_by_body._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _delete_customer_by_body._parse, request_options)

    async def search(
        self,
        *,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        id: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateCustomerPage]:
        """Search customers.

        GET /v1/customers:search

        Finds customers by e-mail, key or id given as query parameters. Partnero's own clients
        follow the reply's page links like those of the plain list.
        """

        spec = _search_customers._get_kwargs(
            email=email,
            key=key,
            id=id,
            limit=limit,
            page=page,
        )

        return await self._client._request_raw(spec, _search_customers._parse, request_options)

    async def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateCustomerEnvelope]:
        """Retrieve a customer.

        GET /v1/customers/{key}

        Returns one customer. Affiliate programs name it by key; refer-a-friend programs by id
        (the key and e-mail resolve as well).
        """

        spec = _get_customer._get_kwargs(
            key=key,
        )

        return await self._client._request_raw(spec, _get_customer._parse, request_options)

    async def update(
        self,
        key: str,
        *,
        update: AffiliateCustomerChanges | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateCustomerEnvelope]:
        """Update a customer.

        PUT /v1/customers/{key}

        Changes a customer's e-mail or name; affiliate customers can also get a new key and tag
        set. Fields left out keep their value.
        """

        body = AffiliateCustomerUpdate(
            update=update,
        )
        spec = _update_customer._get_kwargs(
            key=key,
            body=body,
        )

        return await self._client._request_raw(spec, _update_customer._parse, request_options)

    async def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Delete a customer.

        DELETE /v1/customers/{key}

        Deletes a customer together with its transactions. Affiliate programs can suspend
        instead; archiving is the reversible option.
        """

        spec = _delete_customer._get_kwargs(
            key=key,
        )

        return await self._client._request_raw(spec, _delete_customer._parse, request_options)

    async def approve(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Approve a customer.

        POST /v1/customers/{key}/approve

        Re-activates a suspended affiliate customer, so its sales earn commission again.
        """

        spec = _approve_customer._get_kwargs(
            key=key,
        )

        return await self._client._request_raw(spec, _approve_customer._parse, request_options)

    async def suspend(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Suspend a customer.

        POST /v1/customers/{key}/suspend

        Stops an affiliate customer's sales from earning commission until it is approved again.
        Refer-a-friend programs archive customers instead.
        """

        spec = _suspend_customer._get_kwargs(
            key=key,
        )

        return await self._client._request_raw(spec, _suspend_customer._parse, request_options)

    async def archive(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerResult]:
        """Archive a customer.

        POST /v1/customers/{key}/archive

        Soft-deletes a customer so it stops earning; restoring brings it back. Seen only in
        Partnero's n8n node, which serves both program types.
        """

        spec = _archive_customer._get_kwargs(
            key=key,
        )

        return await self._client._request_raw(spec, _archive_customer._parse, request_options)

    async def restore(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerResult]:
        """Restore an archived customer.

        POST /v1/customers/{key}/revoke-archive

        Undoes archiving. Seen only in Partnero's n8n node.
        """

        spec = _restore_customer._get_kwargs(
            key=key,
        )

        return await self._client._request_raw(spec, _restore_customer._parse, request_options)

    async def list_transactions(
        self,
        key: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateTransactionListing]:
        """List a customer's transactions.

        GET /v1/customers/{key}/transactions

        Returns the sales recorded for one customer: in an affiliate program the customer's own
        purchases; in a refer-a-friend program (where the customer is named by id) its own
        purchases and those of the customers it referred. Paging as on the other lists is likely.
        """

        spec = _list_customer_transactions._get_kwargs(
            key=key,
            limit=limit,
            page=page,
        )

        return await self._client._request_raw(spec, _list_customer_transactions._parse, request_options)


class AsyncCustomersResource:
    """Operations on customers."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncCustomersResourceWithRawResponse(client)

    async def legacy_get(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> LegacyCustomerReply:
        """Retrieve a customer (legacy).

        GET /v1/customer

        Reads a customer named by `key` in a JSON body of the GET, as an early PHP SDK did. Kept
        for old
        PHP SDK releases; use the plural `/v1/customers` routes instead.
        """

        body = LegacyCustomerKey(
            key=key,
        )
        spec = _legacy_get_customer._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _legacy_get_customer._parse, request_options)

    async def legacy_update(
        self,
        *,
        key: str,
        update: LegacyCustomerFields,
        request_options: RequestOptions | None = None,
    ) -> LegacyCustomerReply:
        """Update a customer (legacy).

        PUT /v1/customer

        Changes the customer named by `key`, with the changes in `update`. Kept for old PHP SDK
        releases; use the plural `/v1/customers` routes instead.
        """

        body = LegacyCustomerUpdate(
            key=key,
            update=update,
        )
        spec = _legacy_update_customer._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _legacy_update_customer._parse, request_options)

    async def legacy_create(
        self,
        *,
        customer: LegacyCustomerFields,
        partner: PartnerReference,
        transaction: LegacyCustomerCreateTransactionType0 | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> LegacyCustomerReply:
        """Create a customer (legacy).

        POST /v1/customer

        Creates a customer with its partner and optionally a first transaction, all nested. Kept
        for old
        PHP SDK releases; use the plural `/v1/customers` routes instead.
        """

        body = LegacyCustomerCreate(
            customer=customer,
            partner=partner,
            transaction=transaction,
        )
        spec = _legacy_create_customer._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _legacy_create_customer._parse, request_options)

    async def legacy_delete(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> LegacyCustomerReply:
        """Delete a customer (legacy).

        DELETE /v1/customer

        Removes the customer named by `key` in the body. Kept for old PHP SDK releases; use the
        plural
        `/v1/customers` routes instead.
        """

        body = LegacyCustomerKey(
            key=key,
        )
        spec = _legacy_delete_customer._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _legacy_delete_customer._parse, request_options)

    async def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListCustomersSort | Unset = UNSET,
        partner_key: str | Unset = UNSET,
        partner_email: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[AffiliateCustomer]:
        """List customers.

        GET /v1/customers

        Returns one page of the program's customers. In affiliate programs the list can be
        narrowed to one partner's customers; in refer-a-friend programs to referred or
        non-referred customers.
        """

        spec = _list_customers._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
            partner_key=partner_key,
            partner_email=partner_email,
        )

        envelope = await self._client._request(spec, _list_customers._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_customers._read_page,
            parse=_list_customers._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    async def update_by_body(
        self,
        *,
        key: str,
        update: AffiliateCustomerChanges,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Update a customer named in the body.

        PUT /v1/customers

        Changes a customer identified in the request body instead of the path: by `key` in
        affiliate programs, by `id` in refer-a-friend programs. The changes go in `update`.
        """

        body = AffiliateCustomerUpdateByBody(
            key=key,
            update=update,
        )
        spec = _update_customer_by_body._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _update_customer_by_body._parse, request_options)
        return _update_customer_by_body._unwrap(envelope)

    async def create(
        self,
        *,
        key: str,
        partner: PartnerReference,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        options: AffiliateCustomerOptions | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Create a customer.

        POST /v1/customers

        Records a customer. Affiliate programs need your `key` and the referring partner, so
        that the customer's later sales earn that partner commission. Refer-a-friend programs
        need nothing; naming a `referring_customer` makes the new customer a referred one. The
        reply's status code is not documented, so 200 and 201 are both described.
        """

        body = AffiliateCustomerCreate(
            key=key,
            partner=partner,
            email=email,
            name=name,
            surname=surname,
            tags=tags,
            options=options,
        )
        spec = _create_customer._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _create_customer._parse, request_options)
        return _create_customer._unwrap(envelope)

    async def delete_by_body(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a customer named in the body.

        DELETE /v1/customers

        Deletes the affiliate customer whose `key` is given in the request body, with its
        transactions.
        """

        body = AffiliateCustomerLocator(
            key=key,
        )
        spec = _delete_customer_by_body._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _delete_customer_by_body._parse, request_options)

    async def search(
        self,
        *,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        id: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[AffiliateCustomer]:
        """Search customers.

        GET /v1/customers:search

        Finds customers by e-mail, key or id given as query parameters. Partnero's own clients
        follow the reply's page links like those of the plain list.
        """

        spec = _search_customers._get_kwargs(
            email=email,
            key=key,
            id=id,
            limit=limit,
            page=page,
        )

        envelope = await self._client._request(spec, _search_customers._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_search_customers._read_page,
            parse=_search_customers._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    async def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Retrieve a customer.

        GET /v1/customers/{key}

        Returns one customer. Affiliate programs name it by key; refer-a-friend programs by id
        (the key and e-mail resolve as well).
        """

        spec = _get_customer._get_kwargs(
            key=key,
        )

        envelope = await self._client._request(spec, _get_customer._parse, request_options)
        return _get_customer._unwrap(envelope)

    async def update(
        self,
        key: str,
        *,
        update: AffiliateCustomerChanges | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Update a customer.

        PUT /v1/customers/{key}

        Changes a customer's e-mail or name; affiliate customers can also get a new key and tag
        set. Fields left out keep their value.
        """

        body = AffiliateCustomerUpdate(
            update=update,
        )
        spec = _update_customer._get_kwargs(
            key=key,
            body=body,
        )

        envelope = await self._client._request(spec, _update_customer._parse, request_options)
        return _update_customer._unwrap(envelope)

    async def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a customer.

        DELETE /v1/customers/{key}

        Deletes a customer together with its transactions. Affiliate programs can suspend
        instead; archiving is the reversible option.
        """

        spec = _delete_customer._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _delete_customer._parse, request_options)

    async def approve(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Approve a customer.

        POST /v1/customers/{key}/approve

        Re-activates a suspended affiliate customer, so its sales earn commission again.
        """

        spec = _approve_customer._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _approve_customer._parse, request_options)

    async def suspend(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Suspend a customer.

        POST /v1/customers/{key}/suspend

        Stops an affiliate customer's sales from earning commission until it is approved again.
        Refer-a-friend programs archive customers instead.
        """

        spec = _suspend_customer._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _suspend_customer._parse, request_options)

    async def archive(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomerResult:
        """Archive a customer.

        POST /v1/customers/{key}/archive

        Soft-deletes a customer so it stops earning; restoring brings it back. Seen only in
        Partnero's n8n node, which serves both program types.
        """

        spec = _archive_customer._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _archive_customer._parse, request_options)

    async def restore(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomerResult:
        """Restore an archived customer.

        POST /v1/customers/{key}/revoke-archive

        Undoes archiving. Seen only in Partnero's n8n node.
        """

        spec = _restore_customer._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _restore_customer._parse, request_options)

    async def list_transactions(
        self,
        key: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[AffiliateTransaction]:
        """List a customer's transactions.

        GET /v1/customers/{key}/transactions

        Returns the sales recorded for one customer: in an affiliate program the customer's own
        purchases; in a refer-a-friend program (where the customer is named by id) its own
        purchases and those of the customers it referred. Paging as on the other lists is likely.
        """

        spec = _list_customer_transactions._get_kwargs(
            key=key,
            limit=limit,
            page=page,
        )

        envelope = await self._client._request(spec, _list_customer_transactions._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_customer_transactions._read_page,
            parse=_list_customer_transactions._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )
