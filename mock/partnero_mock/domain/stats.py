"""Figures derived from the records: partner statistics and program overviews.

Computed on every read, so they always follow the data. Growth figures compare with an earlier
period the mock does not have; they are always 0 and the ``*_before`` values equal the current
ones. Clicks are not tracked (no browser script runs against the mock), so click counts are 0.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .lookups.customers import customer_referrals
from .lookups.rewards import rewards_of_partner, totals_by_currency
from .lookups.subscribers import subscriber_referrals
from .lookups.transactions import live_transactions
from .records.partners import Partner, PartnerStatus
from .records.payout_requests import STATUSES
from .records.rewards import RewardStatus

if TYPE_CHECKING:
    from .program import Program

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def money(amount: float, currency: str) -> str:
    """A formatted amount as the program statistics show it, e.g. ``$337.47``."""
    symbol = _SYMBOLS.get(currency.upper())
    sign = "-" if amount < 0 else ""
    if symbol:
        return f"{sign}{symbol}{abs(amount):,.2f}"
    return f"{sign}{abs(amount):,.2f} {currency.upper()}"


def formatted_by_currency(totals: dict[str, float]) -> dict[str, str]:
    return {currency.lower(): money(amount, currency) for currency, amount in totals.items()}


def money_list(totals: dict[str, float]) -> list[dict[str, Any]]:
    return [{"currency": currency, "amount": amount} for currency, amount in totals.items()]


def _sum_by_currency(items: list[tuple[str, float]]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for currency, amount in items:
        totals[currency] = round(totals.get(currency, 0.0) + amount, 6)
    return totals


@dataclass
class PartnerFigures:
    clicks: int = 0
    signups: int = 0
    sales_count: int = 0
    paid_accounts: int = 0
    revenue: dict[str, float] = field(default_factory=dict)
    paid: float = 0.0
    pending: dict[str, float] = field(default_factory=dict)
    not_paid: dict[str, float] = field(default_factory=dict)


def signups(program: Program, partner: Partner) -> int:
    """Customers credited to the partner (the partner's ``referrals_count``)."""
    return len(program.customers.group("partner", partner.id))


def partner_figures(program: Program, partner: Partner) -> PartnerFigures:
    figures = PartnerFigures()
    earned = [r for r in rewards_of_partner(program, partner.id) if r.live]
    figures.paid = float(round(sum(r.amount for r in earned if r.paid and r.is_currency), 6))
    figures.pending = totals_by_currency([r for r in earned if r.status == RewardStatus.IN_REVIEW])
    figures.not_paid = totals_by_currency(
        [r for r in earned if r.status == RewardStatus.APPROVED and not r.paid]
    )
    sales = [t for t in program.transactions.group("partner", partner.id) if not t.archived]
    figures.signups = signups(program, partner)
    figures.sales_count = len(sales)
    figures.paid_accounts = len({sale.customer_uid for sale in sales})
    figures.revenue = _sum_by_currency([(sale.amount_units, sale.amount) for sale in sales])
    return figures


# -- affiliate program ------------------------------------------------------------------------------


def affiliate_stats(program: Program) -> dict[str, Any]:
    sales = live_transactions(program)
    live_rewards = [r for r in program.rewards if r.live and r.is_currency]
    revenue = _sum_by_currency([(t.amount_units, t.amount) for t in sales])
    reward_totals = totals_by_currency(live_rewards)
    paid = totals_by_currency([r for r in live_rewards if r.paid])
    pending = totals_by_currency([r for r in live_rewards if not r.paid])
    currency = program.settings.currency
    net_profit = round(revenue.get(currency, 0.0) - reward_totals.get(currency, 0.0), 6)
    signups = len(program.customers)
    paying = len({t.customer_uid for t in sales})
    average = {
        c: round(total / max(1, sum(1 for t in sales if t.amount_units == c)), 2)
        for c, total in revenue.items()
    }
    partner_activity: dict[str, int] = {}
    for partner in program.partners:
        partner_activity[partner.status] = partner_activity.get(partner.status, 0) + 1
    payout_breakdown = {status: 0 for status in STATUSES}
    for payout in program.payouts:
        payout_breakdown[payout.status] = payout_breakdown.get(payout.status, 0) + 1
    return {
        "total_partners": str(len(program.partners)),
        "total_partners_growth": 0,
        "total_purchases": str(len(sales)),
        "total_purchases_growth": 0,
        "total_signups": str(signups),
        "total_signups_growth": 0,
        "total_paid_accounts": str(paying),
        "total_paid_accounts_growth": 0,
        "total_reward": formatted_by_currency(reward_totals),
        "total_reward_growth": 0,
        "total_revenue": formatted_by_currency(revenue),
        "total_revenue_growth": 0,
        "average_order_value": formatted_by_currency(average),
        "average_order_value_growth": 0,
        "affiliate_referred_visitors_clicks": "0",
        "affiliate_referred_visitors_clicks_growth": 0,
        "click_to_signup_conversion": "0",
        "click_to_signup_conversion_growth": 0,
        "signup_to_sale_conversion": str(round(paying / signups * 100, 2) if signups else 0),
        "signup_to_sale_conversion_growth": 0,
        "total_paid": money_list(paid),
        "total_pending": money_list(pending),
        "net_profit": net_profit,
        "net_profit_growth": 0,
        "net_profit_formatted": money(net_profit, currency),
        "rewards_breakdown": {
            "unclaimed": money_list(
                totals_by_currency(
                    [r for r in live_rewards if r.status == RewardStatus.APPROVED and not r.paid]
                )
            ),
            "in_review": money_list(
                totals_by_currency([r for r in live_rewards if r.status == RewardStatus.IN_REVIEW])
            ),
            "paid": money_list(paid),
        },
        "partner_activity": {
            "active": partner_activity.get(PartnerStatus.ACTIVE, 0),
            "archived": partner_activity.get(PartnerStatus.ARCHIVED, 0),
        },
        "payout_status_breakdown": payout_breakdown,
    }


# -- refer-a-friend program -------------------------------------------------------------------------


def referral_stats(program: Program) -> dict[str, Any]:
    every = program.customers.all()
    referring = [c for c in every if customer_referrals(program, c)]
    referred = [c for c in every if c.referring_customer_uid is not None]
    sales = live_transactions(program)
    participation = round(len(referring) / len(every) * 100) if every else 0
    figures: dict[str, Any] = {"active_rewards": sum(1 for r in program.rewards if r.live)}
    for name, value in (
        ("total_customers", len(every)),
        ("total_referring_customers", len(referring)),
        ("total_referred_customers", len(referred)),
        ("total_sales", len(sales)),
        ("participation", participation),
    ):
        figures[name] = value
        figures[f"{name}_before"] = value
        figures[f"{name}_growth"] = 0
    figures["total_revenue_from_sales"] = formatted_by_currency(
        _sum_by_currency([(t.amount_units, t.amount) for t in sales])
    )
    return figures


# -- newsletter program -----------------------------------------------------------------------------


def newsletter_stats(program: Program) -> dict[str, int]:
    every = program.subscribers.all()
    return {
        "total_subscribers": len(every),
        "total_referring": sum(1 for s in every if subscriber_referrals(program, s)),
        "total_referred": sum(1 for s in every if s.referrer_uid is not None),
    }
