"""JSON shapes of partners and their referral links (new-docs examples, plus ``key``)."""

from __future__ import annotations

from typing import Any

from ...domain import stats
from ...domain.clock import format_timestamp
from ...domain.lookups.partners import referring_partner
from ...domain.lookups.referral_links import link_url, links_of
from ...domain.program import Program
from ...domain.records.partners import Partner


def summary(program: Program, partner: Partner) -> dict[str, Any]:
    """List item shape."""
    return {
        "email": partner.email,
        "created_at": format_timestamp(partner.created_at),
        "updated_at": format_timestamp(partner.updated_at),
        "id": partner.id,
        "key": partner.key,
        "name": partner.name,
        "surname": partner.surname,
        "approved": partner.approved,
        "status": partner.status,
        "custom_fields": [],
    }


def detail(program: Program, partner: Partner, *, with_figures: bool = False) -> dict[str, Any]:
    """Create/update shape; ``with_figures`` adds the statistics of the single-partner read."""
    links = links_of(program.partner_links, partner.id)
    urls = [link_url(program, link) for link in links]
    parent = referring_partner(program, partner)
    shaped = summary(program, partner)
    shaped.update(
        {
            "tos": partner.tos,
            "custom_fields": [],
            "referrals_count": stats.signups(program, partner),
            "tags": [{"value": tag} for tag in partner.tags],
            "referral_link": urls[0] if urls else None,
            "referral_links": urls,
            "referring_partner": None
            if parent is None
            else {"id": parent.id, "key": parent.key, "email": parent.email},
        }
    )
    if with_figures:
        figures = stats.partner_figures(program, partner)
        shaped["referrals"] = {
            "clicks": figures.clicks,
            "signups": figures.signups,
            "revenue": _money_list(figures.revenue),
            "sales_count": figures.sales_count,
            "paid_accounts": figures.paid_accounts,
        }
        shaped["commissions"] = {
            "paid": figures.paid,
            "pending": _money_list(figures.pending),
            "not_paid": _money_list(figures.not_paid),
        }
        shaped["custom_field_values"] = []
    return shaped


def _money_list(totals: dict[str, float]) -> list[dict[str, Any]]:
    return [{"currency": currency, "amount": amount} for currency, amount in totals.items()]
