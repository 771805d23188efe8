from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AffiliateProgramSettingsChanges")


@_attrs_define
class AffiliateProgramSettingsChanges:
    """Affiliate program switches to change; fields left out (or null) keep their value."""

    currency: None | str | Unset = UNSET
    """ Three-letter currency code for commissions. """
    cookie_lifetime: int | None | Unset = UNSET
    """ Days a referral cookie lasts, 1 to 9999999. """
    welcome_email_enabled: bool | Unset = UNSET
    onboarding_enabled: bool | Unset = UNSET
    partner_email_notifications_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
        d = dict(src_dict)
        currency: None | str | Unset = d.pop("currency", UNSET)

        cookie_lifetime: int | None | Unset = d.pop("cookie_lifetime", UNSET)

        welcome_email_enabled = d.pop("welcome_email_enabled", UNSET)

        onboarding_enabled = d.pop("onboarding_enabled", UNSET)

        partner_email_notifications_enabled = d.pop("partner_email_notifications_enabled", UNSET)

        affiliate_program_settings_changes = cls(
            currency=currency,
            cookie_lifetime=cookie_lifetime,
            welcome_email_enabled=welcome_email_enabled,
            onboarding_enabled=onboarding_enabled,
            partner_email_notifications_enabled=partner_email_notifications_enabled,
        )

        affiliate_program_settings_changes.additional_properties = d
        return affiliate_program_settings_changes

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
