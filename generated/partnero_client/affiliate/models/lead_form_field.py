from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LeadFormField")


@_attrs_define
class LeadFormField:
    """A custom field of the lead form."""

    id: int | Unset = UNSET
    """ Field id, the key of its answer in `cfields`. """
    type_: str | Unset = UNSET
    """ Known values: text, input, textarea, checkbox, radio, select, countries. """
    title: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    """ Static HTML of text fields. """
    description: None | str | Unset = UNSET
    required: bool | Unset = UNSET
    options: list[str] | Unset = UNSET
    """ Choices of checkbox, radio and select fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        required = self.required

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if text is not UNSET:
            field_dict["text"] = text
        if description is not UNSET:
            field_dict["description"] = description
        if required is not UNSET:
            field_dict["required"] = required
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        text: None | str | Unset = d.pop("text", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        required = d.pop("required", UNSET)

        options: list[str] | Unset = d.pop("options", UNSET)

        lead_form_field = cls(
            id=id,
            type_=type_,
            title=title,
            text=text,
            description=description,
            required=required,
            options=options,
        )

        lead_form_field.additional_properties = d
        return lead_form_field

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
