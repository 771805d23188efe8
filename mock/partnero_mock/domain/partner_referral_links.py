"""Referral links of affiliate partners (the rules both link kinds share are in referral_links).

Every partner owns a default link whose key is the partner's referral key, which is what makes a
partner's referral key unique; extra links may add direct tracking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import referral_links
from .lookups.partners import partner_by_id, resolve_partner_reference
from .records.partners import Partner
from .records.referral_links import ReferralLink
from .validation import Rules, reference_fields

if TYPE_CHECKING:
    from .program import Program


def add_default_link(program: Program, partner: Partner) -> ReferralLink:
    return referral_links.add_default_link(program, program.partner_links, partner.id, partner.key)


def create_link(program: Program, data: dict[str, Any]) -> ReferralLink:
    """Add an extra link for a partner named by ``partner.{id|key|email}``."""
    rules = Rules(data)
    fields = referral_links.read_link_fields(program, program.partner_links, rules, strict_additional=True)
    rules.mapping("partner", required=True)
    direct_tracking = rules.boolean("direct_tracking")
    if direct_tracking is None:
        direct_tracking = rules.boolean("directTracking")
    redirect = rules.boolean("direct_tracking_redirect")
    if redirect is None:
        redirect = rules.boolean("directTrackingRedirect")
    redirect_url = rules.url("direct_tracking_redirect_url")
    if redirect_url is None:
        redirect_url = rules.url("directTrackingRedirectUrl")
    if rules.has("partner") and not reference_fields(data.get("partner"), ("id", "key", "email")):
        rules.fail("partner", "The partner must name an id, key or email.")
    rules.check()
    assert fields.key is not None
    partner = resolve_partner_reference(program, data.get("partner"), "partner")
    link = ReferralLink(
        key=fields.key,
        owner_id=partner.id,
        created_at=program.clock.now(),
        is_additional=fields.is_additional,
        domain_id=fields.domain_id,
        direct_tracking=bool(direct_tracking),
        direct_tracking_redirect=bool(redirect),
        direct_tracking_redirect_url=redirect_url,
    )
    return program.partner_links.add(link)


def update_link(program: Program, link: ReferralLink, data: dict[str, Any]) -> ReferralLink:
    changes = data.get("update") if isinstance(data.get("update"), dict) else data
    rules = Rules(changes)
    key = rules.alpha_dash("key", required=True)
    rules.check()
    assert key is not None
    referral_links.rename_link(program.partner_links, link, key)
    if link.default:
        partner = partner_by_id(program, link.owner_id)
        program.partners.reindex(partner, lambda: setattr(partner, "key", key))
        partner.updated_at = program.clock.now()
    return link
