from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerSignInUrlRequest")


@_attrs_define
class PartnerSignInUrlRequest:
    """Names the partner (referral key or e-mail) and how long the URL stays valid."""

    key: None | str | Unset = UNSET
    """ Referral key of the partner. """
    email: None | str | Unset = UNSET
    """ E-mail of the partner. """
    expires_in: int | None | Unset = UNSET
    """ Seconds the URL stays valid, 30 to 900; 120 when left out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        expires_in: int | None | Unset
        if isinstance(self.expires_in, Unset):
            expires_in = UNSET
        else:
            expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if email is not UNSET:
            field_dict["email"] = email
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key: None | str | Unset = d.pop("key", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        expires_in: int | None | Unset = d.pop("expires_in", UNSET)

        partner_sign_in_url_request = cls(
            key=key,
            email=email,
            expires_in=expires_in,
        )

        partner_sign_in_url_request.additional_properties = d
        return partner_sign_in_url_request

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
