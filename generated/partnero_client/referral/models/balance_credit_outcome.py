from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_credit_reward import BalanceCreditReward
    from ..models.balance_groups import BalanceGroups
    from ..models.referral_customer_summary import ReferralCustomerSummary


T = TypeVar("T", bound="BalanceCreditOutcome")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "credit": UNSET,
    "customer": UNSET,
    "balance": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "credit",
        "customer",
        "balance",
    }
)


@_attrs_define(repr=False)
class BalanceCreditOutcome(Model):
    """What a balance credit booked and the balance after it. No body is documented, so every
    field is optional.

    """

    credit: BalanceCreditReward | Unset = UNSET
    """ The reward a balance credit booked. """
    customer: ReferralCustomerSummary | Unset = UNSET
    """ A refer-a-friend customer as a referrer's list or balance shows it: with `id`, `key` or
    both.
     """
    balance: BalanceGroups | list[Any] | Unset = UNSET
    """ The balance after the credit, by kind; an empty list when it is nothing. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit, Unset):
            credit = self.credit.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        balance: dict[str, Any] | list[Any] | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        elif isinstance(self.balance, BalanceGroups):
            balance = self.balance.to_dict()
        else:
            balance = self.balance

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if credit is not UNSET:
            field_dict["credit"] = credit
        if customer is not UNSET:
            field_dict["customer"] = customer
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        _credit = d["credit"]
        credit: BalanceCreditReward | Unset = (
            UNSET if _credit is UNSET else BalanceCreditReward.from_dict(_credit)
        )

        _customer = d["customer"]
        customer: ReferralCustomerSummary | Unset = (
            UNSET if _customer is UNSET else ReferralCustomerSummary.from_dict(_customer)
        )

        def _parse_balance(data: object) -> BalanceGroups | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
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

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        balance_credit_outcome = new_model(cls)
        balance_credit_outcome.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            credit,
            customer,
            balance,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 3:
            balance_credit_outcome._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return balance_credit_outcome

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
from ..models.balance_credit_reward import BalanceCreditReward
from ..models.balance_groups import BalanceGroups
from ..models.referral_customer_summary import ReferralCustomerSummary
