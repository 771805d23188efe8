from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, parse_datetime, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coupon_promotion_codes import CouponPromotionCodes


T = TypeVar("T", bound="Coupon")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "name": UNSET,
    "active": UNSET,
    "coupon_discount_type": UNSET,
    "coupon_discount_amount": UNSET,
    "coupon_duration_type": UNSET,
    "coupon_duration_value": UNSET,
    "redemption_specific_date_status": UNSET,
    "redemption_specific_date_value": UNSET,
    "redemption_times_status": UNSET,
    "redemption_times_value": UNSET,
    "promotion_codes": UNSET,
    "metadata": UNSET,
    "additional_info": UNSET,
    "times_redeemed": UNSET,
    "created_at": UNSET,
    "updated_at": UNSET,
    "deleted_at": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "uuid_code",
        "name",
        "active",
        "coupon_discount_type",
        "coupon_discount_amount",
        "coupon_duration_type",
        "coupon_duration_value",
        "redemption_specific_date_status",
        "redemption_specific_date_value",
        "redemption_times_status",
        "redemption_times_value",
        "promotion_codes",
        "metadata",
        "additional_info",
        "times_redeemed",
        "created_at",
        "updated_at",
        "deleted_at",
    }
)


@_attrs_define(repr=False)
class Coupon(Model):
    """A discount coupon. Promotion codes hang off it; the list reply nests them under
    `promotion_codes.data`.

    """

    uuid_code: str
    """ The coupon identifier, used by update and by promotion codes. """
    name: str | Unset = UNSET
    """ Name shown to customers; the uuid_code when none was given. """
    active: bool | Unset = UNSET
    coupon_discount_type: str | Unset = UNSET
    """ Known values: percent, static. """
    coupon_discount_amount: float | Unset = UNSET
    """ Percentage (0-100) or fixed amount. """
    coupon_duration_type: str | Unset = UNSET
    """ Known values: once, hours, days, months, years, lifetime. """
    coupon_duration_value: int | None | Unset = UNSET
    """ Length of the duration in its unit. """
    redemption_specific_date_status: bool | Unset = UNSET
    """ Whether a redeem-by date applies. """
    redemption_specific_date_value: datetime.date | None | Unset = UNSET
    """ Redeem-by date. """
    redemption_times_status: bool | Unset = UNSET
    """ Whether a redemption cap applies. """
    redemption_times_value: int | None | Unset = UNSET
    """ Maximum number of redemptions. """
    promotion_codes: CouponPromotionCodes | Unset = UNSET
    """ The promotion codes of a coupon, as the coupon list nests them. """
    metadata: Any | Unset = UNSET
    """ Your free key/value pairs, an object; an empty list when there are none. """
    additional_info: Any | Unset = UNSET
    """ Extra information about a coupon or promotion code: an object whose `redemptions` list logs each
    recorded redemption (`redeemed_at`, `transaction_key`); an empty list when nothing is recorded.
     """
    times_redeemed: int | Unset = UNSET
    """ Redemptions recorded so far. """
    created_at: datetime.datetime | Unset = UNSET
    """ ISO 8601 time in UTC with microseconds, such as 2025-04-30T16:44:13.000000Z. """
    updated_at: datetime.datetime | Unset = UNSET
    """ ISO 8601 time in UTC with microseconds, such as 2025-04-30T16:44:13.000000Z. """
    deleted_at: datetime.datetime | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        uuid_code = self.uuid_code

        name = self.name

        active = self.active

        coupon_discount_type = self.coupon_discount_type

        coupon_discount_amount = self.coupon_discount_amount

        coupon_duration_type = self.coupon_duration_type

        coupon_duration_value: int | None | Unset
        if isinstance(self.coupon_duration_value, Unset):
            coupon_duration_value = UNSET
        else:
            coupon_duration_value = self.coupon_duration_value

        redemption_specific_date_status = self.redemption_specific_date_status

        redemption_specific_date_value: None | str | Unset
        if isinstance(self.redemption_specific_date_value, Unset):
            redemption_specific_date_value = UNSET
        elif isinstance(self.redemption_specific_date_value, datetime.date):
            redemption_specific_date_value = self.redemption_specific_date_value.isoformat()
        else:
            redemption_specific_date_value = self.redemption_specific_date_value

        redemption_times_status = self.redemption_times_status

        redemption_times_value: int | None | Unset
        if isinstance(self.redemption_times_value, Unset):
            redemption_times_value = UNSET
        else:
            redemption_times_value = self.redemption_times_value

        promotion_codes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotion_codes, Unset):
            promotion_codes = self.promotion_codes.to_dict()

        metadata = self.metadata

        additional_info = self.additional_info

        times_redeemed = self.times_redeemed

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "uuid_code": uuid_code,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if active is not UNSET:
            field_dict["active"] = active
        if coupon_discount_type is not UNSET:
            field_dict["coupon_discount_type"] = coupon_discount_type
        if coupon_discount_amount is not UNSET:
            field_dict["coupon_discount_amount"] = coupon_discount_amount
        if coupon_duration_type is not UNSET:
            field_dict["coupon_duration_type"] = coupon_duration_type
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
        if additional_info is not UNSET:
            field_dict["additional_info"] = additional_info
        if times_redeemed is not UNSET:
            field_dict["times_redeemed"] = times_redeemed
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        uuid_code = d["uuid_code"]

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

        _promotion_codes = d["promotion_codes"]
        promotion_codes: CouponPromotionCodes | Unset = (
            UNSET if _promotion_codes is UNSET else CouponPromotionCodes.from_dict(_promotion_codes)
        )

        _created_at = d["created_at"]
        created_at: datetime.datetime | Unset = UNSET if _created_at is UNSET else parse_datetime(_created_at)

        _updated_at = d["updated_at"]
        updated_at: datetime.datetime | Unset = UNSET if _updated_at is UNSET else parse_datetime(_updated_at)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = parse_datetime(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d["deleted_at"])

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        coupon = new_model(cls)
        coupon.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            uuid_code,
            d["name"],
            d["active"],
            d["coupon_discount_type"],
            d["coupon_discount_amount"],
            d["coupon_duration_type"],
            d["coupon_duration_value"],
            d["redemption_specific_date_status"],
            redemption_specific_date_value,
            d["redemption_times_status"],
            d["redemption_times_value"],
            promotion_codes,
            d["metadata"],
            d["additional_info"],
            d["times_redeemed"],
            created_at,
            updated_at,
            deleted_at,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 18:
            coupon._additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        return coupon

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
from ..models.coupon_promotion_codes import CouponPromotionCodes
