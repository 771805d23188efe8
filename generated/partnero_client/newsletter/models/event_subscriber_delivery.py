from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, parse_datetime, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_subscriber_data import EventSubscriberData


T = TypeVar("T", bound="EventSubscriberDelivery")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "url": UNSET,
    "webhook_key": UNSET,
    "created_at": UNSET,
    "timestamp": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "event",
        "data",
        "url",
        "webhook_key",
        "created_at",
        "timestamp",
    }
)


@_attrs_define(repr=False)
class EventSubscriberDelivery(Model):
    """A webhook delivery. The current envelope carries `url`, `webhook_key` and `created_at`;
    an older one carries `timestamp` instead. Both occur, so all four are optional.

    """

    event: str
    """ The event name. Known values: subscriber.created, subscriber.updated, subscriber.deleted,
    subscriber.rewarded. """
    data: EventSubscriberData
    """ The newsletter subscriber concerned. Every field is optional. """
    url: str | Unset = UNSET
    """ The subscription URL the delivery was sent to. """
    webhook_key: str | Unset = UNSET
    """ Key of the subscription that caused the delivery. """
    created_at: datetime.datetime | Unset = UNSET
    """ ISO 8601 time in UTC with microseconds, such as 2025-04-30T16:44:13.000000Z. """
    timestamp: datetime.datetime | Unset = UNSET
    """ ISO 8601 time in UTC with microseconds, such as 2025-04-30T16:44:13.000000Z. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        data = self.data.to_dict()

        url = self.url

        webhook_key = self.webhook_key

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "event": event,
                "data": data,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if webhook_key is not UNSET:
            field_dict["webhook_key"] = webhook_key
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        event = d["event"]

        data = EventSubscriberData.from_dict(d["data"])

        _created_at = d["created_at"]
        created_at: datetime.datetime | Unset = UNSET if _created_at is UNSET else parse_datetime(_created_at)

        _timestamp = d["timestamp"]
        timestamp: datetime.datetime | Unset = UNSET if _timestamp is UNSET else parse_datetime(_timestamp)

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        event_subscriber_delivery = new_model(cls)
        event_subscriber_delivery.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            event,
            data,
            d["url"],
            d["webhook_key"],
            created_at,
            timestamp,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 6:
            event_subscriber_delivery._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return event_subscriber_delivery

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


# Related models are imported after the class rather than inside its methods (as the stock
# template does): they may import this module back, and an import inside from_dict runs on
# every call, which made parsing a page of partners several times slower.
from ..models.event_subscriber_data import EventSubscriberData
