from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coupon import Coupon


T = TypeVar("T", bound="PromotionCode")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "first_time_order": UNSET,
    "limit_to_specific_partner": UNSET,
    "coupon_specific_partners": UNSET,
    "limit_to_specific_customer": UNSET,
    "coupon_specific_customers": UNSET,
    "limit_to_specific_subscriber": UNSET,
    "coupon_specific_subscribers": UNSET,
    "minimum_order_status": UNSET,
    "minimum_order_value": UNSET,
    "expiration_date_status": UNSET,
    "expiration_date_value": UNSET,
    "redemption_times_status": UNSET,
    "redemption_times_value": UNSET,
    "metadata": UNSET,
    "additional_info": UNSET,
    "times_redeemed": UNSET,
    "coupon": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "code",
        "first_time_order",
        "limit_to_specific_partner",
        "coupon_specific_partners",
        "limit_to_specific_customer",
        "coupon_specific_customers",
        "limit_to_specific_subscriber",
        "coupon_specific_subscribers",
        "minimum_order_status",
        "minimum_order_value",
        "expiration_date_status",
        "expiration_date_value",
        "redemption_times_status",
        "redemption_times_value",
        "metadata",
        "additional_info",
        "times_redeemed",
        "coupon",
    }
)


@_attrs_define(repr=False)
class PromotionCode(Model):
    """A promotion code. Single-code replies add the parent `coupon`."""

    code: str
    """ The text customers enter. """
    first_time_order: bool | Unset = UNSET
    """ Valid on a customer's first purchase only. """
    limit_to_specific_partner: bool | Unset = UNSET
    coupon_specific_partners: Any | Unset = UNSET
    """ Whom the code is tied to: an object with the `id` and a name field (`full_name`,
    `customer_full_name` or `subscriber_full_name`); an empty list when the code is not tied.
     """
    limit_to_specific_customer: bool | Unset = UNSET
    coupon_specific_customers: Any | Unset = UNSET
    """ Whom the code is tied to: an object with the `id` and a name field (`full_name`,
    `customer_full_name` or `subscriber_full_name`); an empty list when the code is not tied.
     """
    limit_to_specific_subscriber: bool | Unset = UNSET
    coupon_specific_subscribers: Any | Unset = UNSET
    """ Whom the code is tied to: an object with the `id` and a name field (`full_name`,
    `customer_full_name` or `subscriber_full_name`); an empty list when the code is not tied.
     """
    minimum_order_status: bool | Unset = UNSET
    """ Whether a minimum order value applies. """
    minimum_order_value: float | None | Unset = UNSET
    expiration_date_status: bool | Unset = UNSET
    """ Whether the code expires. """
    expiration_date_value: datetime.date | None | Unset = UNSET
    redemption_times_status: bool | Unset = UNSET
    """ Whether a redemption cap applies. """
    redemption_times_value: int | None | Unset = UNSET
    metadata: Any | Unset = UNSET
    """ Your free key/value pairs, an object; an empty list when there are none. """
    additional_info: Any | Unset = UNSET
    """ Extra information about a coupon or promotion code: an object whose `redemptions` list logs each
    recorded redemption (`redeemed_at`, `transaction_key`); an empty list when nothing is recorded.
     """
    times_redeemed: int | Unset = UNSET
    coupon: Coupon | Unset = UNSET
    """ A discount coupon. Promotion codes hang off it; the list reply nests them under
    `promotion_codes.data`.
     """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        first_time_order = self.first_time_order

        limit_to_specific_partner = self.limit_to_specific_partner

        coupon_specific_partners = self.coupon_specific_partners

        limit_to_specific_customer = self.limit_to_specific_customer

        coupon_specific_customers = self.coupon_specific_customers

        limit_to_specific_subscriber = self.limit_to_specific_subscriber

        coupon_specific_subscribers = self.coupon_specific_subscribers

        minimum_order_status = self.minimum_order_status

        minimum_order_value: float | None | Unset
        if isinstance(self.minimum_order_value, Unset):
            minimum_order_value = UNSET
        else:
            minimum_order_value = self.minimum_order_value

        expiration_date_status = self.expiration_date_status

        expiration_date_value: None | str | Unset
        if isinstance(self.expiration_date_value, Unset):
            expiration_date_value = UNSET
        elif isinstance(self.expiration_date_value, datetime.date):
            expiration_date_value = self.expiration_date_value.isoformat()
        else:
            expiration_date_value = self.expiration_date_value

        redemption_times_status = self.redemption_times_status

        redemption_times_value: int | None | Unset
        if isinstance(self.redemption_times_value, Unset):
            redemption_times_value = UNSET
        else:
            redemption_times_value = self.redemption_times_value

        metadata = self.metadata

        additional_info = self.additional_info

        times_redeemed = self.times_redeemed

        coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon, Unset):
            coupon = self.coupon.to_dict()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if first_time_order is not UNSET:
            field_dict["first_time_order"] = first_time_order
        if limit_to_specific_partner is not UNSET:
            field_dict["limit_to_specific_partner"] = limit_to_specific_partner
        if coupon_specific_partners is not UNSET:
            field_dict["coupon_specific_partners"] = coupon_specific_partners
        if limit_to_specific_customer is not UNSET:
            field_dict["limit_to_specific_customer"] = limit_to_specific_customer
        if coupon_specific_customers is not UNSET:
            field_dict["coupon_specific_customers"] = coupon_specific_customers
        if limit_to_specific_subscriber is not UNSET:
            field_dict["limit_to_specific_subscriber"] = limit_to_specific_subscriber
        if coupon_specific_subscribers is not UNSET:
            field_dict["coupon_specific_subscribers"] = coupon_specific_subscribers
        if minimum_order_status is not UNSET:
            field_dict["minimum_order_status"] = minimum_order_status
        if minimum_order_value is not UNSET:
            field_dict["minimum_order_value"] = minimum_order_value
        if expiration_date_status is not UNSET:
            field_dict["expiration_date_status"] = expiration_date_status
        if expiration_date_value is not UNSET:
            field_dict["expiration_date_value"] = expiration_date_value
        if redemption_times_status is not UNSET:
            field_dict["redemption_times_status"] = redemption_times_status
        if redemption_times_value is not UNSET:
            field_dict["redemption_times_value"] = redemption_times_value
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if additional_info is not UNSET:
            field_dict["additional_info"] = additional_info
        if times_redeemed is not UNSET:
            field_dict["times_redeemed"] = times_redeemed
        if coupon is not UNSET:
            field_dict["coupon"] = coupon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        code = d["code"]

        def _parse_expiration_date_value(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_date_value_type_0 = datetime.date.fromisoformat(data)

                return expiration_date_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expiration_date_value = _parse_expiration_date_value(d["expiration_date_value"])

        _coupon = d["coupon"]
        coupon: Coupon | Unset = UNSET if _coupon is UNSET else Coupon.from_dict(_coupon)

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        promotion_code = new_model(cls)
        promotion_code.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            code,
            d["first_time_order"],
            d["limit_to_specific_partner"],
            d["coupon_specific_partners"],
            d["limit_to_specific_customer"],
            d["coupon_specific_customers"],
            d["limit_to_specific_subscriber"],
            d["coupon_specific_subscribers"],
            d["minimum_order_status"],
            d["minimum_order_value"],
            d["expiration_date_status"],
            expiration_date_value,
            d["redemption_times_status"],
            d["redemption_times_value"],
            d["metadata"],
            d["additional_info"],
            d["times_redeemed"],
            coupon,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 18:
            promotion_code._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return promotion_code

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
from ..models.coupon import Coupon
