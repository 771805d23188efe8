"""The `customers` resource: one method per operation, sync and async; raw access wraps them.

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
    from ...models.balance_credit_outcome import BalanceCreditOutcome
    from ...models.balance_of_customer import BalanceOfCustomer
    from ...models.customer_refer_status import CustomerReferStatus
    from ...models.list_referral_customers_sort import ListReferralCustomersSort
    from ...models.referral_customer import ReferralCustomer
    from ...models.referral_customer_invitation import ReferralCustomerInvitation
    from ...models.referral_customer_invite_personalization_type_0 import (
        ReferralCustomerInvitePersonalizationType0,
    )
    from ...models.referral_customer_metadata_input import ReferralCustomerMetadataInput
    from ...models.referral_customer_referrer_reference import ReferralCustomerReferrerReference
    from ...models.referral_customer_stats import ReferralCustomerStats
    from ...models.referral_customer_summary import ReferralCustomerSummary
    from ...models.referral_transaction import ReferralTransaction
    from ...models.status_only import StatusOnly
    from ...params import (
        ReferralCustomerInvitePersonalizationType0Param,
        ReferralCustomerMetadataInputParam,
        ReferralCustomerReferrerReferenceParam,
    )


class CustomersResource:
    """Operations on customers."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CustomersResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return CustomersResourceWithRawResponse(self)

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

        Returns one page of the program's customers, optionally only the referred or only the
        non-referred ones.

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            sort: Order by creation time: `desc` newest first, `asc` oldest first. Without it the order is not
                documented, so pass `sort` when the order matters.
            refer_status: `referred` keeps customers some other customer brought in, `non_referred` the others;
                both when left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `ReferralCustomer` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_referral_customers as _list_referral_customers

        spec = _list_referral_customers._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
            refer_status=refer_status,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _list_referral_customers._result, request_options),
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

        Changes the customer whose `id` is given in the request body instead of the path. The
        changes go in `update`.

        Args:
            id: The customer's id.
            email: New e-mail address.
            name: New first name.
            surname: New last name.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `ReferralCustomer` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import ReferralCustomerChanges, ReferralCustomerUpdateByBody
        from . import update_referral_customer_by_body as _update_referral_customer_by_body

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

        return self._client._request(spec, _update_referral_customer_by_body._result, request_options)

    def create(
        self,
        *,
        id: None | str | Unset = UNSET,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        referring_customer: None
        | ReferralCustomerReferrerReference
        | ReferralCustomerReferrerReferenceParam
        | Unset = UNSET,
        metadata: None | ReferralCustomerMetadataInput | ReferralCustomerMetadataInputParam | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReferralCustomer:
        """Create a customer.

        POST /v1/customers

        Records a customer; every field is optional. Naming a `referring_customer` makes the new
        customer a referred one. The reply's status code is not documented, so 200 and 201 are
        both described.

        Args:
            id: Your own identifier for the customer, unique within the program.
            key: Token of the customer's default referral link, unique within the program.
            email: The customer's e-mail address, unique within the program.
            name: First name.
            surname: Last name.
            referring_customer: The customer who referred this one, by `id` or `key` (the `partnero_referral` cookie); leave out for a customer nobody referred.
            metadata: Extra data kept on the customer, such as `date_of_birth` (YYYY-MM-DD).
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `ReferralCustomer` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import (
            ReferralCustomerCreate,
            ReferralCustomerMetadataInput,
            ReferralCustomerReferrerReference,
        )
        from ...params import ReferralCustomerMetadataInputParam, ReferralCustomerReferrerReferenceParam
        from . import create_referral_customer as _create_referral_customer

        body = ReferralCustomerCreate(
            id=id,
            key=key,
            email=email,
            name=name,
            surname=surname,
            referring_customer=referring_customer
            if isinstance(referring_customer, Unset) or referring_customer is None
            else as_model(
                "referring_customer",
                referring_customer,
                ReferralCustomerReferrerReference,
                ReferralCustomerReferrerReferenceParam,
            ),
            metadata=metadata
            if isinstance(metadata, Unset) or metadata is None
            else as_model(
                "metadata", metadata, ReferralCustomerMetadataInput, ReferralCustomerMetadataInputParam
            ),
        )
        spec = _create_referral_customer._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _create_referral_customer._result, request_options)

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

        Finds customers by e-mail, key or id given as query parameters. The reply pages like the
        plain list: follow its page links.

        Args:
            email: Customer e-mail to match. Give one of `email`, `key` or `id`.
            key: Customer key to match.
            id: Customer id to match.
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `ReferralCustomer` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import search_referral_customers as _search_referral_customers

        spec = _search_referral_customers._get_kwargs(
            email=email,
            key=key,
            id=id,
            limit=limit,
            page=page,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _search_referral_customers._result, request_options),
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
        personalization: None
        | ReferralCustomerInvitePersonalizationType0
        | ReferralCustomerInvitePersonalizationType0Param
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReferralCustomerInvitation:
        """Invite someone to the program.

        POST /v1/customers:invite

        Sends an invitation e-mail to join the program, filling the template with the
        `personalization` values. No reply is documented.

        Args:
            email: Where the invitation goes.
            name: First name of the invitee, for the e-mail's greeting.
            surname: Last name of the invitee.
            id: Your identifier for the invitee, if they are a customer already.
            key: The invitee's customer key, if they are a customer already.
            personalization: Free key/value pairs substituted into the invitation template.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `ReferralCustomerInvitation` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import ReferralCustomerInvite, ReferralCustomerInvitePersonalizationType0
        from ...params import ReferralCustomerInvitePersonalizationType0Param
        from . import invite_referral_customer as _invite_referral_customer

        body = ReferralCustomerInvite(
            email=email,
            name=name,
            surname=surname,
            id=id,
            key=key,
            personalization=personalization
            if isinstance(personalization, Unset) or personalization is None
            else as_model(
                "personalization",
                personalization,
                ReferralCustomerInvitePersonalizationType0,
                ReferralCustomerInvitePersonalizationType0Param,
            ),
        )
        spec = _invite_referral_customer._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _invite_referral_customer._result, request_options)

    def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ReferralCustomer:
        """Retrieve a customer.

        GET /v1/customers/{key}

        Returns one customer by id (its key and e-mail resolve as well).

        Args:
            key: The customer's id; its key and e-mail resolve as well.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `ReferralCustomer` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_referral_customer as _get_referral_customer

        spec = _get_referral_customer._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _get_referral_customer._result, request_options)

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

        Changes a customer's e-mail or name. Fields left out keep their value.

        Args:
            key: The customer's id; its key and e-mail resolve as well.
            email: New e-mail address.
            name: New first name.
            surname: New last name.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `ReferralCustomer` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import ReferralCustomerChanges, ReferralCustomerUpdate
        from . import update_referral_customer as _update_referral_customer

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

        return self._client._request(spec, _update_referral_customer._result, request_options)

    def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a customer.

        DELETE /v1/customers/{key}

        Deletes a customer together with its transactions; archiving is the reversible option.

        Args:
            key: The customer's id; its key and e-mail resolve as well.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import delete_referral_customer as _delete_referral_customer

        spec = _delete_referral_customer._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _delete_referral_customer._result, request_options)

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
            key: The customer's id; its key and e-mail resolve as well.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import archive_referral_customer as _archive_referral_customer

        spec = _archive_referral_customer._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _archive_referral_customer._result, request_options)

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
            key: The customer's id; its key and e-mail resolve as well.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import restore_referral_customer as _restore_referral_customer

        spec = _restore_referral_customer._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _restore_referral_customer._result, request_options)

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

        Returns the purchases recorded for one customer, named by id: its own and those of the
        customers it referred. Paging as on the other lists is likely.

        Args:
            key: The customer's id; its key and e-mail resolve as well.
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `ReferralTransaction` items; iterating it follows every later page.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_referral_customer_transactions as _list_referral_customer_transactions

        spec = _list_referral_customer_transactions._get_kwargs(
            key=key,
            limit=limit,
            page=page,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(
                spec, _list_referral_customer_transactions._result, request_options
            ),
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

        Args:
            id: The refer-a-friend customer's id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `BalanceOfCustomer` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_referral_customer_balance as _get_referral_customer_balance

        spec = _get_referral_customer_balance._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _get_referral_customer_balance._result, request_options)

    def credit_balance(
        self,
        id: str,
        *,
        amount: float,
        is_currency: bool | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> BalanceCreditOutcome:
        """Credit a customer's reward balance.

        POST /v1/customers/{id}/balance/credit

        Adds an amount to a referring customer's reward balance by hand, in money or in another
        reward unit. No reply is documented.

        Args:
            id: The refer-a-friend customer's id.
            amount: How much to add.
            is_currency: True when the amount is money.
            amount_units: Currency code (any case) or reward unit; which units are allowed depends on the
                program's rewards.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `BalanceCreditOutcome` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import BalanceCredit
        from . import credit_referral_customer_balance as _credit_referral_customer_balance

        body = BalanceCredit(
            amount=amount,
            is_currency=is_currency,
            amount_units=amount_units,
        )
        spec = _credit_referral_customer_balance._get_kwargs(
            id=id,
            body=body,
        )

        return self._client._request(spec, _credit_referral_customer_balance._result, request_options)

    def list_referred(
        self,
        id: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[ReferralCustomerSummary]:
        """List the customers a customer referred.

        GET /v1/customers/{id}/referrals

        Returns the customers one referring customer brought in. The docs show no whole reply; each
        customer carries `id`, `key` or both.

        Args:
            id: The refer-a-friend customer's id.
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `ReferralCustomerSummary` items; iterating it follows every later page.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_referred_customers as _list_referred_customers

        spec = _list_referred_customers._get_kwargs(
            id=id,
            limit=limit,
            page=page,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _list_referred_customers._result, request_options),
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
    ) -> ReferralCustomerStats:
        """Retrieve a customer's referral statistics.

        GET /v1/customers/{id}/stats

        Returns referral statistics of one customer; the shape of the reply is not documented.

        Args:
            id: The refer-a-friend customer's id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `ReferralCustomerStats` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_referral_customer_stats as _get_referral_customer_stats

        spec = _get_referral_customer_stats._get_kwargs(
            id=id,
        )

        return self._client._request(spec, _get_referral_customer_stats._result, request_options)


class CustomersResourceWithRawResponse:
    """`customers` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: CustomersResource) -> None:
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

        self.list = to_raw(resource.list, _list_referral_customers._parse)
        self.update_by_body = to_raw(resource.update_by_body, _update_referral_customer_by_body._parse)
        self.create = to_raw(resource.create, _create_referral_customer._parse)
        self.search = to_raw(resource.search, _search_referral_customers._parse)
        self.invite = to_raw(resource.invite, _invite_referral_customer._parse)
        self.get = to_raw(resource.get, _get_referral_customer._parse)
        self.update = to_raw(resource.update, _update_referral_customer._parse)
        self.delete = to_raw(resource.delete, _delete_referral_customer._parse)
        self.archive = to_raw(resource.archive, _archive_referral_customer._parse)
        self.restore = to_raw(resource.restore, _restore_referral_customer._parse)
        self.list_transactions = to_raw(
            resource.list_transactions, _list_referral_customer_transactions._parse
        )
        self.get_balance = to_raw(resource.get_balance, _get_referral_customer_balance._parse)
        self.credit_balance = to_raw(resource.credit_balance, _credit_referral_customer_balance._parse)
        self.list_referred = to_raw(resource.list_referred, _list_referred_customers._parse)
        self.get_stats = to_raw(resource.get_stats, _get_referral_customer_stats._parse)


class AsyncCustomersResource:
    """Operations on customers."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCustomersResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return AsyncCustomersResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListReferralCustomersSort | Unset = UNSET,
        refer_status: CustomerReferStatus | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[ReferralCustomer]:
        """List customers.

        GET /v1/customers

        Returns one page of the program's customers, optionally only the referred or only the
        non-referred ones.

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            sort: Order by creation time: `desc` newest first, `asc` oldest first. Without it the order is not
                documented, so pass `sort` when the order matters.
            refer_status: `referred` keeps customers some other customer brought in, `non_referred` the others;
                both when left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `ReferralCustomer` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_referral_customers as _list_referral_customers

        spec = _list_referral_customers._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
            refer_status=refer_status,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_list_referral_customers._result,
            read=_list_referral_customers._read_page,
            parse=_list_referral_customers._parse,
            options=request_options,
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

        Changes the customer whose `id` is given in the request body instead of the path. The
        changes go in `update`.

        Args:
            id: The customer's id.
            email: New e-mail address.
            name: New first name.
            surname: New last name.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `ReferralCustomer` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import ReferralCustomerChanges, ReferralCustomerUpdateByBody
        from . import update_referral_customer_by_body as _update_referral_customer_by_body

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

        return await self._client._request(spec, _update_referral_customer_by_body._result, request_options)

    async def create(
        self,
        *,
        id: None | str | Unset = UNSET,
        key: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        referring_customer: None
        | ReferralCustomerReferrerReference
        | ReferralCustomerReferrerReferenceParam
        | Unset = UNSET,
        metadata: None | ReferralCustomerMetadataInput | ReferralCustomerMetadataInputParam | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReferralCustomer:
        """Create a customer.

        POST /v1/customers

        Records a customer; every field is optional. Naming a `referring_customer` makes the new
        customer a referred one. The reply's status code is not documented, so 200 and 201 are
        both described.

        Args:
            id: Your own identifier for the customer, unique within the program.
            key: Token of the customer's default referral link, unique within the program.
            email: The customer's e-mail address, unique within the program.
            name: First name.
            surname: Last name.
            referring_customer: The customer who referred this one, by `id` or `key` (the `partnero_referral` cookie); leave out for a customer nobody referred.
            metadata: Extra data kept on the customer, such as `date_of_birth` (YYYY-MM-DD).
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `ReferralCustomer` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import (
            ReferralCustomerCreate,
            ReferralCustomerMetadataInput,
            ReferralCustomerReferrerReference,
        )
        from ...params import ReferralCustomerMetadataInputParam, ReferralCustomerReferrerReferenceParam
        from . import create_referral_customer as _create_referral_customer

        body = ReferralCustomerCreate(
            id=id,
            key=key,
            email=email,
            name=name,
            surname=surname,
            referring_customer=referring_customer
            if isinstance(referring_customer, Unset) or referring_customer is None
            else as_model(
                "referring_customer",
                referring_customer,
                ReferralCustomerReferrerReference,
                ReferralCustomerReferrerReferenceParam,
            ),
            metadata=metadata
            if isinstance(metadata, Unset) or metadata is None
            else as_model(
                "metadata", metadata, ReferralCustomerMetadataInput, ReferralCustomerMetadataInputParam
            ),
        )
        spec = _create_referral_customer._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _create_referral_customer._result, request_options)

    def search(
        self,
        *,
        email: str | Unset = UNSET,
        key: str | Unset = UNSET,
        id: str | Unset = UNSET,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[ReferralCustomer]:
        """Search customers.

        GET /v1/customers:search

        Finds customers by e-mail, key or id given as query parameters. The reply pages like the
        plain list: follow its page links.

        Args:
            email: Customer e-mail to match. Give one of `email`, `key` or `id`.
            key: Customer key to match.
            id: Customer id to match.
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `ReferralCustomer` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import search_referral_customers as _search_referral_customers

        spec = _search_referral_customers._get_kwargs(
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
            result=_search_referral_customers._result,
            read=_search_referral_customers._read_page,
            parse=_search_referral_customers._parse,
            options=request_options,
        )

    async def invite(
        self,
        *,
        email: str,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        key: None | str | Unset = UNSET,
        personalization: None
        | ReferralCustomerInvitePersonalizationType0
        | ReferralCustomerInvitePersonalizationType0Param
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReferralCustomerInvitation:
        """Invite someone to the program.

        POST /v1/customers:invite

        Sends an invitation e-mail to join the program, filling the template with the
        `personalization` values. No reply is documented.

        Args:
            email: Where the invitation goes.
            name: First name of the invitee, for the e-mail's greeting.
            surname: Last name of the invitee.
            id: Your identifier for the invitee, if they are a customer already.
            key: The invitee's customer key, if they are a customer already.
            personalization: Free key/value pairs substituted into the invitation template.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `ReferralCustomerInvitation` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import ReferralCustomerInvite, ReferralCustomerInvitePersonalizationType0
        from ...params import ReferralCustomerInvitePersonalizationType0Param
        from . import invite_referral_customer as _invite_referral_customer

        body = ReferralCustomerInvite(
            email=email,
            name=name,
            surname=surname,
            id=id,
            key=key,
            personalization=personalization
            if isinstance(personalization, Unset) or personalization is None
            else as_model(
                "personalization",
                personalization,
                ReferralCustomerInvitePersonalizationType0,
                ReferralCustomerInvitePersonalizationType0Param,
            ),
        )
        spec = _invite_referral_customer._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _invite_referral_customer._result, request_options)

    async def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ReferralCustomer:
        """Retrieve a customer.

        GET /v1/customers/{key}

        Returns one customer by id (its key and e-mail resolve as well).

        Args:
            key: The customer's id; its key and e-mail resolve as well.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `ReferralCustomer` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_referral_customer as _get_referral_customer

        spec = _get_referral_customer._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _get_referral_customer._result, request_options)

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

        Changes a customer's e-mail or name. Fields left out keep their value.

        Args:
            key: The customer's id; its key and e-mail resolve as well.
            email: New e-mail address.
            name: New first name.
            surname: New last name.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `ReferralCustomer` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import ReferralCustomerChanges, ReferralCustomerUpdate
        from . import update_referral_customer as _update_referral_customer

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

        return await self._client._request(spec, _update_referral_customer._result, request_options)

    async def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a customer.

        DELETE /v1/customers/{key}

        Deletes a customer together with its transactions; archiving is the reversible option.

        Args:
            key: The customer's id; its key and e-mail resolve as well.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import delete_referral_customer as _delete_referral_customer

        spec = _delete_referral_customer._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _delete_referral_customer._result, request_options)

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
            key: The customer's id; its key and e-mail resolve as well.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import archive_referral_customer as _archive_referral_customer

        spec = _archive_referral_customer._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _archive_referral_customer._result, request_options)

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
            key: The customer's id; its key and e-mail resolve as well.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import restore_referral_customer as _restore_referral_customer

        spec = _restore_referral_customer._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _restore_referral_customer._result, request_options)

    def list_transactions(
        self,
        key: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[ReferralTransaction]:
        """List a customer's transactions.

        GET /v1/customers/{key}/transactions

        Returns the purchases recorded for one customer, named by id: its own and those of the
        customers it referred. Paging as on the other lists is likely.

        Args:
            key: The customer's id; its key and e-mail resolve as well.
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `ReferralTransaction` items; iterating it follows every later page.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_referral_customer_transactions as _list_referral_customer_transactions

        spec = _list_referral_customer_transactions._get_kwargs(
            key=key,
            limit=limit,
            page=page,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_list_referral_customer_transactions._result,
            read=_list_referral_customer_transactions._read_page,
            parse=_list_referral_customer_transactions._parse,
            options=request_options,
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

        Args:
            id: The refer-a-friend customer's id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `BalanceOfCustomer` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_referral_customer_balance as _get_referral_customer_balance

        spec = _get_referral_customer_balance._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _get_referral_customer_balance._result, request_options)

    async def credit_balance(
        self,
        id: str,
        *,
        amount: float,
        is_currency: bool | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> BalanceCreditOutcome:
        """Credit a customer's reward balance.

        POST /v1/customers/{id}/balance/credit

        Adds an amount to a referring customer's reward balance by hand, in money or in another
        reward unit. No reply is documented.

        Args:
            id: The refer-a-friend customer's id.
            amount: How much to add.
            is_currency: True when the amount is money.
            amount_units: Currency code (any case) or reward unit; which units are allowed depends on the
                program's rewards.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `BalanceCreditOutcome` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import BalanceCredit
        from . import credit_referral_customer_balance as _credit_referral_customer_balance

        body = BalanceCredit(
            amount=amount,
            is_currency=is_currency,
            amount_units=amount_units,
        )
        spec = _credit_referral_customer_balance._get_kwargs(
            id=id,
            body=body,
        )

        return await self._client._request(spec, _credit_referral_customer_balance._result, request_options)

    def list_referred(
        self,
        id: str,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[ReferralCustomerSummary]:
        """List the customers a customer referred.

        GET /v1/customers/{id}/referrals

        Returns the customers one referring customer brought in. The docs show no whole reply; each
        customer carries `id`, `key` or both.

        Args:
            id: The refer-a-friend customer's id.
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `ReferralCustomerSummary` items; iterating it follows every later page.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_referred_customers as _list_referred_customers

        spec = _list_referred_customers._get_kwargs(
            id=id,
            limit=limit,
            page=page,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_list_referred_customers._result,
            read=_list_referred_customers._read_page,
            parse=_list_referred_customers._parse,
            options=request_options,
        )

    async def get_stats(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ReferralCustomerStats:
        """Retrieve a customer's referral statistics.

        GET /v1/customers/{id}/stats

        Returns referral statistics of one customer; the shape of the reply is not documented.

        Args:
            id: The refer-a-friend customer's id.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `ReferralCustomerStats` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_referral_customer_stats as _get_referral_customer_stats

        spec = _get_referral_customer_stats._get_kwargs(
            id=id,
        )

        return await self._client._request(spec, _get_referral_customer_stats._result, request_options)


class AsyncCustomersResourceWithRawResponse:
    """`customers` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: AsyncCustomersResource) -> None:
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

        self.list = to_async_raw(resource.list, _list_referral_customers._parse)
        self.update_by_body = to_async_raw(resource.update_by_body, _update_referral_customer_by_body._parse)
        self.create = to_async_raw(resource.create, _create_referral_customer._parse)
        self.search = to_async_raw(resource.search, _search_referral_customers._parse)
        self.invite = to_async_raw(resource.invite, _invite_referral_customer._parse)
        self.get = to_async_raw(resource.get, _get_referral_customer._parse)
        self.update = to_async_raw(resource.update, _update_referral_customer._parse)
        self.delete = to_async_raw(resource.delete, _delete_referral_customer._parse)
        self.archive = to_async_raw(resource.archive, _archive_referral_customer._parse)
        self.restore = to_async_raw(resource.restore, _restore_referral_customer._parse)
        self.list_transactions = to_async_raw(
            resource.list_transactions, _list_referral_customer_transactions._parse
        )
        self.get_balance = to_async_raw(resource.get_balance, _get_referral_customer_balance._parse)
        self.credit_balance = to_async_raw(resource.credit_balance, _credit_referral_customer_balance._parse)
        self.list_referred = to_async_raw(resource.list_referred, _list_referred_customers._parse)
        self.get_stats = to_async_raw(resource.get_stats, _get_referral_customer_stats._parse)
