"""The `transactions` resource: one method per operation, sync and async, plain and raw."""

import builtins

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.pagination import AsyncPage, SyncPage
from ...._core.response import RawResponse
from ...models.list_referral_transactions_sort import ListReferralTransactionsSort
from ...models.referral_transaction import ReferralTransaction
from ...models.referral_transaction_create import ReferralTransactionCreate
from ...models.referral_transaction_customer import ReferralTransactionCustomer
from ...models.referral_transaction_envelope import ReferralTransactionEnvelope
from ...models.referral_transaction_page import ReferralTransactionPage
from ...models.referral_transaction_recorded import ReferralTransactionRecorded
from ...models.status_only import StatusOnly
from ...models.transaction_batch_item import TransactionBatchItem
from ...models.transaction_create_options import TransactionCreateOptions
from ...types import UNSET, Unset
from . import create_referral_transaction as _create_referral_transaction
from . import delete_referral_transaction as _delete_referral_transaction
from . import get_referral_transaction as _get_referral_transaction
from . import list_referral_transactions as _list_referral_transactions


class TransactionsResourceWithRawResponse:
    """Operations on transactions, returning the raw reply with the parsed envelope."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListReferralTransactionsSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralTransactionPage]:
        """List transactions.

        GET /v1/transactions

        Returns one page of the program's transactions with the rewards each produced. Affiliate
        programs can filter by key, partner or customer.
        """

        spec = _list_referral_transactions._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        return self._client._request_raw(spec, _list_referral_transactions._parse, request_options)

    def create(
        self,
        *,
        customer: ReferralTransactionCustomer,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        options: None | TransactionCreateOptions | Unset = UNSET,
        transactions: builtins.list[TransactionBatchItem] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralTransactionRecorded]:
        """Record a transaction.

        POST /v1/transactions

        Records one or more sales of a customer so Partnero computes the reward: the partner's
        commission in affiliate programs, the referrer's reward in refer-a-friend programs
        (where the buyer must be a referred customer). With `options.create_customer` an unknown
        buyer is created in the same call. The reply's status code is not documented, so 200 and
        201 are both described.
        """

        body = ReferralTransactionCreate(
            customer=customer,
            key=key,
            amount=amount,
            amount_units=amount_units,
            action=action,
            options=options,
            transactions=transactions,
        )
        spec = _create_referral_transaction._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _create_referral_transaction._parse, request_options)

    def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralTransactionEnvelope]:
        """Retrieve a transaction.

        GET /v1/transactions/{key}

        Returns one transaction with its rewards.
        """

        spec = _get_referral_transaction._get_kwargs(
            key=key,
        )

        return self._client._request_raw(spec, _get_referral_transaction._parse, request_options)

    def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Delete a transaction.

        DELETE /v1/transactions/{key}

        Deletes a transaction for good and reverses the rewards it produced, e.g. after a refund
        or chargeback.
        """

        spec = _delete_referral_transaction._get_kwargs(
            key=key,
        )

        return self._client._request_raw(spec, _delete_referral_transaction._parse, request_options)


