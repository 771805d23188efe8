"""Referral links of refer-a-friend customers (the rules both link kinds share are in referral_links).

A customer's default link has the customer's key; renaming it renames the customer's key too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import referral_links
from .lookups.customers import customer_by_reference
from .records.customers import Customer
from .records.referral_links import ReferralLink
from .validation import Rules, reference_fields

if TYPE_CHECKING:
    from .program import Program


def add_default_link(program: Program, customer: Customer) -> ReferralLink:
    return referral_links.add_default_link(program, program.customer_links, customer.uid, customer.key)


def create_link(program: Program, data: dict[str, Any]) -> ReferralLink:
    rules = Rules(data)
    fields = referral_links.read_link_fields(program, program.customer_links, rules, strict_additional=False)
    reference = rules.mapping("customer", required=True)
    owner = None
    if reference is not None:
        if not reference_fields(reference, ("id", "key", "email")):
            rules.fail("customer", "The customer must name an id, key or email.")
        else:
            owner = customer_by_reference(program, reference)
            if owner is None:
                rules.fail("customer", "The selected customer is invalid.")
    rules.check()
    assert fields.key is not None and owner is not None
    link = ReferralLink(
        key=fields.key,
        owner_id=owner.uid,
        created_at=program.clock.now(),
        is_additional=fields.is_additional,
        domain_id=fields.domain_id,
    )
    return program.customer_links.add(link)


def update_link(program: Program, link: ReferralLink, data: dict[str, Any]) -> ReferralLink:
    changes = data.get("update") if isinstance(data.get("update"), dict) else data
    rules = Rules(changes)
    key = rules.alpha_dash("key")
    rules.check()
    if key is not None and key != link.key:
        new_key = key
        referral_links.rename_link(program.customer_links, link, new_key)
        if link.default:
            owner = program.customers.get(link.owner_id)
            if owner is not None:
                program.customers.reindex(owner, lambda: setattr(owner, "key", new_key))
    return link
