from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LeadConvert")


@_attrs_define
class LeadConvert:
    """The lead to convert and the sale amount its commission is computed from."""

    id: int
    """ The lead id. """
    commission_transaction_amount: float
    """ Sale amount the commission is computed from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        commission_transaction_amount = self.commission_transaction_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "commission_transaction_amount": commission_transaction_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        commission_transaction_amount = d.pop("commission_transaction_amount")

        lead_convert = cls(
            id=id,
            commission_transaction_amount=commission_transaction_amount,
        )

        lead_convert.additional_properties = d
        return lead_convert

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
