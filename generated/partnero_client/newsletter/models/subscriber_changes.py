from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriberChanges")


@_attrs_define
class SubscriberChanges:
    """Subscriber fields to change; fields left out (or null) keep their value."""

    identifier: None | str | Unset = UNSET
    """ New id. """
    email: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    approved: bool | None | Unset = UNSET
    tos: bool | None | Unset = UNSET
    marketing_consent: bool | None | Unset = UNSET
    status: None | str | Unset = UNSET
    """ Known values: active, rejected, suspended. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        approved: bool | None | Unset
        if isinstance(self.approved, Unset):
            approved = UNSET
        else:
            approved = self.approved

        tos: bool | None | Unset
        if isinstance(self.tos, Unset):
            tos = UNSET
        else:
            tos = self.tos

        marketing_consent: bool | None | Unset
        if isinstance(self.marketing_consent, Unset):
            marketing_consent = UNSET
        else:
            marketing_consent = self.marketing_consent

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if approved is not UNSET:
            field_dict["approved"] = approved
        if tos is not UNSET:
            field_dict["tos"] = tos
        if marketing_consent is not UNSET:
            field_dict["marketing_consent"] = marketing_consent
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier: None | str | Unset = d.pop("identifier", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        approved: bool | None | Unset = d.pop("approved", UNSET)

        tos: bool | None | Unset = d.pop("tos", UNSET)

        marketing_consent: bool | None | Unset = d.pop("marketing_consent", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        subscriber_changes = cls(
            identifier=identifier,
            email=email,
            name=name,
            approved=approved,
            tos=tos,
            marketing_consent=marketing_consent,
            status=status,
        )

        subscriber_changes.additional_properties = d
        return subscriber_changes

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
