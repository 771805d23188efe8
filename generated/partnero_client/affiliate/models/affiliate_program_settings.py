from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AffiliateProgramSettings")


@_attrs_define
class AffiliateProgramSettings:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
        d = dict(src_dict)
        currency = d.pop("currency", UNSET)

        cookie_lifetime = d.pop("cookie_lifetime", UNSET)

        commission_description = d.pop("commission_description", UNSET)

        commission_value: float | str | Unset = d.pop("commission_value", UNSET)

        has_multiple_commissions = d.pop("has_multiple_commissions", UNSET)

        payout_threshold = d.pop("payout_threshold", UNSET)

        affiliate_program_settings = cls(
            currency=currency,
            cookie_lifetime=cookie_lifetime,
            commission_description=commission_description,
            commission_value=commission_value,
            has_multiple_commissions=has_multiple_commissions,
            payout_threshold=payout_threshold,
        )

        affiliate_program_settings.additional_properties = d
        return affiliate_program_settings

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
