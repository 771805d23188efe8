from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionCreateOptions")


@_attrs_define
class TransactionCreateOptions:
    """Processing switches of a transaction create."""

    create_customer: bool | None | Unset = UNSET
    """ Create the customer from the `customer` object first when it does not exist yet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_customer: bool | None | Unset
        if isinstance(self.create_customer, Unset):
            create_customer = UNSET
        else:
            create_customer = self.create_customer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_customer is not UNSET:
            field_dict["create_customer"] = create_customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        create_customer: bool | None | Unset = d.pop("create_customer", UNSET)

        transaction_create_options = cls(
            create_customer=create_customer,
        )

        transaction_create_options.additional_properties = d
        return transaction_create_options

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
