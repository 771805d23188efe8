from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

T = TypeVar("T", bound="AffiliateProgramSettings")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "currency": UNSET,
    "cookie_lifetime": UNSET,
    "commission_description": UNSET,
    "commission_value": UNSET,
    "has_multiple_commissions": UNSET,
    "payout_threshold": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "currency",
        "cookie_lifetime",
        "commission_description",
        "commission_value",
        "has_multiple_commissions",
        "payout_threshold",
    }
)


@_attrs_define(repr=False)
class AffiliateProgramSettings(Model):
    """Commission and tracking settings of an affiliate program (more keys may appear)."""

    currency: str | Unset = UNSET
    """ Currency code of commissions, such as USD. """
    cookie_lifetime: str | Unset = UNSET
    """ Days a referral cookie lasts, as a string. """
    commission_description: str | Unset = UNSET
    commission_value: float | str | Unset = UNSET
    has_multiple_commissions: bool | Unset = UNSET
    payout_threshold: float | Unset = UNSET
    """ Smallest balance a partner can request a payout for. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        cookie_lifetime = self.cookie_lifetime

        commission_description = self.commission_description

        commission_value: float | str | Unset
        if isinstance(self.commission_value, Unset):
            commission_value = UNSET
        else:
            commission_value = self.commission_value

        has_multiple_commissions = self.has_multiple_commissions

        payout_threshold = self.payout_threshold

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if cookie_lifetime is not UNSET:
            field_dict["cookie_lifetime"] = cookie_lifetime
        if commission_description is not UNSET:
            field_dict["commission_description"] = commission_description
        if commission_value is not UNSET:
            field_dict["commission_value"] = commission_value
        if has_multiple_commissions is not UNSET:
            field_dict["has_multiple_commissions"] = has_multiple_commissions
        if payout_threshold is not UNSET:
            field_dict["payout_threshold"] = payout_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        affiliate_program_settings = new_model(cls)
        affiliate_program_settings.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            d["currency"],
            d["cookie_lifetime"],
            d["commission_description"],
            d["commission_value"],
            d["has_multiple_commissions"],
            d["payout_threshold"],
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 6:
            affiliate_program_settings._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return affiliate_program_settings

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
