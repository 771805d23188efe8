from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.promotion_code_create_metadata_type_0 import PromotionCodeCreateMetadataType0
    from ..models.promotion_code_customer_target import PromotionCodeCustomerTarget
    from ..models.promotion_code_partner_target import PromotionCodePartnerTarget
    from ..models.promotion_code_subscriber_target import PromotionCodeSubscriberTarget


T = TypeVar("T", bound="PromotionCodeCreate")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "coupon_uuid": UNSET,
    "coupon_id": UNSET,
    "code": UNSET,
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
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "coupon_uuid",
        "coupon_id",
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
    }
)


@_attrs_define(repr=False)
class PromotionCodeCreate(Model):
    """A new promotion code under an existing coupon. Each `*_status` switch needs its value, and each
    `limit_to_specific_*` switch its target. Null and empty strings count as left out.
    `coupon_uuid` names the parent coupon; the older `coupon_id` may stand in for it.

    """

    coupon_uuid: str | Unset = UNSET
    """ The `uuid_code` of the parent coupon; required unless `coupon_id` is given. """
    coupon_id: int | Unset = UNSET
    """ The parent coupon's numeric id, the older way to name it; send `coupon_uuid`. """
    code: None | str | Unset = UNSET
    """ The text customers enter: letters, digits, `-` and `_`, at most 100; generated when left out. """
    first_time_order: bool | None | Unset = UNSET
    """ Valid on a customer's first purchase only. """
    limit_to_specific_partner: bool | None | Unset = UNSET
    """ Ties the code to the partner in `coupon_specific_partners`. """
    coupon_specific_partners: None | PromotionCodePartnerTarget | Unset = UNSET
    """ The partner (by `id`) the code belongs to when `limit_to_specific_partner` is on. """
    limit_to_specific_customer: bool | None | Unset = UNSET
    """ Ties the code to the customer in `coupon_specific_customers`. """
    coupon_specific_customers: None | PromotionCodeCustomerTarget | Unset = UNSET
    """ The customer (by `id` or key) who alone may use the code when `limit_to_specific_customer` is on. """
    limit_to_specific_subscriber: bool | None | Unset = UNSET
    """ Ties the code to the subscriber in `coupon_specific_subscribers`. """
    coupon_specific_subscribers: None | PromotionCodeSubscriberTarget | Unset = UNSET
    """ The subscriber (by `id`) who alone may use the code when `limit_to_specific_subscriber` is on. """
    minimum_order_status: bool | None | Unset = UNSET
    """ Switches a minimum order value on. """
    minimum_order_value: int | None | Unset = UNSET
    """ Minimum order amount; needed when the switch is on. """
    expiration_date_status: bool | None | Unset = UNSET
    """ Switches an expiry date on. """
    expiration_date_value: datetime.date | None | Unset = UNSET
    """ Expiry date; needed when the switch is on. """
    redemption_times_status: bool | None | Unset = UNSET
    """ Switches a redemption cap on. """
    redemption_times_value: int | None | Unset = UNSET
    """ Maximum redemptions; needed when the switch is on. """
    metadata: None | PromotionCodeCreateMetadataType0 | Unset = UNSET
    """ Free key/value pairs. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        coupon_uuid = self.coupon_uuid

        coupon_id = self.coupon_id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        first_time_order: bool | None | Unset
        if isinstance(self.first_time_order, Unset):
            first_time_order = UNSET
        else:
            first_time_order = self.first_time_order

        limit_to_specific_partner: bool | None | Unset
        if isinstance(self.limit_to_specific_partner, Unset):
            limit_to_specific_partner = UNSET
        else:
            limit_to_specific_partner = self.limit_to_specific_partner

        coupon_specific_partners: dict[str, Any] | None | Unset
        if isinstance(self.coupon_specific_partners, Unset):
            coupon_specific_partners = UNSET
        elif isinstance(self.coupon_specific_partners, PromotionCodePartnerTarget):
            coupon_specific_partners = self.coupon_specific_partners.to_dict()
        else:
            coupon_specific_partners = self.coupon_specific_partners

        limit_to_specific_customer: bool | None | Unset
        if isinstance(self.limit_to_specific_customer, Unset):
            limit_to_specific_customer = UNSET
        else:
            limit_to_specific_customer = self.limit_to_specific_customer

        coupon_specific_customers: dict[str, Any] | None | Unset
        if isinstance(self.coupon_specific_customers, Unset):
            coupon_specific_customers = UNSET
        elif isinstance(self.coupon_specific_customers, PromotionCodeCustomerTarget):
            coupon_specific_customers = self.coupon_specific_customers.to_dict()
        else:
            coupon_specific_customers = self.coupon_specific_customers

        limit_to_specific_subscriber: bool | None | Unset
        if isinstance(self.limit_to_specific_subscriber, Unset):
            limit_to_specific_subscriber = UNSET
        else:
            limit_to_specific_subscriber = self.limit_to_specific_subscriber

        coupon_specific_subscribers: dict[str, Any] | None | Unset
        if isinstance(self.coupon_specific_subscribers, Unset):
            coupon_specific_subscribers = UNSET
        elif isinstance(self.coupon_specific_subscribers, PromotionCodeSubscriberTarget):
            coupon_specific_subscribers = self.coupon_specific_subscribers.to_dict()
        else:
            coupon_specific_subscribers = self.coupon_specific_subscribers

        minimum_order_status: bool | None | Unset
        if isinstance(self.minimum_order_status, Unset):
            minimum_order_status = UNSET
        else:
            minimum_order_status = self.minimum_order_status

        minimum_order_value: int | None | Unset
        if isinstance(self.minimum_order_value, Unset):
            minimum_order_value = UNSET
        else:
            minimum_order_value = self.minimum_order_value

        expiration_date_status: bool | None | Unset
        if isinstance(self.expiration_date_status, Unset):
            expiration_date_status = UNSET
        else:
            expiration_date_status = self.expiration_date_status

        expiration_date_value: None | str | Unset
        if isinstance(self.expiration_date_value, Unset):
            expiration_date_value = UNSET
        elif isinstance(self.expiration_date_value, datetime.date):
            expiration_date_value = self.expiration_date_value.isoformat()
        else:
            expiration_date_value = self.expiration_date_value

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

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PromotionCodeCreateMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if coupon_uuid is not UNSET:
            field_dict["coupon_uuid"] = coupon_uuid
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        if code is not UNSET:
            field_dict["code"] = code
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}

        def _parse_coupon_specific_partners(data: object) -> None | PromotionCodePartnerTarget | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coupon_specific_partners_type_0 = PromotionCodePartnerTarget.from_dict(data)

                return coupon_specific_partners_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromotionCodePartnerTarget | Unset, data)

        coupon_specific_partners = _parse_coupon_specific_partners(d["coupon_specific_partners"])

        def _parse_coupon_specific_customers(data: object) -> None | PromotionCodeCustomerTarget | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coupon_specific_customers_type_0 = PromotionCodeCustomerTarget.from_dict(data)

                return coupon_specific_customers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromotionCodeCustomerTarget | Unset, data)

        coupon_specific_customers = _parse_coupon_specific_customers(d["coupon_specific_customers"])

        def _parse_coupon_specific_subscribers(data: object) -> None | PromotionCodeSubscriberTarget | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coupon_specific_subscribers_type_0 = PromotionCodeSubscriberTarget.from_dict(data)

                return coupon_specific_subscribers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromotionCodeSubscriberTarget | Unset, data)

        coupon_specific_subscribers = _parse_coupon_specific_subscribers(d["coupon_specific_subscribers"])

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

        def _parse_metadata(data: object) -> None | PromotionCodeCreateMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = PromotionCodeCreateMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromotionCodeCreateMetadataType0 | Unset, data)

        metadata = _parse_metadata(d["metadata"])

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        promotion_code_create = new_model(cls)
        promotion_code_create.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            d["coupon_uuid"],
            d["coupon_id"],
            d["code"],
            d["first_time_order"],
            d["limit_to_specific_partner"],
            coupon_specific_partners,
            d["limit_to_specific_customer"],
            coupon_specific_customers,
            d["limit_to_specific_subscriber"],
            coupon_specific_subscribers,
            d["minimum_order_status"],
            d["minimum_order_value"],
            d["expiration_date_status"],
            expiration_date_value,
            d["redemption_times_status"],
            d["redemption_times_value"],
            metadata,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 17:
            promotion_code_create._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return promotion_code_create

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
from ..models.promotion_code_create_metadata_type_0 import PromotionCodeCreateMetadataType0
from ..models.promotion_code_customer_target import PromotionCodeCustomerTarget
from ..models.promotion_code_partner_target import PromotionCodePartnerTarget
from ..models.promotion_code_subscriber_target import PromotionCodeSubscriberTarget
