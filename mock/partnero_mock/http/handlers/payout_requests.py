"""Payout request routes (affiliate). Create answers 200. Lists use the general 1-250/15 limits;
only the n8n node states 10-100 for them, and it stays inside that range anyway.
"""

from __future__ import annotations

from ...domain import payout_requests
from ...domain.errors import ValidationFailed
from ...domain.lookups.partners import find_partner
from ...domain.lookups.payout_requests import get_payout, search_payouts
from ...domain.records.payout_requests import STATUSES
from ..context import Ctx
from ..pagination import ordered, paginated
from ..replies import Reply, ok
from ..routing import AFFILIATE, RouteTable
from ..views import payout_requests as views


def register(table: RouteTable) -> None:
    add = table.add
    add("GET", "/v1/payout_requests", "listPayoutRequests", list_payouts, AFFILIATE)
    add("POST", "/v1/payout_requests", "createPayoutRequest", create_payout, AFFILIATE)
    add("GET", "/v1/payout_requests/{id}", "getPayoutRequest", handle_get_payout, AFFILIATE)
    add("POST", "/v1/payout_requests/{id}/approve", "approvePayoutRequest", approve, AFFILIATE)
    add("POST", "/v1/payout_requests/{id}/mark_as_paid", "markPayoutRequestPaid", mark_as_paid, AFFILIATE)
    add("GET", "/v1/payout_requests:search", "searchPayoutRequests", search, AFFILIATE)


def list_payouts(ctx: Ctx) -> Reply:
    return paginated(ctx, ordered(ctx, ctx.program.payouts.all()), lambda p: views.payout(ctx.program, p))


def create_payout(ctx: Ctx) -> Reply:
    return ok(views.payout(ctx.program, payout_requests.open_request(ctx.program, ctx.data)))


def handle_get_payout(ctx: Ctx) -> Reply:
    return ok(views.payout(ctx.program, get_payout(ctx.program, ctx.path_param("id"))))


def approve(ctx: Ctx) -> Reply:
    payout = get_payout(ctx.program, ctx.path_param("id"))
    return ok(views.payout(ctx.program, payout_requests.approve(ctx.program, payout)))


def mark_as_paid(ctx: Ctx) -> Reply:
    payout = get_payout(ctx.program, ctx.path_param("id"))
    return ok(views.payout(ctx.program, payout_requests.mark_as_paid(ctx.program, payout)))


def search(ctx: Ctx) -> Reply:
    values = {}
    for canonical, spellings in {
        "amount_units": ("amount_units",),
        "status": ("status",),
        "partner_id": ("partner_id", "partner.id"),
        "partner_key": ("partner_key", "partner.key"),
        "partner_email": ("partner_email", "partner.email"),
    }.items():
        value = ctx.params.get(*spellings)
        if value is not None and not isinstance(value, str):
            raise ValidationFailed.single(canonical, f"The {canonical} must be a string.")
        values[canonical] = value
    if values["status"] is not None and values["status"] not in STATUSES:
        raise ValidationFailed.single("status", "The selected status is invalid.")
    partner_given = any(values[name] is not None for name in ("partner_id", "partner_key", "partner_email"))
    partner = find_partner(
        ctx.program, partner_id=values["partner_id"], key=values["partner_key"], email=values["partner_email"]
    )
    found = search_payouts(
        ctx.program,
        amount_units=values["amount_units"],
        status=values["status"],
        partner=partner,
        partner_given=partner_given,
    )
    return paginated(ctx, ordered(ctx, found), lambda p: views.payout(ctx.program, p))
