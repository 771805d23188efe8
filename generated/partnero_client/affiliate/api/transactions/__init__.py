"""The `transactions` resource: one method per operation, sync and async, plain and raw."""

import builtins

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.pagination import AsyncPage, SyncPage
from ...._core.response import RawResponse
from ...models.affiliate_transaction import AffiliateTransaction
from ...models.affiliate_transaction_create import AffiliateTransactionCreate
from ...models.affiliate_transaction_customer import AffiliateTransactionCustomer
from ...models.affiliate_transaction_envelope import AffiliateTransactionEnvelope
from ...models.affiliate_transaction_options import AffiliateTransactionOptions
from ...models.affiliate_transaction_page import AffiliateTransactionPage
from ...models.affiliate_transaction_recorded import AffiliateTransactionRecorded
from ...models.list_transactions_sort import ListTransactionsSort
from ...models.partner_reference import PartnerReference
from ...models.status_only import StatusOnly
from ...models.transaction_batch_item import TransactionBatchItem
from ...models.transaction_locator import TransactionLocator
from ...types import UNSET, Unset
from . import archive_transaction as _archive_transaction
from . import create_transaction as _create_transaction
from . import delete_transaction as _delete_transaction
from . import delete_transaction_by_body as _delete_transaction_by_body
from . import get_transaction as _get_transaction
from . import list_transactions as _list_transactions
from . import restore_transaction as _restore_transaction


