from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsletterProgramData")


@_attrs_define
class NewsletterProgramData:
    """A newsletter program, flat, with its e-mail provider and subscriber totals."""

    id: str
    """ The public program id. """
    esp_type: str
    """ E-mail service provider the program syncs with. Known values: custom; the providers
    offered are Mailchimp, MailerLite, Kit and Beehiiv.
     """
    name: str | Unset = UNSET
    esp_type_name: str | Unset = UNSET
    """ Display name of the provider. """
    total_subscribers: int | Unset = UNSET
    total_referring: int | Unset = UNSET
    """ Subscribers who referred at least one other subscriber. """
    total_referred: int | Unset = UNSET
    """ Subscribers who came through a referral. """
    created_at: datetime.datetime | Unset = UNSET
    """ ISO 8601 time in UTC with microseconds, such as 2025-04-30T16:44:13.000000Z. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        esp_type = self.esp_type

        name = self.name

        esp_type_name = self.esp_type_name

        total_subscribers = self.total_subscribers

        total_referring = self.total_referring

        total_referred = self.total_referred

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "esp_type": esp_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if esp_type_name is not UNSET:
            field_dict["esp_type_name"] = esp_type_name
        if total_subscribers is not UNSET:
            field_dict["total_subscribers"] = total_subscribers
        if total_referring is not UNSET:
            field_dict["total_referring"] = total_referring
        if total_referred is not UNSET:
            field_dict["total_referred"] = total_referred
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        esp_type = d.pop("esp_type")

        name = d.pop("name", UNSET)

        esp_type_name = d.pop("esp_type_name", UNSET)

        total_subscribers = d.pop("total_subscribers", UNSET)

        total_referring = d.pop("total_referring", UNSET)

        total_referred = d.pop("total_referred", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        newsletter_program_data = cls(
            id=id,
            esp_type=esp_type,
            name=name,
            esp_type_name=esp_type_name,
            total_subscribers=total_subscribers,
            total_referring=total_referring,
            total_referred=total_referred,
            created_at=created_at,
        )

        newsletter_program_data.additional_properties = d
        return newsletter_program_data

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
