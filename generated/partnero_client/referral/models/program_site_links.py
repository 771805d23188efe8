from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramSiteLinks")


@_attrs_define
class ProgramSiteLinks:
    """Links of a refer-a-friend program."""

    partner_portal_url: str | Unset = UNSET
    """ Address of the customers' referral portal. """
    website_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner_portal_url = self.partner_portal_url

        website_url = self.website_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if partner_portal_url is not UNSET:
            field_dict["partner_portal_url"] = partner_portal_url
        if website_url is not UNSET:
            field_dict["website_url"] = website_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partner_portal_url = d.pop("partner_portal_url", UNSET)

        website_url = d.pop("website_url", UNSET)

        program_site_links = cls(
            partner_portal_url=partner_portal_url,
            website_url=website_url,
        )

        program_site_links.additional_properties = d
        return program_site_links

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
