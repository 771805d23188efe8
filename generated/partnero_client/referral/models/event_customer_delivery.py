from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_customer_data import EventCustomerData


T = TypeVar("T", bound="EventCustomerDelivery")


@_attrs_define
class EventCustomerDelivery:
    """A webhook delivery. The current envelope carries `url`, `webhook_key` and `created_at`;
    an older one carries `timestamp` instead. Both occur, so all four are optional.

    """

    event: str
    """ The event name. Known values: customer.created, customer.updated, customer.deleted, customer.credited,
    customer.rewarded. """
    data: EventCustomerData
    """ The customer concerned, shaped like the program type's customer. Every field is optional. """
    url: str | Unset = UNSET
    """ The subscription URL the delivery was sent to. """
    webhook_key: str | Unset = UNSET
    """ Key of the subscription that caused the delivery. """
    created_at: datetime.datetime | Unset = UNSET
    """ ISO 8601 time in UTC with microseconds, such as 2025-04-30T16:44:13.000000Z. """
    timestamp: datetime.datetime | Unset = UNSET
    """ ISO 8601 time in UTC with microseconds, such as 2025-04-30T16:44:13.000000Z. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
        d = dict(src_dict)
        event = d.pop("event")

        data = EventCustomerData.from_dict(d.pop("data"))

        url = d.pop("url", UNSET)

        webhook_key = d.pop("webhook_key", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        event_customer_delivery = cls(
            event=event,
            data=data,
            url=url,
            webhook_key=webhook_key,
            created_at=created_at,
            timestamp=timestamp,
        )

        event_customer_delivery.additional_properties = d
        return event_customer_delivery

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
from ..models.event_customer_data import EventCustomerData
