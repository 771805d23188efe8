"""The `transactions` resource: one method per operation, sync and async; raw access wraps them.

An operation's module (and the models its body takes) is imported by its method on the first
call, not here: touching a resource then loads the few modules its first call needs, not every
model the resource's methods name.
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, overload

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.params import as_model, as_models
from ...._core.raw import to_async_raw, to_raw
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...._core.pagination import SyncPage
    from ...._core.paginator import AsyncPaginator
    from ...models.list_referral_transactions_sort import ListReferralTransactionsSort
    from ...models.referral_transaction import ReferralTransaction
    from ...models.referral_transaction_customer import ReferralTransactionCustomer
    from ...models.status_only import StatusOnly
    from ...models.transaction_batch_item import TransactionBatchItem
    from ...models.transaction_create_options import TransactionCreateOptions
    from ...params import (
        ReferralTransactionCustomerParam,
        TransactionBatchItemParam,
        TransactionCreateOptionsParam,
    )


class TransactionsResource:
    """Operations on transactions."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TransactionsResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return TransactionsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListReferralTransactionsSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[ReferralTransaction]:
        """List transactions.

        GET /v1/transactions

        Returns one page of the program's transactions with the rewards each produced.

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            sort: Order by creation time: `desc` newest first, `asc` oldest first. Without it the order is not
                documented, so pass `sort` when the order matters.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `ReferralTransaction` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_referral_transactions as _list_referral_transactions

        spec = _list_referral_transactions._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _list_referral_transactions._result, request_options),
            read=_list_referral_transactions._read_page,
            parse=_list_referral_transactions._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    @overload
    def create(
        self,
        *,
        customer: ReferralTransactionCustomer | ReferralTransactionCustomerParam,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        options: None | TransactionCreateOptions | TransactionCreateOptionsParam | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReferralTransaction: ...

    @overload
    def create(
        self,
        *,
        transactions: builtins.list[TransactionBatchItem | TransactionBatchItemParam],
        customer: ReferralTransactionCustomer | ReferralTransactionCustomerParam,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        options: None | TransactionCreateOptions | TransactionCreateOptionsParam | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ReferralTransaction]: ...

    def create(
        self,
        *,
        customer: ReferralTransactionCustomer | ReferralTransactionCustomerParam,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        options: None | TransactionCreateOptions | TransactionCreateOptionsParam | Unset = UNSET,
        transactions: builtins.list[TransactionBatchItem | TransactionBatchItemParam] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ReferralTransaction] | ReferralTransaction:
        """Record a transaction.

        POST /v1/transactions

        Records one or more purchases of a referred customer so Partnero computes the referrer's
        reward. With `options.create_customer` an unknown buyer is created in the same call. The
        reply's status code is not documented, so 200 and 201 are both described.

        Args:
            customer: The buyer, by `id`, `key` or `email`; it must be a referred customer. With
                `options.create_customer` the other fields describe the customer to create.
            key: Your payment or invoice id.
            amount: Full purchase amount.
            amount_units: Currency code such as USD.
            action: Free label; sale is recommended.
            options: Processing switches: `create_customer` makes the customer first when it does not exist yet.
            transactions: Several purchases at once; replaces the top-level key, amount and action.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `list[ReferralTransaction] | ReferralTransaction` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        return self._create(
            customer=customer,
            key=key,
            amount=amount,
            amount_units=amount_units,
            action=action,
            options=options,
            transactions=transactions,
            request_options=request_options,
        )

    def _create(
        self,
        *,
        customer: ReferralTransactionCustomer | ReferralTransactionCustomerParam,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        options: None | TransactionCreateOptions | TransactionCreateOptionsParam | Unset = UNSET,
        transactions: builtins.list[TransactionBatchItem | TransactionBatchItemParam] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ReferralTransaction] | ReferralTransaction:
        """`create` without its overloads: raw access wraps this, so every form type-checks."""
        from ...models import (
            ReferralTransactionCreate,
            ReferralTransactionCustomer,
            TransactionBatchItem,
            TransactionCreateOptions,
        )
        from ...params import (
            ReferralTransactionCustomerParam,
            TransactionBatchItemParam,
            TransactionCreateOptionsParam,
        )
        from . import create_referral_transaction as _create_referral_transaction

        body = ReferralTransactionCreate(
            customer=as_model(
                "customer", customer, ReferralTransactionCustomer, ReferralTransactionCustomerParam
            ),
            key=key,
            amount=amount,
            amount_units=amount_units,
            action=action,
            options=options
            if isinstance(options, Unset) or options is None
            else as_model("options", options, TransactionCreateOptions, TransactionCreateOptionsParam),
            transactions=transactions
            if isinstance(transactions, Unset) or transactions is None
            else as_models("transactions", transactions, TransactionBatchItem, TransactionBatchItemParam),
        )
        spec = _create_referral_transaction._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _create_referral_transaction._result, request_options)

    def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ReferralTransaction:
        """Retrieve a transaction.

        GET /v1/transactions/{key}

        Returns one transaction with its rewards.

        Args:
            key: The transaction key. Keys are not unique: reading returns one of the transactions with
                this key, while delete, archive and restore act on the key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `ReferralTransaction` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_referral_transaction as _get_referral_transaction

        spec = _get_referral_transaction._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _get_referral_transaction._result, request_options)

    def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a transaction.

        DELETE /v1/transactions/{key}

        Deletes a transaction for good and reverses the rewards it produced, e.g. after a refund or
        chargeback.

        Args:
            key: The transaction key. Keys are not unique: reading returns one of the transactions with
                this key, while delete, archive and restore act on the key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import delete_referral_transaction as _delete_referral_transaction

        spec = _delete_referral_transaction._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _delete_referral_transaction._result, request_options)


class TransactionsResourceWithRawResponse:
    """`transactions` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: TransactionsResource) -> None:
        from . import create_referral_transaction as _create_referral_transaction
        from . import delete_referral_transaction as _delete_referral_transaction
        from . import get_referral_transaction as _get_referral_transaction
        from . import list_referral_transactions as _list_referral_transactions

        self.list = to_raw(resource.list, _list_referral_transactions._parse)
        self.create = to_raw(resource._create, _create_referral_transaction._parse)
        self.get = to_raw(resource.get, _get_referral_transaction._parse)
        self.delete = to_raw(resource.delete, _delete_referral_transaction._parse)