class TransactionsResourceWithRawResponse:
    """Operations on transactions, returning the raw reply with the parsed envelope."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListTransactionsSort | Unset = UNSET,
        key: str | Unset = UNSET,
        partner_key: str | Unset = UNSET,
        customer_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateTransactionPage]:
        """List transactions.

        GET /v1/transactions

        Returns one page of the program's transactions with the rewards each produced. Affiliate
        programs can filter by key, partner or customer.
        """

        spec = _list_transactions._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
            key=key,
            partner_key=partner_key,
            customer_key=customer_key,
        )

        return self._client._request_raw(spec, _list_transactions._parse, request_options)

    def create(
        self,
        *,
        customer: AffiliateTransactionCustomer,
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
        partner: None | PartnerReference | Unset = UNSET,
        options: AffiliateTransactionOptions | None | Unset = UNSET,
        transactions: builtins.list[TransactionBatchItem] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateTransactionRecorded]:
        """Record a transaction.

        POST /v1/transactions

        Records one or more sales of a customer so Partnero computes the reward: the partner's
        commission in affiliate programs, the referrer's reward in refer-a-friend programs
        (where the buyer must be a referred customer). With `options.create_customer` an unknown
        buyer is created in the same call. The reply's status code is not documented, so 200 and
        201 are both described.
        """

        body = AffiliateTransactionCreate(
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
        )
        spec = _create_transaction._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _create_transaction._parse, request_options)

    def delete_by_body(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Delete a transaction named in the body.

        DELETE /v1/transactions

        Deletes the transactions with the `key` given in the request body and reverses their
        commission.
        """

        body = TransactionLocator(
            key=key,
        )
        spec = _delete_transaction_by_body._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _delete_transaction_by_body._parse, request_options)

    def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateTransactionEnvelope]:
        """Retrieve a transaction.

        GET /v1/transactions/{key}

        Returns one transaction with its rewards.
        """

        spec = _get_transaction._get_kwargs(
            key=key,
        )

        return self._client._request_raw(spec, _get_transaction._parse, request_options)

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

        spec = _delete_transaction._get_kwargs(
            key=key,
        )

        return self._client._request_raw(spec, _delete_transaction._parse, request_options)

    def archive(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Archive a transaction.

        POST /v1/transactions/{key}/archive

        Soft-deletes a transaction and its rewards; it can be restored later. Fails with 400
        when it is archived already.
        """

        spec = _archive_transaction._get_kwargs(
            key=key,
        )

        return self._client._request_raw(spec, _archive_transaction._parse, request_options)

    def restore(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Restore an archived transaction.

        POST /v1/transactions/{key}/revoke-archive

        Brings an archived transaction and its rewards back. Fails with 400 when it is not
        archived.
        """

        spec = _restore_transaction._get_kwargs(
            key=key,
        )

        return self._client._request_raw(spec, _restore_transaction._parse, request_options)


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
        sort: ListTransactionsSort | Unset = UNSET,
        key: str | Unset = UNSET,
        partner_key: str | Unset = UNSET,
        customer_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[AffiliateTransaction]:
        """List transactions.

        GET /v1/transactions

        Returns one page of the program's transactions with the rewards each produced. Affiliate
        programs can filter by key, partner or customer.
        """

        spec = _list_transactions._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
            key=key,
            partner_key=partner_key,
            customer_key=customer_key,
        )

        envelope = self._client._request(spec, _list_transactions._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_transactions._read_page,
            parse=_list_transactions._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def create(
        self,
        *,
        customer: AffiliateTransactionCustomer,
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
        partner: None | PartnerReference | Unset = UNSET,
        options: AffiliateTransactionOptions | None | Unset = UNSET,
        transactions: builtins.list[TransactionBatchItem] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AffiliateTransaction | builtins.list[AffiliateTransaction]:
        """Record a transaction.

        POST /v1/transactions

        Records one or more sales of a customer so Partnero computes the reward: the partner's
        commission in affiliate programs, the referrer's reward in refer-a-friend programs
        (where the buyer must be a referred customer). With `options.create_customer` an unknown
        buyer is created in the same call. The reply's status code is not documented, so 200 and
        201 are both described.
        """

        body = AffiliateTransactionCreate(
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
        )
        spec = _create_transaction._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _create_transaction._parse, request_options)
        return _create_transaction._unwrap(envelope)

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
        """

        body = TransactionLocator(
            key=key,
        )
        spec = _delete_transaction_by_body._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _delete_transaction_by_body._parse, request_options)

    def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AffiliateTransaction:
        """Retrieve a transaction.

        GET /v1/transactions/{key}

        Returns one transaction with its rewards.
        """

        spec = _get_transaction._get_kwargs(
            key=key,
        )

        envelope = self._client._request(spec, _get_transaction._parse, request_options)
        return _get_transaction._unwrap(envelope)

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

        spec = _delete_transaction._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _delete_transaction._parse, request_options)

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
        """

        spec = _archive_transaction._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _archive_transaction._parse, request_options)

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
        """

        spec = _restore_transaction._get_kwargs(
            key=key,
        )

        return self._client._request(spec, _restore_transaction._parse, request_options)


class AsyncTransactionsResourceWithRawResponse:
    """Operations on transactions, returning the raw reply with the parsed envelope."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        sort: ListTransactionsSort | Unset = UNSET,
        key: str | Unset = UNSET,
        partner_key: str | Unset = UNSET,
        customer_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateTransactionPage]:
        """List transactions.

        GET /v1/transactions

        Returns one page of the program's transactions with the rewards each produced. Affiliate
        programs can filter by key, partner or customer.
        """

        spec = _list_transactions._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
            key=key,
            partner_key=partner_key,
            customer_key=customer_key,
        )

        return await self._client._request_raw(spec, _list_transactions._parse, request_options)

    async def create(
        self,
        *,
        customer: AffiliateTransactionCustomer,
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
        partner: None | PartnerReference | Unset = UNSET,
        options: AffiliateTransactionOptions | None | Unset = UNSET,
        transactions: builtins.list[TransactionBatchItem] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateTransactionRecorded]:
        """Record a transaction.

        POST /v1/transactions

        Records one or more sales of a customer so Partnero computes the reward: the partner's
        commission in affiliate programs, the referrer's reward in refer-a-friend programs
        (where the buyer must be a referred customer). With `options.create_customer` an unknown
        buyer is created in the same call. The reply's status code is not documented, so 200 and
        201 are both described.
        """

        body = AffiliateTransactionCreate(
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
        )
        spec = _create_transaction._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _create_transaction._parse, request_options)

    async def delete_by_body(
        self,
        *,
        key: str,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Delete a transaction named in the body.

        DELETE /v1/transactions

        Deletes the transactions with the `key` given in the request body and reverses their
        commission.
        """

        body = TransactionLocator(
            key=key,
        )
        spec = _delete_transaction_by_body._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _delete_transaction_by_body._parse, request_options)

    async def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[AffiliateTransactionEnvelope]:
        """Retrieve a transaction.

        GET /v1/transactions/{key}

        Returns one transaction with its rewards.
        """

        spec = _get_transaction._get_kwargs(
            key=key,
        )

        return await self._client._request_raw(spec, _get_transaction._parse, request_options)

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

        spec = _delete_transaction._get_kwargs(
            key=key,
        )

        return await self._client._request_raw(spec, _delete_transaction._parse, request_options)

    async def archive(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Archive a transaction.

        POST /v1/transactions/{key}/archive

        Soft-deletes a transaction and its rewards; it can be restored later. Fails with 400
        when it is archived already.
        """

        spec = _archive_transaction._get_kwargs(
            key=key,
        )

        return await self._client._request_raw(spec, _archive_transaction._parse, request_options)

    async def restore(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[StatusOnly]:
        """Restore an archived transaction.

        POST /v1/transactions/{key}/revoke-archive

        Brings an archived transaction and its rewards back. Fails with 400 when it is not
        archived.
        """

        spec = _restore_transaction._get_kwargs(
            key=key,
        )

        return await self._client._request_raw(spec, _restore_transaction._parse, request_options)


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
        sort: ListTransactionsSort | Unset = UNSET,
        key: str | Unset = UNSET,
        partner_key: str | Unset = UNSET,
        customer_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[AffiliateTransaction]:
        """List transactions.

        GET /v1/transactions

        Returns one page of the program's transactions with the rewards each produced. Affiliate
        programs can filter by key, partner or customer.
        """

        spec = _list_transactions._get_kwargs(
            limit=limit,
            page=page,
            sort=sort,
            key=key,
            partner_key=partner_key,
            customer_key=customer_key,
        )

        envelope = await self._client._request(spec, _list_transactions._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_transactions._read_page,
            parse=_list_transactions._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    async def create(
        self,
        *,
        customer: AffiliateTransactionCustomer,
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
        partner: None | PartnerReference | Unset = UNSET,
        options: AffiliateTransactionOptions | None | Unset = UNSET,
        transactions: builtins.list[TransactionBatchItem] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AffiliateTransaction | builtins.list[AffiliateTransaction]:
        """Record a transaction.

        POST /v1/transactions

        Records one or more sales of a customer so Partnero computes the reward: the partner's
        commission in affiliate programs, the referrer's reward in refer-a-friend programs
        (where the buyer must be a referred customer). With `options.create_customer` an unknown
        buyer is created in the same call. The reply's status code is not documented, so 200 and
        201 are both described.
        """

        body = AffiliateTransactionCreate(
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
        )
        spec = _create_transaction._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _create_transaction._parse, request_options)
        return _create_transaction._unwrap(envelope)

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
        """

        body = TransactionLocator(
            key=key,
        )
        spec = _delete_transaction_by_body._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _delete_transaction_by_body._parse, request_options)

    async def get(
        self,
        key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AffiliateTransaction:
        """Retrieve a transaction.

        GET /v1/transactions/{key}

        Returns one transaction with its rewards.
        """

        spec = _get_transaction._get_kwargs(
            key=key,
        )

        envelope = await self._client._request(spec, _get_transaction._parse, request_options)
        return _get_transaction._unwrap(envelope)

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

        spec = _delete_transaction._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _delete_transaction._parse, request_options)

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
        """

        spec = _archive_transaction._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _archive_transaction._parse, request_options)

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
        """

        spec = _restore_transaction._get_kwargs(
            key=key,
        )

        return await self._client._request(spec, _restore_transaction._parse, request_options)
