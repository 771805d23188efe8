from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramCurrent")


@_attrs_define
class ProgramCurrent:
    """Current settings as the legacy overview shows them."""

    program_initials: str | Unset = UNSET
    program_type_title: str | Unset = UNSET
    program_name: str | Unset = UNSET
    partner_portal_url: str | Unset = UNSET
    commission_description: str | Unset = UNSET
    cookie_lifetime: int | str | Unset = UNSET
    payout_threshold: float | str | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
        d = dict(src_dict)
        program_initials = d.pop("program_initials", UNSET)

        program_type_title = d.pop("program_type_title", UNSET)

        program_name = d.pop("program_name", UNSET)

        partner_portal_url = d.pop("partner_portal_url", UNSET)

        commission_description = d.pop("commission_description", UNSET)

        cookie_lifetime: int | str | Unset = d.pop("cookie_lifetime", UNSET)

        payout_threshold: float | str | Unset = d.pop("payout_threshold", UNSET)

        currency = d.pop("currency", UNSET)

        program_current = cls(
            program_initials=program_initials,
            program_type_title=program_type_title,
            program_name=program_name,
            partner_portal_url=partner_portal_url,
            commission_description=commission_description,
            cookie_lifetime=cookie_lifetime,
            payout_threshold=payout_threshold,
            currency=currency,
        )

        program_current.additional_properties = d
        return program_current

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
