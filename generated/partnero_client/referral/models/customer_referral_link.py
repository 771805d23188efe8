from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerReferralLink")


@_attrs_define
class CustomerReferralLink:
    """A referral link of a refer-a-friend customer. Its id equals its key."""

    id: str
    key: str
    """ Token in the link URL. """
    url: str | Unset = UNSET
    default: bool | Unset = UNSET
    """ Whether this is the customer's default link. """
    is_additional: bool | Unset = UNSET
    direct_tracking: bool | Unset = UNSET
    direct_tracking_redirect: bool | Unset = UNSET
    direct_tracking_redirect_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        url = self.url

        default = self.default

        is_additional = self.is_additional

        direct_tracking = self.direct_tracking

        direct_tracking_redirect = self.direct_tracking_redirect

        direct_tracking_redirect_url: None | str | Unset
        if isinstance(self.direct_tracking_redirect_url, Unset):
            direct_tracking_redirect_url = UNSET
        else:
            direct_tracking_redirect_url = self.direct_tracking_redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "key": key,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if default is not UNSET:
            field_dict["default"] = default
        if is_additional is not UNSET:
            field_dict["is_additional"] = is_additional
        if direct_tracking is not UNSET:
            field_dict["direct_tracking"] = direct_tracking
        if direct_tracking_redirect is not UNSET:
            field_dict["direct_tracking_redirect"] = direct_tracking_redirect
        if direct_tracking_redirect_url is not UNSET:
            field_dict["direct_tracking_redirect_url"] = direct_tracking_redirect_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        key = d.pop("key")

        url = d.pop("url", UNSET)

        default = d.pop("default", UNSET)

        is_additional = d.pop("is_additional", UNSET)

        direct_tracking = d.pop("direct_tracking", UNSET)

        direct_tracking_redirect = d.pop("direct_tracking_redirect", UNSET)

        direct_tracking_redirect_url: None | str | Unset = d.pop("direct_tracking_redirect_url", UNSET)

        customer_referral_link = cls(
            id=id,
            key=key,
            url=url,
            default=default,
            is_additional=is_additional,
            direct_tracking=direct_tracking,
            direct_tracking_redirect=direct_tracking_redirect,
            direct_tracking_redirect_url=direct_tracking_redirect_url,
        )

        customer_referral_link.additional_properties = d
        return customer_referral_link

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
