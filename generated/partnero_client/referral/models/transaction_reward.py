from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, parse_datetime, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_reward_product_type_data import TransactionRewardProductTypeData


T = TypeVar("T", bound="TransactionReward")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "key": UNSET,
    "action": UNSET,
    "status": UNSET,
    "customer": UNSET,
    "partner": UNSET,
    "amount": UNSET,
    "amount_units": UNSET,
    "is_currency": UNSET,
    "credit": UNSET,
    "created_at": UNSET,
    "deleted_at": UNSET,
    "product_type_data": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "key",
        "action",
        "status",
        "customer",
        "partner",
        "amount",
        "amount_units",
        "is_currency",
        "credit",
        "created_at",
        "deleted_at",
        "product_type_data",
    }
)


@_attrs_define(repr=False)
class TransactionReward(Model):
    """A reward (commission) a transaction produced."""

    key: str | Unset = UNSET
    action: str | Unset = UNSET
    status: str | Unset = UNSET
    """ Known values: ok, review_period, rejected. """
    customer: None | str | Unset = UNSET
    """ The customer concerned (key or id). """
    partner: None | str | Unset = UNSET
    """ The partner rewarded, if any. """
    amount: float | Unset = UNSET
    """ Not rounded, e.g. 29.997. """
    amount_units: None | str | Unset = UNSET
    """ Currency code; null when the reward is not money. """
    is_currency: bool | Unset = UNSET
    credit: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    """ ISO 8601 time in UTC with microseconds, such as 2025-04-30T16:44:13.000000Z. """
    deleted_at: datetime.datetime | None | Unset = UNSET
    product_type_data: TransactionRewardProductTypeData | Unset = UNSET
    """ Product details the commission rule used, such as product_id and product_type. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        action = self.action

        status = self.status

        customer: None | str | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        else:
            customer = self.customer

        partner: None | str | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        else:
            partner = self.partner

        amount = self.amount

        amount_units: None | str | Unset
        if isinstance(self.amount_units, Unset):
            amount_units = UNSET
        else:
            amount_units = self.amount_units

        is_currency = self.is_currency

        credit = self.credit

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        product_type_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_type_data, Unset):
            product_type_data = self.product_type_data.to_dict()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if action is not UNSET:
            field_dict["action"] = action
        if status is not UNSET:
            field_dict["status"] = status
        if customer is not UNSET:
            field_dict["customer"] = customer
        if partner is not UNSET:
            field_dict["partner"] = partner
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_units is not UNSET:
            field_dict["amount_units"] = amount_units
        if is_currency is not UNSET:
            field_dict["is_currency"] = is_currency
        if credit is not UNSET:
            field_dict["credit"] = credit
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if product_type_data is not UNSET:
            field_dict["product_type_data"] = product_type_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        _created_at = d["created_at"]
        created_at: datetime.datetime | Unset = UNSET if _created_at is UNSET else parse_datetime(_created_at)

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

        _product_type_data = d["product_type_data"]
        product_type_data: TransactionRewardProductTypeData | Unset = (
            UNSET
            if _product_type_data is UNSET
            else TransactionRewardProductTypeData.from_dict(_product_type_data)
        )

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        transaction_reward = new_model(cls)
        transaction_reward.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            d["key"],
            d["action"],
            d["status"],
            d["customer"],
            d["partner"],
            d["amount"],
            d["amount_units"],
            d["is_currency"],
            d["credit"],
            created_at,
            deleted_at,
            product_type_data,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 12:
            transaction_reward._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return transaction_reward

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
from ..models.transaction_reward_product_type_data import TransactionRewardProductTypeData
