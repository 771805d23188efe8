from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsletterReward")


@_attrs_define
class NewsletterReward:
    """A milestone reward of a newsletter program."""

    id: int
    name: str
    description: None | str | Unset = UNSET
    status: str | Unset = UNSET
    """ Known values: active. """
    type_: str | Unset = UNSET
    """ Known values: default. """
    fulfillment_type: str | Unset = UNSET
    """ How the reward is handed out. Known values: url_link, generic_coupon, amazon_gift_card. """
    fulfillment_type_name: str | Unset = UNSET
    """ Display name of the fulfillment type. """
    fulfillment_value: None | str | Unset = UNSET
    """ The link, coupon code or gift-card value. """
    subscriber_count: int | Unset = UNSET
    """ Referrals needed to unlock the reward. """
    times_triggered: int | Unset = UNSET
    """ How often the reward was unlocked (single-reward replies). """
    created_at: datetime.datetime | Unset = UNSET
    """ ISO 8601 time in UTC with microseconds, such as 2025-04-30T16:44:13.000000Z. """
    updated_at: datetime.datetime | Unset = UNSET
    """ ISO 8601 time in UTC with microseconds, such as 2025-04-30T16:44:13.000000Z. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status = self.status

        type_ = self.type_

        fulfillment_type = self.fulfillment_type

        fulfillment_type_name = self.fulfillment_type_name

        fulfillment_value: None | str | Unset
        if isinstance(self.fulfillment_value, Unset):
            fulfillment_value = UNSET
        else:
            fulfillment_value = self.fulfillment_value

        subscriber_count = self.subscriber_count

        times_triggered = self.times_triggered

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if fulfillment_type is not UNSET:
            field_dict["fulfillment_type"] = fulfillment_type
        if fulfillment_type_name is not UNSET:
            field_dict["fulfillment_type_name"] = fulfillment_type_name
        if fulfillment_value is not UNSET:
            field_dict["fulfillment_value"] = fulfillment_value
        if subscriber_count is not UNSET:
            field_dict["subscriber_count"] = subscriber_count
        if times_triggered is not UNSET:
            field_dict["times_triggered"] = times_triggered
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description: None | str | Unset = d.pop("description", UNSET)

        status = d.pop("status", UNSET)

        type_ = d.pop("type", UNSET)

        fulfillment_type = d.pop("fulfillment_type", UNSET)

        fulfillment_type_name = d.pop("fulfillment_type_name", UNSET)

        fulfillment_value: None | str | Unset = d.pop("fulfillment_value", UNSET)

        subscriber_count = d.pop("subscriber_count", UNSET)

        times_triggered = d.pop("times_triggered", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        newsletter_reward = cls(
            id=id,
            name=name,
            description=description,
            status=status,
            type_=type_,
            fulfillment_type=fulfillment_type,
            fulfillment_type_name=fulfillment_type_name,
            fulfillment_value=fulfillment_value,
            subscriber_count=subscriber_count,
            times_triggered=times_triggered,
            created_at=created_at,
            updated_at=updated_at,
        )

        newsletter_reward.additional_properties = d
        return newsletter_reward

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
