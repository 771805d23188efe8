from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestKeyProgram")


@_attrs_define
class TestKeyProgram:
    """The key's program as the undocumented key test reports it."""

    pub_id: str | Unset = UNSET
    """ Public program id. """
    public_id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pub_id = self.pub_id

        public_id = self.public_id

        name = self.name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pub_id is not UNSET:
            field_dict["pub_id"] = pub_id
        if public_id is not UNSET:
            field_dict["public_id"] = public_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pub_id = d.pop("pub_id", UNSET)

        public_id = d.pop("public_id", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        test_key_program = cls(
            pub_id=pub_id,
            public_id=public_id,
            name=name,
            type_=type_,
        )

        test_key_program.additional_properties = d
        return test_key_program

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
