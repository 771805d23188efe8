from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AffiliateCustomerOptions")


@_attrs_define
class AffiliateCustomerOptions:
    """Extra switches of an affiliate customer create."""

    referral_url: None | str | Unset = UNSET
    """ Pins the sign-up to one of the partner's referral URLs when the partner has several. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        referral_url: None | str | Unset
        if isinstance(self.referral_url, Unset):
            referral_url = UNSET
        else:
            referral_url = self.referral_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if referral_url is not UNSET:
            field_dict["referral_url"] = referral_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        referral_url: None | str | Unset = d.pop("referral_url", UNSET)

        affiliate_customer_options = cls(
            referral_url=referral_url,
        )

        affiliate_customer_options.additional_properties = d
        return affiliate_customer_options

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
