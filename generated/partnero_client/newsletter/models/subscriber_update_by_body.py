from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscriber_changes import SubscriberChanges


T = TypeVar("T", bound="SubscriberUpdateByBody")


@_attrs_define
class SubscriberUpdateByBody:
    """Changes to the subscriber named by `id` or `email`."""

    update: SubscriberChanges
    """ Subscriber fields to change; fields left out (or null) keep their value. """
    id: None | str | Unset = UNSET
    """ The subscriber's id (an e-mail address works too).
     """
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update = self.update.to_dict()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "update": update,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        update = SubscriberChanges.from_dict(d.pop("update"))

        id: None | str | Unset = d.pop("id", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        subscriber_update_by_body = cls(
            update=update,
            id=id,
            email=email,
        )

        subscriber_update_by_body.additional_properties = d
        return subscriber_update_by_body

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
from ..models.subscriber_changes import SubscriberChanges
