from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.affiliate_program_stats_partner_activity import AffiliateProgramStatsPartnerActivity
    from ..models.affiliate_program_stats_rewards_breakdown import AffiliateProgramStatsRewardsBreakdown
    from ..models.program_money_by_currency import ProgramMoneyByCurrency


T = TypeVar("T", bound="AffiliateProgramStats")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "total_partners": UNSET,
    "total_partners_growth": UNSET,
    "total_purchases": UNSET,
    "total_purchases_growth": UNSET,
    "total_signups": UNSET,
    "total_signups_growth": UNSET,
    "total_paid_accounts": UNSET,
    "total_paid_accounts_growth": UNSET,
    "total_reward": UNSET,
    "total_reward_growth": UNSET,
    "total_revenue": UNSET,
    "total_revenue_growth": UNSET,
    "average_order_value": UNSET,
    "average_order_value_growth": UNSET,
    "affiliate_referred_visitors_clicks": UNSET,
    "click_to_signup_conversion": UNSET,
    "click_to_signup_conversion_growth": UNSET,
    "signup_to_sale_conversion": UNSET,
    "signup_to_sale_conversion_growth": UNSET,
    "total_paid": UNSET,
    "total_pending": UNSET,
    "net_profit": UNSET,
    "net_profit_growth": UNSET,
    "net_profit_formatted": UNSET,
    "rewards_breakdown": UNSET,
    "partner_activity": UNSET,
    "payout_status_breakdown": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "total_partners",
        "total_partners_growth",
        "total_purchases",
        "total_purchases_growth",
        "total_signups",
        "total_signups_growth",
        "total_paid_accounts",
        "total_paid_accounts_growth",
        "total_reward",
        "total_reward_growth",
        "total_revenue",
        "total_revenue_growth",
        "average_order_value",
        "average_order_value_growth",
        "affiliate_referred_visitors_clicks",
        "click_to_signup_conversion",
        "click_to_signup_conversion_growth",
        "signup_to_sale_conversion",
        "signup_to_sale_conversion_growth",
        "total_paid",
        "total_pending",
        "net_profit",
        "net_profit_growth",
        "net_profit_formatted",
        "rewards_breakdown",
        "partner_activity",
        "payout_status_breakdown",
    }
)


