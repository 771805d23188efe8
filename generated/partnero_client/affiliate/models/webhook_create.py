from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookCreate")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "key": UNSET,
    "is_active": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "url",
        "events",
        "key",
        "is_active",
    }
)


@_attrs_define(repr=False)
class WebhookCreate(Model):
    """A new subscription. Null and empty strings count as left out for the optional fields."""

    name: str
    """ A label for the subscription. """
    url: str
    """ Where deliveries are POSTed; HTTPS is recommended. """
    events: list[str]
    """ Event names (an open set; new names may appear): partner.created, partner.updated,
    partner.deleted, partner.approved, partner.rejected, partner.archived, customer.created,
    customer.updated, customer.deleted, transaction.created, transaction.updated,
    transaction.deleted, reward.created, reward.approved, reward.paid, lead.submitted,
    lead.converted, lead.rejected.
     """
    key: None | str | Unset = UNSET
    """ Your own key for the subscription; generated when left out. """
    is_active: bool | None | Unset = UNSET
    """ Whether deliveries are sent; true when left out. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        name = d["name"]

        url = d["url"]

        events = d["events"]

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        webhook_create = new_model(cls)
        webhook_create.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            name,
            url,
            events,
            d["key"],
            d["is_active"],
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 5:
            webhook_create._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return webhook_create

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
