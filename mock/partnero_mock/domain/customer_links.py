"""Referral links of refer-a-friend customers.

The same rules as partner links: a default link whose key is the customer's key, extra links with a
chosen key, id equal to key, keys unique across the program's customer links.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .errors import ActionFailed, NotFound
from .store import Book
from .validation import Rules, reference_fields

if TYPE_CHECKING:
    from .customers import Customer
    from .program import Program


@dataclass(eq=False)
class CustomerLink:
    key: str
    customer_uid: str
    created_at: datetime
    default: bool = False
    is_additional: bool = False
    domain_id: int | None = None
    direct_tracking: bool = False
    direct_tracking_redirect: bool = False
    direct_tracking_redirect_url: str | None = None

    @property
    def id(self) -> str:
        return self.key


def new_link_book() -> Book[CustomerLink]:
    return Book(lambda link: link.key, groups={"customer": lambda link: link.customer_uid})


def link_url(program: Program, link: CustomerLink) -> str:
    return f"{program.domain_url(link.domain_id)}?{program.settings.referral_parameter}={link.key}"


def links_of(program: Program, customer: Customer) -> list[CustomerLink]:
    links = program.customer_links.group("customer", customer.uid)
    return sorted(links, key=lambda link: not link.default)


def key_taken(program: Program, key: str, *, ignore: CustomerLink | None = None) -> bool:
    return program.customer_links.taken_primary(key, ignore=ignore)


def get_link(program: Program, link_id: str) -> CustomerLink:
    link = program.customer_links.get(link_id)
    if link is None:
        raise NotFound("Referral link not found.")
    return link


def add_default_link(program: Program, customer: Customer) -> CustomerLink:
    link = CustomerLink(
        key=customer.key, customer_uid=customer.uid, created_at=program.clock.now(), default=True
    )
    return program.customer_links.add(link)


def create_link(program: Program, data: dict[str, Any]) -> CustomerLink:
    from . import customers

    rules = Rules(data)
    key = rules.alpha_dash("key", required=True)
    reference = rules.mapping("customer", required=True)
    domain_id = rules.integer("domain_id", minimum=0)
    is_additional = rules.boolean("is_additional")
    if is_additional is None:
        is_additional = rules.boolean("isAdditional")
    if domain_id is not None and domain_id not in program.domain_ids():
        rules.fail("domain_id", "The selected domain id is invalid.")
    if key is not None and key_taken(program, key):
        rules.fail("key", "The key has already been taken.")
    owner = None
    if reference is not None:
        if not reference_fields(reference, ("id", "key", "email")):
            rules.fail("customer", "The customer must name an id, key or email.")
        else:
            owner = customers.find_by_reference(program, reference)
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
    if key is not None and key_taken(program, key, ignore=link):
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


def search_links(
    program: Program, *, link_id: str | None, key: str | None, customer_id: str | None
) -> list[CustomerLink]:
    from . import customers

    owner_uid = None
    if customer_id is not None:
        owner = customers.find_customer(program, customer_id=customer_id)
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
