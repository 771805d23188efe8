"""Referral links of refer-a-friend customers (spec tag customer-referral-links).

Create answers 200: unlike the partner twin, the docs do not label it 201.
"""

from __future__ import annotations

from ...domain import customer_referral_links, referral_links
from ...domain.lookups.customers import find_customer
from ...domain.lookups.referral_links import get_link, search_links
from ..context import Ctx
from ..pagination import ordered, paginated
from ..replies import Reply, done, ok
from ..routing import REFERRAL, RouteTable
from ..views import customer_referral_links as views


def register(table: RouteTable) -> None:
    add = table.add
    add("POST", "/v1/customer_referral_links", "createCustomerReferralLink", create_customer_link, REFERRAL)
    add(
        "GET",
        "/v1/customer_referral_links/{id}",
        "getCustomerReferralLink",
        handle_get_customer_link,
        REFERRAL,
    )
    add(
        "PUT",
        "/v1/customer_referral_links/{id}",
        "updateCustomerReferralLink",
        update_customer_link,
        REFERRAL,
    )
    add(
        "DELETE",
        "/v1/customer_referral_links/{id}",
        "deleteCustomerReferralLink",
        delete_customer_link,
        REFERRAL,
    )
    add(
        "GET",
        "/v1/customer_referral_links:search",
        "searchCustomerReferralLinks",
        handle_search_customer_links,
        REFERRAL,
    )


def create_customer_link(ctx: Ctx) -> Reply:
    link = customer_referral_links.create_link(ctx.program, ctx.data)
    return ok(views.link(ctx.program, link))


def handle_get_customer_link(ctx: Ctx) -> Reply:
    link = get_link(ctx.program.customer_links, ctx.path_param("id"))
    return ok(views.link(ctx.program, link))


def update_customer_link(ctx: Ctx) -> Reply:
    link = get_link(ctx.program.customer_links, ctx.path_param("id"))
    customer_referral_links.update_link(ctx.program, link, ctx.data)
    return ok(views.link(ctx.program, link))


def delete_customer_link(ctx: Ctx) -> Reply:
    referral_links.delete_link(
        ctx.program.customer_links, get_link(ctx.program.customer_links, ctx.path_param("id"))
    )
    return done()


def handle_search_customer_links(ctx: Ctx) -> Reply:
    customer_id = ctx.text("customer.id", "customer_id")
    owner = None if customer_id is None else find_customer(ctx.program, customer_id=customer_id)
    if customer_id is not None and owner is None:
        found = []  # links of a customer the program does not have
    else:
        found = search_links(
            ctx.program.customer_links,
            link_id=ctx.text("id"),
            key=ctx.text("key"),
            owner_id=None if owner is None else owner.uid,
        )
    return paginated(ctx, ordered(ctx, found), lambda link: views.link(ctx.program, link))
