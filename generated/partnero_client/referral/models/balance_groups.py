from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_amount import BalanceAmount


T = TypeVar("T", bound="BalanceGroups")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "currency": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "currency",
    }
)


@_attrs_define(repr=False)
class BalanceGroups(Model):
    """A reward balance grouped by kind: `currency` lists money per currency; other groups for
    non-money rewards may appear with the same item shape.

    """

    currency: list[BalanceAmount] | Unset = UNSET
    _additional_properties: dict[str, list[BalanceAmount]] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        currency: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = []
            for currency_item_data in self.currency:
                currency_item = currency_item_data.to_dict()
                currency.append(currency_item)

        field_dict: dict[str, Any] = {}
        for prop_name, prop in (self._additional_properties or {}).items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        _currency = d["currency"]
        currency: list[BalanceAmount] | Unset = UNSET
        if _currency is not UNSET:
            _parse_currency = BalanceAmount.from_dict
            currency = [_parse_currency(item) for item in _currency]

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        balance_groups = new_model(cls)
        balance_groups.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            currency,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 1:
            additional_properties: dict[str, list[BalanceAmount]] = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _KNOWN_KEYS:
                    continue
                _parse_additional_property = BalanceAmount.from_dict
                additional_property = [_parse_additional_property(item) for item in prop_dict]

                additional_properties[prop_name] = additional_property
            balance_groups._additional_properties = additional_properties
        return balance_groups

    @property
    def additional_properties(self) -> dict[str, list[BalanceAmount]]:
        """The reply's keys this model does not declare, with their values."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, list[BalanceAmount]]) -> None:
        self._additional_properties = value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[BalanceAmount]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[BalanceAmount]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Related models are imported after the class rather than inside its methods (as the stock
# template does): they may import this module back, and an import inside from_dict runs on
# every call, which made parsing a page of partners several times slower.
from ..models.balance_amount import BalanceAmount
