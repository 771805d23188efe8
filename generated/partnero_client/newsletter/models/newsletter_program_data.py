from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, parse_datetime, unknown_keys_eq
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsletterProgramData")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "name": UNSET,
    "esp_type_name": UNSET,
    "total_subscribers": UNSET,
    "total_referring": UNSET,
    "total_referred": UNSET,
    "created_at": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "esp_type",
        "name",
        "esp_type_name",
        "total_subscribers",
        "total_referring",
        "total_referred",
        "created_at",
    }
)


@_attrs_define(repr=False)
class NewsletterProgramData(Model):
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        id = d["id"]

        esp_type = d["esp_type"]

        _created_at = d["created_at"]
        created_at: datetime.datetime | Unset = UNSET if _created_at is UNSET else parse_datetime(_created_at)

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        newsletter_program_data = new_model(cls)
        newsletter_program_data.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            id,
            esp_type,
            d["name"],
            d["esp_type_name"],
            d["total_subscribers"],
            d["total_referring"],
            d["total_referred"],
            created_at,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 8:
            newsletter_program_data._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return newsletter_program_data

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
