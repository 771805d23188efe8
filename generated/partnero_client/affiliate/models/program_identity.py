from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramIdentity")


@_attrs_define
class ProgramIdentity:
    """Who the program is. Dates are plain dates; the legacy overview leaves out id, public_id
    and website.

    """

    type_: str
    """ Program type: `Affiliate`.
     """
    name: str
    id: int | Unset = UNSET
    """ Internal numeric id. """
    public_id: str | Unset = UNSET
    """ Public program id, as used by the tracking script. """
    website: None | str | Unset = UNSET
    initial: str | Unset = UNSET
    """ Short initials shown as the program's avatar. """
    created_at: datetime.date | Unset = UNSET
    last_edited: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        id = self.id

        public_id = self.public_id

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        initial = self.initial

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        last_edited: str | Unset = UNSET
        if not isinstance(self.last_edited, Unset):
            last_edited = self.last_edited.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if public_id is not UNSET:
            field_dict["public_id"] = public_id
        if website is not UNSET:
            field_dict["website"] = website
        if initial is not UNSET:
            field_dict["initial"] = initial
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_edited is not UNSET:
            field_dict["last_edited"] = last_edited

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        name = d.pop("name")

        id = d.pop("id", UNSET)

        public_id = d.pop("public_id", UNSET)

        website: None | str | Unset = d.pop("website", UNSET)

        initial = d.pop("initial", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.date | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.date.fromisoformat(_created_at)

        _last_edited = d.pop("last_edited", UNSET)
        last_edited: datetime.date | Unset
        if isinstance(_last_edited, Unset):
            last_edited = UNSET
        else:
            last_edited = datetime.date.fromisoformat(_last_edited)

        program_identity = cls(
            type_=type_,
            name=name,
            id=id,
            public_id=public_id,
            website=website,
            initial=initial,
            created_at=created_at,
            last_edited=last_edited,
        )

        program_identity.additional_properties = d
        return program_identity

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
