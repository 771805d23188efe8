from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.promotion_code_coupon_reference import PromotionCodeCouponReference


T = TypeVar("T", bound="PromotionCodeDelete")


@_attrs_define
class PromotionCodeDelete:
    """Names the promotion code to delete and its parent coupon."""

    code: str
    coupon: PromotionCodeCouponReference
    """ The parent coupon of the code to delete. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        coupon = self.coupon.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "coupon": coupon,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        coupon = PromotionCodeCouponReference.from_dict(d.pop("coupon"))

        promotion_code_delete = cls(
            code=code,
            coupon=coupon,
        )

        promotion_code_delete.additional_properties = d
        return promotion_code_delete

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
from ..models.promotion_code_coupon_reference import PromotionCodeCouponReference
