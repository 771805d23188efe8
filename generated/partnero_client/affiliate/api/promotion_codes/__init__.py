"""The `promotion_codes` resource: one method per operation, sync and async; raw access wraps them.

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
    import datetime

    from ...._core.pagination import SyncPage
    from ...._core.paginator import AsyncPaginator
    from ...models.promotion_code import PromotionCode
    from ...models.promotion_code_coupon_reference import PromotionCodeCouponReference
    from ...models.promotion_code_create_metadata_type_0 import PromotionCodeCreateMetadataType0
    from ...models.promotion_code_customer_target import PromotionCodeCustomerTarget
    from ...models.promotion_code_deleted_data import PromotionCodeDeletedData
    from ...models.promotion_code_partner_target import PromotionCodePartnerTarget
    from ...models.promotion_code_subscriber_target import PromotionCodeSubscriberTarget
    from ...models.promotion_code_update_metadata_type_0 import PromotionCodeUpdateMetadataType0
    from ...params import (
        PromotionCodeCouponReferenceParam,
        PromotionCodeCreateMetadataType0Param,
        PromotionCodeCustomerTargetParam,
        PromotionCodePartnerTargetParam,
        PromotionCodeSubscriberTargetParam,
        PromotionCodeUpdateMetadataType0Param,
    )


class PromotionCodesResource:
    """Operations on promotion codes."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PromotionCodesResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return PromotionCodesResourceWithRawResponse(self)

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

        Args:
            limit: Items per page. The docs disagree between revisions (1-250 with default 15, or 10-100 with
                default 10); this follows the 10-100 revision, which is the one with the newer reply fields and
                whose examples report 10 per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `PromotionCode` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_promotion_codes as _list_promotion_codes

        spec = _list_promotion_codes._get_kwargs(
            limit=limit,
            page=page,
        )

        from ...._core.pagination import SyncPage  # lists only: a first get does not load it

        return SyncPage(
            client=self._client,
            envelope=self._client._request(spec, _list_promotion_codes._result, request_options),
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
        coupon_specific_partners: None
        | PromotionCodePartnerTarget
        | PromotionCodePartnerTargetParam
        | Unset = UNSET,
        metadata: None
        | PromotionCodeUpdateMetadataType0
        | PromotionCodeUpdateMetadataType0Param
        | Unset = UNSET,
        redeem: bool | None | Unset = UNSET,
        transaction_key: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PromotionCode:
        """Update a promotion code named in the body.

        PUT /v1/promotion-codes

        Changes the promotion code whose `code` is in the body (partner limit, metadata), or records one
        redemption of it with `redeem`. The reply adds a top-level `message`.

        Args:
            code: The code to change.
            limit_to_specific_partner: Ties the code to the partner in `coupon_specific_partners`, or unties it.
            coupon_specific_partners: The partner (by `id`) the code belongs to when `limit_to_specific_partner` is on.
            metadata: Merged into the stored metadata.
            redeem: True adds one to `times_redeemed` and appends an entry to `additional_info.redemptions`.
            transaction_key: Key of an existing transaction the redemption belongs to; an unknown or already used key makes
                the call change nothing.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PromotionCode` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import (
            PromotionCodePartnerTarget,
            PromotionCodeUpdate,
            PromotionCodeUpdateMetadataType0,
        )
        from ...params import PromotionCodePartnerTargetParam, PromotionCodeUpdateMetadataType0Param
        from . import update_promotion_code as _update_promotion_code

        body = PromotionCodeUpdate(
            code=code,
            limit_to_specific_partner=limit_to_specific_partner,
            coupon_specific_partners=coupon_specific_partners
            if isinstance(coupon_specific_partners, Unset) or coupon_specific_partners is None
            else as_model(
                "coupon_specific_partners",
                coupon_specific_partners,
                PromotionCodePartnerTarget,
                PromotionCodePartnerTargetParam,
            ),
            metadata=metadata
            if isinstance(metadata, Unset) or metadata is None
            else as_model(
                "metadata", metadata, PromotionCodeUpdateMetadataType0, PromotionCodeUpdateMetadataType0Param
            ),
            redeem=redeem,
            transaction_key=transaction_key,
        )
        spec = _update_promotion_code._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _update_promotion_code._result, request_options)

    def create(
        self,
        *,
        coupon_uuid: str | Unset = UNSET,
        coupon_id: int | Unset = UNSET,
        code: None | str | Unset = UNSET,
        first_time_order: bool | None | Unset = UNSET,
        limit_to_specific_partner: bool | None | Unset = UNSET,
        coupon_specific_partners: None
        | PromotionCodePartnerTarget
        | PromotionCodePartnerTargetParam
        | Unset = UNSET,
        limit_to_specific_customer: bool | None | Unset = UNSET,
        coupon_specific_customers: None
        | PromotionCodeCustomerTarget
        | PromotionCodeCustomerTargetParam
        | Unset = UNSET,
        limit_to_specific_subscriber: bool | None | Unset = UNSET,
        coupon_specific_subscribers: None
        | PromotionCodeSubscriberTarget
        | PromotionCodeSubscriberTargetParam
        | Unset = UNSET,
        minimum_order_status: bool | None | Unset = UNSET,
        minimum_order_value: int | None | Unset = UNSET,
        expiration_date_status: bool | None | Unset = UNSET,
        expiration_date_value: datetime.date | None | Unset = UNSET,
        redemption_times_status: bool | None | Unset = UNSET,
        redemption_times_value: int | None | Unset = UNSET,
        metadata: None
        | PromotionCodeCreateMetadataType0
        | PromotionCodeCreateMetadataType0Param
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PromotionCode:
        """Create a promotion code.

        POST /v1/promotion-codes

        Adds a promotion code under the coupon named by `coupon_uuid`, optionally limited to one
        partner, customer or subscriber, to first orders, to a minimum order, an expiry date or a number
        of uses. Older documentation revisions post to the singular `/v1/promotion-code`, which reaches
        the same operation. No reply was documented; it is taken to be the code as the single read
        returns it, and both 200 and 201 are described.

        Args:
            coupon_uuid: The `uuid_code` of the parent coupon; required unless `coupon_id` is given.
            coupon_id: The parent coupon's numeric id, the older way to name it; send `coupon_uuid`.
            code: The text customers enter: letters, digits, `-` and `_`, at most 100; generated when left out.
            first_time_order: Valid on a customer's first purchase only.
            limit_to_specific_partner: Ties the code to the partner in `coupon_specific_partners`.
            coupon_specific_partners: The partner (by `id`) the code belongs to when `limit_to_specific_partner` is on.
            limit_to_specific_customer: Ties the code to the customer in `coupon_specific_customers`.
            coupon_specific_customers: The customer (by `id` or key) who alone may use the code when `limit_to_specific_customer` is on.
            limit_to_specific_subscriber: Ties the code to the subscriber in `coupon_specific_subscribers`.
            coupon_specific_subscribers: The subscriber (by `id`) who alone may use the code when `limit_to_specific_subscriber` is on.
            minimum_order_status: Switches a minimum order value on.
            minimum_order_value: Minimum order amount; needed when the switch is on.
            expiration_date_status: Switches an expiry date on.
            expiration_date_value: Expiry date; needed when the switch is on.
            redemption_times_status: Switches a redemption cap on.
            redemption_times_value: Maximum redemptions; needed when the switch is on.
            metadata: Free key/value pairs.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PromotionCode` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import (
            PromotionCodeCreate,
            PromotionCodeCreateMetadataType0,
            PromotionCodeCustomerTarget,
            PromotionCodePartnerTarget,
            PromotionCodeSubscriberTarget,
        )
        from ...params import (
            PromotionCodeCreateMetadataType0Param,
            PromotionCodeCustomerTargetParam,
            PromotionCodePartnerTargetParam,
            PromotionCodeSubscriberTargetParam,
        )
        from . import create_promotion_code as _create_promotion_code

        body = PromotionCodeCreate(
            coupon_uuid=coupon_uuid,
            coupon_id=coupon_id,
            code=code,
            first_time_order=first_time_order,
            limit_to_specific_partner=limit_to_specific_partner,
            coupon_specific_partners=coupon_specific_partners
            if isinstance(coupon_specific_partners, Unset) or coupon_specific_partners is None
            else as_model(
                "coupon_specific_partners",
                coupon_specific_partners,
                PromotionCodePartnerTarget,
                PromotionCodePartnerTargetParam,
            ),
            limit_to_specific_customer=limit_to_specific_customer,
            coupon_specific_customers=coupon_specific_customers
            if isinstance(coupon_specific_customers, Unset) or coupon_specific_customers is None
            else as_model(
                "coupon_specific_customers",
                coupon_specific_customers,
                PromotionCodeCustomerTarget,
                PromotionCodeCustomerTargetParam,
            ),
            limit_to_specific_subscriber=limit_to_specific_subscriber,
            coupon_specific_subscribers=coupon_specific_subscribers
            if isinstance(coupon_specific_subscribers, Unset) or coupon_specific_subscribers is None
            else as_model(
                "coupon_specific_subscribers",
                coupon_specific_subscribers,
                PromotionCodeSubscriberTarget,
                PromotionCodeSubscriberTargetParam,
            ),
            minimum_order_status=minimum_order_status,
            minimum_order_value=minimum_order_value,
            expiration_date_status=expiration_date_status,
            expiration_date_value=expiration_date_value,
            redemption_times_status=redemption_times_status,
            redemption_times_value=redemption_times_value,
            metadata=metadata
            if isinstance(metadata, Unset) or metadata is None
            else as_model(
                "metadata", metadata, PromotionCodeCreateMetadataType0, PromotionCodeCreateMetadataType0Param
            ),
        )
        spec = _create_promotion_code._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _create_promotion_code._result, request_options)

    def delete(
        self,
        *,
        code: str,
        coupon: PromotionCodeCouponReference | PromotionCodeCouponReferenceParam,
        request_options: RequestOptions | None = None,
    ) -> PromotionCodeDeletedData:
        """Delete a promotion code named in the body.

        DELETE /v1/promotion-codes

        Removes a promotion code for good. The body names the code and its parent coupon; a code under
        another coupon is not found. The reply nests `status` and `message` inside `data`.

        Args:
            code: The promotion code's text, as customers enter it.
            coupon: The parent coupon of the code to delete.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PromotionCodeDeletedData` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PromotionCodeCouponReference, PromotionCodeDelete
        from ...params import PromotionCodeCouponReferenceParam
        from . import delete_promotion_code as _delete_promotion_code

        body = PromotionCodeDelete(
            code=code,
            coupon=as_model(
                "coupon", coupon, PromotionCodeCouponReference, PromotionCodeCouponReferenceParam
            ),
        )
        spec = _delete_promotion_code._get_kwargs(
            body=body,
        )

        return self._client._request(spec, _delete_promotion_code._result, request_options)

    def get(
        self,
        code: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PromotionCode:
        """Retrieve a promotion code.

        GET /v1/promotion-codes/{code}

        Returns one promotion code together with the coupon it belongs to.

        Args:
            code: The promotion code.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PromotionCode` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_promotion_code as _get_promotion_code

        spec = _get_promotion_code._get_kwargs(
            code=code,
        )

        return self._client._request(spec, _get_promotion_code._result, request_options)


class PromotionCodesResourceWithRawResponse:
    """`promotion_codes` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: PromotionCodesResource) -> None:
        from . import create_promotion_code as _create_promotion_code
        from . import delete_promotion_code as _delete_promotion_code
        from . import get_promotion_code as _get_promotion_code
        from . import list_promotion_codes as _list_promotion_codes
        from . import update_promotion_code as _update_promotion_code

        self.list = to_raw(resource.list, _list_promotion_codes._parse)
        self.update = to_raw(resource.update, _update_promotion_code._parse)
        self.create = to_raw(resource.create, _create_promotion_code._parse)
        self.delete = to_raw(resource.delete, _delete_promotion_code._parse)
        self.get = to_raw(resource.get, _get_promotion_code._parse)


class AsyncPromotionCodesResource:
    """Operations on promotion codes."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPromotionCodesResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return AsyncPromotionCodesResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = 1,
        request_options: RequestOptions | None = None,
    ) -> AsyncPaginator[PromotionCode]:
        """List promotion codes.

        GET /v1/promotion-codes

        Returns one page of the program's promotion codes.

        Args:
            limit: Items per page. The docs disagree between revisions (1-250 with default 15, or 10-100 with
                default 10); this follows the 10-100 revision, which is the one with the newer reply fields and
                whose examples report 10 per page. An empty value counts as left out.
            page: Page number, starting at 1. An empty value counts as left out.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The first page of `PromotionCode` items; iterating it follows every later page.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import list_promotion_codes as _list_promotion_codes

        spec = _list_promotion_codes._get_kwargs(
            limit=limit,
            page=page,
        )

        from ...._core.paginator import AsyncPaginator  # lists only: a first get does not load it

        return AsyncPaginator(
            self._client,
            spec,
            result=_list_promotion_codes._result,
            read=_list_promotion_codes._read_page,
            parse=_list_promotion_codes._parse,
            options=request_options,
        )

    async def update(
        self,
        *,
        code: str,
        limit_to_specific_partner: bool | None | Unset = UNSET,
        coupon_specific_partners: None
        | PromotionCodePartnerTarget
        | PromotionCodePartnerTargetParam
        | Unset = UNSET,
        metadata: None
        | PromotionCodeUpdateMetadataType0
        | PromotionCodeUpdateMetadataType0Param
        | Unset = UNSET,
        redeem: bool | None | Unset = UNSET,
        transaction_key: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PromotionCode:
        """Update a promotion code named in the body.

        PUT /v1/promotion-codes

        Changes the promotion code whose `code` is in the body (partner limit, metadata), or records one
        redemption of it with `redeem`. The reply adds a top-level `message`.

        Args:
            code: The code to change.
            limit_to_specific_partner: Ties the code to the partner in `coupon_specific_partners`, or unties it.
            coupon_specific_partners: The partner (by `id`) the code belongs to when `limit_to_specific_partner` is on.
            metadata: Merged into the stored metadata.
            redeem: True adds one to `times_redeemed` and appends an entry to `additional_info.redemptions`.
            transaction_key: Key of an existing transaction the redemption belongs to; an unknown or already used key makes
                the call change nothing.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PromotionCode` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import (
            PromotionCodePartnerTarget,
            PromotionCodeUpdate,
            PromotionCodeUpdateMetadataType0,
        )
        from ...params import PromotionCodePartnerTargetParam, PromotionCodeUpdateMetadataType0Param
        from . import update_promotion_code as _update_promotion_code

        body = PromotionCodeUpdate(
            code=code,
            limit_to_specific_partner=limit_to_specific_partner,
            coupon_specific_partners=coupon_specific_partners
            if isinstance(coupon_specific_partners, Unset) or coupon_specific_partners is None
            else as_model(
                "coupon_specific_partners",
                coupon_specific_partners,
                PromotionCodePartnerTarget,
                PromotionCodePartnerTargetParam,
            ),
            metadata=metadata
            if isinstance(metadata, Unset) or metadata is None
            else as_model(
                "metadata", metadata, PromotionCodeUpdateMetadataType0, PromotionCodeUpdateMetadataType0Param
            ),
            redeem=redeem,
            transaction_key=transaction_key,
        )
        spec = _update_promotion_code._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _update_promotion_code._result, request_options)

    async def create(
        self,
        *,
        coupon_uuid: str | Unset = UNSET,
        coupon_id: int | Unset = UNSET,
        code: None | str | Unset = UNSET,
        first_time_order: bool | None | Unset = UNSET,
        limit_to_specific_partner: bool | None | Unset = UNSET,
        coupon_specific_partners: None
        | PromotionCodePartnerTarget
        | PromotionCodePartnerTargetParam
        | Unset = UNSET,
        limit_to_specific_customer: bool | None | Unset = UNSET,
        coupon_specific_customers: None
        | PromotionCodeCustomerTarget
        | PromotionCodeCustomerTargetParam
        | Unset = UNSET,
        limit_to_specific_subscriber: bool | None | Unset = UNSET,
        coupon_specific_subscribers: None
        | PromotionCodeSubscriberTarget
        | PromotionCodeSubscriberTargetParam
        | Unset = UNSET,
        minimum_order_status: bool | None | Unset = UNSET,
        minimum_order_value: int | None | Unset = UNSET,
        expiration_date_status: bool | None | Unset = UNSET,
        expiration_date_value: datetime.date | None | Unset = UNSET,
        redemption_times_status: bool | None | Unset = UNSET,
        redemption_times_value: int | None | Unset = UNSET,
        metadata: None
        | PromotionCodeCreateMetadataType0
        | PromotionCodeCreateMetadataType0Param
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PromotionCode:
        """Create a promotion code.

        POST /v1/promotion-codes

        Adds a promotion code under the coupon named by `coupon_uuid`, optionally limited to one
        partner, customer or subscriber, to first orders, to a minimum order, an expiry date or a number
        of uses. Older documentation revisions post to the singular `/v1/promotion-code`, which reaches
        the same operation. No reply was documented; it is taken to be the code as the single read
        returns it, and both 200 and 201 are described.

        Args:
            coupon_uuid: The `uuid_code` of the parent coupon; required unless `coupon_id` is given.
            coupon_id: The parent coupon's numeric id, the older way to name it; send `coupon_uuid`.
            code: The text customers enter: letters, digits, `-` and `_`, at most 100; generated when left out.
            first_time_order: Valid on a customer's first purchase only.
            limit_to_specific_partner: Ties the code to the partner in `coupon_specific_partners`.
            coupon_specific_partners: The partner (by `id`) the code belongs to when `limit_to_specific_partner` is on.
            limit_to_specific_customer: Ties the code to the customer in `coupon_specific_customers`.
            coupon_specific_customers: The customer (by `id` or key) who alone may use the code when `limit_to_specific_customer` is on.
            limit_to_specific_subscriber: Ties the code to the subscriber in `coupon_specific_subscribers`.
            coupon_specific_subscribers: The subscriber (by `id`) who alone may use the code when `limit_to_specific_subscriber` is on.
            minimum_order_status: Switches a minimum order value on.
            minimum_order_value: Minimum order amount; needed when the switch is on.
            expiration_date_status: Switches an expiry date on.
            expiration_date_value: Expiry date; needed when the switch is on.
            redemption_times_status: Switches a redemption cap on.
            redemption_times_value: Maximum redemptions; needed when the switch is on.
            metadata: Free key/value pairs.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PromotionCode` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import (
            PromotionCodeCreate,
            PromotionCodeCreateMetadataType0,
            PromotionCodeCustomerTarget,
            PromotionCodePartnerTarget,
            PromotionCodeSubscriberTarget,
        )
        from ...params import (
            PromotionCodeCreateMetadataType0Param,
            PromotionCodeCustomerTargetParam,
            PromotionCodePartnerTargetParam,
            PromotionCodeSubscriberTargetParam,
        )
        from . import create_promotion_code as _create_promotion_code

        body = PromotionCodeCreate(
            coupon_uuid=coupon_uuid,
            coupon_id=coupon_id,
            code=code,
            first_time_order=first_time_order,
            limit_to_specific_partner=limit_to_specific_partner,
            coupon_specific_partners=coupon_specific_partners
            if isinstance(coupon_specific_partners, Unset) or coupon_specific_partners is None
            else as_model(
                "coupon_specific_partners",
                coupon_specific_partners,
                PromotionCodePartnerTarget,
                PromotionCodePartnerTargetParam,
            ),
            limit_to_specific_customer=limit_to_specific_customer,
            coupon_specific_customers=coupon_specific_customers
            if isinstance(coupon_specific_customers, Unset) or coupon_specific_customers is None
            else as_model(
                "coupon_specific_customers",
                coupon_specific_customers,
                PromotionCodeCustomerTarget,
                PromotionCodeCustomerTargetParam,
            ),
            limit_to_specific_subscriber=limit_to_specific_subscriber,
            coupon_specific_subscribers=coupon_specific_subscribers
            if isinstance(coupon_specific_subscribers, Unset) or coupon_specific_subscribers is None
            else as_model(
                "coupon_specific_subscribers",
                coupon_specific_subscribers,
                PromotionCodeSubscriberTarget,
                PromotionCodeSubscriberTargetParam,
            ),
            minimum_order_status=minimum_order_status,
            minimum_order_value=minimum_order_value,
            expiration_date_status=expiration_date_status,
            expiration_date_value=expiration_date_value,
            redemption_times_status=redemption_times_status,
            redemption_times_value=redemption_times_value,
            metadata=metadata
            if isinstance(metadata, Unset) or metadata is None
            else as_model(
                "metadata", metadata, PromotionCodeCreateMetadataType0, PromotionCodeCreateMetadataType0Param
            ),
        )
        spec = _create_promotion_code._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _create_promotion_code._result, request_options)

    async def delete(
        self,
        *,
        code: str,
        coupon: PromotionCodeCouponReference | PromotionCodeCouponReferenceParam,
        request_options: RequestOptions | None = None,
    ) -> PromotionCodeDeletedData:
        """Delete a promotion code named in the body.

        DELETE /v1/promotion-codes

        Removes a promotion code for good. The body names the code and its parent coupon; a code under
        another coupon is not found. The reply nests `status` and `message` inside `data`.

        Args:
            code: The promotion code's text, as customers enter it.
            coupon: The parent coupon of the code to delete.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PromotionCodeDeletedData` record inside the reply's `data`.

        Raises:
            TypeError: a nested argument does not have the documented shape.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from ...models import PromotionCodeCouponReference, PromotionCodeDelete
        from ...params import PromotionCodeCouponReferenceParam
        from . import delete_promotion_code as _delete_promotion_code

        body = PromotionCodeDelete(
            code=code,
            coupon=as_model(
                "coupon", coupon, PromotionCodeCouponReference, PromotionCodeCouponReferenceParam
            ),
        )
        spec = _delete_promotion_code._get_kwargs(
            body=body,
        )

        return await self._client._request(spec, _delete_promotion_code._result, request_options)

    async def get(
        self,
        code: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PromotionCode:
        """Retrieve a promotion code.

        GET /v1/promotion-codes/{code}

        Returns one promotion code together with the coupon it belongs to.

        Args:
            code: The promotion code.
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `PromotionCode` record inside the reply's `data`.

        Raises:
            TypeError, ValueError: a path argument is not a non-empty string or id.
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import get_promotion_code as _get_promotion_code

        spec = _get_promotion_code._get_kwargs(
            code=code,
        )

        return await self._client._request(spec, _get_promotion_code._result, request_options)


class AsyncPromotionCodesResourceWithRawResponse:
    """`promotion_codes` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: AsyncPromotionCodesResource) -> None:
        from . import create_promotion_code as _create_promotion_code
        from . import delete_promotion_code as _delete_promotion_code
        from . import get_promotion_code as _get_promotion_code
        from . import list_promotion_codes as _list_promotion_codes
        from . import update_promotion_code as _update_promotion_code

        self.list = to_async_raw(resource.list, _list_promotion_codes._parse)
        self.update = to_async_raw(resource.update, _update_promotion_code._parse)
        self.create = to_async_raw(resource.create, _create_promotion_code._parse)
        self.delete = to_async_raw(resource.delete, _delete_promotion_code._parse)
        self.get = to_async_raw(resource.get, _get_promotion_code._parse)
