"""The `coupons` resource: one method per operation, sync and async, plain and raw."""

import builtins
import datetime

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.pagination import AsyncPage, SyncPage
from ...._core.response import RawResponse
from ...models.coupon import Coupon
from ...models.coupon_create import CouponCreate
from ...models.coupon_create_metadata_type_0 import CouponCreateMetadataType0
from ...models.coupon_create_promotion_codes_type_1 import CouponCreatePromotionCodesType1
from ...models.coupon_discount_type import CouponDiscountType
from ...models.coupon_duration_type import CouponDurationType
from ...models.coupon_page import CouponPage
from ...models.coupon_promotion_code_create import CouponPromotionCodeCreate
from ...models.coupon_saved import CouponSaved
from ...models.coupon_sync import CouponSync
from ...models.coupon_update import CouponUpdate
from ...models.coupon_update_metadata_type_0 import CouponUpdateMetadataType0
from ...types import UNSET, Unset
from . import create_coupon as _create_coupon
from . import list_coupons as _list_coupons
from . import update_coupon as _update_coupon


class CouponsResourceWithRawResponse:
    """Operations on coupons, returning the raw reply with the parsed envelope."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CouponPage]:
        """List coupons.

        GET /v1/coupons

        Returns one page of the program's coupons, each with its promotion codes.
        """

        spec = _list_coupons._get_kwargs(
            limit=limit,
            page=page,
        )

        return self._client._request_raw(spec, _list_coupons._parse, request_options)

    def update(
        self,
        *,
        uuid_code: str,
        name: None | str | Unset = UNSET,
        metadata: CouponUpdateMetadataType0 | None | Unset = UNSET,
        redeem: bool | None | Unset = UNSET,
        transaction_key: None | str | Unset = UNSET,
        sync: CouponSync | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CouponSaved]:
        """Update a coupon named in the body.

        PUT /v1/coupons

        Changes the coupon whose `uuid_code` is in the body: its name and metadata, a recorded
        redemption, or a payment integration to push it to. Promotion codes are changed through
        their
        own routes.
        """

        body = CouponUpdate(
            uuid_code=uuid_code,
            name=name,
            metadata=metadata,
            redeem=redeem,
            transaction_key=transaction_key,
            sync=sync,
        )
        spec = _update_coupon._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _update_coupon._parse, request_options)

    def create(
        self,
        *,
        coupon_discount_type: CouponDiscountType,
        coupon_discount_amount: float,
        coupon_duration_type: CouponDurationType,
        name: None | str | Unset = UNSET,
        uuid_code: None | str | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        coupon_duration_value: int | None | Unset = UNSET,
        redemption_specific_date_status: bool | None | Unset = UNSET,
        redemption_specific_date_value: datetime.date | None | Unset = UNSET,
        redemption_times_status: bool | None | Unset = UNSET,
        redemption_times_value: int | None | Unset = UNSET,
        promotion_codes: CouponCreatePromotionCodesType1
        | builtins.list[CouponPromotionCodeCreate]
        | None
        | Unset = UNSET,
        metadata: CouponCreateMetadataType0 | None | Unset = UNSET,
        sync: CouponSync | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CouponSaved]:
        """Create a coupon.

        POST /v1/coupons

        Adds a percentage or fixed-amount coupon, optionally with promotion codes and a push to a
        connected payment integration (`sync`). The reply carries a message and the outcome of
        that push
        next to the coupon. The status code is not documented, so 200 and 201 are both described.
        """

        body = CouponCreate(
            coupon_discount_type=coupon_discount_type,
            coupon_discount_amount=coupon_discount_amount,
            coupon_duration_type=coupon_duration_type,
            name=name,
            uuid_code=uuid_code,
            active=active,
            coupon_duration_value=coupon_duration_value,
            redemption_specific_date_status=redemption_specific_date_status,
            redemption_specific_date_value=redemption_specific_date_value,
            redemption_times_status=redemption_times_status,
            redemption_times_value=redemption_times_value,
            promotion_codes=promotion_codes,
            metadata=metadata,
            sync=sync,
        )
        spec = _create_coupon._get_kwargs(
            body=body,
        )

        return self._client._request_raw(spec, _create_coupon._parse, request_options)


class CouponsResource:
    """Operations on coupons."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = CouponsResourceWithRawResponse(client)

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> SyncPage[Coupon]:
        """List coupons.

        GET /v1/coupons

        Returns one page of the program's coupons, each with its promotion codes.
        """

        spec = _list_coupons._get_kwargs(
            limit=limit,
            page=page,
        )

        envelope = self._client._request(spec, _list_coupons._parse, request_options)
        return SyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_coupons._read_page,
            parse=_list_coupons._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    def update(
        self,
        *,
        uuid_code: str,
        name: None | str | Unset = UNSET,
        metadata: CouponUpdateMetadataType0 | None | Unset = UNSET,
        redeem: bool | None | Unset = UNSET,
        transaction_key: None | str | Unset = UNSET,
        sync: CouponSync | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Coupon:
        """Update a coupon named in the body.

        PUT /v1/coupons

        Changes the coupon whose `uuid_code` is in the body: its name and metadata, a recorded
        redemption, or a payment integration to push it to. Promotion codes are changed through
        their
        own routes.
        """

        body = CouponUpdate(
            uuid_code=uuid_code,
            name=name,
            metadata=metadata,
            redeem=redeem,
            transaction_key=transaction_key,
            sync=sync,
        )
        spec = _update_coupon._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _update_coupon._parse, request_options)
        return _update_coupon._unwrap(envelope)

    def create(
        self,
        *,
        coupon_discount_type: CouponDiscountType,
        coupon_discount_amount: float,
        coupon_duration_type: CouponDurationType,
        name: None | str | Unset = UNSET,
        uuid_code: None | str | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        coupon_duration_value: int | None | Unset = UNSET,
        redemption_specific_date_status: bool | None | Unset = UNSET,
        redemption_specific_date_value: datetime.date | None | Unset = UNSET,
        redemption_times_status: bool | None | Unset = UNSET,
        redemption_times_value: int | None | Unset = UNSET,
        promotion_codes: CouponCreatePromotionCodesType1
        | builtins.list[CouponPromotionCodeCreate]
        | None
        | Unset = UNSET,
        metadata: CouponCreateMetadataType0 | None | Unset = UNSET,
        sync: CouponSync | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Coupon:
        """Create a coupon.

        POST /v1/coupons

        Adds a percentage or fixed-amount coupon, optionally with promotion codes and a push to a
        connected payment integration (`sync`). The reply carries a message and the outcome of
        that push
        next to the coupon. The status code is not documented, so 200 and 201 are both described.
        """

        body = CouponCreate(
            coupon_discount_type=coupon_discount_type,
            coupon_discount_amount=coupon_discount_amount,
            coupon_duration_type=coupon_duration_type,
            name=name,
            uuid_code=uuid_code,
            active=active,
            coupon_duration_value=coupon_duration_value,
            redemption_specific_date_status=redemption_specific_date_status,
            redemption_specific_date_value=redemption_specific_date_value,
            redemption_times_status=redemption_times_status,
            redemption_times_value=redemption_times_value,
            promotion_codes=promotion_codes,
            metadata=metadata,
            sync=sync,
        )
        spec = _create_coupon._get_kwargs(
            body=body,
        )

        envelope = self._client._request(spec, _create_coupon._parse, request_options)
        return _create_coupon._unwrap(envelope)


class AsyncCouponsResourceWithRawResponse:
    """Operations on coupons, returning the raw reply with the parsed envelope."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CouponPage]:
        """List coupons.

        GET /v1/coupons

        Returns one page of the program's coupons, each with its promotion codes.
        """

        spec = _list_coupons._get_kwargs(
            limit=limit,
            page=page,
        )

        return await self._client._request_raw(spec, _list_coupons._parse, request_options)

    async def update(
        self,
        *,
        uuid_code: str,
        name: None | str | Unset = UNSET,
        metadata: CouponUpdateMetadataType0 | None | Unset = UNSET,
        redeem: bool | None | Unset = UNSET,
        transaction_key: None | str | Unset = UNSET,
        sync: CouponSync | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CouponSaved]:
        """Update a coupon named in the body.

        PUT /v1/coupons

        Changes the coupon whose `uuid_code` is in the body: its name and metadata, a recorded
        redemption, or a payment integration to push it to. Promotion codes are changed through
        their
        own routes.
        """

        body = CouponUpdate(
            uuid_code=uuid_code,
            name=name,
            metadata=metadata,
            redeem=redeem,
            transaction_key=transaction_key,
            sync=sync,
        )
        spec = _update_coupon._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _update_coupon._parse, request_options)

    async def create(
        self,
        *,
        coupon_discount_type: CouponDiscountType,
        coupon_discount_amount: float,
        coupon_duration_type: CouponDurationType,
        name: None | str | Unset = UNSET,
        uuid_code: None | str | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        coupon_duration_value: int | None | Unset = UNSET,
        redemption_specific_date_status: bool | None | Unset = UNSET,
        redemption_specific_date_value: datetime.date | None | Unset = UNSET,
        redemption_times_status: bool | None | Unset = UNSET,
        redemption_times_value: int | None | Unset = UNSET,
        promotion_codes: CouponCreatePromotionCodesType1
        | builtins.list[CouponPromotionCodeCreate]
        | None
        | Unset = UNSET,
        metadata: CouponCreateMetadataType0 | None | Unset = UNSET,
        sync: CouponSync | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[CouponSaved]:
        """Create a coupon.

        POST /v1/coupons

        Adds a percentage or fixed-amount coupon, optionally with promotion codes and a push to a
        connected payment integration (`sync`). The reply carries a message and the outcome of
        that push
        next to the coupon. The status code is not documented, so 200 and 201 are both described.
        """

        body = CouponCreate(
            coupon_discount_type=coupon_discount_type,
            coupon_discount_amount=coupon_discount_amount,
            coupon_duration_type=coupon_duration_type,
            name=name,
            uuid_code=uuid_code,
            active=active,
            coupon_duration_value=coupon_duration_value,
            redemption_specific_date_status=redemption_specific_date_status,
            redemption_specific_date_value=redemption_specific_date_value,
            redemption_times_status=redemption_times_status,
            redemption_times_value=redemption_times_value,
            promotion_codes=promotion_codes,
            metadata=metadata,
            sync=sync,
        )
        spec = _create_coupon._get_kwargs(
            body=body,
        )

        return await self._client._request_raw(spec, _create_coupon._parse, request_options)


class AsyncCouponsResource:
    """Operations on coupons."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncCouponsResourceWithRawResponse(client)

    async def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPage[Coupon]:
        """List coupons.

        GET /v1/coupons

        Returns one page of the program's coupons, each with its promotion codes.
        """

        spec = _list_coupons._get_kwargs(
            limit=limit,
            page=page,
        )

        envelope = await self._client._request(spec, _list_coupons._parse, request_options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=_list_coupons._read_page,
            parse=_list_coupons._parse,
            options=request_options,
            params=dict(spec.get("params", {})),
        )

    async def update(
        self,
        *,
        uuid_code: str,
        name: None | str | Unset = UNSET,
        metadata: CouponUpdateMetadataType0 | None | Unset = UNSET,
        redeem: bool | None | Unset = UNSET,
        transaction_key: None | str | Unset = UNSET,
        sync: CouponSync | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Coupon:
        """Update a coupon named in the body.

        PUT /v1/coupons

        Changes the coupon whose `uuid_code` is in the body: its name and metadata, a recorded
        redemption, or a payment integration to push it to. Promotion codes are changed through
        their
        own routes.
        """

        body = CouponUpdate(
            uuid_code=uuid_code,
            name=name,
            metadata=metadata,
            redeem=redeem,
            transaction_key=transaction_key,
            sync=sync,
        )
        spec = _update_coupon._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _update_coupon._parse, request_options)
        return _update_coupon._unwrap(envelope)

    async def create(
        self,
        *,
        coupon_discount_type: CouponDiscountType,
        coupon_discount_amount: float,
        coupon_duration_type: CouponDurationType,
        name: None | str | Unset = UNSET,
        uuid_code: None | str | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        coupon_duration_value: int | None | Unset = UNSET,
        redemption_specific_date_status: bool | None | Unset = UNSET,
        redemption_specific_date_value: datetime.date | None | Unset = UNSET,
        redemption_times_status: bool | None | Unset = UNSET,
        redemption_times_value: int | None | Unset = UNSET,
        promotion_codes: CouponCreatePromotionCodesType1
        | builtins.list[CouponPromotionCodeCreate]
        | None
        | Unset = UNSET,
        metadata: CouponCreateMetadataType0 | None | Unset = UNSET,
        sync: CouponSync | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Coupon:
        """Create a coupon.

        POST /v1/coupons

        Adds a percentage or fixed-amount coupon, optionally with promotion codes and a push to a
        connected payment integration (`sync`). The reply carries a message and the outcome of
        that push
        next to the coupon. The status code is not documented, so 200 and 201 are both described.
        """

        body = CouponCreate(
            coupon_discount_type=coupon_discount_type,
            coupon_discount_amount=coupon_discount_amount,
            coupon_duration_type=coupon_duration_type,
            name=name,
            uuid_code=uuid_code,
            active=active,
            coupon_duration_value=coupon_duration_value,
            redemption_specific_date_status=redemption_specific_date_status,
            redemption_specific_date_value=redemption_specific_date_value,
            redemption_times_status=redemption_times_status,
            redemption_times_value=redemption_times_value,
            promotion_codes=promotion_codes,
            metadata=metadata,
            sync=sync,
        )
        spec = _create_coupon._get_kwargs(
            body=body,
        )

        envelope = await self._client._request(spec, _create_coupon._parse, request_options)
        return _create_coupon._unwrap(envelope)
