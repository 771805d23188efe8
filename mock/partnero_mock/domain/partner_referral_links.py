"""Referral links of affiliate partners.

Every partner owns a default link whose key is the partner's referral key; extra links can be added.
A link's id always equals its key (every documented example shows them equal), so giving a link a
new key also gives it a new id. Keys are unique across all links of a program, which is what makes
a partner's referral key unique.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import ActionFailed, ValidationFailed
from .lookups.partner_referral_links import partner_link_key_taken
from .lookups.partners import partner_by_id, resolve_partner_reference
from .records.partner_referral_links import PartnerLink
from .records.partners import Partner
from .validation import Rules, reference_fields

if TYPE_CHECKING:
    from .program import Program


def add_default_link(program: Program, partner: Partner) -> PartnerLink:
    link = PartnerLink(key=partner.key, partner_id=partner.id, created_at=program.clock.now(), default=True)
    return program.partner_links.add(link)


def rename_link(program: Program, link: PartnerLink, new_key: str, field_name: str = "key") -> None:
    if new_key == link.key:
        return
    if partner_link_key_taken(program, new_key, ignore=link):
        raise ValidationFailed.single(field_name, f"The {field_name} has already been taken.")
    program.partner_links.reindex(link, lambda: setattr(link, "key", new_key))


def create_link(program: Program, data: dict[str, Any]) -> PartnerLink:
    """Add an extra link for a partner named by ``partner.{id|key|email}``."""

    rules = Rules(data)
    key = rules.alpha_dash("key", required=True)
    rules.mapping("partner", required=True)
    domain_id = rules.integer("domain_id", minimum=0)
    # the PHP SDK sends camelCase spellings next to the snake_case ones
    is_additional = rules.boolean("is_additional", strict=True)
    if is_additional is None:
        is_additional = rules.boolean("isAdditional")
    direct_tracking = rules.boolean("direct_tracking")
    if direct_tracking is None:
        direct_tracking = rules.boolean("directTracking")
    redirect = rules.boolean("direct_tracking_redirect")
    if redirect is None:
        redirect = rules.boolean("directTrackingRedirect")
    redirect_url = rules.url("direct_tracking_redirect_url")
    if redirect_url is None:
        redirect_url = rules.url("directTrackingRedirectUrl")
    if domain_id is not None and domain_id not in program.domain_ids():
        rules.fail("domain_id", "The selected domain id is invalid.")
    if key is not None and partner_link_key_taken(program, key):
        rules.fail("key", "The key has already been taken.")
    if rules.has("partner") and not reference_fields(data.get("partner"), ("id", "key", "email")):
        rules.fail("partner", "The partner must name an id, key or email.")
    rules.check()
    assert key is not None
    partner = resolve_partner_reference(program, data.get("partner"), "partner")
    link = PartnerLink(
        key=key,
        partner_id=partner.id,
        created_at=program.clock.now(),
        is_additional=bool(is_additional),
        domain_id=domain_id,
        direct_tracking=bool(direct_tracking),
        direct_tracking_redirect=bool(redirect),
        direct_tracking_redirect_url=redirect_url,
    )
    return program.partner_links.add(link)


def update_link(program: Program, link: PartnerLink, data: dict[str, Any]) -> PartnerLink:
    changes = data.get("update") if isinstance(data.get("update"), dict) else data
    rules = Rules(changes)
    key = rules.alpha_dash("key", required=True)
    rules.check()
    assert key is not None
    rename_link(program, link, key)
    if link.default:
        partner = partner_by_id(program, link.partner_id)
        program.partners.reindex(partner, lambda: setattr(partner, "key", key))
        partner.updated_at = program.clock.now()
    return link


def delete_link(program: Program, link: PartnerLink) -> None:
    """Remove an extra link; a partner's default link goes only with the partner."""
    if link.default:
        raise ActionFailed("The default referral link cannot be deleted.")
    program.partner_links.remove(link)
