from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceCredit")


@_attrs_define
class BalanceCredit:
    """A manual addition to a referring customer's reward balance."""

    amount: float
    """ How much to add. """
    is_currency: bool | None | Unset = UNSET
    """ True when the amount is money. """
    amount_units: None | str | Unset = UNSET
    """ Currency code (any case) or reward unit; which units are allowed depends on the
    program's rewards.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        is_currency: bool | None | Unset
        if isinstance(self.is_currency, Unset):
            is_currency = UNSET
        else:
            is_currency = self.is_currency

        amount_units: None | str | Unset
        if isinstance(self.amount_units, Unset):
            amount_units = UNSET
        else:
            amount_units = self.amount_units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if is_currency is not UNSET:
            field_dict["is_currency"] = is_currency
        if amount_units is not UNSET:
            field_dict["amount_units"] = amount_units

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        is_currency: bool | None | Unset = d.pop("is_currency", UNSET)

        amount_units: None | str | Unset = d.pop("amount_units", UNSET)

        balance_credit = cls(
            amount=amount,
            is_currency=is_currency,
            amount_units=amount_units,
        )

        balance_credit.additional_properties = d
        return balance_credit

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
