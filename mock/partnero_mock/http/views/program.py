"""The three layouts of ``GET /v1/program`` and the legacy overview.

Affiliate: ``{program, stats, program_settings, portal_settings}`` (new docs). Refer-a-friend: the
flat layout of the old docs, the only one ever shown for that type. Newsletter: a flat object.
"""

from __future__ import annotations

from typing import Any

from ...domain import stats
from ...domain.clock import format_date, format_timestamp
from ...domain.program import Program, ProgramType
from ...domain.program_admin import PORTAL_SWITCHES, PROGRAM_SWITCHES

_TYPE_TITLES = {
    ProgramType.AFFILIATE: "Affiliate",
    ProgramType.REFERRAL: "Referral",
    ProgramType.NEWSLETTER: "Newsletter",
}


def identity(program: Program) -> dict[str, Any]:
    return {
        "id": program.numeric_id,
        "public_id": program.public_id,
        "website": program.website,
        "initial": _initials(program.name),
        "type": _TYPE_TITLES[program.type],
        "name": program.name,
        "created_at": format_date(program.created_at),
        "last_edited": format_date(program.last_edited),
    }


def _initials(name: str) -> str:
    words = [word for word in name.split() if word]
    return "".join(word[0] for word in words[:2]).upper() or "P"


def commission_description(program: Program) -> str:
    settings = program.settings
    if settings.commission_type == "percent":
        return f"{settings.commission_value:g}% of every sale"
    return f"{stats.money(settings.commission_value, settings.currency)} per sale"


def program_settings(program: Program) -> dict[str, Any]:
    settings = program.settings
    flags = {name: settings.flags.get(name, True) for name in PROGRAM_SWITCHES["affiliate"]}
    return {
        "currency": settings.currency,
        "cookie_lifetime": str(settings.cookie_lifetime),
        "commission_description": commission_description(program),
        "commission_value": settings.commission_value,
        "commission_type": settings.commission_type,
        "has_multiple_commissions": False,
        "payout_threshold": settings.payout_threshold,
        **flags,
    }


def portal_settings(program: Program) -> dict[str, Any]:
    names = PORTAL_SWITCHES["affiliate" if program.is_affiliate else "referral"]
    return {name: program.settings.portal.get(name, not name.endswith("_disabled")) for name in names}


def program_data(program: Program) -> dict[str, Any]:
    if program.type is ProgramType.AFFILIATE:
        return {
            "program": identity(program),
            "stats": stats.affiliate_stats(program),
            "program_settings": program_settings(program),
            "portal_settings": portal_settings(program),
        }
    if program.type is ProgramType.REFERRAL:
        return {
            "program": identity(program),
            **stats.referral_stats(program),
            "overview_program_current_settings": {
                "partner_portal_url": program.portal_url(),
                "website_url": program.website,
            },
        }
    return {
        "id": program.public_id,
        "name": program.name,
        "esp_type": program.esp_type,
        "esp_type_name": program.esp_type.capitalize(),
        **stats.newsletter_stats(program),
        "created_at": format_timestamp(program.created_at),
    }


def overview(program: Program) -> dict[str, Any]:
    """The deprecated ``/v1/program/overview``."""
    if program.type is ProgramType.REFERRAL:
        short_identity = {
            k: v for k, v in identity(program).items() if k not in ("id", "public_id", "website")
        }
        return {"program": short_identity, **stats.referral_stats(program)}
    figures = stats.affiliate_stats(program)
    settings = program.settings
    return {
        "overview_program_current_settings": {
            "program_initials": _initials(program.name),
            "program_type_title": _TYPE_TITLES[program.type],
            "program_name": program.name,
            "partner_portal_url": program.portal_url(),
            "commission_description": commission_description(program),
            "cookie_lifetime": str(settings.cookie_lifetime),
            "payout_threshold": settings.payout_threshold,
            "currency": settings.currency,
        },
        **{
            name: figures[name]
            for name in (
                "total_partners",
                "total_partners_growth",
                "total_signups",
                "total_signups_growth",
                "total_paid_accounts",
                "total_paid_accounts_growth",
                "total_purchases",
                "total_purchases_growth",
                "total_revenue_growth",
                "total_reward_growth",
            )
        },
        "total_revenue": list(figures["total_revenue"].values()),
        "total_reward": list(figures["total_reward"].values()),
        "total_paid": figures["total_paid"],
    }


def test_reply(program: Program) -> dict[str, Any]:
    """``GET /v1/test``: no documented shape; the WordPress plugin reads ``data.program.pub_id``."""
    return {
        "program": {
            "id": program.numeric_id,
            "pub_id": program.public_id,
            "public_id": program.public_id,
            "name": program.name,
            "type": _TYPE_TITLES[program.type],
        }
    }
