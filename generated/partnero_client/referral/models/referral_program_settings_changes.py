from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferralProgramSettingsChanges")


@_attrs_define
class ReferralProgramSettingsChanges:
    """Refer-a-friend program switches to change; fields left out (or null) keep their value."""

    referral_portal_enabled: bool | Unset = UNSET
    rewards_notification_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        referral_portal_enabled = self.referral_portal_enabled

        rewards_notification_enabled = self.rewards_notification_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if referral_portal_enabled is not UNSET:
            field_dict["referral_portal_enabled"] = referral_portal_enabled
        if rewards_notification_enabled is not UNSET:
            field_dict["rewards_notification_enabled"] = rewards_notification_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        referral_portal_enabled = d.pop("referral_portal_enabled", UNSET)

        rewards_notification_enabled = d.pop("rewards_notification_enabled", UNSET)

        referral_program_settings_changes = cls(
            referral_portal_enabled=referral_portal_enabled,
            rewards_notification_enabled=rewards_notification_enabled,
        )

        referral_program_settings_changes.additional_properties = d
        return referral_program_settings_changes

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
