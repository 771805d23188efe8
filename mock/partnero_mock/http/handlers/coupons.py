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

from ...domain import coupons, promotion_codes
from ...domain.lookups.promotion_codes import get_code
from ..context import Ctx
from ..pagination import PROMOTION_CODES, ordered, paginated
from ..replies import Reply, ok
from ..routing import AFFILIATE, RouteTable
from ..views import coupons as views


def register(table: RouteTable) -> None:
    add = table.add
    add("GET", "/v1/coupons", "listCoupons", list_coupons, AFFILIATE)
    add("POST", "/v1/coupons", "createCoupon", create_coupon, AFFILIATE)
    add("PUT", "/v1/coupons", "updateCoupon", update_coupon, AFFILIATE)
    add("GET", "/v1/promotion-codes", "listPromotionCodes", list_codes, AFFILIATE)
    add(
        "POST",
        "/v1/promotion-codes",
        "createPromotionCode",
        create_code,
        AFFILIATE,
        aliases=("/v1/promotion-code",),
    )
    add("PUT", "/v1/promotion-codes", "updatePromotionCode", update_code, AFFILIATE)
    add("DELETE", "/v1/promotion-codes", "deletePromotionCode", delete_code, AFFILIATE)
    add("GET", "/v1/promotion-codes/{code}", "getPromotionCode", handle_get_code, AFFILIATE)


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
    return paginated(ctx, items, lambda c: views.coupon(ctx.program, c, with_codes=True))


def create_coupon(ctx: Ctx) -> Reply:
    coupon = coupons.create_coupon(ctx.program, ctx.data)
    return _with_sync_fields(views.coupon(ctx.program, coupon), "Coupon created in the app successfully.")


def update_coupon(ctx: Ctx) -> Reply:
    coupon = coupons.update_coupon(ctx.program, ctx.data)
    return _with_sync_fields(views.coupon(ctx.program, coupon), "Coupon updated in the app successfully.")


def list_codes(ctx: Ctx) -> Reply:
    items = ordered(ctx, ctx.program.promotion_codes.all())
    return paginated(ctx, items, lambda code: views.promotion_code(ctx.program, code), PROMOTION_CODES)


def create_code(ctx: Ctx) -> Reply:
    code = promotion_codes.create_code(ctx.program, ctx.data)
    return ok(views.promotion_code(ctx.program, code, with_coupon=True))


def update_code(ctx: Ctx) -> Reply:
    code = promotion_codes.update_code(ctx.program, ctx.data)
    reply = ok(views.promotion_code(ctx.program, code))
    reply.payload["message"] = "Promotion code updated in the app successfully."
    return reply


def delete_code(ctx: Ctx) -> Reply:
    promotion_codes.delete_code(ctx.program, ctx.data)
    return Reply(200, {"data": {"status": 1, "message": "Promotion code deleted in the app successfully"}})


def handle_get_code(ctx: Ctx) -> Reply:
    code = get_code(ctx.program, ctx.path_param("code"))
    return ok(views.promotion_code(ctx.program, code, with_coupon=True))
