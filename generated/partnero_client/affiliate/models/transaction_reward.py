from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_reward_product_type_data import TransactionRewardProductTypeData


T = TypeVar("T", bound="TransactionReward")


@_attrs_define
class TransactionReward:
    """A reward (commission) a transaction produced."""

    key: str | Unset = UNSET
    action: str | Unset = UNSET
    status: str | Unset = UNSET
    """ Known values: ok, review_period, rejected. """
    customer: None | str | Unset = UNSET
    """ The customer concerned (key or id). """
    partner: None | str | Unset = UNSET
    """ The partner rewarded (affiliate programs). """
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        action = d.pop("action", UNSET)

        status = d.pop("status", UNSET)

        customer: None | str | Unset = d.pop("customer", UNSET)

        partner: None | str | Unset = d.pop("partner", UNSET)

        amount = d.pop("amount", UNSET)

        amount_units: None | str | Unset = d.pop("amount_units", UNSET)

        is_currency = d.pop("is_currency", UNSET)

        credit = d.pop("credit", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        _product_type_data = d.pop("product_type_data", UNSET)
        product_type_data: TransactionRewardProductTypeData | Unset
        if isinstance(_product_type_data, Unset):
            product_type_data = UNSET
        else:
            product_type_data = TransactionRewardProductTypeData.from_dict(_product_type_data)

        transaction_reward = cls(
            key=key,
            action=action,
            status=status,
            customer=customer,
            partner=partner,
            amount=amount,
            amount_units=amount_units,
            is_currency=is_currency,
            credit=credit,
            created_at=created_at,
            deleted_at=deleted_at,
            product_type_data=product_type_data,
        )

        transaction_reward.additional_properties = d
        return transaction_reward

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
