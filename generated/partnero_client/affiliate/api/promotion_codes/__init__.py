"""The `promotion_codes` resource: one method per operation, sync and async, plain and raw."""

import datetime

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.pagination import AsyncPage, SyncPage
from ...._core.response import RawResponse
from ...models.promotion_code import PromotionCode
from ...models.promotion_code_coupon_reference import PromotionCodeCouponReference
from ...models.promotion_code_create import PromotionCodeCreate
from ...models.promotion_code_create_metadata_type_0 import PromotionCodeCreateMetadataType0
from ...models.promotion_code_customer_target import PromotionCodeCustomerTarget
from ...models.promotion_code_delete import PromotionCodeDelete
from ...models.promotion_code_deleted import PromotionCodeDeleted
from ...models.promotion_code_deleted_data import PromotionCodeDeletedData
from ...models.promotion_code_envelope import PromotionCodeEnvelope
from ...models.promotion_code_page import PromotionCodePage
from ...models.promotion_code_partner_target import PromotionCodePartnerTarget
from ...models.promotion_code_subscriber_target import PromotionCodeSubscriberTarget
from ...models.promotion_code_update import PromotionCodeUpdate
from ...models.promotion_code_update_metadata_type_0 import PromotionCodeUpdateMetadataType0
from ...models.promotion_code_updated import PromotionCodeUpdated
from ...types import UNSET, Unset
from . import create_promotion_code as _create_promotion_code
from . import delete_promotion_code as _delete_promotion_code
from . import get_promotion_code as _get_promotion_code
from . import list_promotion_codes as _list_promotion_codes
from . import update_promotion_code as _update_promotion_code


