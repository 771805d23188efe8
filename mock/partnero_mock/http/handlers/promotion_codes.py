"""Promotion codes of coupons (affiliate; spec tag promotion-codes). Lists use 10-100 limits."""

from __future__ import annotations

from ...domain import promotion_codes
from ...domain.lookups.promotion_codes import get_code
from ..context import Ctx
from ..pagination import PROMOTION_CODES, ordered, paginated
from ..replies import Reply, ok
from ..routing import AFFILIATE, RouteTable
from ..views import promotion_codes as views


def register(table: RouteTable) -> None:
    add = table.add
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
