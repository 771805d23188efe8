from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A webhook subscription. `signature` is the secret that signs deliveries."""

    key: str
    """ The subscription's identifier, used in `/v1/webhooks/{key}`. """
    name: str
    url: str
    """ Where deliveries are POSTed. """
    events: list[str]
    """ Event names (an open set; new names may appear): customer.created, customer.updated,
    customer.deleted, customer.credited, customer.rewarded, transaction.created,
    transaction.deleted.
     """
    is_active: bool | Unset = UNSET
    """ Whether deliveries are sent. """
    signature: str | Unset = UNSET
    """ Secret for checking the `Signature` header of deliveries. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        url = self.url

        events = self.events

        is_active = self.is_active

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "url": url,
                "events": events,
            }
        )
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        url = d.pop("url")

        events: list[str] = d.pop("events")

        is_active = d.pop("is_active", UNSET)

        signature = d.pop("signature", UNSET)

        webhook = cls(
            key=key,
            name=name,
            url=url,
            events=events,
            is_active=is_active,
            signature=signature,
        )

        webhook.additional_properties = d
        return webhook

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
