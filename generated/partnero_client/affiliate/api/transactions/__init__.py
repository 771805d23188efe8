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
    from ...models.affiliate_transaction import AffiliateTransaction
    from ...models.affiliate_transaction_customer import AffiliateTransactionCustomer
    from ...models.affiliate_transaction_options import AffiliateTransactionOptions
    from ...models.list_transactions_sort import ListTransactionsSort
    from ...models.partner_reference import PartnerReference
    from ...models.status_only import StatusOnly
    from ...models.transaction_batch_item import TransactionBatchItem
    from ...params import (
        AffiliateTransactionCustomerParam,
        AffiliateTransactionOptionsParam,
        PartnerReferenceParam,
        TransactionBatchItemParam,
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
        sort: ListTransactionsSort | Unset = UNSET,
        key: str | Unset = UNSET,
        partner_key: str | Unset = UNSET,
        partner_email: str | Unset = UNSET,
        customer_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[AffiliateTransaction]:
        """List transactions.

        GET /v1/transactions

        Returns one page of the program's transactions with the rewards each produced, optionally
        filtered by key, partner or customer.

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            sort: Order by creation time: `desc` newest first, `asc` oldest first. Without it the order is not
                documented, so pass `sort` when the order matters.
            key: Only transactions with this key. An empty value counts as left out.
            partner_key: Only transactions credited to the partner with this referral key. An empty value counts
                as left out. The older spelling `partner.key` is accepted too and deprecated.
            partner_email: Only transactions credited to the partner with this e-mail. An empty value counts as
                left out. The spelling `partner.email` is accepted too and deprecated.
            customer_key: Only transactions of the customer with this key (a filter of the older docs). An empty
                value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `AffiliateTransaction` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_transactions as _list_transactions

        spec = _list_transactions._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
            key=key,
            partner_key=partner_key,
            partner_email=partner_email,
            customer_key=customer_key,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _list_transactions._result, request_options),
            read=_list_transactions._read_page,
            parse=_list_transactions._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    @overload
    def create(
        self,
        *,
        customer: AffiliateTransactionCustomer | AffiliateTransactionCustomerParam,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        reward: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        product_id: None | str | Unset = UNSET,
        product_type: None | str | Unset = UNSET,
        rewarded: bool | None | Unset = UNSET,
        rewardable: bool | None | Unset = UNSET,
        created_at: int | None | Unset = UNSET,
        partner: None | PartnerReference | PartnerReferenceParam | Unset = UNSET,
        options: AffiliateTransactionOptions | AffiliateTransactionOptionsParam | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AffiliateTransaction: ...

    @overload
    def create(
        self,
        *,
        transactions: builtins.list[TransactionBatchItem | TransactionBatchItemParam],
        customer: AffiliateTransactionCustomer | AffiliateTransactionCustomerParam,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        reward: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        product_id: None | str | Unset = UNSET,
        product_type: None | str | Unset = UNSET,
        rewarded: bool | None | Unset = UNSET,
        rewardable: bool | None | Unset = UNSET,
        created_at: int | None | Unset = UNSET,
        partner: None | PartnerReference | PartnerReferenceParam | Unset = UNSET,
        options: AffiliateTransactionOptions | AffiliateTransactionOptionsParam | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[AffiliateTransaction]: ...

    def create(
        self,
        *,
        customer: AffiliateTransactionCustomer | AffiliateTransactionCustomerParam,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        reward: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        product_id: None | str | Unset = UNSET,
        product_type: None | str | Unset = UNSET,
        rewarded: bool | None | Unset = UNSET,
        rewardable: bool | None | Unset = UNSET,
        created_at: int | None | Unset = UNSET,
        partner: None | PartnerReference | PartnerReferenceParam | Unset = UNSET,
        options: AffiliateTransactionOptions | AffiliateTransactionOptionsParam | None | Unset = UNSET,
        transactions: builtins.list[TransactionBatchItem | TransactionBatchItemParam] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AffiliateTransaction | builtins.list[AffiliateTransaction]:
        """Record a transaction.

        POST /v1/transactions

        Records one or more sales of a customer so Partnero computes the partner's commission.
        With `options.create_customer` an unknown buyer is created in the same call. The reply's
        status code is not documented, so 200 and 201 are both described.

        Args:
            customer: The buyer, by `key` or `email` (`id` works too). With `options.create_customer` the other
                fields describe the customer to create and `partner` the partner to credit.
            key: Your payment or invoice id; needed later to delete or archive the sale.
            amount: Sale amount the commission is computed from.
            reward: Commission to book as is instead of computing it.
            amount_units: Currency code such as USD; the program currency when left out.
            action: Free label of the transaction type; sale is recommended.
            product_id: Product for per-product commission rules.
            product_type: Product category for commission rules, such as monthly.
            rewarded: Mark the sale as already rewarded (default false).
            rewardable: Whether the sale may produce a reward (default true).
            created_at: Back-dates the sale; a Unix timestamp in seconds.
            partner: Older form of `customer.partner` for a customer created on the fly.
            options: Processing switches: `create_customer` makes the customer first when it does not exist yet.
            transactions: Several sales at once; replaces the top-level key, amount and action.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateTransaction | list[AffiliateTransaction]` record inside the reply's `data`.

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
            reward=reward,
            amount_units=amount_units,
            action=action,
            product_id=product_id,
            product_type=product_type,
            rewarded=rewarded,
            rewardable=rewardable,
            created_at=created_at,
            partner=partner,
            options=options,
            transactions=transactions,
            request_options=request_options,
        )

    def _create(
        self,
        *,
        customer: AffiliateTransactionCustomer | AffiliateTransactionCustomerParam,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        reward: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        product_id: None | str | Unset = UNSET,
        product_type: None | str | Unset = UNSET,
        rewarded: bool | None | Unset = UNSET,
        rewardable: bool | None | Unset = UNSET,
        created_at: int | None | Unset = UNSET,
        partner: None | PartnerReference | PartnerReferenceParam | Unset = UNSET,
        options: AffiliateTransactionOptions | AffiliateTransactionOptionsParam | None | Unset = UNSET,
        transactions: builtins.list[TransactionBatchItem | TransactionBatchItemParam] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AffiliateTransaction | builtins.list[AffiliateTransaction]:
        """`create` without its overloads: raw access wraps this, so every form type-checks."""
        from ...models import (
            AffiliateTransactionCreate,
            AffiliateTransactionCustomer,
            AffiliateTransactionOptions,
            PartnerReference,
            TransactionBatchItem,
        )
        from ...params import (
            AffiliateTransactionCustomerParam,
            AffiliateTransactionOptionsParam,
            PartnerReferenceParam,
            TransactionBatchItemParam,
        )
        from . import create_transaction as _create_transaction

        body = AffiliateTransactionCreate(
            customer=as_model(
                "customer", customer, AffiliateTransactionCustomer, AffiliateTransactionCustomerParam
            ),
            key=key,
            amount=amount,
            reward=reward,
            amount_units=amount_units,
            action=action,
            product_id=product_id,
            product_type=product_type,
            rewarded=rewarded,
            rewardable=rewardable,
            created_at=created_at,
            partner=partner
            if isinstance(partner, Unset) or partner is None
            else as_model("partner", partner, PartnerReference, PartnerReferenceParam),
            options=options
            if isinstance(options, Unset) or options is None
            else as_model("options", options, AffiliateTransactionOptions, AffiliateTransactionOptionsParam),
            transactions=transactions
            if isinstance(transactions, Unset) or transactions is None
            else as_models("transactions", transactions, TransactionBatchItem, TransactionBatchItemParam),
        )
        spec = _create_transaction._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _create_transaction._result, request_options)

    def delete_by_body(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a transaction named in the body.

        DELETE /v1/transactions

        Deletes the transactions with the `key` given in the request body and reverses their
        commission.

        Args:
            key: Key of the sale to delete, as given when it was recorded; every transaction with this key is removed.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import TransactionLocator
        from . import delete_transaction_by_body as _delete_transaction_by_body

        body = TransactionLocator(
            key=key,
        )
        spec = _delete_transaction_by_body._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _delete_transaction_by_body._result, request_options)

    def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AffiliateTransaction:
        """Retrieve a transaction.

        GET /v1/transactions/{key}

        Returns one transaction with its rewards.

        Args:
            key: The transaction key. Keys are not unique: reading returns one of the transactions with
                this key, while delete, archive and restore act on the key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateTransaction` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_transaction as _get_transaction

        spec = _get_transaction._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _get_transaction._result, request_options)

    def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a transaction.

        DELETE /v1/transactions/{key}

        Deletes a transaction for good and reverses its commission, e.g. after a refund or
        chargeback. Archiving is the reversible alternative.

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

        from . import delete_transaction as _delete_transaction

        spec = _delete_transaction._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _delete_transaction._result, request_options)

    def archive(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Archive a transaction.

        POST /v1/transactions/{key}/archive

        Soft-deletes a transaction and its rewards; it can be restored later. Fails with 400
        when it is archived already.

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

        from . import archive_transaction as _archive_transaction

        spec = _archive_transaction._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _archive_transaction._result, request_options)

    def restore(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Restore an archived transaction.

        POST /v1/transactions/{key}/revoke-archive

        Brings an archived transaction and its rewards back. Fails with 400 when it is not
        archived.

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

        from . import restore_transaction as _restore_transaction

        spec = _restore_transaction._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _restore_transaction._result, request_options)


