from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

T = TypeVar("T", bound="AffiliateProgramSettingsChanges")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "currency": UNSET,
    "cookie_lifetime": UNSET,
    "welcome_email_enabled": UNSET,
    "onboarding_enabled": UNSET,
    "partner_email_notifications_enabled": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "currency",
        "cookie_lifetime",
        "welcome_email_enabled",
        "onboarding_enabled",
        "partner_email_notifications_enabled",
    }
)


@_attrs_define(repr=False)
class AffiliateProgramSettingsChanges(Model):
    """Affiliate program switches to change; fields left out (or null) keep their value."""

    currency: None | str | Unset = UNSET
    """ Three-letter currency code for commissions. """
    cookie_lifetime: int | None | Unset = UNSET
    """ Days a referral cookie lasts, 1 to 9999999. """
    welcome_email_enabled: bool | Unset = UNSET
    onboarding_enabled: bool | Unset = UNSET
    partner_email_notifications_enabled: bool | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        cookie_lifetime: int | None | Unset
        if isinstance(self.cookie_lifetime, Unset):
            cookie_lifetime = UNSET
        else:
            cookie_lifetime = self.cookie_lifetime

        welcome_email_enabled = self.welcome_email_enabled

        onboarding_enabled = self.onboarding_enabled

        partner_email_notifications_enabled = self.partner_email_notifications_enabled

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if cookie_lifetime is not UNSET:
            field_dict["cookie_lifetime"] = cookie_lifetime
        if welcome_email_enabled is not UNSET:
            field_dict["welcome_email_enabled"] = welcome_email_enabled
        if onboarding_enabled is not UNSET:
            field_dict["onboarding_enabled"] = onboarding_enabled
        if partner_email_notifications_enabled is not UNSET:
            field_dict["partner_email_notifications_enabled"] = partner_email_notifications_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        affiliate_program_settings_changes = new_model(cls)
        affiliate_program_settings_changes.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            d["currency"],
            d["cookie_lifetime"],
            d["welcome_email_enabled"],
            d["onboarding_enabled"],
            d["partner_email_notifications_enabled"],
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 5:
            affiliate_program_settings_changes._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return affiliate_program_settings_changes

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