@_attrs_define(repr=False)
class AffiliateProgramStats(Model):
    """Affiliate program figures. Counters and conversion rates come back as strings, money
    totals as display strings by currency; `*_growth` compares with the previous period.

    """

    total_partners: str | Unset = UNSET
    total_partners_growth: float | Unset = UNSET
    total_purchases: str | Unset = UNSET
    total_purchases_growth: float | Unset = UNSET
    total_signups: str | Unset = UNSET
    total_signups_growth: float | Unset = UNSET
    total_paid_accounts: str | Unset = UNSET
    total_paid_accounts_growth: float | Unset = UNSET
    total_reward: ProgramMoneyByCurrency | Unset = UNSET
    """ Display amounts keyed by lower-case currency code, such as `{"usd": "$337.47"}`. """
    total_reward_growth: float | Unset = UNSET
    total_revenue: ProgramMoneyByCurrency | Unset = UNSET
    """ Display amounts keyed by lower-case currency code, such as `{"usd": "$337.47"}`. """
    total_revenue_growth: float | Unset = UNSET
    average_order_value: ProgramMoneyByCurrency | Unset = UNSET
    """ Display amounts keyed by lower-case currency code, such as `{"usd": "$337.47"}`. """
    average_order_value_growth: float | Unset = UNSET
    affiliate_referred_visitors_clicks: str | Unset = UNSET
    click_to_signup_conversion: str | Unset = UNSET
    click_to_signup_conversion_growth: float | Unset = UNSET
    signup_to_sale_conversion: str | Unset = UNSET
    signup_to_sale_conversion_growth: float | Unset = UNSET
    total_paid: list[Any] | Unset = UNSET
    """ Commissions paid out, per currency. """
    total_pending: list[Any] | Unset = UNSET
    """ Commissions not yet paid, per currency. """
    net_profit: float | Unset = UNSET
    """ Revenue minus commissions, in the program currency. """
    net_profit_growth: float | Unset = UNSET
    net_profit_formatted: str | Unset = UNSET
    rewards_breakdown: AffiliateProgramStatsRewardsBreakdown | Unset = UNSET
    """ Commission totals split into unclaimed, in review and paid. """
    partner_activity: AffiliateProgramStatsPartnerActivity | Unset = UNSET
    """ Partner counts by status. """
    payout_status_breakdown: Any | Unset = UNSET
    """ Payout request counts by status. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        total_partners = self.total_partners

        total_partners_growth = self.total_partners_growth

        total_purchases = self.total_purchases

        total_purchases_growth = self.total_purchases_growth

        total_signups = self.total_signups

        total_signups_growth = self.total_signups_growth

        total_paid_accounts = self.total_paid_accounts

        total_paid_accounts_growth = self.total_paid_accounts_growth

        total_reward: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_reward, Unset):
            total_reward = self.total_reward.to_dict()

        total_reward_growth = self.total_reward_growth

        total_revenue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_revenue, Unset):
            total_revenue = self.total_revenue.to_dict()

        total_revenue_growth = self.total_revenue_growth

        average_order_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.average_order_value, Unset):
            average_order_value = self.average_order_value.to_dict()

        average_order_value_growth = self.average_order_value_growth

        affiliate_referred_visitors_clicks = self.affiliate_referred_visitors_clicks

        click_to_signup_conversion = self.click_to_signup_conversion

        click_to_signup_conversion_growth = self.click_to_signup_conversion_growth

        signup_to_sale_conversion = self.signup_to_sale_conversion

        signup_to_sale_conversion_growth = self.signup_to_sale_conversion_growth

        total_paid: list[Any] | Unset = UNSET
        if not isinstance(self.total_paid, Unset):
            total_paid = self.total_paid

        total_pending: list[Any] | Unset = UNSET
        if not isinstance(self.total_pending, Unset):
            total_pending = self.total_pending

        net_profit = self.net_profit

        net_profit_growth = self.net_profit_growth

        net_profit_formatted = self.net_profit_formatted

        rewards_breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rewards_breakdown, Unset):
            rewards_breakdown = self.rewards_breakdown.to_dict()

        partner_activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_activity, Unset):
            partner_activity = self.partner_activity.to_dict()

        payout_status_breakdown = self.payout_status_breakdown

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if total_partners is not UNSET:
            field_dict["total_partners"] = total_partners
        if total_partners_growth is not UNSET:
            field_dict["total_partners_growth"] = total_partners_growth
        if total_purchases is not UNSET:
            field_dict["total_purchases"] = total_purchases
        if total_purchases_growth is not UNSET:
            field_dict["total_purchases_growth"] = total_purchases_growth
        if total_signups is not UNSET:
            field_dict["total_signups"] = total_signups
        if total_signups_growth is not UNSET:
            field_dict["total_signups_growth"] = total_signups_growth
        if total_paid_accounts is not UNSET:
            field_dict["total_paid_accounts"] = total_paid_accounts
        if total_paid_accounts_growth is not UNSET:
            field_dict["total_paid_accounts_growth"] = total_paid_accounts_growth
        if total_reward is not UNSET:
            field_dict["total_reward"] = total_reward
        if total_reward_growth is not UNSET:
            field_dict["total_reward_growth"] = total_reward_growth
        if total_revenue is not UNSET:
            field_dict["total_revenue"] = total_revenue
        if total_revenue_growth is not UNSET:
            field_dict["total_revenue_growth"] = total_revenue_growth
        if average_order_value is not UNSET:
            field_dict["average_order_value"] = average_order_value
        if average_order_value_growth is not UNSET:
            field_dict["average_order_value_growth"] = average_order_value_growth
        if affiliate_referred_visitors_clicks is not UNSET:
            field_dict["affiliate_referred_visitors_clicks"] = affiliate_referred_visitors_clicks
        if click_to_signup_conversion is not UNSET:
            field_dict["click_to_signup_conversion"] = click_to_signup_conversion
        if click_to_signup_conversion_growth is not UNSET:
            field_dict["click_to_signup_conversion_growth"] = click_to_signup_conversion_growth
        if signup_to_sale_conversion is not UNSET:
            field_dict["signup_to_sale_conversion"] = signup_to_sale_conversion
        if signup_to_sale_conversion_growth is not UNSET:
            field_dict["signup_to_sale_conversion_growth"] = signup_to_sale_conversion_growth
        if total_paid is not UNSET:
            field_dict["total_paid"] = total_paid
        if total_pending is not UNSET:
            field_dict["total_pending"] = total_pending
        if net_profit is not UNSET:
            field_dict["net_profit"] = net_profit
        if net_profit_growth is not UNSET:
            field_dict["net_profit_growth"] = net_profit_growth
        if net_profit_formatted is not UNSET:
            field_dict["net_profit_formatted"] = net_profit_formatted
        if rewards_breakdown is not UNSET:
            field_dict["rewards_breakdown"] = rewards_breakdown
        if partner_activity is not UNSET:
            field_dict["partner_activity"] = partner_activity
        if payout_status_breakdown is not UNSET:
            field_dict["payout_status_breakdown"] = payout_status_breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        _total_reward = d["total_reward"]
        total_reward: ProgramMoneyByCurrency | Unset = (
            UNSET if _total_reward is UNSET else ProgramMoneyByCurrency.from_dict(_total_reward)
        )

        _total_revenue = d["total_revenue"]
        total_revenue: ProgramMoneyByCurrency | Unset = (
            UNSET if _total_revenue is UNSET else ProgramMoneyByCurrency.from_dict(_total_revenue)
        )

        _average_order_value = d["average_order_value"]
        average_order_value: ProgramMoneyByCurrency | Unset = (
            UNSET if _average_order_value is UNSET else ProgramMoneyByCurrency.from_dict(_average_order_value)
        )

        _rewards_breakdown = d["rewards_breakdown"]
        rewards_breakdown: AffiliateProgramStatsRewardsBreakdown | Unset = (
            UNSET
            if _rewards_breakdown is UNSET
            else AffiliateProgramStatsRewardsBreakdown.from_dict(_rewards_breakdown)
        )

        _partner_activity = d["partner_activity"]
        partner_activity: AffiliateProgramStatsPartnerActivity | Unset = (
            UNSET
            if _partner_activity is UNSET
            else AffiliateProgramStatsPartnerActivity.from_dict(_partner_activity)
        )

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        affiliate_program_stats = new_model(cls)
        affiliate_program_stats.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            d["total_partners"],
            d["total_partners_growth"],
            d["total_purchases"],
            d["total_purchases_growth"],
            d["total_signups"],
            d["total_signups_growth"],
            d["total_paid_accounts"],
            d["total_paid_accounts_growth"],
            total_reward,
            d["total_reward_growth"],
            total_revenue,
            d["total_revenue_growth"],
            average_order_value,
            d["average_order_value_growth"],
            d["affiliate_referred_visitors_clicks"],
            d["click_to_signup_conversion"],
            d["click_to_signup_conversion_growth"],
            d["signup_to_sale_conversion"],
            d["signup_to_sale_conversion_growth"],
            d["total_paid"],
            d["total_pending"],
            d["net_profit"],
            d["net_profit_growth"],
            d["net_profit_formatted"],
            rewards_breakdown,
            partner_activity,
            d["payout_status_breakdown"],
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 27:
            affiliate_program_stats._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return affiliate_program_stats

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
from ..models.affiliate_program_stats_partner_activity import AffiliateProgramStatsPartnerActivity
from ..models.affiliate_program_stats_rewards_breakdown import AffiliateProgramStatsRewardsBreakdown
from ..models.program_money_by_currency import ProgramMoneyByCurrency
