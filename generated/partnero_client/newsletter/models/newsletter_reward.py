from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, parse_datetime, unknown_keys_eq
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsletterReward")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "description": UNSET,
    "status": UNSET,
    "type": UNSET,
    "fulfillment_type": UNSET,
    "fulfillment_type_name": UNSET,
    "fulfillment_value": UNSET,
    "subscriber_count": UNSET,
    "times_triggered": UNSET,
    "created_at": UNSET,
    "updated_at": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "status",
        "type",
        "fulfillment_type",
        "fulfillment_type_name",
        "fulfillment_value",
        "subscriber_count",
        "times_triggered",
        "created_at",
        "updated_at",
    }
)


@_attrs_define(repr=False)
class NewsletterReward(Model):
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        id = d["id"]

        name = d["name"]

        _created_at = d["created_at"]
        created_at: datetime.datetime | Unset = UNSET if _created_at is UNSET else parse_datetime(_created_at)

        _updated_at = d["updated_at"]
        updated_at: datetime.datetime | Unset = UNSET if _updated_at is UNSET else parse_datetime(_updated_at)

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        newsletter_reward = new_model(cls)
        newsletter_reward.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            id,
            name,
            d["description"],
            d["status"],
            d["type"],
            d["fulfillment_type"],
            d["fulfillment_type_name"],
            d["fulfillment_value"],
            d["subscriber_count"],
            d["times_triggered"],
            created_at,
            updated_at,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 12:
            newsletter_reward._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return newsletter_reward

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The reply's keys this model does not declare, with their values."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

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
