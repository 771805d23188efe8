from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferralLinkDomain")


@_attrs_define
class ReferralLinkDomain:
    """A domain referral links can be built on."""

    id: int | None | Unset = UNSET
    """ Domain id; null for the program's default domain. """
    domain: str | Unset = UNSET
    url: str | Unset = UNSET
    """ Link prefix; the link key is appended. """
    is_additional: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        domain = self.domain

        url = self.url

        is_additional = self.is_additional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if domain is not UNSET:
            field_dict["domain"] = domain
        if url is not UNSET:
            field_dict["url"] = url
        if is_additional is not UNSET:
            field_dict["is_additional"] = is_additional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("id", UNSET)

        domain = d.pop("domain", UNSET)

        url = d.pop("url", UNSET)

        is_additional = d.pop("is_additional", UNSET)

        referral_link_domain = cls(
            id=id,
            domain=domain,
            url=url,
            is_additional=is_additional,
        )

        referral_link_domain.additional_properties = d
        return referral_link_domain

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
