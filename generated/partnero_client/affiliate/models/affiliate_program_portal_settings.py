from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AffiliateProgramPortalSettings")


@_attrs_define
class AffiliateProgramPortalSettings:
    """Partner portal switches of an affiliate program (more keys may appear)."""

    program_page_enabled: bool | Unset = UNSET
    leads_page_enabled: bool | Unset = UNSET
    registration_disabled: bool | Unset = UNSET
    google_login_enabled: bool | Unset = UNSET
    passwordless_login_enabled: bool | Unset = UNSET
    sub_accounts_enabled: bool | Unset = UNSET
    widget_enabled: bool | Unset = UNSET
    signup_popup_enabled: bool | Unset = UNSET
    embeddable_form_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
        d = dict(src_dict)
        program_page_enabled = d.pop("program_page_enabled", UNSET)

        leads_page_enabled = d.pop("leads_page_enabled", UNSET)

        registration_disabled = d.pop("registration_disabled", UNSET)

        google_login_enabled = d.pop("google_login_enabled", UNSET)

        passwordless_login_enabled = d.pop("passwordless_login_enabled", UNSET)

        sub_accounts_enabled = d.pop("sub_accounts_enabled", UNSET)

        widget_enabled = d.pop("widget_enabled", UNSET)

        signup_popup_enabled = d.pop("signup_popup_enabled", UNSET)

        embeddable_form_enabled = d.pop("embeddable_form_enabled", UNSET)

        affiliate_program_portal_settings = cls(
            program_page_enabled=program_page_enabled,
            leads_page_enabled=leads_page_enabled,
            registration_disabled=registration_disabled,
            google_login_enabled=google_login_enabled,
            passwordless_login_enabled=passwordless_login_enabled,
            sub_accounts_enabled=sub_accounts_enabled,
            widget_enabled=widget_enabled,
            signup_popup_enabled=signup_popup_enabled,
            embeddable_form_enabled=embeddable_form_enabled,
        )

        affiliate_program_portal_settings.additional_properties = d
        return affiliate_program_portal_settings

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
