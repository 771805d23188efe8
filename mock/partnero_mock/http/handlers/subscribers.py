"""Newsletter program routes: subscribers and milestone rewards. Creates answer 200.

Subscriber lists use limits 10-250 (default 10) as documented and answer the full page envelope;
the reward list is documented without ``links``/``meta`` and answers ``data`` + ``status``.
"""

from __future__ import annotations

from ...domain import partners, subscribers
from ...domain.errors import ValidationFailed
from ...domain.lookups.subscribers import (
    locate_subscriber,
    search_subscribers,
    subscriber_at,
)
from ..context import Ctx
from ..pagination import SUBSCRIBERS, ordered, paginated
from ..replies import Reply, done, ok
from ..routing import NEWSLETTER, RouteTable
from ..views import subscribers as views


def register(table: RouteTable) -> None:
    add = table.add
    add("GET", "/v1/subscribers", "listSubscribers", list_subscribers, NEWSLETTER)
    add("POST", "/v1/subscribers", "createSubscriber", create_subscriber, NEWSLETTER)
    add("PUT", "/v1/subscribers", "updateSubscriberByBody", update_subscriber, NEWSLETTER)
    add("DELETE", "/v1/subscribers", "deleteSubscriberByBody", delete_subscriber, NEWSLETTER)
    add("GET", "/v1/subscribers/{id}", "getSubscriber", get_subscriber, NEWSLETTER)
    add("GET", "/v1/subscribers:search", "searchSubscribers", handle_search_subscribers, NEWSLETTER)


def list_subscribers(ctx: Ctx) -> Reply:
    """The list; ``email`` narrows it to that subscriber, as ``email`` does on the partner list."""
    items = ctx.program.subscribers.all()
    email = ctx.params.get("email")
    if email is not None:
        if not isinstance(email, str):
            raise ValidationFailed.single("email", "The email must be a string.")
        items = [s for s in items if s.email.casefold() == email.casefold()]
    status = ctx.params.get("refer_status")
    if status is not None:
        if status not in ("referred", "non_referred"):
            raise ValidationFailed.single("refer_status", "The selected refer status is invalid.")
        wanted = status == "referred"
        items = [s for s in items if (s.referrer_uid is not None) == wanted]
    return paginated(ctx, ordered(ctx, items), lambda s: views.subscriber(ctx.program, s), SUBSCRIBERS)


def create_subscriber(ctx: Ctx) -> Reply:
    return ok(views.subscriber(ctx.program, subscribers.create_subscriber(ctx.program, ctx.data)))


def update_subscriber(ctx: Ctx) -> Reply:
    # Only the wrapped form is known for subscribers (PHP SDK: {"update": {...}, "id": ...}; the
    # catalog marks `update` required for updateSubscriber, conventions.md section 13.2). The flat
    # form of the n8n node exists for partners and customers only, so a body without `update` is 422.
    if ctx.data.get("update") is None:
        raise ValidationFailed.single("update", "The update field is required.")
    subscriber = locate_subscriber(ctx.program, ctx.data)
    changes, prefix = partners.split_changes(ctx.data, locators=("id", "email"))
    subscribers.update_subscriber(ctx.program, subscriber, changes, prefix)
    return ok(views.subscriber(ctx.program, subscriber))


def delete_subscriber(ctx: Ctx) -> Reply:
    subscribers.delete_subscriber(ctx.program, locate_subscriber(ctx.program, ctx.data))
    return done()


def get_subscriber(ctx: Ctx) -> Reply:
    return ok(views.subscriber(ctx.program, subscriber_at(ctx.program, ctx.path_param("id"))))


def handle_search_subscribers(ctx: Ctx) -> Reply:
    criteria = {
        name: ctx.params.get(name) for name in ("id", "email", "name") if ctx.params.get(name) is not None
    }
    for name, value in criteria.items():
        if not isinstance(value, str):
            raise ValidationFailed.single(name, f"The {name} must be a string.")
    found = search_subscribers(ctx.program, criteria)
    return paginated(ctx, ordered(ctx, found), lambda s: views.subscriber(ctx.program, s), SUBSCRIBERS)
