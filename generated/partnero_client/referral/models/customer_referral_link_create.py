from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_referral_link_owner import CustomerReferralLinkOwner


T = TypeVar("T", bound="CustomerReferralLinkCreate")


@_attrs_define
class CustomerReferralLinkCreate:
    """An extra referral link for an existing customer."""

    key: str
    """ Token for the link URL, unique among the program's customer links. """
    customer: CustomerReferralLinkOwner
    """ Names the customer who owns the link, by `id`, `key` or `email`. """
    domain_id: int | None | Unset = UNSET
    """ Link domain; null for the program's default domain.
     """
    is_additional: bool | None | Unset = UNSET
    """ Whether the link is an extra one beside the default link; false when left out.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        customer = self.customer.to_dict()

        domain_id: int | None | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        else:
            domain_id = self.domain_id

        is_additional: bool | None | Unset
        if isinstance(self.is_additional, Unset):
            is_additional = UNSET
        else:
            is_additional = self.is_additional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "customer": customer,
            }
        )
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if is_additional is not UNSET:
            field_dict["is_additional"] = is_additional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        customer = CustomerReferralLinkOwner.from_dict(d.pop("customer"))

        domain_id: int | None | Unset = d.pop("domain_id", UNSET)

        is_additional: bool | None | Unset = d.pop("is_additional", UNSET)

        customer_referral_link_create = cls(
            key=key,
            customer=customer,
            domain_id=domain_id,
            is_additional=is_additional,
        )

        customer_referral_link_create.additional_properties = d
        return customer_referral_link_create

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
from ..models.customer_referral_link_owner import CustomerReferralLinkOwner
