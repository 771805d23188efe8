from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_amount import BalanceAmount
    from ..models.balance_groups import BalanceGroups
    from ..models.revenue_amount import RevenueAmount


T = TypeVar("T", bound="ReferralCustomerStats")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "referrals_count": UNSET,
    "referred_customers_with_purchases": UNSET,
    "purchases_count": UNSET,
    "revenue": UNSET,
    "rewards": UNSET,
    "balance": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "referrals_count",
        "referred_customers_with_purchases",
        "purchases_count",
        "revenue",
        "rewards",
        "balance",
    }
)


@_attrs_define(repr=False)
class ReferralCustomerStats(Model):
    """What one referring customer has brought in. The shape is not documented, so every field
    is optional; these are the figures a customer's referral record supports.

    """

    referrals_count: int | Unset = UNSET
    """ Customers this customer referred. """
    referred_customers_with_purchases: int | Unset = UNSET
    """ Referred customers who bought at least once. """
    purchases_count: int | Unset = UNSET
    """ Sales booked for the referred customers. """
    revenue: list[RevenueAmount] | Unset = UNSET
    """ What the referred customers spent, one item per currency. """
    rewards: list[BalanceAmount] | Unset = UNSET
    """ What this customer earned, one item per unit. """
    balance: BalanceGroups | list[Any] | Unset = UNSET
    """ What the customer holds now; an empty list when nothing yet. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        referrals_count = self.referrals_count

        referred_customers_with_purchases = self.referred_customers_with_purchases

        purchases_count = self.purchases_count

        revenue: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.revenue, Unset):
            revenue = []
            for revenue_item_data in self.revenue:
                revenue_item = revenue_item_data.to_dict()
                revenue.append(revenue_item)

        rewards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rewards, Unset):
            rewards = []
            for rewards_item_data in self.rewards:
                rewards_item = rewards_item_data.to_dict()
                rewards.append(rewards_item)

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
        if referrals_count is not UNSET:
            field_dict["referrals_count"] = referrals_count
        if referred_customers_with_purchases is not UNSET:
            field_dict["referred_customers_with_purchases"] = referred_customers_with_purchases
        if purchases_count is not UNSET:
            field_dict["purchases_count"] = purchases_count
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if rewards is not UNSET:
            field_dict["rewards"] = rewards
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        _revenue = d["revenue"]
        revenue: list[RevenueAmount] | Unset = UNSET
        if _revenue is not UNSET:
            _parse_revenue = RevenueAmount.from_dict
            revenue = [_parse_revenue(item) for item in _revenue]

        _rewards = d["rewards"]
        rewards: list[BalanceAmount] | Unset = UNSET
        if _rewards is not UNSET:
            _parse_rewards = BalanceAmount.from_dict
            rewards = [_parse_rewards(item) for item in _rewards]

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
        referral_customer_stats = new_model(cls)
        referral_customer_stats.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            d["referrals_count"],
            d["referred_customers_with_purchases"],
            d["purchases_count"],
            revenue,
            rewards,
            balance,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 6:
            referral_customer_stats._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return referral_customer_stats

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
from ..models.balance_amount import BalanceAmount
from ..models.balance_groups import BalanceGroups
from ..models.revenue_amount import RevenueAmount
