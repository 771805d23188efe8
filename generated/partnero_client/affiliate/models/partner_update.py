from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_changes import PartnerChanges


T = TypeVar("T", bound="PartnerUpdate")


@_attrs_define
class PartnerUpdate:
    """Changes to a partner named in the path. The documented form wraps them in `update`; Partnero
    also takes them as top-level fields.

    """

    update: PartnerChanges | Unset = UNSET
    """ Fields to change on a partner; fields left out (or null) keep their value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update: dict[str, Any] | Unset = UNSET
        if not isinstance(self.update, Unset):
            update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if update is not UNSET:
            field_dict["update"] = update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _update = d.pop("update", UNSET)
        update: PartnerChanges | Unset
        if isinstance(_update, Unset):
            update = UNSET
        else:
            update = PartnerChanges.from_dict(_update)

        partner_update = cls(
            update=update,
        )

        partner_update.additional_properties = d
        return partner_update

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
from ..models.partner_changes import PartnerChanges
