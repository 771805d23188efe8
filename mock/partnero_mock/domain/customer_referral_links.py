"""Referral links of refer-a-friend customers.

The same rules as partner links: a default link whose key is the customer's key, extra links with a
chosen key, id equal to key, keys unique across the program's customer links.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import ActionFailed
from .lookups.customer_referral_links import customer_link_key_taken
from .lookups.customers import customer_by_reference
from .records.customer_referral_links import CustomerLink
from .records.customers import Customer
from .validation import Rules, reference_fields

if TYPE_CHECKING:
    from .program import Program


def add_default_link(program: Program, customer: Customer) -> CustomerLink:
    link = CustomerLink(
        key=customer.key, customer_uid=customer.uid, created_at=program.clock.now(), default=True
    )
    return program.customer_links.add(link)


def create_link(program: Program, data: dict[str, Any]) -> CustomerLink:

    rules = Rules(data)
    key = rules.alpha_dash("key", required=True)
    reference = rules.mapping("customer", required=True)
    domain_id = rules.integer("domain_id", minimum=0)
    is_additional = rules.boolean("is_additional")
    if is_additional is None:
        is_additional = rules.boolean("isAdditional")
    if domain_id is not None and domain_id not in program.domain_ids():
        rules.fail("domain_id", "The selected domain id is invalid.")
    if key is not None and customer_link_key_taken(program, key):
        rules.fail("key", "The key has already been taken.")
    owner = None
    if reference is not None:
        if not reference_fields(reference, ("id", "key", "email")):
            rules.fail("customer", "The customer must name an id, key or email.")
        else:
            owner = customer_by_reference(program, reference)
            if owner is None:
                rules.fail("customer", "The selected customer is invalid.")
    rules.check()
    assert key is not None and owner is not None
    link = CustomerLink(
        key=key,
        customer_uid=owner.uid,
        created_at=program.clock.now(),
        is_additional=bool(is_additional),
        domain_id=domain_id,
    )
    return program.customer_links.add(link)


def update_link(program: Program, link: CustomerLink, data: dict[str, Any]) -> CustomerLink:
    changes = data.get("update") if isinstance(data.get("update"), dict) else data
    rules = Rules(changes)
    key = rules.alpha_dash("key")
    if key is not None and customer_link_key_taken(program, key, ignore=link):
        rules.fail("key", "The key has already been taken.")
    rules.check()
    if key is not None and key != link.key:
        new_key = key
        program.customer_links.reindex(link, lambda: setattr(link, "key", new_key))
        if link.default:
            owner = program.customers.get(link.customer_uid)
            if owner is not None:
                program.customers.reindex(owner, lambda: setattr(owner, "key", new_key))
    return link


def delete_link(program: Program, link: CustomerLink) -> None:
    if link.default:
        raise ActionFailed("The default referral link cannot be deleted.")
    program.customer_links.remove(link)
