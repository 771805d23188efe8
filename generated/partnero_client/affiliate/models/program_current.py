from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramCurrent")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "program_initials": UNSET,
    "program_type_title": UNSET,
    "program_name": UNSET,
    "partner_portal_url": UNSET,
    "commission_description": UNSET,
    "cookie_lifetime": UNSET,
    "payout_threshold": UNSET,
    "currency": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "program_initials",
        "program_type_title",
        "program_name",
        "partner_portal_url",
        "commission_description",
        "cookie_lifetime",
        "payout_threshold",
        "currency",
    }
)


@_attrs_define(repr=False)
class ProgramCurrent(Model):
    """Current settings as the legacy overview shows them."""

    program_initials: str | Unset = UNSET
    program_type_title: str | Unset = UNSET
    program_name: str | Unset = UNSET
    partner_portal_url: str | Unset = UNSET
    commission_description: str | Unset = UNSET
    cookie_lifetime: int | str | Unset = UNSET
    payout_threshold: float | str | Unset = UNSET
    currency: str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        program_initials = self.program_initials

        program_type_title = self.program_type_title

        program_name = self.program_name

        partner_portal_url = self.partner_portal_url

        commission_description = self.commission_description

        cookie_lifetime: int | str | Unset
        if isinstance(self.cookie_lifetime, Unset):
            cookie_lifetime = UNSET
        else:
            cookie_lifetime = self.cookie_lifetime

        payout_threshold: float | str | Unset
        if isinstance(self.payout_threshold, Unset):
            payout_threshold = UNSET
        else:
            payout_threshold = self.payout_threshold

        currency = self.currency

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if program_initials is not UNSET:
            field_dict["program_initials"] = program_initials
        if program_type_title is not UNSET:
            field_dict["program_type_title"] = program_type_title
        if program_name is not UNSET:
            field_dict["program_name"] = program_name
        if partner_portal_url is not UNSET:
            field_dict["partner_portal_url"] = partner_portal_url
        if commission_description is not UNSET:
            field_dict["commission_description"] = commission_description
        if cookie_lifetime is not UNSET:
            field_dict["cookie_lifetime"] = cookie_lifetime
        if payout_threshold is not UNSET:
            field_dict["payout_threshold"] = payout_threshold
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        program_current = new_model(cls)
        program_current.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            d["program_initials"],
            d["program_type_title"],
            d["program_name"],
            d["partner_portal_url"],
            d["commission_description"],
            d["cookie_lifetime"],
            d["payout_threshold"],
            d["currency"],
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 8:
            program_current._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return program_current

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