class TransactionsResourceWithRawResponse:
    """`transactions` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: TransactionsResource) -> None:
        from . import archive_transaction as _archive_transaction
        from . import create_transaction as _create_transaction
        from . import delete_transaction as _delete_transaction
        from . import delete_transaction_by_body as _delete_transaction_by_body
        from . import get_transaction as _get_transaction
        from . import list_transactions as _list_transactions
        from . import restore_transaction as _restore_transaction

        self.list = to_raw(resource.list, _list_transactions._parse)
        self.create = to_raw(resource._create, _create_transaction._parse)
        self.delete_by_body = to_raw(resource.delete_by_body, _delete_transaction_by_body._parse)
        self.get = to_raw(resource.get, _get_transaction._parse)
        self.delete = to_raw(resource.delete, _delete_transaction._parse)
        self.archive = to_raw(resource.archive, _archive_transaction._parse)
        self.restore = to_raw(resource.restore, _restore_transaction._parse)


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
        sort: ListTransactionsSort | Unset = UNSET,
        key: str | Unset = UNSET,
        partner_key: str | Unset = UNSET,
        partner_email: str | Unset = UNSET,
        customer_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[AffiliateTransaction]:
        """List transactions.

        GET /v1/transactions

        Returns one page of the program's transactions with the rewards each produced, optionally
        filtered by key, partner or customer.

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            sort: Order by creation time: `desc` newest first, `asc` oldest first. Without it the order is not
                documented, so pass `sort` when the order matters.
            key: Only transactions with this key. An empty value counts as left out.
            partner_key: Only transactions credited to the partner with this referral key. An empty value counts
                as left out. The older spelling `partner.key` is accepted too and deprecated.
            partner_email: Only transactions credited to the partner with this e-mail. An empty value counts as
                left out. The spelling `partner.email` is accepted too and deprecated.
            customer_key: Only transactions of the customer with this key (a filter of the older docs). An empty
                value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `AffiliateTransaction` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_transactions as _list_transactions

        spec = _list_transactions._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
            key=key,
            partner_key=partner_key,
            partner_email=partner_email,
            customer_key=customer_key,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_list_transactions._result,
            read=_list_transactions._read_page,
            parse=_list_transactions._parse,
            options=request_options,
        )

    @overload
    async def create(
        self,
        *,
        customer: AffiliateTransactionCustomer | AffiliateTransactionCustomerParam,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        reward: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        product_id: None | str | Unset = UNSET,
        product_type: None | str | Unset = UNSET,
        rewarded: bool | None | Unset = UNSET,
        rewardable: bool | None | Unset = UNSET,
        created_at: int | None | Unset = UNSET,
        partner: None | PartnerReference | PartnerReferenceParam | Unset = UNSET,
        options: AffiliateTransactionOptions | AffiliateTransactionOptionsParam | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AffiliateTransaction: ...

    @overload
    async def create(
        self,
        *,
        transactions: builtins.list[TransactionBatchItem | TransactionBatchItemParam],
        customer: AffiliateTransactionCustomer | AffiliateTransactionCustomerParam,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        reward: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        product_id: None | str | Unset = UNSET,
        product_type: None | str | Unset = UNSET,
        rewarded: bool | None | Unset = UNSET,
        rewardable: bool | None | Unset = UNSET,
        created_at: int | None | Unset = UNSET,
        partner: None | PartnerReference | PartnerReferenceParam | Unset = UNSET,
        options: AffiliateTransactionOptions | AffiliateTransactionOptionsParam | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[AffiliateTransaction]: ...

    async def create(
        self,
        *,
        customer: AffiliateTransactionCustomer | AffiliateTransactionCustomerParam,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        reward: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        product_id: None | str | Unset = UNSET,
        product_type: None | str | Unset = UNSET,
        rewarded: bool | None | Unset = UNSET,
        rewardable: bool | None | Unset = UNSET,
        created_at: int | None | Unset = UNSET,
        partner: None | PartnerReference | PartnerReferenceParam | Unset = UNSET,
        options: AffiliateTransactionOptions | AffiliateTransactionOptionsParam | None | Unset = UNSET,
        transactions: builtins.list[TransactionBatchItem | TransactionBatchItemParam] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AffiliateTransaction | builtins.list[AffiliateTransaction]:
        """Record a transaction.

        POST /v1/transactions

        Records one or more sales of a customer so Partnero computes the partner's commission.
        With `options.create_customer` an unknown buyer is created in the same call. The reply's
        status code is not documented, so 200 and 201 are both described.

        Args:
            customer: The buyer, by `key` or `email` (`id` works too). With `options.create_customer` the other
                fields describe the customer to create and `partner` the partner to credit.
            key: Your payment or invoice id; needed later to delete or archive the sale.
            amount: Sale amount the commission is computed from.
            reward: Commission to book as is instead of computing it.
            amount_units: Currency code such as USD; the program currency when left out.
            action: Free label of the transaction type; sale is recommended.
            product_id: Product for per-product commission rules.
            product_type: Product category for commission rules, such as monthly.
            rewarded: Mark the sale as already rewarded (default false).
            rewardable: Whether the sale may produce a reward (default true).
            created_at: Back-dates the sale; a Unix timestamp in seconds.
            partner: Older form of `customer.partner` for a customer created on the fly.
            options: Processing switches: `create_customer` makes the customer first when it does not exist yet.
            transactions: Several sales at once; replaces the top-level key, amount and action.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateTransaction | list[AffiliateTransaction]` record inside the reply's `data`.

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
            reward=reward,
            amount_units=amount_units,
            action=action,
            product_id=product_id,
            product_type=product_type,
            rewarded=rewarded,
            rewardable=rewardable,
            created_at=created_at,
            partner=partner,
            options=options,
            transactions=transactions,
            request_options=request_options,
        )

    async def _create(
        self,
        *,
        customer: AffiliateTransactionCustomer | AffiliateTransactionCustomerParam,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        reward: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        product_id: None | str | Unset = UNSET,
        product_type: None | str | Unset = UNSET,
        rewarded: bool | None | Unset = UNSET,
        rewardable: bool | None | Unset = UNSET,
        created_at: int | None | Unset = UNSET,
        partner: None | PartnerReference | PartnerReferenceParam | Unset = UNSET,
        options: AffiliateTransactionOptions | AffiliateTransactionOptionsParam | None | Unset = UNSET,
        transactions: builtins.list[TransactionBatchItem | TransactionBatchItemParam] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AffiliateTransaction | builtins.list[AffiliateTransaction]:
        """`create` without its overloads: raw access wraps this, so every form type-checks."""
        from ...models import (
            AffiliateTransactionCreate,
            AffiliateTransactionCustomer,
            AffiliateTransactionOptions,
            PartnerReference,
            TransactionBatchItem,
        )
        from ...params import (
            AffiliateTransactionCustomerParam,
            AffiliateTransactionOptionsParam,
            PartnerReferenceParam,
            TransactionBatchItemParam,
        )
        from . import create_transaction as _create_transaction

        body = AffiliateTransactionCreate(
            customer=as_model(
                "customer", customer, AffiliateTransactionCustomer, AffiliateTransactionCustomerParam
            ),
            key=key,
            amount=amount,
            reward=reward,
            amount_units=amount_units,
            action=action,
            product_id=product_id,
            product_type=product_type,
            rewarded=rewarded,
            rewardable=rewardable,
            created_at=created_at,
            partner=partner
            if isinstance(partner, Unset) or partner is None
            else as_model("partner", partner, PartnerReference, PartnerReferenceParam),
            options=options
            if isinstance(options, Unset) or options is None
            else as_model("options", options, AffiliateTransactionOptions, AffiliateTransactionOptionsParam),
            transactions=transactions
            if isinstance(transactions, Unset) or transactions is None
            else as_models("transactions", transactions, TransactionBatchItem, TransactionBatchItemParam),
        )
        spec = _create_transaction._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _create_transaction._result, request_options)

    async def delete_by_body(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a transaction named in the body.

        DELETE /v1/transactions

        Deletes the transactions with the `key` given in the request body and reverses their
        commission.

        Args:
            key: Key of the sale to delete, as given when it was recorded; every transaction with this key is removed.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The reply (`StatusOnly`), which only confirms the request.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import TransactionLocator
        from . import delete_transaction_by_body as _delete_transaction_by_body

        body = TransactionLocator(
            key=key,
        )
        spec = _delete_transaction_by_body._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _delete_transaction_by_body._result, request_options)

    async def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AffiliateTransaction:
        """Retrieve a transaction.

        GET /v1/transactions/{key}

        Returns one transaction with its rewards.

        Args:
            key: The transaction key. Keys are not unique: reading returns one of the transactions with
                this key, while delete, archive and restore act on the key.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `AffiliateTransaction` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_transaction as _get_transaction

        spec = _get_transaction._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _get_transaction._result, request_options)

    async def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a transaction.

        DELETE /v1/transactions/{key}

        Deletes a transaction for good and reverses its commission, e.g. after a refund or
        chargeback. Archiving is the reversible alternative.

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

        from . import delete_transaction as _delete_transaction

        spec = _delete_transaction._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _delete_transaction._result, request_options)

    async def archive(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Archive a transaction.

        POST /v1/transactions/{key}/archive

        Soft-deletes a transaction and its rewards; it can be restored later. Fails with 400
        when it is archived already.

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

        from . import archive_transaction as _archive_transaction

        spec = _archive_transaction._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _archive_transaction._result, request_options)

    async def restore(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Restore an archived transaction.

        POST /v1/transactions/{key}/revoke-archive

        Brings an archived transaction and its rewards back. Fails with 400 when it is not
        archived.

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

        from . import restore_transaction as _restore_transaction

        spec = _restore_transaction._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _restore_transaction._result, request_options)


class AsyncTransactionsResourceWithRawResponse:
    """`transactions` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: AsyncTransactionsResource) -> None:
        from . import archive_transaction as _archive_transaction
        from . import create_transaction as _create_transaction
        from . import delete_transaction as _delete_transaction
        from . import delete_transaction_by_body as _delete_transaction_by_body
        from . import get_transaction as _get_transaction
        from . import list_transactions as _list_transactions
        from . import restore_transaction as _restore_transaction

        self.list = to_async_raw(resource.list, _list_transactions._parse)
        self.create = to_async_raw(resource._create, _create_transaction._parse)
        self.delete_by_body = to_async_raw(resource.delete_by_body, _delete_transaction_by_body._parse)
        self.get = to_async_raw(resource.get, _get_transaction._parse)
        self.delete = to_async_raw(resource.delete, _delete_transaction._parse)
        self.archive = to_async_raw(resource.archive, _archive_transaction._parse)
        self.restore = to_async_raw(resource.restore, _restore_transaction._parse)
