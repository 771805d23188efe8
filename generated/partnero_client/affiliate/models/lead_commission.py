from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LeadCommission")


@_attrs_define
class LeadCommission:
    """The commission a converted lead earns."""

    currency: str | Unset = UNSET
    commission: float | Unset = UNSET
    commission_type: str | Unset = UNSET
    """ Such as percent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        commission = self.commission

        commission_type = self.commission_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if commission is not UNSET:
            field_dict["commission"] = commission
        if commission_type is not UNSET:
            field_dict["commission_type"] = commission_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency", UNSET)

        commission = d.pop("commission", UNSET)

        commission_type = d.pop("commission_type", UNSET)

        lead_commission = cls(
            currency=currency,
            commission=commission,
            commission_type=commission_type,
        )

        lead_commission.additional_properties = d
        return lead_commission

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
