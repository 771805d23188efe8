from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..models.coupon_discount_type import CouponDiscountType, check_coupon_discount_type
from ..models.coupon_duration_type import CouponDurationType, check_coupon_duration_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coupon_create_metadata_type_0 import CouponCreateMetadataType0
    from ..models.coupon_create_promotion_codes_type_1 import CouponCreatePromotionCodesType1
    from ..models.coupon_promotion_code_create import CouponPromotionCodeCreate
    from ..models.coupon_sync import CouponSync


T = TypeVar("T", bound="CouponCreate")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "name": UNSET,
    "uuid_code": UNSET,
    "active": UNSET,
    "coupon_duration_value": UNSET,
    "redemption_specific_date_status": UNSET,
    "redemption_specific_date_value": UNSET,
    "redemption_times_status": UNSET,
    "redemption_times_value": UNSET,
    "promotion_codes": UNSET,
    "metadata": UNSET,
    "sync": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "coupon_discount_type",
        "coupon_discount_amount",
        "coupon_duration_type",
        "name",
        "uuid_code",
        "active",
        "coupon_duration_value",
        "redemption_specific_date_status",
        "redemption_specific_date_value",
        "redemption_times_status",
        "redemption_times_value",
        "promotion_codes",
        "metadata",
        "sync",
    }
)


