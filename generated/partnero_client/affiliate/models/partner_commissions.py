from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_amount import CurrencyAmount


T = TypeVar("T", bound="PartnerCommissions")


@_attrs_define
class PartnerCommissions:
    """Commission totals. `paid` is a plain number; the others are split by currency."""

    paid: float | Unset = UNSET
    pending: list[CurrencyAmount] | Unset = UNSET
    not_paid: list[CurrencyAmount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        paid = self.paid

        pending: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pending, Unset):
            pending = []
            for pending_item_data in self.pending:
                pending_item = pending_item_data.to_dict()
                pending.append(pending_item)

        not_paid: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.not_paid, Unset):
            not_paid = []
            for not_paid_item_data in self.not_paid:
                not_paid_item = not_paid_item_data.to_dict()
                not_paid.append(not_paid_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if paid is not UNSET:
            field_dict["paid"] = paid
        if pending is not UNSET:
            field_dict["pending"] = pending
        if not_paid is not UNSET:
            field_dict["not_paid"] = not_paid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        paid = d.pop("paid", UNSET)

        _pending = d.pop("pending", UNSET)
        pending: list[CurrencyAmount] | Unset = UNSET
        if _pending is not UNSET:
            pending = []
            for pending_item_data in _pending:
                pending_item = CurrencyAmount.from_dict(pending_item_data)

                pending.append(pending_item)

        _not_paid = d.pop("not_paid", UNSET)
        not_paid: list[CurrencyAmount] | Unset = UNSET
        if _not_paid is not UNSET:
            not_paid = []
            for not_paid_item_data in _not_paid:
                not_paid_item = CurrencyAmount.from_dict(not_paid_item_data)

                not_paid.append(not_paid_item)

        partner_commissions = cls(
            paid=paid,
            pending=pending,
            not_paid=not_paid,
        )

        partner_commissions.additional_properties = d
        return partner_commissions

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
from ..models.currency_amount import CurrencyAmount
