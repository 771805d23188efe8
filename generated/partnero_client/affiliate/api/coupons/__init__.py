"""The `coupons` resource: one method per operation, sync and async; raw access wraps them.

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
    import datetime

    from ...._core.pagination import SyncPage
    from ...._core.paginator import AsyncPaginator
    from ...models.coupon import Coupon
    from ...models.coupon_create_metadata_type_0 import CouponCreateMetadataType0
    from ...models.coupon_create_promotion_codes_type_1 import CouponCreatePromotionCodesType1
    from ...models.coupon_discount_type import CouponDiscountType
    from ...models.coupon_duration_type import CouponDurationType
    from ...models.coupon_promotion_code_create import CouponPromotionCodeCreate
    from ...models.coupon_sync import CouponSync
    from ...models.coupon_update_metadata_type_0 import CouponUpdateMetadataType0
    from ...params import CouponCreateMetadataType0Param, CouponSyncParam, CouponUpdateMetadataType0Param


class CouponsResource:
    """Operations on coupons."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CouponsResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return CouponsResourceWithRawResponse(self)

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

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `Coupon` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_coupons as _list_coupons

        spec = _list_coupons._get_kwargs(
            limit=limit,
            page=page,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _list_coupons._result, request_options),
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
        metadata: CouponUpdateMetadataType0 | CouponUpdateMetadataType0Param | None | Unset = UNSET,
        redeem: bool | None | Unset = UNSET,
        transaction_key: None | str | Unset = UNSET,
        sync: CouponSync | CouponSyncParam | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Coupon:
        """Update a coupon named in the body.

        PUT /v1/coupons

        Changes the coupon whose `uuid_code` is in the body: its name and metadata, a recorded
        redemption, or a payment integration to push it to. Promotion codes are changed through their
        own routes.

        Args:
            uuid_code: The coupon to change.
            name: New name.
            metadata: Merged into the stored metadata.
            redeem: True adds one to `times_redeemed` and logs the redemption.
            transaction_key: Key of an existing transaction the redemption belongs to. An unknown key, or one already used
                for this coupon, makes the call change nothing.
            sync: Also push the change to a payment integration connected to the program; refused when it is not connected.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Coupon` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import CouponSync, CouponUpdate, CouponUpdateMetadataType0
        from ...params import CouponSyncParam, CouponUpdateMetadataType0Param
        from . import update_coupon as _update_coupon

        body = CouponUpdate(
            uuid_code=uuid_code,
            name=name,
            metadata=metadata
            if isinstance(metadata, Unset) or metadata is None
            else as_model("metadata", metadata, CouponUpdateMetadataType0, CouponUpdateMetadataType0Param),
            redeem=redeem,
            transaction_key=transaction_key,
            sync=sync
            if isinstance(sync, Unset) or sync is None
            else as_model("sync", sync, CouponSync, CouponSyncParam),
        )
        spec = _update_coupon._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _update_coupon._result, request_options)

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
        metadata: CouponCreateMetadataType0 | CouponCreateMetadataType0Param | None | Unset = UNSET,
        sync: CouponSync | CouponSyncParam | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Coupon:
        """Create a coupon.

        POST /v1/coupons

        Adds a percentage or fixed-amount coupon, optionally with promotion codes and a push to a
        connected payment integration (`sync`). The reply carries a message and the outcome of that push
        next to the coupon. The status code is not documented, so 200 and 201 are both described.

        Args:
            coupon_discount_type: A percentage of the price or a fixed amount.
            coupon_discount_amount: Percentage (at most 100) for percent coupons, otherwise a fixed amount.
            coupon_duration_type: How long the discount lasts once applied.
            name: Name shown to customers; defaults to the uuid_code.
            uuid_code: Your identifier for the coupon (letters, digits, `-` and `_`, at most 255); generated when left
                out.
            active: Whether the coupon can be used; true when left out.
            coupon_duration_value: Length of the duration; needed for hours, days, months and years.
            redemption_specific_date_status: Switches a redeem-by date on.
            redemption_specific_date_value: Redeem-by date; needed when the switch is on.
            redemption_times_status: Switches a redemption cap on.
            redemption_times_value: Maximum redemptions; needed when the switch is on.
            promotion_codes: Promotion codes to create together with the coupon. Older docs send an empty object `{}` for
                none, which is accepted too.
            metadata: Free key/value pairs.
            sync: Also create the coupon in a payment integration connected to the program (Stripe, Shopify, WooCommerce or Paddle); refused when it is not connected.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Coupon` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import CouponCreate, CouponCreateMetadataType0, CouponSync
        from ...params import CouponCreateMetadataType0Param, CouponSyncParam
        from . import create_coupon as _create_coupon

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
            metadata=metadata
            if isinstance(metadata, Unset) or metadata is None
            else as_model("metadata", metadata, CouponCreateMetadataType0, CouponCreateMetadataType0Param),
            sync=sync
            if isinstance(sync, Unset) or sync is None
            else as_model("sync", sync, CouponSync, CouponSyncParam),
        )
        spec = _create_coupon._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _create_coupon._result, request_options)


class CouponsResourceWithRawResponse:
    """`coupons` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: CouponsResource) -> None:
        from . import create_coupon as _create_coupon
        from . import list_coupons as _list_coupons
        from . import update_coupon as _update_coupon

        self.list = to_raw(resource.list, _list_coupons._parse)
        self.update = to_raw(resource.update, _update_coupon._parse)
        self.create = to_raw(resource.create, _create_coupon._parse)


class AsyncCouponsResource:
    """Operations on coupons."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCouponsResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return AsyncCouponsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = 15,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[Coupon]:
        """List coupons.

        GET /v1/coupons

        Returns one page of the program's coupons, each with its promotion codes.

        Args:
            limit: Items per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `Coupon` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_coupons as _list_coupons

        spec = _list_coupons._get_kwargs(
            limit=limit,
            page=page,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_list_coupons._result,
            read=_list_coupons._read_page,
            parse=_list_coupons._parse,
            options=request_options,
        )

    async def update(
        self,
        *,
        uuid_code: str,
        name: None | str | Unset = UNSET,
        metadata: CouponUpdateMetadataType0 | CouponUpdateMetadataType0Param | None | Unset = UNSET,
        redeem: bool | None | Unset = UNSET,
        transaction_key: None | str | Unset = UNSET,
        sync: CouponSync | CouponSyncParam | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Coupon:
        """Update a coupon named in the body.

        PUT /v1/coupons

        Changes the coupon whose `uuid_code` is in the body: its name and metadata, a recorded
        redemption, or a payment integration to push it to. Promotion codes are changed through their
        own routes.

        Args:
            uuid_code: The coupon to change.
            name: New name.
            metadata: Merged into the stored metadata.
            redeem: True adds one to `times_redeemed` and logs the redemption.
            transaction_key: Key of an existing transaction the redemption belongs to. An unknown key, or one already used
                for this coupon, makes the call change nothing.
            sync: Also push the change to a payment integration connected to the program; refused when it is not connected.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Coupon` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import CouponSync, CouponUpdate, CouponUpdateMetadataType0
        from ...params import CouponSyncParam, CouponUpdateMetadataType0Param
        from . import update_coupon as _update_coupon

        body = CouponUpdate(
            uuid_code=uuid_code,
            name=name,
            metadata=metadata
            if isinstance(metadata, Unset) or metadata is None
            else as_model("metadata", metadata, CouponUpdateMetadataType0, CouponUpdateMetadataType0Param),
            redeem=redeem,
            transaction_key=transaction_key,
            sync=sync
            if isinstance(sync, Unset) or sync is None
            else as_model("sync", sync, CouponSync, CouponSyncParam),
        )
        spec = _update_coupon._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _update_coupon._result, request_options)

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
        metadata: CouponCreateMetadataType0 | CouponCreateMetadataType0Param | None | Unset = UNSET,
        sync: CouponSync | CouponSyncParam | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Coupon:
        """Create a coupon.

        POST /v1/coupons

        Adds a percentage or fixed-amount coupon, optionally with promotion codes and a push to a
        connected payment integration (`sync`). The reply carries a message and the outcome of that push
        next to the coupon. The status code is not documented, so 200 and 201 are both described.

        Args:
            coupon_discount_type: A percentage of the price or a fixed amount.
            coupon_discount_amount: Percentage (at most 100) for percent coupons, otherwise a fixed amount.
            coupon_duration_type: How long the discount lasts once applied.
            name: Name shown to customers; defaults to the uuid_code.
            uuid_code: Your identifier for the coupon (letters, digits, `-` and `_`, at most 255); generated when left
                out.
            active: Whether the coupon can be used; true when left out.
            coupon_duration_value: Length of the duration; needed for hours, days, months and years.
            redemption_specific_date_status: Switches a redeem-by date on.
            redemption_specific_date_value: Redeem-by date; needed when the switch is on.
            redemption_times_status: Switches a redemption cap on.
            redemption_times_value: Maximum redemptions; needed when the switch is on.
            promotion_codes: Promotion codes to create together with the coupon. Older docs send an empty object `{}` for
                none, which is accepted too.
            metadata: Free key/value pairs.
            sync: Also create the coupon in a payment integration connected to the program (Stripe, Shopify, WooCommerce or Paddle); refused when it is not connected.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `Coupon` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import CouponCreate, CouponCreateMetadataType0, CouponSync
        from ...params import CouponCreateMetadataType0Param, CouponSyncParam
        from . import create_coupon as _create_coupon

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
            metadata=metadata
            if isinstance(metadata, Unset) or metadata is None
            else as_model("metadata", metadata, CouponCreateMetadataType0, CouponCreateMetadataType0Param),
            sync=sync
            if isinstance(sync, Unset) or sync is None
            else as_model("sync", sync, CouponSync, CouponSyncParam),
        )
        spec = _create_coupon._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _create_coupon._result, request_options)


class AsyncCouponsResourceWithRawResponse:
    """`coupons` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: AsyncCouponsResource) -> None:
        from . import create_coupon as _create_coupon
        from . import list_coupons as _list_coupons
        from . import update_coupon as _update_coupon

        self.list = to_async_raw(resource.list, _list_coupons._parse)
        self.update = to_async_raw(resource.update, _update_coupon._parse)
        self.create = to_async_raw(resource.create, _create_coupon._parse)
