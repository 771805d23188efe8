from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_amount import CurrencyAmount


T = TypeVar("T", bound="PartnerCommissions")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "paid": UNSET,
    "pending": UNSET,
    "not_paid": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "paid",
        "pending",
        "not_paid",
    }
)


@_attrs_define(repr=False)
class PartnerCommissions(Model):
    """Commission totals. `paid` is a plain number; the others are split by currency."""

    paid: float | Unset = UNSET
    pending: list[CurrencyAmount] | Unset = UNSET
    not_paid: list[CurrencyAmount] | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        _pending = d["pending"]
        pending: list[CurrencyAmount] | Unset = UNSET
        if _pending is not UNSET:
            _parse_pending = CurrencyAmount.from_dict
            pending = [_parse_pending(item) for item in _pending]

        _not_paid = d["not_paid"]
        not_paid: list[CurrencyAmount] | Unset = UNSET
        if _not_paid is not UNSET:
            _parse_not_paid = CurrencyAmount.from_dict
            not_paid = [_parse_not_paid(item) for item in _not_paid]

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        partner_commissions = new_model(cls)
        partner_commissions.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            d["paid"],
            pending,
            not_paid,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 3:
            partner_commissions._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return partner_commissions

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
from ..models.currency_amount import CurrencyAmount
