"""The `customers` resource: one method per operation, sync and async; raw access wraps them.

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
    from ...models.affiliate_customer import AffiliateCustomer
    from ...models.affiliate_customer_changes import AffiliateCustomerChanges
    from ...models.affiliate_customer_options import AffiliateCustomerOptions
    from ...models.affiliate_transaction import AffiliateTransaction
    from ...models.legacy_customer_create_transaction_type_0 import LegacyCustomerCreateTransactionType0
    from ...models.legacy_customer_fields import LegacyCustomerFields
    from ...models.list_customers_sort import ListCustomersSort
    from ...models.partner_reference import PartnerReference
    from ...models.status_only import StatusOnly
    from ...params import (
        AffiliateCustomerChangesParam,
        AffiliateCustomerOptionsParam,
        LegacyCustomerCreateTransactionType0Param,
        LegacyCustomerFieldsParam,
        PartnerReferenceParam,
    )


class CustomersResource:
    """Operations on customers."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CustomersResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return CustomersResourceWithRawResponse(self)

    def legacy_get(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Retrieve a customer (legacy).

        GET /v1/customer

        Reads a customer named by `key` in a JSON body of the GET. A legacy route; use the plural
        `/v1/customers` routes instead.

        Args:
            key: The customer key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateCustomer` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import LegacyCustomerKey
        from . import legacy_get_customer as _legacy_get_customer

        body = LegacyCustomerKey(
            key=key,
        )
        spec = _legacy_get_customer._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _legacy_get_customer._result, request_options)

    def legacy_update(
        self,
        *,
        key: str,
        update: LegacyCustomerFields | LegacyCustomerFieldsParam,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Update a customer (legacy).

        PUT /v1/customer

        Changes the customer named by `key`, with the changes in `update`. A legacy route; use the
        plural `/v1/customers` routes instead.

        Args:
            key: The customer key.
            update: Customer fields of the legacy routes.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateCustomer` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import LegacyCustomerFields, LegacyCustomerUpdate
        from ...params import LegacyCustomerFieldsParam
        from . import legacy_update_customer as _legacy_update_customer

        body = LegacyCustomerUpdate(
            key=key,
            update=as_model("update", update, LegacyCustomerFields, LegacyCustomerFieldsParam),
        )
        spec = _legacy_update_customer._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _legacy_update_customer._result, request_options)

    def legacy_create(
        self,
        *,
        customer: LegacyCustomerFields | LegacyCustomerFieldsParam,
        partner: PartnerReference | PartnerReferenceParam,
        transaction: LegacyCustomerCreateTransactionType0
        | LegacyCustomerCreateTransactionType0Param
        | None
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Create a customer (legacy).

        POST /v1/customer

        Creates a customer with its partner and optionally a first transaction, all nested. A legacy
        route; use the plural `/v1/customers` routes instead.

        Args:
            customer: Customer fields of the legacy routes.
            partner: Names another partner by one of its identifiers; an empty object names none.
            transaction: An optional first transaction, with the fields of a transaction create.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateCustomer` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import (
            LegacyCustomerCreate,
            LegacyCustomerCreateTransactionType0,
            LegacyCustomerFields,
            PartnerReference,
        )
        from ...params import (
            LegacyCustomerCreateTransactionType0Param,
            LegacyCustomerFieldsParam,
            PartnerReferenceParam,
        )
        from . import legacy_create_customer as _legacy_create_customer

        body = LegacyCustomerCreate(
            customer=as_model("customer", customer, LegacyCustomerFields, LegacyCustomerFieldsParam),
            partner=as_model("partner", partner, PartnerReference, PartnerReferenceParam),
            transaction=transaction
            if isinstance(transaction, Unset) or transaction is None
            else as_model(
                "transaction",
                transaction,
                LegacyCustomerCreateTransactionType0,
                LegacyCustomerCreateTransactionType0Param,
            ),
        )
        spec = _legacy_create_customer._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _legacy_create_customer._result, request_options)

    def legacy_delete(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a customer (legacy).

        DELETE /v1/customer

        Removes the customer named by `key` in the body. A legacy route; use the plural
        `/v1/customers` routes instead.

        Args:
            key: The customer key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import LegacyCustomerKey
        from . import legacy_delete_customer as _legacy_delete_customer

        body = LegacyCustomerKey(
            key=key,
        )
        spec = _legacy_delete_customer._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _legacy_delete_customer._result, request_options)

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

        Returns one page of the program's customers, optionally only those of one partner.

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            sort: Order by creation time: `desc` newest first, `asc` oldest first. Without it the order is not
                documented, so pass `sort` when the order matters.
            partner_key: Only customers credited to the partner with this referral key. An empty value counts as
                left out. The older spelling `partner.key` is accepted too and deprecated.
            partner_email: Only customers credited to the partner with this e-mail. An empty value counts as left
                out. The older spelling `partner.email` is accepted too and deprecated.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `AffiliateCustomer` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_customers as _list_customers

        spec = _list_customers._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
            partner_key=partner_key,
            partner_email=partner_email,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _list_customers._result, request_options),
            read=_list_customers._read_page,
            parse=_list_customers._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def update_by_body(
        self,
        *,
        key: str,
        update: AffiliateCustomerChanges | AffiliateCustomerChangesParam,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Update a customer named in the body.

        PUT /v1/customers

        Changes the customer whose `key` is given in the request body instead of the path. The
        changes go in `update`.

        Args:
            key: The customer's current key.
            update: Fields to change on an affiliate customer; fields left out (or null) keep their value.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateCustomer` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import AffiliateCustomerChanges, AffiliateCustomerUpdateByBody
        from ...params import AffiliateCustomerChangesParam
        from . import update_customer_by_body as _update_customer_by_body

        body = AffiliateCustomerUpdateByBody(
            key=key,
            update=as_model("update", update, AffiliateCustomerChanges, AffiliateCustomerChangesParam),
        )
        spec = _update_customer_by_body._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _update_customer_by_body._result, request_options)

    def create(
        self,
        *,
        key: str,
        partner: PartnerReference | PartnerReferenceParam,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        options: AffiliateCustomerOptions | AffiliateCustomerOptionsParam | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Create a customer.

        POST /v1/customers

        Records a customer with your `key` and the partner who referred it, so that the customer's
        later sales earn that partner commission. The reply's status code is not documented, so
        200 and 201 are both described.

        Args:
            key: Your identifier for the customer, unique within the program; reuse it when recording
                sales.
            partner: Names another partner by one of its identifiers; an empty object names none.
            email: The customer's e-mail address.
            name: First name.
            surname: Last name.
            tags: Labels to put on the customer.
            options: Extra switches, such as `referral_url` to pin the sign-up to one of the partner's links.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateCustomer` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import AffiliateCustomerCreate, AffiliateCustomerOptions, PartnerReference
        from ...params import AffiliateCustomerOptionsParam, PartnerReferenceParam
        from . import create_customer as _create_customer

        body = AffiliateCustomerCreate(
            key=key,
            partner=as_model("partner", partner, PartnerReference, PartnerReferenceParam),
            email=email,
            name=name,
            surname=surname,
            tags=tags,
            options=options
            if isinstance(options, Unset) or options is None
            else as_model("options", options, AffiliateCustomerOptions, AffiliateCustomerOptionsParam),
        )
        spec = _create_customer._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _create_customer._result, request_options)

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

        Args:
            key: The customer key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import AffiliateCustomerLocator
        from . import delete_customer_by_body as _delete_customer_by_body

        body = AffiliateCustomerLocator(
            key=key,
        )
        spec = _delete_customer_by_body._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _delete_customer_by_body._result, request_options)

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

        Finds customers by e-mail, key or id given as query parameters. The reply pages like the
        plain list: follow its page links.

        Args:
            email: Customer e-mail to match. Give one of `email`, `key` or `id`.
            key: Customer key to match.
            id: Customer id to match; these customers have no id of their own, so their key is matched.
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `AffiliateCustomer` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import search_customers as _search_customers

        spec = _search_customers._get_kwargs(
            email=email,
            key=key,
            id=id,
            limit=limit,
            page=page,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _search_customers._result, request_options),
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

        Returns one customer by key.

        Args:
            key: The customer's key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateCustomer` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_customer as _get_customer

        spec = _get_customer._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _get_customer._result, request_options)

    def update(
        self,
        key: str,
        *,
        update: AffiliateCustomerChanges | AffiliateCustomerChangesParam,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Update a customer.

        PUT /v1/customers/{key}

        Changes a customer's e-mail, name, key or tags. Fields left out keep their value.

        Args:
            key: The customer's key.
            update: Fields to change on an affiliate customer; fields left out (or null) keep their value.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateCustomer` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import AffiliateCustomerChanges, AffiliateCustomerUpdate
        from ...params import AffiliateCustomerChangesParam
        from . import update_customer as _update_customer

        body = AffiliateCustomerUpdate(
            update=as_model("update", update, AffiliateCustomerChanges, AffiliateCustomerChangesParam),
        )
        spec = _update_customer._get_kwargs(
            key=key,
            body=body,
        )

        return self._client._request(spec, _update_customer._result, request_options)

    def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a customer.

        DELETE /v1/customers/{key}

        Deletes a customer together with its transactions. Suspending stops its commissions
        instead; archiving is the reversible option.

        Args:
            key: The customer's key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import delete_customer as _delete_customer

        spec = _delete_customer._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _delete_customer._result, request_options)

    def approve(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Approve a customer.

        POST /v1/customers/{key}/approve

        Re-activates a suspended affiliate customer, so its sales earn commission again.

        Args:
            key: The customer's key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import approve_customer as _approve_customer

        spec = _approve_customer._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _approve_customer._result, request_options)

    def suspend(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Suspend a customer.

        POST /v1/customers/{key}/suspend

        Stops a customer's sales from earning commission until it is approved again.

        Args:
            key: The customer's key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import suspend_customer as _suspend_customer

        spec = _suspend_customer._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _suspend_customer._result, request_options)

    def archive(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Archive a customer.

        POST /v1/customers/{key}/archive

        Soft-deletes a customer so it stops earning; restoring brings it back. The docs show no
        reply; the usual `{"status": 1}` is described.

        Args:
            key: The customer's key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import archive_customer as _archive_customer

        spec = _archive_customer._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _archive_customer._result, request_options)

    def restore(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Restore an archived customer.

        POST /v1/customers/{key}/revoke-archive

        Undoes archiving.

        Args:
            key: The customer's key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import restore_customer as _restore_customer

        spec = _restore_customer._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _restore_customer._result, request_options)

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

        Returns the sales recorded for one customer. Paging as on the other lists is likely.

        Args:
            key: The customer's key.
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `AffiliateTransaction` items; iterating it follows every later page.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_customer_transactions as _list_customer_transactions

        spec = _list_customer_transactions._get_kwargs(
            key=key,
            limit=limit,
            page=page,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _list_customer_transactions._result, request_options),
            read=_list_customer_transactions._read_page,
            parse=_list_customer_transactions._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )


class CustomersResourceWithRawResponse:
    """`customers` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: CustomersResource) -> None:
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

        self.legacy_get = to_raw(resource.legacy_get, _legacy_get_customer._parse)
        self.legacy_update = to_raw(resource.legacy_update, _legacy_update_customer._parse)
        self.legacy_create = to_raw(resource.legacy_create, _legacy_create_customer._parse)
        self.legacy_delete = to_raw(resource.legacy_delete, _legacy_delete_customer._parse)
        self.list = to_raw(resource.list, _list_customers._parse)
        self.update_by_body = to_raw(resource.update_by_body, _update_customer_by_body._parse)
        self.create = to_raw(resource.create, _create_customer._parse)
        self.delete_by_body = to_raw(resource.delete_by_body, _delete_customer_by_body._parse)
        self.search = to_raw(resource.search, _search_customers._parse)
        self.get = to_raw(resource.get, _get_customer._parse)
        self.update = to_raw(resource.update, _update_customer._parse)
        self.delete = to_raw(resource.delete, _delete_customer._parse)
        self.approve = to_raw(resource.approve, _approve_customer._parse)
        self.suspend = to_raw(resource.suspend, _suspend_customer._parse)
        self.archive = to_raw(resource.archive, _archive_customer._parse)
        self.restore = to_raw(resource.restore, _restore_customer._parse)
        self.list_transactions = to_raw(resource.list_transactions, _list_customer_transactions._parse)


class AsyncCustomersResource:
    """Operations on customers."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCustomersResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return AsyncCustomersResourceWithRawResponse(self)

    async def legacy_get(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Retrieve a customer (legacy).

        GET /v1/customer

        Reads a customer named by `key` in a JSON body of the GET. A legacy route; use the plural
        `/v1/customers` routes instead.

        Args:
            key: The customer key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateCustomer` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import LegacyCustomerKey
        from . import legacy_get_customer as _legacy_get_customer

        body = LegacyCustomerKey(
            key=key,
        )
        spec = _legacy_get_customer._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _legacy_get_customer._result, request_options)

    async def legacy_update(
        self,
        *,
        key: str,
        update: LegacyCustomerFields | LegacyCustomerFieldsParam,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Update a customer (legacy).

        PUT /v1/customer

        Changes the customer named by `key`, with the changes in `update`. A legacy route; use the
        plural `/v1/customers` routes instead.

        Args:
            key: The customer key.
            update: Customer fields of the legacy routes.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateCustomer` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import LegacyCustomerFields, LegacyCustomerUpdate
        from ...params import LegacyCustomerFieldsParam
        from . import legacy_update_customer as _legacy_update_customer

        body = LegacyCustomerUpdate(
            key=key,
            update=as_model("update", update, LegacyCustomerFields, LegacyCustomerFieldsParam),
        )
        spec = _legacy_update_customer._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _legacy_update_customer._result, request_options)

    async def legacy_create(
        self,
        *,
        customer: LegacyCustomerFields | LegacyCustomerFieldsParam,
        partner: PartnerReference | PartnerReferenceParam,
        transaction: LegacyCustomerCreateTransactionType0
        | LegacyCustomerCreateTransactionType0Param
        | None
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Create a customer (legacy).

        POST /v1/customer

        Creates a customer with its partner and optionally a first transaction, all nested. A legacy
        route; use the plural `/v1/customers` routes instead.

        Args:
            customer: Customer fields of the legacy routes.
            partner: Names another partner by one of its identifiers; an empty object names none.
            transaction: An optional first transaction, with the fields of a transaction create.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateCustomer` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import (
            LegacyCustomerCreate,
            LegacyCustomerCreateTransactionType0,
            LegacyCustomerFields,
            PartnerReference,
        )
        from ...params import (
            LegacyCustomerCreateTransactionType0Param,
            LegacyCustomerFieldsParam,
            PartnerReferenceParam,
        )
        from . import legacy_create_customer as _legacy_create_customer

        body = LegacyCustomerCreate(
            customer=as_model("customer", customer, LegacyCustomerFields, LegacyCustomerFieldsParam),
            partner=as_model("partner", partner, PartnerReference, PartnerReferenceParam),
            transaction=transaction
            if isinstance(transaction, Unset) or transaction is None
            else as_model(
                "transaction",
                transaction,
                LegacyCustomerCreateTransactionType0,
                LegacyCustomerCreateTransactionType0Param,
            ),
        )
        spec = _legacy_create_customer._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _legacy_create_customer._result, request_options)

    async def legacy_delete(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a customer (legacy).

        DELETE /v1/customer

        Removes the customer named by `key` in the body. A legacy route; use the plural
        `/v1/customers` routes instead.

        Args:
            key: The customer key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import LegacyCustomerKey
        from . import legacy_delete_customer as _legacy_delete_customer

        body = LegacyCustomerKey(
            key=key,
        )
        spec = _legacy_delete_customer._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _legacy_delete_customer._result, request_options)

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListCustomersSort | Unset = UNSET,
        partner_key: str | Unset = UNSET,
        partner_email: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[AffiliateCustomer]:
        """List customers.

        GET /v1/customers

        Returns one page of the program's customers, optionally only those of one partner.

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            sort: Order by creation time: `desc` newest first, `asc` oldest first. Without it the order is not
                documented, so pass `sort` when the order matters.
            partner_key: Only customers credited to the partner with this referral key. An empty value counts as
                left out. The older spelling `partner.key` is accepted too and deprecated.
            partner_email: Only customers credited to the partner with this e-mail. An empty value counts as left
                out. The older spelling `partner.email` is accepted too and deprecated.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `AffiliateCustomer` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_customers as _list_customers

        spec = _list_customers._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
            partner_key=partner_key,
            partner_email=partner_email,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_list_customers._result,
            read=_list_customers._read_page,
            parse=_list_customers._parse,
            options=request_options,
        )

    async def update_by_body(
        self,
        *,
        key: str,
        update: AffiliateCustomerChanges | AffiliateCustomerChangesParam,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Update a customer named in the body.

        PUT /v1/customers

        Changes the customer whose `key` is given in the request body instead of the path. The
        changes go in `update`.

        Args:
            key: The customer's current key.
            update: Fields to change on an affiliate customer; fields left out (or null) keep their value.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateCustomer` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import AffiliateCustomerChanges, AffiliateCustomerUpdateByBody
        from ...params import AffiliateCustomerChangesParam
        from . import update_customer_by_body as _update_customer_by_body

        body = AffiliateCustomerUpdateByBody(
            key=key,
            update=as_model("update", update, AffiliateCustomerChanges, AffiliateCustomerChangesParam),
        )
        spec = _update_customer_by_body._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _update_customer_by_body._result, request_options)

    async def create(
        self,
        *,
        key: str,
        partner: PartnerReference | PartnerReferenceParam,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        options: AffiliateCustomerOptions | AffiliateCustomerOptionsParam | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Create a customer.

        POST /v1/customers

        Records a customer with your `key` and the partner who referred it, so that the customer's
        later sales earn that partner commission. The reply's status code is not documented, so
        200 and 201 are both described.

        Args:
            key: Your identifier for the customer, unique within the program; reuse it when recording
                sales.
            partner: Names another partner by one of its identifiers; an empty object names none.
            email: The customer's e-mail address.
            name: First name.
            surname: Last name.
            tags: Labels to put on the customer.
            options: Extra switches, such as `referral_url` to pin the sign-up to one of the partner's links.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateCustomer` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import AffiliateCustomerCreate, AffiliateCustomerOptions, PartnerReference
        from ...params import AffiliateCustomerOptionsParam, PartnerReferenceParam
        from . import create_customer as _create_customer

        body = AffiliateCustomerCreate(
            key=key,
            partner=as_model("partner", partner, PartnerReference, PartnerReferenceParam),
            email=email,
            name=name,
            surname=surname,
            tags=tags,
            options=options
            if isinstance(options, Unset) or options is None
            else as_model("options", options, AffiliateCustomerOptions, AffiliateCustomerOptionsParam),
        )
        spec = _create_customer._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _create_customer._result, request_options)

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

        Args:
            key: The customer key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import AffiliateCustomerLocator
        from . import delete_customer_by_body as _delete_customer_by_body

        body = AffiliateCustomerLocator(
            key=key,
        )
        spec = _delete_customer_by_body._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _delete_customer_by_body._result, request_options)

    def search(
        self,
        *,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        id: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[AffiliateCustomer]:
        """Search customers.

        GET /v1/customers:search

        Finds customers by e-mail, key or id given as query parameters. The reply pages like the
        plain list: follow its page links.

        Args:
            email: Customer e-mail to match. Give one of `email`, `key` or `id`.
            key: Customer key to match.
            id: Customer id to match; these customers have no id of their own, so their key is matched.
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `AffiliateCustomer` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import search_customers as _search_customers

        spec = _search_customers._get_kwargs(
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
            result=_search_customers._result,
            read=_search_customers._read_page,
            parse=_search_customers._parse,
            options=request_options,
        )

    async def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Retrieve a customer.

        GET /v1/customers/{key}

        Returns one customer by key.

        Args:
            key: The customer's key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateCustomer` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_customer as _get_customer

        spec = _get_customer._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _get_customer._result, request_options)

    async def update(
        self,
        key: str,
        *,
        update: AffiliateCustomerChanges | AffiliateCustomerChangesParam,
        request_options: RequestOptions | None = None,
    ) -> AffiliateCustomer:
        """Update a customer.

        PUT /v1/customers/{key}

        Changes a customer's e-mail, name, key or tags. Fields left out keep their value.

        Args:
            key: The customer's key.
            update: Fields to change on an affiliate customer; fields left out (or null) keep their value.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateCustomer` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import AffiliateCustomerChanges, AffiliateCustomerUpdate
        from ...params import AffiliateCustomerChangesParam
        from . import update_customer as _update_customer

        body = AffiliateCustomerUpdate(
            update=as_model("update", update, AffiliateCustomerChanges, AffiliateCustomerChangesParam),
        )
        spec = _update_customer._get_kwargs(
            key=key,
            body=body,
        )

        return await self._client._request(spec, _update_customer._result, request_options)

    async def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a customer.

        DELETE /v1/customers/{key}

        Deletes a customer together with its transactions. Suspending stops its commissions
        instead; archiving is the reversible option.

        Args:
            key: The customer's key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import delete_customer as _delete_customer

        spec = _delete_customer._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _delete_customer._result, request_options)

    async def approve(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Approve a customer.

        POST /v1/customers/{key}/approve

        Re-activates a suspended affiliate customer, so its sales earn commission again.

        Args:
            key: The customer's key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import approve_customer as _approve_customer

        spec = _approve_customer._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _approve_customer._result, request_options)

    async def suspend(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Suspend a customer.

        POST /v1/customers/{key}/suspend

        Stops a customer's sales from earning commission until it is approved again.

        Args:
            key: The customer's key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import suspend_customer as _suspend_customer

        spec = _suspend_customer._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _suspend_customer._result, request_options)

    async def archive(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Archive a customer.

        POST /v1/customers/{key}/archive

        Soft-deletes a customer so it stops earning; restoring brings it back. The docs show no
        reply; the usual `{"status": 1}` is described.

        Args:
            key: The customer's key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import archive_customer as _archive_customer

        spec = _archive_customer._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _archive_customer._result, request_options)

    async def restore(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Restore an archived customer.

        POST /v1/customers/{key}/revoke-archive

        Undoes archiving.

        Args:
            key: The customer's key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import restore_customer as _restore_customer

        spec = _restore_customer._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _restore_customer._result, request_options)

    def list_transactions(
        self,
        key: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[AffiliateTransaction]:
        """List a customer's transactions.

        GET /v1/customers/{key}/transactions

        Returns the sales recorded for one customer. Paging as on the other lists is likely.

        Args:
            key: The customer's key.
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `AffiliateTransaction` items; iterating it follows every later page.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_customer_transactions as _list_customer_transactions

        spec = _list_customer_transactions._get_kwargs(
            key=key,
            limit=limit,
            page=page,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_list_customer_transactions._result,
            read=_list_customer_transactions._read_page,
            parse=_list_customer_transactions._parse,
            options=request_options,
        )


