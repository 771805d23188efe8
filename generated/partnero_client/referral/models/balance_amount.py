from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceAmount")


@_attrs_define
class BalanceAmount:
    """What a customer holds in one unit."""

    amount: float
    amount_units: None | str | Unset = UNSET
    """ Currency code (USD) or the name of a non-money reward unit. """
    is_currency: bool | Unset = UNSET
    """ True when the amount is money. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        amount_units: None | str | Unset
        if isinstance(self.amount_units, Unset):
            amount_units = UNSET
        else:
            amount_units = self.amount_units

        is_currency = self.is_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if amount_units is not UNSET:
            field_dict["amount_units"] = amount_units
        if is_currency is not UNSET:
            field_dict["is_currency"] = is_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        amount_units: None | str | Unset = d.pop("amount_units", UNSET)

        is_currency = d.pop("is_currency", UNSET)

        balance_amount = cls(
            amount=amount,
            amount_units=amount_units,
            is_currency=is_currency,
        )

        balance_amount.additional_properties = d
        return balance_amount

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
