"""The `customers` resource: one method per operation, sync and async, plain and raw."""

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.pagination import AsyncPage, SyncPage
from ...._core.response import RawResponse
from ...models.balance_credit import BalanceCredit
from ...models.balance_credit_result import BalanceCreditResult
from ...models.balance_envelope import BalanceEnvelope
from ...models.balance_of_customer import BalanceOfCustomer
from ...models.customer_refer_status import CustomerReferStatus
from ...models.customer_result import CustomerResult
from ...models.list_referral_customers_sort import ListReferralCustomersSort
from ...models.referral_customer import ReferralCustomer
from ...models.referral_customer_changes import ReferralCustomerChanges
from ...models.referral_customer_create import ReferralCustomerCreate
from ...models.referral_customer_envelope import ReferralCustomerEnvelope
from ...models.referral_customer_invite import ReferralCustomerInvite
from ...models.referral_customer_invite_personalization_type_0 import (
    ReferralCustomerInvitePersonalizationType0,
)
from ...models.referral_customer_listing import ReferralCustomerListing
from ...models.referral_customer_metadata_input import ReferralCustomerMetadataInput
from ...models.referral_customer_page import ReferralCustomerPage
from ...models.referral_customer_referrer_reference import ReferralCustomerReferrerReference
from ...models.referral_customer_update import ReferralCustomerUpdate
from ...models.referral_customer_update_by_body import ReferralCustomerUpdateByBody
from ...models.referral_transaction import ReferralTransaction
from ...models.referral_transaction_listing import ReferralTransactionListing
from ...models.status_only import StatusOnly
from ...types import UNSET, Unset
from . import archive_referral_customer as _archive_referral_customer
from . import create_referral_customer as _create_referral_customer
from . import credit_referral_customer_balance as _credit_referral_customer_balance
from . import delete_referral_customer as _delete_referral_customer
from . import get_referral_customer as _get_referral_customer
from . import get_referral_customer_balance as _get_referral_customer_balance
from . import get_referral_customer_stats as _get_referral_customer_stats
from . import invite_referral_customer as _invite_referral_customer
from . import list_referral_customer_transactions as _list_referral_customer_transactions
from . import list_referral_customers as _list_referral_customers
from . import list_referred_customers as _list_referred_customers
from . import restore_referral_customer as _restore_referral_customer
from . import search_referral_customers as _search_referral_customers
from . import update_referral_customer as _update_referral_customer
from . import update_referral_customer_by_body as _update_referral_customer_by_body