class AsyncCustomersResourceWithRawResponse:
    """`customers` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: AsyncCustomersResource) -> None:
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

        self.legacy_get = to_async_raw(resource.legacy_get, _legacy_get_customer._parse)
        self.legacy_update = to_async_raw(resource.legacy_update, _legacy_update_customer._parse)
        self.legacy_create = to_async_raw(resource.legacy_create, _legacy_create_customer._parse)
        self.legacy_delete = to_async_raw(resource.legacy_delete, _legacy_delete_customer._parse)
        self.list = to_async_raw(resource.list, _list_customers._parse)
        self.update_by_body = to_async_raw(resource.update_by_body, _update_customer_by_body._parse)
        self.create = to_async_raw(resource.create, _create_customer._parse)
        self.delete_by_body = to_async_raw(resource.delete_by_body, _delete_customer_by_body._parse)
        self.search = to_async_raw(resource.search, _search_customers._parse)
        self.get = to_async_raw(resource.get, _get_customer._parse)
        self.update = to_async_raw(resource.update, _update_customer._parse)
        self.delete = to_async_raw(resource.delete, _delete_customer._parse)
        self.approve = to_async_raw(resource.approve, _approve_customer._parse)
        self.suspend = to_async_raw(resource.suspend, _suspend_customer._parse)
        self.archive = to_async_raw(resource.archive, _archive_customer._parse)
        self.restore = to_async_raw(resource.restore, _restore_customer._parse)
        self.list_transactions = to_async_raw(resource.list_transactions, _list_customer_transactions._parse)