@_attrs_define(repr=False)
class CouponCreate(Model):
    """A new coupon. Null and empty strings count as left out."""

    coupon_discount_type: CouponDiscountType
    """ A percentage of the price or a fixed amount. """
    coupon_discount_amount: float
    """ Percentage (at most 100) for percent coupons, otherwise a fixed amount. """
    coupon_duration_type: CouponDurationType
    """ How long the discount lasts once applied. """
    name: None | str | Unset = UNSET
    """ Name shown to customers; defaults to the uuid_code. """
    uuid_code: None | str | Unset = UNSET
    """ Your identifier for the coupon (letters, digits, `-` and `_`, at most 255); generated when left
    out.
     """
    active: bool | None | Unset = UNSET
    """ Whether the coupon can be used; true when left out. """
    coupon_duration_value: int | None | Unset = UNSET
    """ Length of the duration; needed for hours, days, months and years. """
    redemption_specific_date_status: bool | None | Unset = UNSET
    """ Switches a redeem-by date on. """
    redemption_specific_date_value: datetime.date | None | Unset = UNSET
    """ Redeem-by date; needed when the switch is on. """
    redemption_times_status: bool | None | Unset = UNSET
    """ Switches a redemption cap on. """
    redemption_times_value: int | None | Unset = UNSET
    """ Maximum redemptions; needed when the switch is on. """
    promotion_codes: CouponCreatePromotionCodesType1 | list[CouponPromotionCodeCreate] | None | Unset = UNSET
    """ Promotion codes to create together with the coupon. Older docs send an empty object `{}` for
    none, which is accepted too.
     """
    metadata: CouponCreateMetadataType0 | None | Unset = UNSET
    """ Free key/value pairs. """
    sync: CouponSync | None | Unset = UNSET
    """ Also create the coupon in a payment integration connected to the program (Stripe, Shopify, WooCommerce or
    Paddle); refused when it is not connected. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        coupon_discount_type: str = self.coupon_discount_type

        coupon_discount_amount = self.coupon_discount_amount

        coupon_duration_type: str = self.coupon_duration_type

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        uuid_code: None | str | Unset
        if isinstance(self.uuid_code, Unset):
            uuid_code = UNSET
        else:
            uuid_code = self.uuid_code

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        coupon_duration_value: int | None | Unset
        if isinstance(self.coupon_duration_value, Unset):
            coupon_duration_value = UNSET
        else:
            coupon_duration_value = self.coupon_duration_value

        redemption_specific_date_status: bool | None | Unset
        if isinstance(self.redemption_specific_date_status, Unset):
            redemption_specific_date_status = UNSET
        else:
            redemption_specific_date_status = self.redemption_specific_date_status

        redemption_specific_date_value: None | str | Unset
        if isinstance(self.redemption_specific_date_value, Unset):
            redemption_specific_date_value = UNSET
        elif isinstance(self.redemption_specific_date_value, datetime.date):
            redemption_specific_date_value = self.redemption_specific_date_value.isoformat()
        else:
            redemption_specific_date_value = self.redemption_specific_date_value

        redemption_times_status: bool | None | Unset
        if isinstance(self.redemption_times_status, Unset):
            redemption_times_status = UNSET
        else:
            redemption_times_status = self.redemption_times_status

        redemption_times_value: int | None | Unset
        if isinstance(self.redemption_times_value, Unset):
            redemption_times_value = UNSET
        else:
            redemption_times_value = self.redemption_times_value

        promotion_codes: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.promotion_codes, Unset):
            promotion_codes = UNSET
        elif isinstance(self.promotion_codes, list):
            promotion_codes = []
            for promotion_codes_type_0_item_data in self.promotion_codes:
                promotion_codes_type_0_item = promotion_codes_type_0_item_data.to_dict()
                promotion_codes.append(promotion_codes_type_0_item)

        elif isinstance(self.promotion_codes, CouponCreatePromotionCodesType1):
            promotion_codes = self.promotion_codes.to_dict()
        else:
            promotion_codes = self.promotion_codes

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CouponCreateMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        sync: dict[str, Any] | None | Unset
        if isinstance(self.sync, Unset):
            sync = UNSET
        elif isinstance(self.sync, CouponSync):
            sync = self.sync.to_dict()
        else:
            sync = self.sync

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "coupon_discount_type": coupon_discount_type,
                "coupon_discount_amount": coupon_discount_amount,
                "coupon_duration_type": coupon_duration_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if uuid_code is not UNSET:
            field_dict["uuid_code"] = uuid_code
        if active is not UNSET:
            field_dict["active"] = active
        if coupon_duration_value is not UNSET:
            field_dict["coupon_duration_value"] = coupon_duration_value
        if redemption_specific_date_status is not UNSET:
            field_dict["redemption_specific_date_status"] = redemption_specific_date_status
        if redemption_specific_date_value is not UNSET:
            field_dict["redemption_specific_date_value"] = redemption_specific_date_value
        if redemption_times_status is not UNSET:
            field_dict["redemption_times_status"] = redemption_times_status
        if redemption_times_value is not UNSET:
            field_dict["redemption_times_value"] = redemption_times_value
        if promotion_codes is not UNSET:
            field_dict["promotion_codes"] = promotion_codes
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if sync is not UNSET:
            field_dict["sync"] = sync

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        coupon_discount_type = check_coupon_discount_type(d["coupon_discount_type"])

        coupon_discount_amount = d["coupon_discount_amount"]

        coupon_duration_type = check_coupon_duration_type(d["coupon_duration_type"])

        def _parse_redemption_specific_date_value(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                redemption_specific_date_value_type_0 = datetime.date.fromisoformat(data)

                return redemption_specific_date_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        redemption_specific_date_value = _parse_redemption_specific_date_value(
            d["redemption_specific_date_value"]
        )

        def _parse_promotion_codes(
            data: object,
        ) -> CouponCreatePromotionCodesType1 | list[CouponPromotionCodeCreate] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _parse_promotion_codes_type_0 = CouponPromotionCodeCreate.from_dict
                promotion_codes_type_0 = [_parse_promotion_codes_type_0(item) for item in data]

                return promotion_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                promotion_codes_type_1 = CouponCreatePromotionCodesType1.from_dict(data)

                return promotion_codes_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CouponCreatePromotionCodesType1 | list[CouponPromotionCodeCreate] | None | Unset, data
            )

        promotion_codes = _parse_promotion_codes(d["promotion_codes"])

        def _parse_metadata(data: object) -> CouponCreateMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CouponCreateMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CouponCreateMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d["metadata"])

        def _parse_sync(data: object) -> CouponSync | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sync_type_0 = CouponSync.from_dict(data)

                return sync_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CouponSync | None | Unset, data)

        sync = _parse_sync(d["sync"])

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        coupon_create = new_model(cls)
        coupon_create.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            coupon_discount_type,
            coupon_discount_amount,
            coupon_duration_type,
            d["name"],
            d["uuid_code"],
            d["active"],
            d["coupon_duration_value"],
            d["redemption_specific_date_status"],
            redemption_specific_date_value,
            d["redemption_times_status"],
            d["redemption_times_value"],
            promotion_codes,
            metadata,
            sync,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 14:
            coupon_create._additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        return coupon_create

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The reply's keys this model does not declare, with their values."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Related models are imported after the class rather than inside its methods (as the stock
# template does): they may import this module back, and an import inside from_dict runs on
# every call, which made parsing a page of partners several times slower.
from ..models.coupon_create_metadata_type_0 import CouponCreateMetadataType0
from ..models.coupon_create_promotion_codes_type_1 import CouponCreatePromotionCodesType1
from ..models.coupon_promotion_code_create import CouponPromotionCodeCreate
from ..models.coupon_sync import CouponSync
