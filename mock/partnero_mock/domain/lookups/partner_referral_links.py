"""Read-only look-ups of partner links."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import NotFound
from ..records.partner_referral_links import PartnerLink
from ..records.partners import Partner

if TYPE_CHECKING:
    from ..program import Program


def partner_link_url(program: Program, link: PartnerLink) -> str:
    base = program.domain_url(link.domain_id)
    return f"{base}?{program.settings.referral_parameter}={link.key}"


def partner_links_of(program: Program, partner: Partner) -> list[PartnerLink]:
    """The partner's links, default link first."""
    links = program.partner_links.group("partner", partner.id)
    return sorted(links, key=lambda link: not link.default)


def partner_link_key_taken(program: Program, key: str, *, ignore: PartnerLink | None = None) -> bool:
    return program.partner_links.taken_primary(key, ignore=ignore)


def get_partner_link(program: Program, link_id: str) -> PartnerLink:
    link = program.partner_links.get(link_id)
    if link is None:
        raise NotFound("Referral link not found.")
    return link


def search_partner_links(program: Program, *, link_id: str | None, key: str | None) -> list[PartnerLink]:
    wanted = [value.casefold() for value in (link_id, key) if value]
    return [link for link in program.partner_links if not wanted or link.key.casefold() in wanted]
