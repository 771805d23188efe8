"""Read-only look-ups of customer links."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import NotFound
from ..records.customer_referral_links import CustomerLink
from ..records.customers import Customer
from .customers import find_customer

if TYPE_CHECKING:
    from ..program import Program


def customer_link_url(program: Program, link: CustomerLink) -> str:
    return f"{program.domain_url(link.domain_id)}?{program.settings.referral_parameter}={link.key}"


def customer_links_of(program: Program, customer: Customer) -> list[CustomerLink]:
    links = program.customer_links.group("customer", customer.uid)
    return sorted(links, key=lambda link: not link.default)


def customer_link_key_taken(program: Program, key: str, *, ignore: CustomerLink | None = None) -> bool:
    return program.customer_links.taken_primary(key, ignore=ignore)


def get_customer_link(program: Program, link_id: str) -> CustomerLink:
    link = program.customer_links.get(link_id)
    if link is None:
        raise NotFound("Referral link not found.")
    return link


def search_customer_links(
    program: Program, *, link_id: str | None, key: str | None, customer_id: str | None
) -> list[CustomerLink]:
    owner_uid = None
    if customer_id is not None:
        owner = find_customer(program, customer_id=customer_id)
        if owner is None:
            return []
        owner_uid = owner.uid
    wanted = [value.casefold() for value in (link_id, key) if value]
    return [
        link
        for link in program.customer_links
        if (not wanted or link.key.casefold() in wanted)
        and (owner_uid is None or link.customer_uid == owner_uid)
    ]
