from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsletterRewardCreate")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "description": UNSET,
    "subscribers_count": UNSET,
    "fulfillment_type": UNSET,
    "fulfillment_value": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "description",
        "subscribers_count",
        "fulfillment_type",
        "fulfillment_value",
    }
)


@_attrs_define(repr=False)
class NewsletterRewardCreate(Model):
    """A new milestone reward. Null and empty strings count as left out for the optional fields."""

    name: str
    """ Shown in the subscriber portal. """
    description: None | str | Unset = UNSET
    """ Longer text shown with the reward in the subscriber portal. """
    subscribers_count: int | None | Unset = UNSET
    """ Referrals needed to unlock the reward (answered as `subscriber_count`). """
    fulfillment_type: None | str | Unset = UNSET
    """ Known values: url_link, generic_coupon, amazon_gift_card. """
    fulfillment_value: None | str | Unset = UNSET
    """ The link, coupon code or gift-card value. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        subscribers_count: int | None | Unset
        if isinstance(self.subscribers_count, Unset):
            subscribers_count = UNSET
        else:
            subscribers_count = self.subscribers_count

        fulfillment_type: None | str | Unset
        if isinstance(self.fulfillment_type, Unset):
            fulfillment_type = UNSET
        else:
            fulfillment_type = self.fulfillment_type

        fulfillment_value: None | str | Unset
        if isinstance(self.fulfillment_value, Unset):
            fulfillment_value = UNSET
        else:
            fulfillment_value = self.fulfillment_value

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if subscribers_count is not UNSET:
            field_dict["subscribers_count"] = subscribers_count
        if fulfillment_type is not UNSET:
            field_dict["fulfillment_type"] = fulfillment_type
        if fulfillment_value is not UNSET:
            field_dict["fulfillment_value"] = fulfillment_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        name = d["name"]

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        newsletter_reward_create = new_model(cls)
        newsletter_reward_create.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            name,
            d["description"],
            d["subscribers_count"],
            d["fulfillment_type"],
            d["fulfillment_value"],
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 5:
            newsletter_reward_create._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return newsletter_reward_create

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
