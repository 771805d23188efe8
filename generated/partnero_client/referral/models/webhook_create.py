from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookCreate")


@_attrs_define
class WebhookCreate:
    """A new subscription. Null and empty strings count as left out for the optional fields."""

    name: str
    """ A label for the subscription. """
    url: str
    """ Where deliveries are POSTed; HTTPS is recommended. """
    events: list[str]
    """ Event names (an open set; new names may appear): customer.created, customer.updated,
    customer.deleted, customer.credited, customer.rewarded, transaction.created,
    transaction.deleted.
     """
    key: None | str | Unset = UNSET
    """ Your own key for the subscription; generated when left out. """
    is_active: bool | None | Unset = UNSET
    """ Whether deliveries are sent; true when left out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        events = self.events

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "url": url,
                "events": events,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        url = d.pop("url")

        events: list[str] = d.pop("events")

        key: None | str | Unset = d.pop("key", UNSET)

        is_active: bool | None | Unset = d.pop("is_active", UNSET)

        webhook_create = cls(
            name=name,
            url=url,
            events=events,
            key=key,
            is_active=is_active,
        )

        webhook_create.additional_properties = d
        return webhook_create

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