class AsyncTransactionsResource:
    """Operations on transactions."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTransactionsResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return AsyncTransactionsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListReferralTransactionsSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[ReferralTransaction]:
        """List transactions.

        GET /v1/transactions

        Returns one page of the program's transactions with the rewards each produced.

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            sort: Order by creation time: `desc` newest first, `asc` oldest first. Without it the order is not
                documented, so pass `sort` when the order matters.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `ReferralTransaction` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_referral_transactions as _list_referral_transactions

        spec = _list_referral_transactions._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_list_referral_transactions._result,
            read=_list_referral_transactions._read_page,
            parse=_list_referral_transactions._parse,
            options=request_options,
        )

    @overload
    async def create(
        self,
        *,
        customer: ReferralTransactionCustomer | ReferralTransactionCustomerParam,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        options: None | TransactionCreateOptions | TransactionCreateOptionsParam | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReferralTransaction: ...

    @overload
    async def create(
        self,
        *,
        transactions: builtins.list[TransactionBatchItem | TransactionBatchItemParam],
        customer: ReferralTransactionCustomer | ReferralTransactionCustomerParam,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        options: None | TransactionCreateOptions | TransactionCreateOptionsParam | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ReferralTransaction]: ...

    async def create(
        self,
        *,
        customer: ReferralTransactionCustomer | ReferralTransactionCustomerParam,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        options: None | TransactionCreateOptions | TransactionCreateOptionsParam | Unset = UNSET,
        transactions: builtins.list[TransactionBatchItem | TransactionBatchItemParam] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ReferralTransaction] | ReferralTransaction:
        """Record a transaction.

        POST /v1/transactions

        Records one or more purchases of a referred customer so Partnero computes the referrer's
        reward. With `options.create_customer` an unknown buyer is created in the same call. The
        reply's status code is not documented, so 200 and 201 are both described.

        Args:
            customer: The buyer, by `id`, `key` or `email`; it must be a referred customer. With
                `options.create_customer` the other fields describe the customer to create.
            key: Your payment or invoice id.
            amount: Full purchase amount.
            amount_units: Currency code such as USD.
            action: Free label; sale is recommended.
            options: Processing switches: `create_customer` makes the customer first when it does not exist yet.
            transactions: Several purchases at once; replaces the top-level key, amount and action.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `list[ReferralTransaction] | ReferralTransaction` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        return await self._create(
            customer=customer,
            key=key,
            amount=amount,
            amount_units=amount_units,
            action=action,
            options=options,
            transactions=transactions,
            request_options=request_options,
        )

    async def _create(
        self,
        *,
        customer: ReferralTransactionCustomer | ReferralTransactionCustomerParam,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        options: None | TransactionCreateOptions | TransactionCreateOptionsParam | Unset = UNSET,
        transactions: builtins.list[TransactionBatchItem | TransactionBatchItemParam] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ReferralTransaction] | ReferralTransaction:
        """`create` without its overloads: raw access wraps this, so every form type-checks."""
        from ...models import (
            ReferralTransactionCreate,
            ReferralTransactionCustomer,
            TransactionBatchItem,
            TransactionCreateOptions,
        )
        from ...params import (
            ReferralTransactionCustomerParam,
            TransactionBatchItemParam,
            TransactionCreateOptionsParam,
        )
        from . import create_referral_transaction as _create_referral_transaction

        body = ReferralTransactionCreate(
            customer=as_model(
                "customer", customer, ReferralTransactionCustomer, ReferralTransactionCustomerParam
            ),
            key=key,
            amount=amount,
            amount_units=amount_units,
            action=action,
            options=options
            if isinstance(options, Unset) or options is None
            else as_model("options", options, TransactionCreateOptions, TransactionCreateOptionsParam),
            transactions=transactions
            if isinstance(transactions, Unset) or transactions is None
            else as_models("transactions", transactions, TransactionBatchItem, TransactionBatchItemParam),
        )
        spec = _create_referral_transaction._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _create_referral_transaction._result, request_options)

    async def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ReferralTransaction:
        """Retrieve a transaction.

        GET /v1/transactions/{key}

        Returns one transaction with its rewards.

        Args:
            key: The transaction key. Keys are not unique: reading returns one of the transactions with
                this key, while delete, archive and restore act on the key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `ReferralTransaction` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_referral_transaction as _get_referral_transaction

        spec = _get_referral_transaction._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _get_referral_transaction._result, request_options)

    async def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a transaction.

        DELETE /v1/transactions/{key}

        Deletes a transaction for good and reverses the rewards it produced, e.g. after a refund or
        chargeback.

        Args:
            key: The transaction key. Keys are not unique: reading returns one of the transactions with
                this key, while delete, archive and restore act on the key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import delete_referral_transaction as _delete_referral_transaction

        spec = _delete_referral_transaction._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _delete_referral_transaction._result, request_options)


class AsyncTransactionsResourceWithRawResponse:
    """`transactions` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: AsyncTransactionsResource) -> None:
        from . import create_referral_transaction as _create_referral_transaction
        from . import delete_referral_transaction as _delete_referral_transaction
        from . import get_referral_transaction as _get_referral_transaction
        from . import list_referral_transactions as _list_referral_transactions

        self.list = to_async_raw(resource.list, _list_referral_transactions._parse)
        self.create = to_async_raw(resource._create, _create_referral_transaction._parse)
        self.get = to_async_raw(resource.get, _get_referral_transaction._parse)
        self.delete = to_async_raw(resource.delete, _delete_referral_transaction._parse)
