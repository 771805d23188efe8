from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_groups import BalanceGroups
    from ..models.referral_customer_summary import ReferralCustomerSummary


T = TypeVar("T", bound="BalanceOfCustomer")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "customer": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "balance",
        "customer",
    }
)


@_attrs_define(repr=False)
class BalanceOfCustomer(Model):
    """A refer-a-friend customer with its reward balance."""

    balance: BalanceGroups | list[Any]
    """ The balance by kind; an empty list when the customer holds nothing yet. """
    customer: ReferralCustomerSummary | Unset = UNSET
    """ A refer-a-friend customer as a referrer's list or balance shows it: with `id`, `key` or
    both.
     """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        balance: dict[str, Any] | list[Any]
        if isinstance(self.balance, BalanceGroups):
            balance = self.balance.to_dict()
        else:
            balance = self.balance

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "balance": balance,
            }
        )
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}

        def _parse_balance(data: object) -> BalanceGroups | list[Any]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                balance_type_0 = BalanceGroups.from_dict(data)

                return balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            balance_type_1: list[Any] = data

            return balance_type_1

        balance = _parse_balance(d["balance"])

        _customer = d["customer"]
        customer: ReferralCustomerSummary | Unset = (
            UNSET if _customer is UNSET else ReferralCustomerSummary.from_dict(_customer)
        )

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        balance_of_customer = new_model(cls)
        balance_of_customer.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            balance,
            customer,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 2:
            balance_of_customer._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return balance_of_customer

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


# Related models are imported after the class rather than inside its methods (as the stock
# template does): they may import this module back, and an import inside from_dict runs on
# every call, which made parsing a page of partners several times slower.
from ..models.balance_groups import BalanceGroups
from ..models.referral_customer_summary import ReferralCustomerSummary
