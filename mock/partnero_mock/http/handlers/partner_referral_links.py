"""Extra referral links of partners (affiliate) and customers (refer-a-friend), and link domains.

Partner link create answers 201 as labelled in the docs; the customer twin is unlabelled and
answers 200.
"""

from __future__ import annotations

from ...domain import partner_referral_links, referral_links
from ...domain.lookups.referral_links import get_link, search_links
from ..context import Ctx
from ..pagination import DOMAINS, ordered, paginated, unpaged
from ..replies import Reply, done, ok
from ..routing import AFFILIATE, RouteTable
from ..views import partner_referral_links as views


def register(table: RouteTable) -> None:
    add = table.add
    add("POST", "/v1/partner_referral_links", "createPartnerReferralLink", create_partner_link, AFFILIATE)
    add(
        "GET", "/v1/partner_referral_links/{id}", "getPartnerReferralLink", handle_get_partner_link, AFFILIATE
    )
    add("PUT", "/v1/partner_referral_links/{id}", "updatePartnerReferralLink", update_partner_link, AFFILIATE)
    add(
        "DELETE",
        "/v1/partner_referral_links/{id}",
        "deletePartnerReferralLink",
        delete_partner_link,
        AFFILIATE,
    )
    add("GET", "/v1/partner_referral_links:domains", "listReferralLinkDomains", list_domains, AFFILIATE)
    add(
        "GET",
        "/v1/partner_referral_links:search",
        "searchPartnerReferralLinks",
        handle_search_partner_links,
        AFFILIATE,
    )


# -- partner links ----------------------------------------------------------------------------------


def create_partner_link(ctx: Ctx) -> Reply:
    link = partner_referral_links.create_link(ctx.program, ctx.data)
    return ok(views.link(ctx.program, link), status=201)


def handle_get_partner_link(ctx: Ctx) -> Reply:
    link = get_link(ctx.program.partner_links, ctx.path_param("id"))
    return ok(views.link(ctx.program, link))


def update_partner_link(ctx: Ctx) -> Reply:
    link = get_link(ctx.program.partner_links, ctx.path_param("id"))
    partner_referral_links.update_link(ctx.program, link, ctx.data)
    return ok(views.link(ctx.program, link))


def delete_partner_link(ctx: Ctx) -> Reply:
    referral_links.delete_link(
        ctx.program.partner_links, get_link(ctx.program.partner_links, ctx.path_param("id"))
    )
    return done()


def list_domains(ctx: Ctx) -> Reply:
    program = ctx.program
    parameter = program.settings.referral_parameter
    entries = [(None, program.website, False)] + [(i, url, True) for i, url in program.extra_domains.items()]
    return unpaged(
        ctx,
        entries,
        lambda entry: {
            "id": entry[0],
            "domain": entry[1].split("://", 1)[-1],
            "url": f"{entry[1]}?{parameter}=",
            "is_additional": entry[2],
        },
        DOMAINS,
    )


def handle_search_partner_links(ctx: Ctx) -> Reply:
    found = search_links(ctx.program.partner_links, link_id=ctx.text("id"), key=ctx.text("key"))
    partner_id = ctx.text("partner.id", "partner_id")
    if partner_id is not None:
        found = [link for link in found if link.owner_id.casefold() == partner_id.casefold()]
    return paginated(ctx, ordered(ctx, found), lambda link: views.link(ctx.program, link))


# -- customer links ---------------------------------------------------------------------------------
