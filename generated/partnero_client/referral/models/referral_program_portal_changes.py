from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferralProgramPortalChanges")


@_attrs_define
class ReferralProgramPortalChanges:
    """Refer-a-friend portal switches to change; fields left out (or null) keep their value."""

    registration_disabled: bool | Unset = UNSET
    program_page_enabled: bool | Unset = UNSET
    widget_enabled: bool | Unset = UNSET
    embeddable_form_enabled: bool | Unset = UNSET
    popup_form_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registration_disabled = self.registration_disabled

        program_page_enabled = self.program_page_enabled

        widget_enabled = self.widget_enabled

        embeddable_form_enabled = self.embeddable_form_enabled

        popup_form_enabled = self.popup_form_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if registration_disabled is not UNSET:
            field_dict["registration_disabled"] = registration_disabled
        if program_page_enabled is not UNSET:
            field_dict["program_page_enabled"] = program_page_enabled
        if widget_enabled is not UNSET:
            field_dict["widget_enabled"] = widget_enabled
        if embeddable_form_enabled is not UNSET:
            field_dict["embeddable_form_enabled"] = embeddable_form_enabled
        if popup_form_enabled is not UNSET:
            field_dict["popup_form_enabled"] = popup_form_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        registration_disabled = d.pop("registration_disabled", UNSET)

        program_page_enabled = d.pop("program_page_enabled", UNSET)

        widget_enabled = d.pop("widget_enabled", UNSET)

        embeddable_form_enabled = d.pop("embeddable_form_enabled", UNSET)

        popup_form_enabled = d.pop("popup_form_enabled", UNSET)

        referral_program_portal_changes = cls(
            registration_disabled=registration_disabled,
            program_page_enabled=program_page_enabled,
            widget_enabled=widget_enabled,
            embeddable_form_enabled=embeddable_form_enabled,
            popup_form_enabled=popup_form_enabled,
        )

        referral_program_portal_changes.additional_properties = d
        return referral_program_portal_changes

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
