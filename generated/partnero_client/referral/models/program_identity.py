from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramIdentity")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "id": UNSET,
    "public_id": UNSET,
    "website": UNSET,
    "initial": UNSET,
    "created_at": UNSET,
    "last_edited": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "id",
        "public_id",
        "website",
        "initial",
        "created_at",
        "last_edited",
    }
)


@_attrs_define(repr=False)
class ProgramIdentity(Model):
    """Who the program is. Dates are plain dates; the legacy overview leaves out id, public_id
    and website.

    """

    type_: str
    """ Program type: `Referral`.
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        type_ = d["type"]

        name = d["name"]

        _created_at = d["created_at"]
        created_at: datetime.date | Unset = (
            UNSET if _created_at is UNSET else datetime.date.fromisoformat(_created_at)
        )

        _last_edited = d["last_edited"]
        last_edited: datetime.date | Unset = (
            UNSET if _last_edited is UNSET else datetime.date.fromisoformat(_last_edited)
        )

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        program_identity = new_model(cls)
        program_identity.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            type_,
            name,
            d["id"],
            d["public_id"],
            d["website"],
            d["initial"],
            created_at,
            last_edited,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 8:
            program_identity._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return program_identity

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
