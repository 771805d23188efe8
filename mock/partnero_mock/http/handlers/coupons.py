"""Coupon and promotion-code routes, with their unusual documented envelopes.

* coupon create/update: ``data``, ``status``, ``message`` and three ``synchronization_*`` fields;
* promotion-code update: ``data``, ``status`` and ``message``;
* promotion-code delete: ``{"data": {"status": 1, "message": ...}}`` with no top-level status.

Creates answer 200. Promotion-code lists use limits 10-100 with default 10: the two doc revisions
disagree (1-250/15 vs 10-100/10) and the 10-100 revision carries the newer fields, so it is taken as
the current one. Coupon lists follow the general 1-250/15.
"""

from __future__ import annotations

from typing import Any

from ...domain import coupons
from ...domain.lookups.promotion_codes import codes_of
from ...domain.records.coupons import Coupon
from ..context import Ctx
from ..pagination import ordered, paginated
from ..replies import Reply, ok
from ..routing import AFFILIATE, RouteTable
from ..views import coupons as views
from ..views import promotion_codes as code_views


def register(table: RouteTable) -> None:
    add = table.add
    add("GET", "/v1/coupons", "listCoupons", list_coupons, AFFILIATE)
    add("POST", "/v1/coupons", "createCoupon", create_coupon, AFFILIATE)
    add("PUT", "/v1/coupons", "updateCoupon", update_coupon, AFFILIATE)


def _with_sync_fields(data: Any, message: str) -> Reply:
    reply = ok(data)
    reply.payload.update(
        {
            "message": message,
            "synchronization_enabled": False,
            "synchronization_successful": False,
            "synchronization_message": "",
        }
    )
    return reply


def list_coupons(ctx: Ctx) -> Reply:
    items = ordered(ctx, ctx.program.coupons.all())
    return paginated(ctx, items, lambda c: views.coupon(c, codes=_codes(ctx, c)))


def create_coupon(ctx: Ctx) -> Reply:
    coupon = coupons.create_coupon(ctx.program, ctx.data)
    return _with_sync_fields(views.coupon(coupon), "Coupon created in the app successfully.")


def update_coupon(ctx: Ctx) -> Reply:
    coupon = coupons.update_coupon(ctx.program, ctx.data)
    return _with_sync_fields(views.coupon(coupon), "Coupon updated in the app successfully.")


def _codes(ctx: Ctx, coupon: Coupon) -> list[dict[str, Any]]:
    return [code_views.promotion_code(ctx.program, code) for code in codes_of(ctx.program, coupon)]
