"""Affiliate partner routes.

Creates answer 200: the docs label no status on the partner create example, the conventions let the
mock choose, and 200 is what the research catalog records for unlabelled examples.
"""

from __future__ import annotations

from ...domain import cascades, partners, rewards
from ...domain.errors import ValidationFailed
from ...domain.lookups.partners import lookup_partner, partner_by_id, search_partners
from ...domain.lookups.referral_links import links_of
from ...domain.records.partners import Partner
from ..context import Ctx
from ..pagination import ordered, paginated, unpaged
from ..replies import Reply, done, ok
from ..routing import AFFILIATE, RouteTable
from ..views import partner_referral_links as link_views
from ..views import partners as views
from ..views import rewards as reward_views


def register(table: RouteTable) -> None:
    add = table.add
    add("GET", "/v1/partners", "listPartners", list_partners, AFFILIATE)
    add("POST", "/v1/partners", "createPartner", create_partner, AFFILIATE)
    add("PUT", "/v1/partners", "updatePartnerByBody", update_partner_by_body, AFFILIATE)
    add("DELETE", "/v1/partners", "deletePartnerByBody", delete_partner_by_body, AFFILIATE)
    add("GET", "/v1/partners/{id}", "getPartner", get_partner, AFFILIATE)
    add("PUT", "/v1/partners/{id}", "updatePartner", update_partner, AFFILIATE)
    add("DELETE", "/v1/partners/{id}", "deletePartner", delete_partner, AFFILIATE)
    add("POST", "/v1/partners/{id}/archive", "archivePartner", archive_partner, AFFILIATE)
    add("POST", "/v1/partners/{id}/revoke-archive", "restorePartner", restore_partner, AFFILIATE)
    add("GET", "/v1/partners/{id}/referral_links", "listPartnerReferralLinks", list_links, AFFILIATE)
    add("POST", "/v1/partners/{id}/reward", "addPartnerReward", add_reward, AFFILIATE)
    add("GET", "/v1/partners:search", "searchPartners", handle_search_partners, AFFILIATE)
    add("POST", "/v1/partners:sign-in-url", "createPartnerSignInUrl", sign_in_url, AFFILIATE)
    add("GET", "/v1/partner", "lookupPartner", handle_lookup_partner, AFFILIATE)


def _partner(ctx: Ctx) -> Partner:
    return partner_by_id(ctx.program, ctx.path_param("id"))


def _partner_in_body(ctx: Ctx) -> Partner:
    """The partner named by ``key`` or ``email`` (or ``id``) in the body of a collection route."""
    data = ctx.data
    if all(data.get(name) is None for name in ("key", "email", "id")):
        raise ValidationFailed(
            {
                "key": ["The key field is required when email is not present."],
                "email": ["The email field is required when key is not present."],
            }
        )
    return lookup_partner(
        ctx.program, partner_id=data.get("id"), key=data.get("key"), email=data.get("email")
    )


def list_partners(ctx: Ctx) -> Reply:
    """The list; ``email``/``key``/``id`` narrow it, because the PHP SDK looks a partner up by
    e-mail with ``GET /partners/`` and the e-mail in the body."""
    criteria = _criteria(ctx)
    items = ctx.program.partners.all()
    if any(value is not None for value in criteria.values()):
        items = [p for p in items if _matches_exactly(p, criteria)]
    return paginated(ctx, ordered(ctx, items), lambda p: views.summary(ctx.program, p))


def _criteria(ctx: Ctx) -> dict[str, str | None]:
    criteria = {name: ctx.params.get(name) for name in ("email", "key", "id")}
    for name, value in criteria.items():
        if value is not None and not isinstance(value, str):
            raise ValidationFailed.single(name, f"The {name} must be a string.")
    return criteria


def _matches_exactly(partner: Partner, criteria: dict[str, str | None]) -> bool:
    own = {"email": partner.email, "key": partner.key, "id": partner.id}
    return all(value is None or own[name].casefold() == value.casefold() for name, value in criteria.items())


def create_partner(ctx: Ctx) -> Reply:
    partner = partners.create_partner(ctx.program, ctx.data)
    return ok(views.detail(ctx.program, partner))


def get_partner(ctx: Ctx) -> Reply:
    return ok(views.detail(ctx.program, _partner(ctx), with_figures=True))


def update_partner(ctx: Ctx) -> Reply:
    partner = _partner(ctx)
    changes, prefix = partners.split_changes(ctx.data)
    partners.update_partner(ctx.program, partner, changes, prefix)
    return ok(views.detail(ctx.program, partner))


def update_partner_by_body(ctx: Ctx) -> Reply:
    partner = _partner_in_body(ctx)
    changes, prefix = partners.split_changes(ctx.data, locators=("key", "email", "id"))
    partners.update_partner(ctx.program, partner, changes, prefix)
    return ok(views.detail(ctx.program, partner))


def delete_partner(ctx: Ctx) -> Reply:
    cascades.delete_partner(ctx.program, _partner(ctx))
    return done()


def delete_partner_by_body(ctx: Ctx) -> Reply:
    cascades.delete_partner(ctx.program, _partner_in_body(ctx))
    return done()


def archive_partner(ctx: Ctx) -> Reply:
    partners.archive_partner(ctx.program, _partner(ctx))
    return done()


def restore_partner(ctx: Ctx) -> Reply:
    partners.restore_partner(ctx.program, _partner(ctx))
    return done()


def list_links(ctx: Ctx) -> Reply:
    links = links_of(ctx.program.partner_links, _partner(ctx).id)
    return unpaged(ctx, links, lambda link: link_views.link(ctx.program, link))


def add_reward(ctx: Ctx) -> Reply:
    reward = rewards.add_partner_bonus(ctx.program, _partner(ctx), ctx.data)
    return ok(reward_views.reward(ctx.program, reward))


def handle_search_partners(ctx: Ctx) -> Reply:
    criteria = _criteria(ctx)
    found = search_partners(
        ctx.program, email=criteria["email"], key=criteria["key"], partner_id=criteria["id"]
    )
    return paginated(ctx, ordered(ctx, found), lambda p: views.summary(ctx.program, p))


def sign_in_url(ctx: Ctx) -> Reply:
    return ok(partners.sign_in_url(ctx.program, ctx.data))


def handle_lookup_partner(ctx: Ctx) -> Reply:
    data = ctx.data
    partner = lookup_partner(
        ctx.program, partner_id=data.get("id"), key=data.get("key"), email=data.get("email")
    )
    return ok(views.detail(ctx.program, partner, with_figures=True))