class PromotionCodesResourceWithRawResponse:
    """Operations on promotion codes, returning the raw reply with the parsed envelope."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PromotionCodePage]:
        """List promotion codes.

        GET /v1/promotion-codes

        Returns one page of the program's promotion codes.
        """

        spec = _list_promotion_codes._get_kwargs(
            limit=limit,
            page=page,
        )

        return self._client._request_raw(spec, _list_promotion_codes._parse, request_options)

    def update(
        self,
        *,
        code: str,
        limit_to_specific_partner: bool | None | Unset = UNSET,
        coupon_specific_partners: None | PromotionCodePartnerTarget | Unset = UNSET,
        metadata: None | PromotionCodeUpdateMetadataType0 | Unset = UNSET,
        redeem: bool | None | Unset = UNSET,
        transaction_key: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PromotionCodeUpdated]:
        """Update a promotion code named in the body.

        PUT /v1/promotion-codes

        Changes the promotion code whose `code` is in the body (partner limit, metadata), or
        records one
        redemption of it with `redeem`. The reply adds a top-level `message`.
        """

        body = PromotionCodeUpdate(
            code=code,
            limit_to_specific_partner=limit_to_specific_partner,
            coupon_specific_partners=coupon_specific_partners,
            metadata=metadata,
            redeem=redeem,
            transaction_key=transaction_key,
        )
        spec = _update_promotion_code._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _update_promotion_code._parse, request_options)

    def create(
        self,
        *,
        coupon_uuid: str,
        code: None | str | Unset = UNSET,
        first_time_order: bool | None | Unset = UNSET,
        limit_to_specific_partner: bool | None | Unset = UNSET,
        coupon_specific_partners: None | PromotionCodePartnerTarget | Unset = UNSET,
        limit_to_specific_customer: bool | None | Unset = UNSET,
        coupon_specific_customers: None | PromotionCodeCustomerTarget | Unset = UNSET,
        limit_to_specific_subscriber: bool | None | Unset = UNSET,
        coupon_specific_subscribers: None | PromotionCodeSubscriberTarget | Unset = UNSET,
        minimum_order_status: bool | None | Unset = UNSET,
        minimum_order_value: int | None | Unset = UNSET,
        expiration_date_status: bool | None | Unset = UNSET,
        expiration_date_value: datetime.date | None | Unset = UNSET,
        redemption_times_status: bool | None | Unset = UNSET,
        redemption_times_value: int | None | Unset = UNSET,
        metadata: None | PromotionCodeCreateMetadataType0 | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PromotionCodeEnvelope]:
        """Create a promotion code.

        POST /v1/promotion-codes

        Adds a promotion code under the coupon named by `coupon_uuid`, optionally limited to one
        partner, customer or subscriber, to first orders, to a minimum order, an expiry date or a
        number
        of uses. Older documentation revisions post to the singular `/v1/promotion-code`, which
        reaches
        the same operation. No reply was documented; it is taken to be the code as the single read
        returns it, and both 200 and 201 are described.
        """

        body = PromotionCodeCreate(
            coupon_uuid=coupon_uuid,
            code=code,
            first_time_order=first_time_order,
            limit_to_specific_partner=limit_to_specific_partner,
            coupon_specific_partners=coupon_specific_partners,
            limit_to_specific_customer=limit_to_specific_customer,
            coupon_specific_customers=coupon_specific_customers,
            limit_to_specific_subscriber=limit_to_specific_subscriber,
            coupon_specific_subscribers=coupon_specific_subscribers,
            minimum_order_status=minimum_order_status,
            minimum_order_value=minimum_order_value,
            expiration_date_status=expiration_date_status,
            expiration_date_value=expiration_date_value,
            redemption_times_status=redemption_times_status,
            redemption_times_value=redemption_times_value,
            metadata=metadata,
        )
        spec = _create_promotion_code._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _create_promotion_code._parse, request_options)

    def delete(
        self,
        *,
        code: str,
        coupon: PromotionCodeCouponReference,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PromotionCodeDeleted]:
        """Delete a promotion code named in the body.

        DELETE /v1/promotion-codes

        Removes a promotion code for good. The body names the code and its parent coupon; a code
        under
        another coupon is not found. The reply nests `status` and `message` inside `data`.
        """

        body = PromotionCodeDelete(
            code=code,
            coupon=coupon,
        )
        spec = _delete_promotion_code._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _delete_promotion_code._parse, request_options)

    def get(
        self,
        code: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PromotionCodeEnvelope]:
        """Retrieve a promotion code.

        GET /v1/promotion-codes/{code}

        Returns one promotion code together with the coupon it belongs to.
        """

        spec = _get_promotion_code._get_kwargs(
            code=code,
        )

        return self._client._request_raw(spec, _get_promotion_code._parse, request_options)


class PromotionCodesResource:
    """Operations on promotion codes."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = PromotionCodesResourceWithRawResponse(client)

    def list(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[PromotionCode]:
        """List promotion codes.

        GET /v1/promotion-codes

        Returns one page of the program's promotion codes.
        """

        spec = _list_promotion_codes._get_kwargs(
            limit=limit,
            page=page,
        )

        envelope = self._client._request(spec, _list_promotion_codes._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_promotion_codes._read_page,
            parse=_list_promotion_codes._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def update(
        self,
        *,
        code: str,
        limit_to_specific_partner: bool | None | Unset = UNSET,
        coupon_specific_partners: None | PromotionCodePartnerTarget | Unset = UNSET,
        metadata: None | PromotionCodeUpdateMetadataType0 | Unset = UNSET,
        redeem: bool | None | Unset = UNSET,
        transaction_key: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PromotionCode:
        """Update a promotion code named in the body.

        PUT /v1/promotion-codes

        Changes the promotion code whose `code` is in the body (partner limit, metadata), or
        records one
        redemption of it with `redeem`. The reply adds a top-level `message`.
        """

        body = PromotionCodeUpdate(
            code=code,
            limit_to_specific_partner=limit_to_specific_partner,
            coupon_specific_partners=coupon_specific_partners,
            metadata=metadata,
            redeem=redeem,
            transaction_key=transaction_key,
        )
        spec = _update_promotion_code._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _update_promotion_code._parse, request_options)
        return _update_promotion_code._unwrap(envelope)

    def create(
        self,
        *,
        coupon_uuid: str,
        code: None | str | Unset = UNSET,
        first_time_order: bool | None | Unset = UNSET,
        limit_to_specific_partner: bool | None | Unset = UNSET,
        coupon_specific_partners: None | PromotionCodePartnerTarget | Unset = UNSET,
        limit_to_specific_customer: bool | None | Unset = UNSET,
        coupon_specific_customers: None | PromotionCodeCustomerTarget | Unset = UNSET,
        limit_to_specific_subscriber: bool | None | Unset = UNSET,
        coupon_specific_subscribers: None | PromotionCodeSubscriberTarget | Unset = UNSET,
        minimum_order_status: bool | None | Unset = UNSET,
        minimum_order_value: int | None | Unset = UNSET,
        expiration_date_status: bool | None | Unset = UNSET,
        expiration_date_value: datetime.date | None | Unset = UNSET,
        redemption_times_status: bool | None | Unset = UNSET,
        redemption_times_value: int | None | Unset = UNSET,
        metadata: None | PromotionCodeCreateMetadataType0 | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PromotionCode:
        """Create a promotion code.

        POST /v1/promotion-codes

        Adds a promotion code under the coupon named by `coupon_uuid`, optionally limited to one
        partner, customer or subscriber, to first orders, to a minimum order, an expiry date or a
        number
        of uses. Older documentation revisions post to the singular `/v1/promotion-code`, which
        reaches
        the same operation. No reply was documented; it is taken to be the code as the single read
        returns it, and both 200 and 201 are described.
        """

        body = PromotionCodeCreate(
            coupon_uuid=coupon_uuid,
            code=code,
            first_time_order=first_time_order,
            limit_to_specific_partner=limit_to_specific_partner,
            coupon_specific_partners=coupon_specific_partners,
            limit_to_specific_customer=limit_to_specific_customer,
            coupon_specific_customers=coupon_specific_customers,
            limit_to_specific_subscriber=limit_to_specific_subscriber,
            coupon_specific_subscribers=coupon_specific_subscribers,
            minimum_order_status=minimum_order_status,
            minimum_order_value=minimum_order_value,
            expiration_date_status=expiration_date_status,
            expiration_date_value=expiration_date_value,
            redemption_times_status=redemption_times_status,
            redemption_times_value=redemption_times_value,
            metadata=metadata,
        )
        spec = _create_promotion_code._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _create_promotion_code._parse, request_options)
        return _create_promotion_code._unwrap(envelope)

    def delete(
        self,
        *,
        code: str,
        coupon: PromotionCodeCouponReference,
        request_options: RequestOptions | None = None,
    ) -> PromotionCodeDeletedData:
        """Delete a promotion code named in the body.

        DELETE /v1/promotion-codes

        Removes a promotion code for good. The body names the code and its parent coupon; a code
        under
        another coupon is not found. The reply nests `status` and `message` inside `data`.
        """

        body = PromotionCodeDelete(
            code=code,
            coupon=coupon,
        )
        spec = _delete_promotion_code._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _delete_promotion_code._parse, request_options)
        return _delete_promotion_code._unwrap(envelope)

    def get(
        self,
        code: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PromotionCode:
        """Retrieve a promotion code.

        GET /v1/promotion-codes/{code}

        Returns one promotion code together with the coupon it belongs to.
        """

        spec = _get_promotion_code._get_kwargs(
            code=code,
        )

        envelope = self._client._request(spec, _get_promotion_code._parse, request_options)
        return _get_promotion_code._unwrap(envelope)


class AsyncPromotionCodesResourceWithRawResponse:
    """Operations on promotion codes, returning the raw reply with the parsed envelope."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PromotionCodePage]:
        """List promotion codes.

        GET /v1/promotion-codes

        Returns one page of the program's promotion codes.
        """

        spec = _list_promotion_codes._get_kwargs(
            limit=limit,
            page=page,
        )

        return await self._client._request_raw(spec, _list_promotion_codes._parse, request_options)

    async def update(
        self,
        *,
        code: str,
        limit_to_specific_partner: bool | None | Unset = UNSET,
        coupon_specific_partners: None | PromotionCodePartnerTarget | Unset = UNSET,
        metadata: None | PromotionCodeUpdateMetadataType0 | Unset = UNSET,
        redeem: bool | None | Unset = UNSET,
        transaction_key: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PromotionCodeUpdated]:
        """Update a promotion code named in the body.

        PUT /v1/promotion-codes

        Changes the promotion code whose `code` is in the body (partner limit, metadata), or
        records one
        redemption of it with `redeem`. The reply adds a top-level `message`.
        """

        body = PromotionCodeUpdate(
            code=code,
            limit_to_specific_partner=limit_to_specific_partner,
            coupon_specific_partners=coupon_specific_partners,
            metadata=metadata,
            redeem=redeem,
            transaction_key=transaction_key,
        )
        spec = _update_promotion_code._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _update_promotion_code._parse, request_options)

    async def create(
        self,
        *,
        coupon_uuid: str,
        code: None | str | Unset = UNSET,
        first_time_order: bool | None | Unset = UNSET,
        limit_to_specific_partner: bool | None | Unset = UNSET,
        coupon_specific_partners: None | PromotionCodePartnerTarget | Unset = UNSET,
        limit_to_specific_customer: bool | None | Unset = UNSET,
        coupon_specific_customers: None | PromotionCodeCustomerTarget | Unset = UNSET,
        limit_to_specific_subscriber: bool | None | Unset = UNSET,
        coupon_specific_subscribers: None | PromotionCodeSubscriberTarget | Unset = UNSET,
        minimum_order_status: bool | None | Unset = UNSET,
        minimum_order_value: int | None | Unset = UNSET,
        expiration_date_status: bool | None | Unset = UNSET,
        expiration_date_value: datetime.date | None | Unset = UNSET,
        redemption_times_status: bool | None | Unset = UNSET,
        redemption_times_value: int | None | Unset = UNSET,
        metadata: None | PromotionCodeCreateMetadataType0 | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PromotionCodeEnvelope]:
        """Create a promotion code.

        POST /v1/promotion-codes

        Adds a promotion code under the coupon named by `coupon_uuid`, optionally limited to one
        partner, customer or subscriber, to first orders, to a minimum order, an expiry date or a
        number
        of uses. Older documentation revisions post to the singular `/v1/promotion-code`, which
        reaches
        the same operation. No reply was documented; it is taken to be the code as the single read
        returns it, and both 200 and 201 are described.
        """

        body = PromotionCodeCreate(
            coupon_uuid=coupon_uuid,
            code=code,
            first_time_order=first_time_order,
            limit_to_specific_partner=limit_to_specific_partner,
            coupon_specific_partners=coupon_specific_partners,
            limit_to_specific_customer=limit_to_specific_customer,
            coupon_specific_customers=coupon_specific_customers,
            limit_to_specific_subscriber=limit_to_specific_subscriber,
            coupon_specific_subscribers=coupon_specific_subscribers,
            minimum_order_status=minimum_order_status,
            minimum_order_value=minimum_order_value,
            expiration_date_status=expiration_date_status,
            expiration_date_value=expiration_date_value,
            redemption_times_status=redemption_times_status,
            redemption_times_value=redemption_times_value,
            metadata=metadata,
        )
        spec = _create_promotion_code._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _create_promotion_code._parse, request_options)

    async def delete(
        self,
        *,
        code: str,
        coupon: PromotionCodeCouponReference,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PromotionCodeDeleted]:
        """Delete a promotion code named in the body.

        DELETE /v1/promotion-codes

        Removes a promotion code for good. The body names the code and its parent coupon; a code
        under
        another coupon is not found. The reply nests `status` and `message` inside `data`.
        """

        body = PromotionCodeDelete(
            code=code,
            coupon=coupon,
        )
        spec = _delete_promotion_code._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _delete_promotion_code._parse, request_options)

    async def get(
        self,
        code: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[PromotionCodeEnvelope]:
        """Retrieve a promotion code.

        GET /v1/promotion-codes/{code}

        Returns one promotion code together with the coupon it belongs to.
        """

        spec = _get_promotion_code._get_kwargs(
            code=code,
        )

        return await self._client._request_raw(spec, _get_promotion_code._parse, request_options)


class AsyncPromotionCodesResource:
    """Operations on promotion codes."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncPromotionCodesResourceWithRawResponse(client)

    async def list(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[PromotionCode]:
        """List promotion codes.

        GET /v1/promotion-codes

        Returns one page of the program's promotion codes.
        """

        spec = _list_promotion_codes._get_kwargs(
            limit=limit,
            page=page,
        )

        envelope = await self._client._request(spec, _list_promotion_codes._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_promotion_codes._read_page,
            parse=_list_promotion_codes._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    async def update(
        self,
        *,
        code: str,
        limit_to_specific_partner: bool | None | Unset = UNSET,
        coupon_specific_partners: None | PromotionCodePartnerTarget | Unset = UNSET,
        metadata: None | PromotionCodeUpdateMetadataType0 | Unset = UNSET,
        redeem: bool | None | Unset = UNSET,
        transaction_key: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PromotionCode:
        """Update a promotion code named in the body.

        PUT /v1/promotion-codes

        Changes the promotion code whose `code` is in the body (partner limit, metadata), or
        records one
        redemption of it with `redeem`. The reply adds a top-level `message`.
        """

        body = PromotionCodeUpdate(
            code=code,
            limit_to_specific_partner=limit_to_specific_partner,
            coupon_specific_partners=coupon_specific_partners,
            metadata=metadata,
            redeem=redeem,
            transaction_key=transaction_key,
        )
        spec = _update_promotion_code._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _update_promotion_code._parse, request_options)
        return _update_promotion_code._unwrap(envelope)

    async def create(
        self,
        *,
        coupon_uuid: str,
        code: None | str | Unset = UNSET,
        first_time_order: bool | None | Unset = UNSET,
        limit_to_specific_partner: bool | None | Unset = UNSET,
        coupon_specific_partners: None | PromotionCodePartnerTarget | Unset = UNSET,
        limit_to_specific_customer: bool | None | Unset = UNSET,
        coupon_specific_customers: None | PromotionCodeCustomerTarget | Unset = UNSET,
        limit_to_specific_subscriber: bool | None | Unset = UNSET,
        coupon_specific_subscribers: None | PromotionCodeSubscriberTarget | Unset = UNSET,
        minimum_order_status: bool | None | Unset = UNSET,
        minimum_order_value: int | None | Unset = UNSET,
        expiration_date_status: bool | None | Unset = UNSET,
        expiration_date_value: datetime.date | None | Unset = UNSET,
        redemption_times_status: bool | None | Unset = UNSET,
        redemption_times_value: int | None | Unset = UNSET,
        metadata: None | PromotionCodeCreateMetadataType0 | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PromotionCode:
        """Create a promotion code.

        POST /v1/promotion-codes

        Adds a promotion code under the coupon named by `coupon_uuid`, optionally limited to one
        partner, customer or subscriber, to first orders, to a minimum order, an expiry date or a
        number
        of uses. Older documentation revisions post to the singular `/v1/promotion-code`, which
        reaches
        the same operation. No reply was documented; it is taken to be the code as the single read
        returns it, and both 200 and 201 are described.
        """

        body = PromotionCodeCreate(
            coupon_uuid=coupon_uuid,
            code=code,
            first_time_order=first_time_order,
            limit_to_specific_partner=limit_to_specific_partner,
            coupon_specific_partners=coupon_specific_partners,
            limit_to_specific_customer=limit_to_specific_customer,
            coupon_specific_customers=coupon_specific_customers,
            limit_to_specific_subscriber=limit_to_specific_subscriber,
            coupon_specific_subscribers=coupon_specific_subscribers,
            minimum_order_status=minimum_order_status,
            minimum_order_value=minimum_order_value,
            expiration_date_status=expiration_date_status,
            expiration_date_value=expiration_date_value,
            redemption_times_status=redemption_times_status,
            redemption_times_value=redemption_times_value,
            metadata=metadata,
        )
        spec = _create_promotion_code._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _create_promotion_code._parse, request_options)
        return _create_promotion_code._unwrap(envelope)

    async def delete(
        self,
        *,
        code: str,
        coupon: PromotionCodeCouponReference,
        request_options: RequestOptions | None = None,
    ) -> PromotionCodeDeletedData:
        """Delete a promotion code named in the body.

        DELETE /v1/promotion-codes

        Removes a promotion code for good. The body names the code and its parent coupon; a code
        under
        another coupon is not found. The reply nests `status` and `message` inside `data`.
        """

        body = PromotionCodeDelete(
            code=code,
            coupon=coupon,
        )
        spec = _delete_promotion_code._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _delete_promotion_code._parse, request_options)
        return _delete_promotion_code._unwrap(envelope)

    async def get(
        self,
        code: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PromotionCode:
        """Retrieve a promotion code.

        GET /v1/promotion-codes/{code}

        Returns one promotion code together with the coupon it belongs to.
        """

        spec = _get_promotion_code._get_kwargs(
            code=code,
        )

        envelope = await self._client._request(spec, _get_promotion_code._parse, request_options)
        return _get_promotion_code._unwrap(envelope)