class TransactionsResource:
    """Operations on transactions."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = TransactionsResourceWithRawResponse(client)

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

        Returns one page of the program's transactions with the rewards each produced. Affiliate
        programs can filter by key, partner or customer.
        """

        spec = _list_referral_transactions._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        envelope = self._client._request(spec, _list_referral_transactions._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_referral_transactions._read_page,
            parse=_list_referral_transactions._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def create(
        self,
        *,
        customer: ReferralTransactionCustomer,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        options: None | TransactionCreateOptions | Unset = UNSET,
        transactions: builtins.list[TransactionBatchItem] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ReferralTransaction] | ReferralTransaction:
        """Record a transaction.

        POST /v1/transactions

        Records one or more sales of a customer so Partnero computes the reward: the partner's
        commission in affiliate programs, the referrer's reward in refer-a-friend programs
        (where the buyer must be a referred customer). With `options.create_customer` an unknown
        buyer is created in the same call. The reply's status code is not documented, so 200 and
        201 are both described.
        """

        body = ReferralTransactionCreate(
            customer=customer,
            key=key,
            amount=amount,
            amount_units=amount_units,
            action=action,
            options=options,
            transactions=transactions,
        )
        spec = _create_referral_transaction._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _create_referral_transaction._parse, request_options)
        return _create_referral_transaction._unwrap(envelope)

    def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ReferralTransaction:
        """Retrieve a transaction.

        GET /v1/transactions/{key}

        Returns one transaction with its rewards.
        """

        spec = _get_referral_transaction._get_kwargs(
            key=key,
        )

        envelope = self._client._request(spec, _get_referral_transaction._parse, request_options)
        return _get_referral_transaction._unwrap(envelope)

    def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a transaction.

        DELETE /v1/transactions/{key}

        Deletes a transaction for good and reverses the rewards it produced, e.g. after a refund
        or chargeback.
        """

        spec = _delete_referral_transaction._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _delete_referral_transaction._parse, request_options)


class AsyncTransactionsResourceWithRawResponse:
    """Operations on transactions, returning the raw reply with the parsed envelope."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListReferralTransactionsSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralTransactionPage]:
        """List transactions.

        GET /v1/transactions

        Returns one page of the program's transactions with the rewards each produced. Affiliate
        programs can filter by key, partner or customer.
        """

        spec = _list_referral_transactions._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        return await self._client._request_raw(spec, _list_referral_transactions._parse, request_options)

    async def create(
        self,
        *,
        customer: ReferralTransactionCustomer,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        options: None | TransactionCreateOptions | Unset = UNSET,
        transactions: builtins.list[TransactionBatchItem] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralTransactionRecorded]:
        """Record a transaction.

        POST /v1/transactions

        Records one or more sales of a customer so Partnero computes the reward: the partner's
        commission in affiliate programs, the referrer's reward in refer-a-friend programs
        (where the buyer must be a referred customer). With `options.create_customer` an unknown
        buyer is created in the same call. The reply's status code is not documented, so 200 and
        201 are both described.
        """

        body = ReferralTransactionCreate(
            customer=customer,
            key=key,
            amount=amount,
            amount_units=amount_units,
            action=action,
            options=options,
            transactions=transactions,
        )
        spec = _create_referral_transaction._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _create_referral_transaction._parse, request_options)

    async def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[ReferralTransactionEnvelope]:
        """Retrieve a transaction.

        GET /v1/transactions/{key}

        Returns one transaction with its rewards.
        """

        spec = _get_referral_transaction._get_kwargs(
            key=key,
        )

        return await self._client._request_raw(spec, _get_referral_transaction._parse, request_options)

    async def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Delete a transaction.

        DELETE /v1/transactions/{key}

        Deletes a transaction for good and reverses the rewards it produced, e.g. after a refund
        or chargeback.
        """

        spec = _delete_referral_transaction._get_kwargs(
            key=key,
        )

        return await self._client._request_raw(spec, _delete_referral_transaction._parse, request_options)


class AsyncTransactionsResource:
    """Operations on transactions."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncTransactionsResourceWithRawResponse(client)

    async def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListReferralTransactionsSort | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[ReferralTransaction]:
        """List transactions.

        GET /v1/transactions

        Returns one page of the program's transactions with the rewards each produced. Affiliate
        programs can filter by key, partner or customer.
        """

        spec = _list_referral_transactions._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
        )

        envelope = await self._client._request(spec, _list_referral_transactions._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_referral_transactions._read_page,
            parse=_list_referral_transactions._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    async def create(
        self,
        *,
        customer: ReferralTransactionCustomer,
        key: None | str | Unset = UNSET,
        amount: float | None | Unset = UNSET,
        amount_units: None | str | Unset = UNSET,
        action: None | str | Unset = UNSET,
        options: None | TransactionCreateOptions | Unset = UNSET,
        transactions: builtins.list[TransactionBatchItem] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ReferralTransaction] | ReferralTransaction:
        """Record a transaction.

        POST /v1/transactions

        Records one or more sales of a customer so Partnero computes the reward: the partner's
        commission in affiliate programs, the referrer's reward in refer-a-friend programs
        (where the buyer must be a referred customer). With `options.create_customer` an unknown
        buyer is created in the same call. The reply's status code is not documented, so 200 and
        201 are both described.
        """

        body = ReferralTransactionCreate(
            customer=customer,
            key=key,
            amount=amount,
            amount_units=amount_units,
            action=action,
            options=options,
            transactions=transactions,
        )
        spec = _create_referral_transaction._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _create_referral_transaction._parse, request_options)
        return _create_referral_transaction._unwrap(envelope)

    async def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ReferralTransaction:
        """Retrieve a transaction.

        GET /v1/transactions/{key}

        Returns one transaction with its rewards.
        """

        spec = _get_referral_transaction._get_kwargs(
            key=key,
        )

        envelope = await self._client._request(spec, _get_referral_transaction._parse, request_options)
        return _get_referral_transaction._unwrap(envelope)

    async def delete(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatusOnly:
        """Delete a transaction.

        DELETE /v1/transactions/{key}

        Deletes a transaction for good and reverses the rewards it produced, e.g. after a refund
        or chargeback.
        """

        spec = _delete_referral_transaction._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _delete_referral_transaction._parse, request_options)
