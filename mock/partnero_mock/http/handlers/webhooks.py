"""Webhook subscription routes (every program type). Creates answer 200.

The list is paginated with limits 10-100 (default 10) as documented, and answers the full page
envelope although the old example shows only ``data``: a superset a client can read either way.
"""

from __future__ import annotations

from ...domain import webhooks
from ...domain.lookups.webhooks import get_webhook
from ..context import Ctx
from ..pagination import WEBHOOKS, ordered, paginated
from ..replies import Reply, done, ok
from ..routing import ALL_PROGRAMS, RouteTable
from ..views import webhooks as views


def register(table: RouteTable) -> None:
    add = table.add
    add("GET", "/v1/webhooks", "listWebhooks", list_webhooks, ALL_PROGRAMS)
    add("POST", "/v1/webhooks", "createWebhook", create_webhook, ALL_PROGRAMS)
    add("GET", "/v1/webhooks/{key}", "getWebhook", handle_get_webhook, ALL_PROGRAMS)
    add("PUT", "/v1/webhooks/{key}", "updateWebhook", update_webhook, ALL_PROGRAMS)
    add("DELETE", "/v1/webhooks/{key}", "deleteWebhook", delete_webhook, ALL_PROGRAMS)


def list_webhooks(ctx: Ctx) -> Reply:
    items = ordered(ctx, ctx.program.webhooks.all())
    return paginated(ctx, items, lambda w: views.webhook(ctx.program, w), WEBHOOKS)


def create_webhook(ctx: Ctx) -> Reply:
    return ok(views.webhook(ctx.program, webhooks.create_webhook(ctx.program, ctx.data)))


def handle_get_webhook(ctx: Ctx) -> Reply:
    return ok(views.webhook(ctx.program, get_webhook(ctx.program, ctx.path_param("key"))))


def update_webhook(ctx: Ctx) -> Reply:
    webhook = get_webhook(ctx.program, ctx.path_param("key"))
    return ok(views.webhook(ctx.program, webhooks.update_webhook(ctx.program, webhook, ctx.data)))


def delete_webhook(ctx: Ctx) -> Reply:
    webhooks.delete_webhook(ctx.program, get_webhook(ctx.program, ctx.path_param("key")))
    return done()
