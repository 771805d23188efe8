from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.legacy_customer_create_transaction_type_0 import LegacyCustomerCreateTransactionType0
    from ..models.legacy_customer_fields import LegacyCustomerFields
    from ..models.partner_reference import PartnerReference


T = TypeVar("T", bound="LegacyCustomerCreate")


@_attrs_define
class LegacyCustomerCreate:
    """A customer, its partner and an optional first transaction, as nested objects."""

    customer: LegacyCustomerFields
    """ Customer fields of the legacy routes. """
    partner: PartnerReference
    """ Names another partner by one of its identifiers; an empty object names none. """
    transaction: LegacyCustomerCreateTransactionType0 | None | Unset = UNSET
    """ An optional first transaction, with the fields of a transaction create. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        partner = self.partner.to_dict()

        transaction: dict[str, Any] | None | Unset
        if isinstance(self.transaction, Unset):
            transaction = UNSET
        elif isinstance(self.transaction, LegacyCustomerCreateTransactionType0):
            transaction = self.transaction.to_dict()
        else:
            transaction = self.transaction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
                "partner": partner,
            }
        )
        if transaction is not UNSET:
            field_dict["transaction"] = transaction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer = LegacyCustomerFields.from_dict(d.pop("customer"))

        partner = PartnerReference.from_dict(d.pop("partner"))

        def _parse_transaction(data: object) -> LegacyCustomerCreateTransactionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transaction_type_0 = LegacyCustomerCreateTransactionType0.from_dict(data)

                return transaction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LegacyCustomerCreateTransactionType0 | None | Unset, data)

        transaction = _parse_transaction(d.pop("transaction", UNSET))

        legacy_customer_create = cls(
            customer=customer,
            partner=partner,
            transaction=transaction,
        )

        legacy_customer_create.additional_properties = d
        return legacy_customer_create

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
from ..models.legacy_customer_create_transaction_type_0 import LegacyCustomerCreateTransactionType0
from ..models.legacy_customer_fields import LegacyCustomerFields
from ..models.partner_reference import PartnerReference
