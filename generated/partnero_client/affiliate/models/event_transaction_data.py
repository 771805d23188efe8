from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventTransactionData")


@_attrs_define
class EventTransactionData:
    """The transaction concerned. Every field is optional."""

    key: str | Unset = UNSET
    action: None | str | Unset = UNSET
    amount: float | Unset = UNSET
    amount_units: str | Unset = UNSET
    """ Currency code or other unit. """
    customer: None | str | Unset = UNSET
    """ The buyer's key.
     """
    partner: None | str | Unset = UNSET
    """ Id of the credited partner. """
    created_at: datetime.datetime | Unset = UNSET
    """ ISO 8601 time in UTC with microseconds, such as 2025-04-30T16:44:13.000000Z. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        amount = self.amount

        amount_units = self.amount_units

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

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if action is not UNSET:
            field_dict["action"] = action
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_units is not UNSET:
            field_dict["amount_units"] = amount_units
        if customer is not UNSET:
            field_dict["customer"] = customer
        if partner is not UNSET:
            field_dict["partner"] = partner
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        action: None | str | Unset = d.pop("action", UNSET)

        amount = d.pop("amount", UNSET)

        amount_units = d.pop("amount_units", UNSET)

        customer: None | str | Unset = d.pop("customer", UNSET)

        partner: None | str | Unset = d.pop("partner", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        event_transaction_data = cls(
            key=key,
            action=action,
            amount=amount,
            amount_units=amount_units,
            customer=customer,
            partner=partner,
            created_at=created_at,
        )

        event_transaction_data.additional_properties = d
        return event_transaction_data

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
