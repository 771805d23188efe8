from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionCodeSubscriberTarget")


@_attrs_define
class PromotionCodeSubscriberTarget:
    """The subscriber a code is tied to; an empty object ties none."""

    id: None | str | Unset = UNSET
    """ Subscriber id. """
    subscriber_full_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        subscriber_full_name: None | str | Unset
        if isinstance(self.subscriber_full_name, Unset):
            subscriber_full_name = UNSET
        else:
            subscriber_full_name = self.subscriber_full_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if subscriber_full_name is not UNSET:
            field_dict["subscriber_full_name"] = subscriber_full_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        subscriber_full_name: None | str | Unset = d.pop("subscriber_full_name", UNSET)

        promotion_code_subscriber_target = cls(
            id=id,
            subscriber_full_name=subscriber_full_name,
        )

        promotion_code_subscriber_target.additional_properties = d
        return promotion_code_subscriber_target

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
