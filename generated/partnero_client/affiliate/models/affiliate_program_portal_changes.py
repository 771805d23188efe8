from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

T = TypeVar("T", bound="AffiliateProgramPortalChanges")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "program_page_enabled": UNSET,
    "leads_page_enabled": UNSET,
    "registration_disabled": UNSET,
    "google_login_enabled": UNSET,
    "passwordless_login_enabled": UNSET,
    "sub_accounts_enabled": UNSET,
    "widget_enabled": UNSET,
    "signup_popup_enabled": UNSET,
    "embeddable_form_enabled": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "program_page_enabled",
        "leads_page_enabled",
        "registration_disabled",
        "google_login_enabled",
        "passwordless_login_enabled",
        "sub_accounts_enabled",
        "widget_enabled",
        "signup_popup_enabled",
        "embeddable_form_enabled",
    }
)


@_attrs_define(repr=False)
class AffiliateProgramPortalChanges(Model):
    """Affiliate partner-portal switches to change; fields left out (or null) keep their value."""

    program_page_enabled: bool | Unset = UNSET
    leads_page_enabled: bool | Unset = UNSET
    registration_disabled: bool | Unset = UNSET
    google_login_enabled: bool | Unset = UNSET
    passwordless_login_enabled: bool | Unset = UNSET
    sub_accounts_enabled: bool | Unset = UNSET
    widget_enabled: bool | Unset = UNSET
    signup_popup_enabled: bool | Unset = UNSET
    embeddable_form_enabled: bool | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        program_page_enabled = self.program_page_enabled

        leads_page_enabled = self.leads_page_enabled

        registration_disabled = self.registration_disabled

        google_login_enabled = self.google_login_enabled

        passwordless_login_enabled = self.passwordless_login_enabled

        sub_accounts_enabled = self.sub_accounts_enabled

        widget_enabled = self.widget_enabled

        signup_popup_enabled = self.signup_popup_enabled

        embeddable_form_enabled = self.embeddable_form_enabled

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if program_page_enabled is not UNSET:
            field_dict["program_page_enabled"] = program_page_enabled
        if leads_page_enabled is not UNSET:
            field_dict["leads_page_enabled"] = leads_page_enabled
        if registration_disabled is not UNSET:
            field_dict["registration_disabled"] = registration_disabled
        if google_login_enabled is not UNSET:
            field_dict["google_login_enabled"] = google_login_enabled
        if passwordless_login_enabled is not UNSET:
            field_dict["passwordless_login_enabled"] = passwordless_login_enabled
        if sub_accounts_enabled is not UNSET:
            field_dict["sub_accounts_enabled"] = sub_accounts_enabled
        if widget_enabled is not UNSET:
            field_dict["widget_enabled"] = widget_enabled
        if signup_popup_enabled is not UNSET:
            field_dict["signup_popup_enabled"] = signup_popup_enabled
        if embeddable_form_enabled is not UNSET:
            field_dict["embeddable_form_enabled"] = embeddable_form_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        affiliate_program_portal_changes = new_model(cls)
        affiliate_program_portal_changes.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            d["program_page_enabled"],
            d["leads_page_enabled"],
            d["registration_disabled"],
            d["google_login_enabled"],
            d["passwordless_login_enabled"],
            d["sub_accounts_enabled"],
            d["widget_enabled"],
            d["signup_popup_enabled"],
            d["embeddable_form_enabled"],
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 9:
            affiliate_program_portal_changes._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return affiliate_program_portal_changes

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
