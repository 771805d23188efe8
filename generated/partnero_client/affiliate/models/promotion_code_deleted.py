from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.promotion_code_deleted_data import PromotionCodeDeletedData


T = TypeVar("T", bound="PromotionCodeDeleted")


@_attrs_define
class PromotionCodeDeleted:
    """Reply of promotion-code delete. Unlike elsewhere, `status` and `message` sit inside `data` and
    there is no top-level `status`.

    """

    data: PromotionCodeDeletedData
    """ Outcome of the delete. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = PromotionCodeDeletedData.from_dict(d.pop("data"))

        promotion_code_deleted = cls(
            data=data,
        )

        promotion_code_deleted.additional_properties = d
        return promotion_code_deleted

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
from ..models.promotion_code_deleted_data import PromotionCodeDeletedData
