from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.affiliate_customer_changes import AffiliateCustomerChanges


T = TypeVar("T", bound="AffiliateCustomerUpdate")


@_attrs_define
class AffiliateCustomerUpdate:
    """Changes to an affiliate customer named in the path, wrapped in `update`."""

    update: AffiliateCustomerChanges
    """ Fields to change on an affiliate customer; fields left out (or null) keep their value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        update = AffiliateCustomerChanges.from_dict(d.pop("update"))

        affiliate_customer_update = cls(
            update=update,
        )

        affiliate_customer_update.additional_properties = d
        return affiliate_customer_update

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
from ..models.affiliate_customer_changes import AffiliateCustomerChanges