class CustomersResourceWithRawResponse:
    """Operations on customers, returning the raw reply with the parsed envelope."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListReferralCustomersSort | Unset = UNSET,
        refer_status: CustomerReferStatus | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralCustomerPage]:
        """List customers.

        GET /v1/customers

        Returns one page of the program's customers. In affiliate programs the list can be
        narrowed to one partner's customers; in refer-a-friend programs to referred or
        non-referred customers.
        """

        spec = _list_referral_customers._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
            refer_status=refer_status,
        )

        return self._client._request_raw(spec, _list_referral_customers._parse, request_options)

    def update_by_body(
        self,
        *,
        id: str,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralCustomerEnvelope]:
        """Update a customer named in the body.

        PUT /v1/customers

        Changes a customer identified in the request body instead of the path: by `key` in
        affiliate programs, by `id` in refer-a-friend programs. The changes go in `update`.
        """

        changes = ReferralCustomerChanges(
            email=email,
            name=name,
            surname=surname,
        )
        body = ReferralCustomerUpdateByBody(
            id=id,
            update=changes,
        )
        spec = _update_referral_customer_by_body._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _update_referral_customer_by_body._parse, request_options)

    def create(
        self,
        *,
        id: None | str | Unset = UNSET,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        referring_customer: None | ReferralCustomerReferrerReference | Unset = UNSET,
        metadata: None | ReferralCustomerMetadataInput | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralCustomerEnvelope]:
        """Create a customer.

        POST /v1/customers

        Records a customer. Affiliate programs need your `key` and the referring partner, so
        that the customer's later sales earn that partner commission. Refer-a-friend programs
        need nothing; naming a `referring_customer` makes the new customer a referred one. The
        reply's status code is not documented, so 200 and 201 are both described.
        """

        body = ReferralCustomerCreate(
            id=id,
            key=key,
            email=email,
            name=name,
            surname=surname,
            referring_customer=referring_customer,
            metadata=metadata,
        )
        spec = _create_referral_customer._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _create_referral_customer._parse, request_options)

    def search(
        self,
        *,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        id: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralCustomerPage]:
        """Search customers.

        GET /v1/customers:search

        Finds customers by e-mail, key or id given as query parameters. Partnero's own clients
        follow the reply's page links like those of the plain list.
        """

        spec = _search_referral_customers._get_kwargs(
            email=email,
            key=key,
            id=id,
            limit=limit,
            page=page,
        )

        return self._client._request_raw(spec, _search_referral_customers._parse, request_options)

    def invite(
        self,
        *,
        email: str,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        key: None | str | Unset = UNSET,
        personalization: None | ReferralCustomerInvitePersonalizationType0 | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerResult]:
        """Invite someone to the program.

        POST /v1/customers:invite

        Sends an invitation e-mail to join the refer-a-friend program, filling the template with
        the `personalization` values. Only Partnero's PHP SDK shows this route; no reply is
        documented.
        """

        body = ReferralCustomerInvite(
            email=email,
            name=name,
            surname=surname,
            id=id,
            key=key,
            personalization=personalization,
        )
        spec = _invite_referral_customer._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _invite_referral_customer._parse, request_options)

    def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralCustomerEnvelope]:
        """Retrieve a customer.

        GET /v1/customers/{key}

        Returns one customer. Affiliate programs name it by key; refer-a-friend programs by id
        (the key and e-mail resolve as well).
        """

        spec = _get_referral_customer._get_kwargs(
            key=key,
        )

        return self._client._request_raw(spec, _get_referral_customer._parse, request_options)

    def update(
        self,
        key: str,
        *,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralCustomerEnvelope]:
        """Update a customer.

        PUT /v1/customers/{key}

        Changes a customer's e-mail or name; affiliate customers can also get a new key and tag
        set. Fields left out keep their value.
        """

        changes = ReferralCustomerChanges(
            email=email,
            name=name,
            surname=surname,
        )
        body = ReferralCustomerUpdate(
            update=changes,
        )
        spec = _update_referral_customer._get_kwargs(
            key=key,
            body=body,
        )

        return self._client._request_raw(spec, _update_referral_customer._parse, request_options)

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

        spec = _delete_referral_customer._get_kwargs(
            key=key,
        )

        return self._client._request_raw(spec, _delete_referral_customer._parse, request_options)

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

        spec = _archive_referral_customer._get_kwargs(
            key=key,
        )

        return self._client._request_raw(spec, _archive_referral_customer._parse, request_options)

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

        spec = _restore_referral_customer._get_kwargs(
            key=key,
        )

        return self._client._request_raw(spec, _restore_referral_customer._parse, request_options)

    def list_transactions(
        self,
        key: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralTransactionListing]:
        """List a customer's transactions.

        GET /v1/customers/{key}/transactions

        Returns the sales recorded for one customer: in an affiliate program the customer's own
        purchases; in a refer-a-friend program (where the customer is named by id) its own
        purchases and those of the customers it referred. Paging as on the other lists is likely.
        """

        spec = _list_referral_customer_transactions._get_kwargs(
            key=key,
            limit=limit,
            page=page,
        )

        return self._client._request_raw(spec, _list_referral_customer_transactions._parse, request_options)

    def get_balance(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[BalanceEnvelope]:
        """Retrieve a customer's reward balance.

        GET /v1/customers/{id}/balance

        Returns a refer-a-friend customer with the rewards it has earned and not yet been paid,
        grouped by currency or reward unit.
        """

        spec = _get_referral_customer_balance._get_kwargs(
            id=id,
        )

        return self._client._request_raw(spec, _get_referral_customer_balance._parse, request_options)

    def credit_balance(
        self,
        id: str,
        *,
        amount: float,
        is_currency: bool | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[BalanceCreditResult]:
        """Credit a customer's reward balance.

        POST /v1/customers/{id}/balance/credit

        Adds an amount to a referring customer's reward balance by hand, in money or in another
        reward unit. No reply is documented.
        """

        body = BalanceCredit(
            amount=amount,
            is_currency=is_currency,
            amount_units=amount_units,
        )
        spec = _credit_referral_customer_balance._get_kwargs(
            id=id,
            body=body,
        )

        return self._client._request_raw(spec, _credit_referral_customer_balance._parse, request_options)

    def list_referred(
        self,
        id: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralCustomerListing]:
        """List the customers a customer referred.

        GET /v1/customers/{id}/referrals

        Returns the customers one referring customer brought in. Only Partnero's PHP SDK shows
        this route; the reply is presumably a list of customers.
        """

        spec = _list_referred_customers._get_kwargs(
            id=id,
            limit=limit,
            page=page,
        )

        return self._client._request_raw(spec, _list_referred_customers._parse, request_options)

    def get_stats(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerResult]:
        """Retrieve a customer's referral statistics.

        GET /v1/customers/{id}/stats

        Returns referral statistics of one refer-a-friend customer. Only Partnero's PHP SDK
        shows this route; the shape of its reply is not documented.
        """

        spec = _get_referral_customer_stats._get_kwargs(
            id=id,
        )

        return self._client._request_raw(spec, _get_referral_customer_stats._parse, request_options)


class CustomersResource:
    """Operations on customers."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = CustomersResourceWithRawResponse(client)

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListReferralCustomersSort | Unset = UNSET,
        refer_status: CustomerReferStatus | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[ReferralCustomer]:
        """List customers.

        GET /v1/customers

        Returns one page of the program's customers. In affiliate programs the list can be
        narrowed to one partner's customers; in refer-a-friend programs to referred or
        non-referred customers.
        """

        spec = _list_referral_customers._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
            refer_status=refer_status,
        )

        envelope = self._client._request(spec, _list_referral_customers._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_referral_customers._read_page,
            parse=_list_referral_customers._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def update_by_body(
        self,
        *,
        id: str,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReferralCustomer:
        """Update a customer named in the body.

        PUT /v1/customers

        Changes a customer identified in the request body instead of the path: by `key` in
        affiliate programs, by `id` in refer-a-friend programs. The changes go in `update`.
        """

        changes = ReferralCustomerChanges(
            email=email,
            name=name,
            surname=surname,
        )
        body = ReferralCustomerUpdateByBody(
            id=id,
            update=changes,
        )
        spec = _update_referral_customer_by_body._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _update_referral_customer_by_body._parse, request_options)
        return _update_referral_customer_by_body._unwrap(envelope)

    def create(
        self,
        *,
        id: None | str | Unset = UNSET,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        referring_customer: None | ReferralCustomerReferrerReference | Unset = UNSET,
        metadata: None | ReferralCustomerMetadataInput | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReferralCustomer:
        """Create a customer.

        POST /v1/customers

        Records a customer. Affiliate programs need your `key` and the referring partner, so
        that the customer's later sales earn that partner commission. Refer-a-friend programs
        need nothing; naming a `referring_customer` makes the new customer a referred one. The
        reply's status code is not documented, so 200 and 201 are both described.
        """

        body = ReferralCustomerCreate(
            id=id,
            key=key,
            email=email,
            name=name,
            surname=surname,
            referring_customer=referring_customer,
            metadata=metadata,
        )
        spec = _create_referral_customer._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _create_referral_customer._parse, request_options)
        return _create_referral_customer._unwrap(envelope)

    def search(
        self,
        *,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        id: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[ReferralCustomer]:
        """Search customers.

        GET /v1/customers:search

        Finds customers by e-mail, key or id given as query parameters. Partnero's own clients
        follow the reply's page links like those of the plain list.
        """

        spec = _search_referral_customers._get_kwargs(
            email=email,
            key=key,
            id=id,
            limit=limit,
            page=page,
        )

        envelope = self._client._request(spec, _search_referral_customers._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_search_referral_customers._read_page,
            parse=_search_referral_customers._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def invite(
        self,
        *,
        email: str,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        key: None | str | Unset = UNSET,
        personalization: None | ReferralCustomerInvitePersonalizationType0 | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomerResult:
        """Invite someone to the program.

        POST /v1/customers:invite

        Sends an invitation e-mail to join the refer-a-friend program, filling the template with
        the `personalization` values. Only Partnero's PHP SDK shows this route; no reply is
        documented.
        """

        body = ReferralCustomerInvite(
            email=email,
            name=name,
            surname=surname,
            id=id,
            key=key,
            personalization=personalization,
        )
        spec = _invite_referral_customer._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _invite_referral_customer._parse, request_options)

    def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ReferralCustomer:
        """Retrieve a customer.

        GET /v1/customers/{key}

        Returns one customer. Affiliate programs name it by key; refer-a-friend programs by id
        (the key and e-mail resolve as well).
        """

        spec = _get_referral_customer._get_kwargs(
            key=key,
        )

        envelope = self._client._request(spec, _get_referral_customer._parse, request_options)
        return _get_referral_customer._unwrap(envelope)

    def update(
        self,
        key: str,
        *,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReferralCustomer:
        """Update a customer.

        PUT /v1/customers/{key}

        Changes a customer's e-mail or name; affiliate customers can also get a new key and tag
        set. Fields left out keep their value.
        """

        changes = ReferralCustomerChanges(
            email=email,
            name=name,
            surname=surname,
        )
        body = ReferralCustomerUpdate(
            update=changes,
        )
        spec = _update_referral_customer._get_kwargs(
            key=key,
            body=body,
        )

        envelope = self._client._request(spec, _update_referral_customer._parse, request_options)
        return _update_referral_customer._unwrap(envelope)

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

        spec = _delete_referral_customer._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _delete_referral_customer._parse, request_options)

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

        spec = _archive_referral_customer._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _archive_referral_customer._parse, request_options)

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

        spec = _restore_referral_customer._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _restore_referral_customer._parse, request_options)

    def list_transactions(
        self,
        key: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[ReferralTransaction]:
        """List a customer's transactions.

        GET /v1/customers/{key}/transactions

        Returns the sales recorded for one customer: in an affiliate program the customer's own
        purchases; in a refer-a-friend program (where the customer is named by id) its own
        purchases and those of the customers it referred. Paging as on the other lists is likely.
        """

        spec = _list_referral_customer_transactions._get_kwargs(
            key=key,
            limit=limit,
            page=page,
        )

        envelope = self._client._request(spec, _list_referral_customer_transactions._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_referral_customer_transactions._read_page,
            parse=_list_referral_customer_transactions._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def get_balance(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> BalanceOfCustomer:
        """Retrieve a customer's reward balance.

        GET /v1/customers/{id}/balance

        Returns a refer-a-friend customer with the rewards it has earned and not yet been paid,
        grouped by currency or reward unit.
        """

        spec = _get_referral_customer_balance._get_kwargs(
            id=id,
        )

        envelope = self._client._request(spec, _get_referral_customer_balance._parse, request_options)
        return _get_referral_customer_balance._unwrap(envelope)

    def credit_balance(
        self,
        id: str,
        *,
        amount: float,
        is_currency: bool | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> BalanceCreditResult:
        """Credit a customer's reward balance.

        POST /v1/customers/{id}/balance/credit

        Adds an amount to a referring customer's reward balance by hand, in money or in another
        reward unit. No reply is documented.
        """

        body = BalanceCredit(
            amount=amount,
            is_currency=is_currency,
            amount_units=amount_units,
        )
        spec = _credit_referral_customer_balance._get_kwargs(
            id=id,
            body=body,
        )

        return self._client._request(spec, _credit_referral_customer_balance._parse, request_options)

    def list_referred(
        self,
        id: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[ReferralCustomer]:
        """List the customers a customer referred.

        GET /v1/customers/{id}/referrals

        Returns the customers one referring customer brought in. Only Partnero's PHP SDK shows
        this route; the reply is presumably a list of customers.
        """

        spec = _list_referred_customers._get_kwargs(
            id=id,
            limit=limit,
            page=page,
        )

        envelope = self._client._request(spec, _list_referred_customers._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_referred_customers._read_page,
            parse=_list_referred_customers._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def get_stats(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomerResult:
        """Retrieve a customer's referral statistics.

        GET /v1/customers/{id}/stats

        Returns referral statistics of one refer-a-friend customer. Only Partnero's PHP SDK
        shows this route; the shape of its reply is not documented.
        """

        spec = _get_referral_customer_stats._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _get_referral_customer_stats._parse, request_options)


class AsyncCustomersResourceWithRawResponse:
    """Operations on customers, returning the raw reply with the parsed envelope."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListReferralCustomersSort | Unset = UNSET,
        refer_status: CustomerReferStatus | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralCustomerPage]:
        """List customers.

        GET /v1/customers

        Returns one page of the program's customers. In affiliate programs the list can be
        narrowed to one partner's customers; in refer-a-friend programs to referred or
        non-referred customers.
        """

        spec = _list_referral_customers._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
            refer_status=refer_status,
        )

        return await self._client._request_raw(spec, _list_referral_customers._parse, request_options)

    async def update_by_body(
        self,
        *,
        id: str,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralCustomerEnvelope]:
        """Update a customer named in the body.

        PUT /v1/customers

        Changes a customer identified in the request body instead of the path: by `key` in
        affiliate programs, by `id` in refer-a-friend programs. The changes go in `update`.
        """

        changes = ReferralCustomerChanges(
            email=email,
            name=name,
            surname=surname,
        )
        body = ReferralCustomerUpdateByBody(
            id=id,
            update=changes,
        )
        spec = _update_referral_customer_by_body._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(
            spec, _update_referral_customer_by_body._parse, request_options
        )

    async def create(
        self,
        *,
        id: None | str | Unset = UNSET,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        referring_customer: None | ReferralCustomerReferrerReference | Unset = UNSET,
        metadata: None | ReferralCustomerMetadataInput | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralCustomerEnvelope]:
        """Create a customer.

        POST /v1/customers

        Records a customer. Affiliate programs need your `key` and the referring partner, so
        that the customer's later sales earn that partner commission. Refer-a-friend programs
        need nothing; naming a `referring_customer` makes the new customer a referred one. The
        reply's status code is not documented, so 200 and 201 are both described.
        """

        body = ReferralCustomerCreate(
            id=id,
            key=key,
            email=email,
            name=name,
            surname=surname,
            referring_customer=referring_customer,
            metadata=metadata,
        )
        spec = _create_referral_customer._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _create_referral_customer._parse, request_options)

    async def search(
        self,
        *,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        id: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralCustomerPage]:
        """Search customers.

        GET /v1/customers:search

        Finds customers by e-mail, key or id given as query parameters. Partnero's own clients
        follow the reply's page links like those of the plain list.
        """

        spec = _search_referral_customers._get_kwargs(
            email=email,
            key=key,
            id=id,
            limit=limit,
            page=page,
        )

        return await self._client._request_raw(spec, _search_referral_customers._parse, request_options)

    async def invite(
        self,
        *,
        email: str,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        key: None | str | Unset = UNSET,
        personalization: None | ReferralCustomerInvitePersonalizationType0 | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerResult]:
        """Invite someone to the program.

        POST /v1/customers:invite

        Sends an invitation e-mail to join the refer-a-friend program, filling the template with
        the `personalization` values. Only Partnero's PHP SDK shows this route; no reply is
        documented.
        """

        body = ReferralCustomerInvite(
            email=email,
            name=name,
            surname=surname,
            id=id,
            key=key,
            personalization=personalization,
        )
        spec = _invite_referral_customer._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _invite_referral_customer._parse, request_options)

    async def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralCustomerEnvelope]:
        """Retrieve a customer.

        GET /v1/customers/{key}

        Returns one customer. Affiliate programs name it by key; refer-a-friend programs by id
        (the key and e-mail resolve as well).
        """

        spec = _get_referral_customer._get_kwargs(
            key=key,
        )

        return await self._client._request_raw(spec, _get_referral_customer._parse, request_options)

    async def update(
        self,
        key: str,
        *,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralCustomerEnvelope]:
        """Update a customer.

        PUT /v1/customers/{key}

        Changes a customer's e-mail or name; affiliate customers can also get a new key and tag
        set. Fields left out keep their value.
        """

        changes = ReferralCustomerChanges(
            email=email,
            name=name,
            surname=surname,
        )
        body = ReferralCustomerUpdate(
            update=changes,
        )
        spec = _update_referral_customer._get_kwargs(
            key=key,
            body=body,
        )

        return await self._client._request_raw(spec, _update_referral_customer._parse, request_options)

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

        spec = _delete_referral_customer._get_kwargs(
            key=key,
        )

        return await self._client._request_raw(spec, _delete_referral_customer._parse, request_options)

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

        spec = _archive_referral_customer._get_kwargs(
            key=key,
        )

        return await self._client._request_raw(spec, _archive_referral_customer._parse, request_options)

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

        spec = _restore_referral_customer._get_kwargs(
            key=key,
        )

        return await self._client._request_raw(spec, _restore_referral_customer._parse, request_options)

    async def list_transactions(
        self,
        key: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralTransactionListing]:
        """List a customer's transactions.

        GET /v1/customers/{key}/transactions

        Returns the sales recorded for one customer: in an affiliate program the customer's own
        purchases; in a refer-a-friend program (where the customer is named by id) its own
        purchases and those of the customers it referred. Paging as on the other lists is likely.
        """

        spec = _list_referral_customer_transactions._get_kwargs(
            key=key,
            limit=limit,
            page=page,
        )

        return await self._client._request_raw(
            spec, _list_referral_customer_transactions._parse, request_options
        )

    async def get_balance(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[BalanceEnvelope]:
        """Retrieve a customer's reward balance.

        GET /v1/customers/{id}/balance

        Returns a refer-a-friend customer with the rewards it has earned and not yet been paid,
        grouped by currency or reward unit.
        """

        spec = _get_referral_customer_balance._get_kwargs(
            id=id,
        )

        return await self._client._request_raw(spec, _get_referral_customer_balance._parse, request_options)

    async def credit_balance(
        self,
        id: str,
        *,
        amount: float,
        is_currency: bool | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[BalanceCreditResult]:
        """Credit a customer's reward balance.

        POST /v1/customers/{id}/balance/credit

        Adds an amount to a referring customer's reward balance by hand, in money or in another
        reward unit. No reply is documented.
        """

        body = BalanceCredit(
            amount=amount,
            is_currency=is_currency,
            amount_units=amount_units,
        )
        spec = _credit_referral_customer_balance._get_kwargs(
            id=id,
            body=body,
        )

        return await self._client._request_raw(
            spec, _credit_referral_customer_balance._parse, request_options
        )

    async def list_referred(
        self,
        id: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralCustomerListing]:
        """List the customers a customer referred.

        GET /v1/customers/{id}/referrals

        Returns the customers one referring customer brought in. Only Partnero's PHP SDK shows
        this route; the reply is presumably a list of customers.
        """

        spec = _list_referred_customers._get_kwargs(
            id=id,
            limit=limit,
            page=page,
        )

        return await self._client._request_raw(spec, _list_referred_customers._parse, request_options)

    async def get_stats(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CustomerResult]:
        """Retrieve a customer's referral statistics.

        GET /v1/customers/{id}/stats

        Returns referral statistics of one refer-a-friend customer. Only Partnero's PHP SDK
        shows this route; the shape of its reply is not documented.
        """

        spec = _get_referral_customer_stats._get_kwargs(
            id=id,
        )

        return await self._client._request_raw(spec, _get_referral_customer_stats._parse, request_options)


class AsyncCustomersResource:
    """Operations on customers."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncCustomersResourceWithRawResponse(client)

    async def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListReferralCustomersSort | Unset = UNSET,
        refer_status: CustomerReferStatus | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[ReferralCustomer]:
        """List customers.

        GET /v1/customers

        Returns one page of the program's customers. In affiliate programs the list can be
        narrowed to one partner's customers; in refer-a-friend programs to referred or
        non-referred customers.
        """

        spec = _list_referral_customers._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
            refer_status=refer_status,
        )

        envelope = await self._client._request(spec, _list_referral_customers._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_referral_customers._read_page,
            parse=_list_referral_customers._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    async def update_by_body(
        self,
        *,
        id: str,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReferralCustomer:
        """Update a customer named in the body.

        PUT /v1/customers

        Changes a customer identified in the request body instead of the path: by `key` in
        affiliate programs, by `id` in refer-a-friend programs. The changes go in `update`.
        """

        changes = ReferralCustomerChanges(
            email=email,
            name=name,
            surname=surname,
        )
        body = ReferralCustomerUpdateByBody(
            id=id,
            update=changes,
        )
        spec = _update_referral_customer_by_body._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(
            spec, _update_referral_customer_by_body._parse, request_options
        )
        return _update_referral_customer_by_body._unwrap(envelope)

    async def create(
        self,
        *,
        id: None | str | Unset = UNSET,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        referring_customer: None | ReferralCustomerReferrerReference | Unset = UNSET,
        metadata: None | ReferralCustomerMetadataInput | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReferralCustomer:
        """Create a customer.

        POST /v1/customers

        Records a customer. Affiliate programs need your `key` and the referring partner, so
        that the customer's later sales earn that partner commission. Refer-a-friend programs
        need nothing; naming a `referring_customer` makes the new customer a referred one. The
        reply's status code is not documented, so 200 and 201 are both described.
        """

        body = ReferralCustomerCreate(
            id=id,
            key=key,
            email=email,
            name=name,
            surname=surname,
            referring_customer=referring_customer,
            metadata=metadata,
        )
        spec = _create_referral_customer._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _create_referral_customer._parse, request_options)
        return _create_referral_customer._unwrap(envelope)

    async def search(
        self,
        *,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        id: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[ReferralCustomer]:
        """Search customers.

        GET /v1/customers:search

        Finds customers by e-mail, key or id given as query parameters. Partnero's own clients
        follow the reply's page links like those of the plain list.
        """

        spec = _search_referral_customers._get_kwargs(
            email=email,
            key=key,
            id=id,
            limit=limit,
            page=page,
        )

        envelope = await self._client._request(spec, _search_referral_customers._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_search_referral_customers._read_page,
            parse=_search_referral_customers._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    async def invite(
        self,
        *,
        email: str,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        key: None | str | Unset = UNSET,
        personalization: None | ReferralCustomerInvitePersonalizationType0 | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomerResult:
        """Invite someone to the program.

        POST /v1/customers:invite

        Sends an invitation e-mail to join the refer-a-friend program, filling the template with
        the `personalization` values. Only Partnero's PHP SDK shows this route; no reply is
        documented.
        """

        body = ReferralCustomerInvite(
            email=email,
            name=name,
            surname=surname,
            id=id,
            key=key,
            personalization=personalization,
        )
        spec = _invite_referral_customer._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _invite_referral_customer._parse, request_options)

    async def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ReferralCustomer:
        """Retrieve a customer.

        GET /v1/customers/{key}

        Returns one customer. Affiliate programs name it by key; refer-a-friend programs by id
        (the key and e-mail resolve as well).
        """

        spec = _get_referral_customer._get_kwargs(
            key=key,
        )

        envelope = await self._client._request(spec, _get_referral_customer._parse, request_options)
        return _get_referral_customer._unwrap(envelope)

    async def update(
        self,
        key: str,
        *,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReferralCustomer:
        """Update a customer.

        PUT /v1/customers/{key}

        Changes a customer's e-mail or name; affiliate customers can also get a new key and tag
        set. Fields left out keep their value.
        """

        changes = ReferralCustomerChanges(
            email=email,
            name=name,
            surname=surname,
        )
        body = ReferralCustomerUpdate(
            update=changes,
        )
        spec = _update_referral_customer._get_kwargs(
            key=key,
            body=body,
        )

        envelope = await self._client._request(spec, _update_referral_customer._parse, request_options)
        return _update_referral_customer._unwrap(envelope)

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

        spec = _delete_referral_customer._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _delete_referral_customer._parse, request_options)

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

        spec = _archive_referral_customer._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _archive_referral_customer._parse, request_options)

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

        spec = _restore_referral_customer._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _restore_referral_customer._parse, request_options)

    async def list_transactions(
        self,
        key: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[ReferralTransaction]:
        """List a customer's transactions.

        GET /v1/customers/{key}/transactions

        Returns the sales recorded for one customer: in an affiliate program the customer's own
        purchases; in a refer-a-friend program (where the customer is named by id) its own
        purchases and those of the customers it referred. Paging as on the other lists is likely.
        """

        spec = _list_referral_customer_transactions._get_kwargs(
            key=key,
            limit=limit,
            page=page,
        )

        envelope = await self._client._request(
            spec, _list_referral_customer_transactions._parse, request_options
        )
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_referral_customer_transactions._read_page,
            parse=_list_referral_customer_transactions._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    async def get_balance(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> BalanceOfCustomer:
        """Retrieve a customer's reward balance.

        GET /v1/customers/{id}/balance

        Returns a refer-a-friend customer with the rewards it has earned and not yet been paid,
        grouped by currency or reward unit.
        """

        spec = _get_referral_customer_balance._get_kwargs(
            id=id,
        )

        envelope = await self._client._request(spec, _get_referral_customer_balance._parse, request_options)
        return _get_referral_customer_balance._unwrap(envelope)

    async def credit_balance(
        self,
        id: str,
        *,
        amount: float,
        is_currency: bool | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> BalanceCreditResult:
        """Credit a customer's reward balance.

        POST /v1/customers/{id}/balance/credit

        Adds an amount to a referring customer's reward balance by hand, in money or in another
        reward unit. No reply is documented.
        """

        body = BalanceCredit(
            amount=amount,
            is_currency=is_currency,
            amount_units=amount_units,
        )
        spec = _credit_referral_customer_balance._get_kwargs(
            id=id,
            body=body,
        )

        return await self._client._request(spec, _credit_referral_customer_balance._parse, request_options)

    async def list_referred(
        self,
        id: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[ReferralCustomer]:
        """List the customers a customer referred.

        GET /v1/customers/{id}/referrals

        Returns the customers one referring customer brought in. Only Partnero's PHP SDK shows
        this route; the reply is presumably a list of customers.
        """

        spec = _list_referred_customers._get_kwargs(
            id=id,
            limit=limit,
            page=page,
        )

        envelope = await self._client._request(spec, _list_referred_customers._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_referred_customers._read_page,
            parse=_list_referred_customers._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    async def get_stats(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomerResult:
        """Retrieve a customer's referral statistics.

        GET /v1/customers/{id}/stats

        Returns referral statistics of one refer-a-friend customer. Only Partnero's PHP SDK
        shows this route; the shape of its reply is not documented.
        """

        spec = _get_referral_customer_stats._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _get_referral_customer_stats._parse, request_options)
