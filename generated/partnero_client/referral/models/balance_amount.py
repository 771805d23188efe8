from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceAmount")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "amount_units": UNSET,
    "is_currency": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "amount",
        "amount_units",
        "is_currency",
    }
)


@_attrs_define(repr=False)
class BalanceAmount(Model):
    """What a customer holds in one unit."""

    amount: float
    amount_units: None | str | Unset = UNSET
    """ Currency code (USD) or the name of a non-money reward unit. """
    is_currency: bool | Unset = UNSET
    """ True when the amount is money. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        amount_units: None | str | Unset
        if isinstance(self.amount_units, Unset):
            amount_units = UNSET
        else:
            amount_units = self.amount_units

        is_currency = self.is_currency

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        amount = d["amount"]

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        balance_amount = new_model(cls)
        balance_amount.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            amount,
            d["amount_units"],
            d["is_currency"],
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 3:
            balance_amount._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return balance_amount

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
