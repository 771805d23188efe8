"""Customers of affiliate and refer-a-friend programs.

The two program types share the record but not the rules:

Affiliate
    ``key`` is yours and required (unique); the customer is credited to a partner named by
    ``partner.{key|id|email}`` (unknown partner: 400). E-mail is optional and may repeat. Tags as on
    partners. ``suspend`` stops commission and ``approve`` re-activates (400 when the state does not
    fit). ``archive`` soft-deletes (``deleted``/``deleted_at``), ``revoke-archive`` undoes it.
    Deleting removes the customer with its transactions and their rewards.
Refer-a-friend
    ``id`` and ``key`` are optional and generated (both unique); ``key`` is also the key of the
    customer's default referral link. E-mail is optional but unique when given (the old docs call
    it unique; lookups by e-mail need it). ``referring_customer.{id|key}`` (id wins) makes the
    customer a referred one; an unknown referrer is a 422 on that field. Archiving sets status
    ``deleted`` (the only other status the docs name), revoke-archive sets ``active`` again.

Path values: affiliate ``/customers/{key}`` resolves the key, then the e-mail; refer-a-friend
resolves id, then key, then e-mail (the n8n node says all three work).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .errors import ActionFailed, NotFound, ValidationFailed
from .references import require_partner
from .store import Book
from .validation import Rules, human, reference_fields

if TYPE_CHECKING:
    from .program import Program

ACTIVE = "active"
SUSPENDED = "suspended"
DELETED = "deleted"


@dataclass(eq=False)
class Customer:
    uid: str
    key: str
    created_at: datetime
    updated_at: datetime
    id: str | None = None
    email: str | None = None
    name: str | None = None
    surname: str | None = None
    tags: list[str] = field(default_factory=list)
    partner_id: str | None = None
    referring_customer_uid: str | None = None
    status: str = ACTIVE
    deleted_at: datetime | None = None
    approved: bool = True
    tos: bool = False
    metadata: dict[str, Any] = field(default_factory=dict)
    referral_url: str | None = None

    @property
    def archived(self) -> bool:
        return self.deleted_at is not None


def new_customer_book() -> Book[Customer]:
    return Book(
        lambda c: c.uid,
        groups={"partner": lambda c: c.partner_id, "referrer": lambda c: c.referring_customer_uid},
        key=lambda c: c.key,
        id=lambda c: c.id,
    )


# -- look-ups ---------------------------------------------------------------------------------------


def by_email(program: Program, email: str) -> Customer | None:
    folded = email.casefold()
    return next((c for c in program.customers if c.email and c.email.casefold() == folded), None)


def find_customer(
    program: Program, *, customer_id: str | None = None, key: str | None = None, email: str | None = None
) -> Customer | None:
    if customer_id is not None:
        found = program.customers.find("id", customer_id)
        if found is None and program.is_affiliate:
            found = program.customers.find("key", customer_id)  # affiliate customers have no id
        if found is not None:
            return found
    if key is not None:
        found = program.customers.find("key", key)
        if found is not None:
            return found
    if email is not None:
        return by_email(program, email)
    return None


def find_by_reference(program: Program, reference: Any) -> Customer | None:
    fields = reference_fields(reference, ("id", "key", "email"))
    if not fields:
        return None
    return find_customer(
        program, customer_id=fields.get("id"), key=fields.get("key"), email=fields.get("email")
    )


def customer_at_path(program: Program, value: str) -> Customer:
    """The customer a path value names (see the module docstring for the order)."""
    if program.is_affiliate:
        found = program.customers.find("key", value) or by_email(program, value)
    else:
        found = (
            program.customers.find("id", value)
            or program.customers.find("key", value)
            or by_email(program, value)
        )
    if found is None:
        raise NotFound("Customer not found.")
    return found


def referring_customer(program: Program, customer: Customer) -> Customer | None:
    return program.customers.get(customer.referring_customer_uid)


def referrals_of(program: Program, customer: Customer) -> list[Customer]:
    return program.customers.group("referrer", customer.uid)


def search_customers(
    program: Program, *, email: str | None, key: str | None, customer_id: str | None
) -> list[Customer]:
    found = []
    for customer in program.customers:
        if email is not None and (customer.email or "").casefold() != email.casefold():
            continue
        if key is not None and customer.key.casefold() != key.casefold():
            continue
        if customer_id is not None:
            own_id = customer.id if customer.id is not None else customer.key
            if own_id.casefold() != customer_id.casefold():
                continue
        found.append(customer)
    return found


# -- create -----------------------------------------------------------------------------------------


def create_customer(program: Program, data: dict[str, Any]) -> Customer:
    if program.is_affiliate:
        return create_affiliate_customer(program, data)
    return create_referral_customer(program, data)


def create_affiliate_customer(
    program: Program, data: dict[str, Any], *, partner_reference: Any = None, prefix: str = ""
) -> Customer:
    data = _flatten_wordpress_shape(data)
    rules = Rules(data, prefix)
    key = rules.string("key", required=True)
    email = rules.email("email")
    name = rules.string("name")
    surname = rules.string("surname")
    tags = rules.string_list("tags")
    signed_up_at = rules.moment("created_at")
    options = rules.mapping("options")
    referral_url = None
    if options:
        # nested rules: their errors must reach the reply (options.referral_url is a URL string)
        option_rules = Rules(options, f"{prefix}options.")
        referral_url = option_rules.url("referral_url")
        rules.merge(option_rules)
    reference = data.get("partner") if partner_reference is None else partner_reference
    if reference is None:
        rules.fail("partner", f"The {human(rules.name('partner'))} field is required.")
    if key is not None and program.customers.taken("key", key):
        rules.fail("key", f"The {human(rules.name('key'))} has already been taken.")
    rules.check()
    assert key is not None
    partner = require_partner(program, reference, f"{prefix}partner")
    if referral_url is not None:
        from . import partner_links

        urls = [partner_links.link_url(program, link) for link in partner_links.links_of(program, partner)]
        if referral_url not in urls:
            raise ValidationFailed.single(
                f"{prefix}options.referral_url",
                "The referral url must be one of the partner's referral links.",
            )
    now = program.clock.now()
    customer = Customer(
        uid=_uid(program),
        key=key,
        email=email,
        name=name,
        surname=surname,
        tags=tags or [],
        partner_id=partner.id,
        created_at=signed_up_at or now,
        updated_at=now,
        referral_url=referral_url,
    )
    program.customers.add(customer)
    program.emit("customer.created", {"key": customer.key, "email": customer.email, "partner": partner.id})
    first_sale = data.get("transaction")
    if isinstance(first_sale, dict) and first_sale:
        from . import transactions

        transactions.record_transactions(program, {**first_sale, "customer": {"key": customer.key}})
    return customer


def _flatten_wordpress_shape(data: dict[str, Any]) -> dict[str, Any]:
    """``{"partner": {...}, "customer": {...}}`` (WordPress plugin, legacy route) as flat fields."""
    nested = data.get("customer")
    if isinstance(nested, dict) and data.get("key") is None:
        return {**{k: v for k, v in data.items() if k != "customer"}, **nested}
    return data


def create_referral_customer(program: Program, data: dict[str, Any], prefix: str = "") -> Customer:
    from . import customer_links

    rules = Rules(data, prefix)
    customer_id = rules.string("id")
    key = rules.alpha_dash("key")
    email = rules.email("email")
    name = rules.string("name")
    surname = rules.string("surname")
    rules.string("password")  # sent by the PHP SDK; accepted and ignored
    metadata = rules.mapping("metadata") or {}
    birthday = None
    if metadata:
        # metadata.date_of_birth is a date string (catalog: createReferralCustomer body_params);
        # the nested rules' errors must reach the reply instead of being dropped
        metadata_rules = Rules(metadata, f"{prefix}metadata.")
        birthday = metadata_rules.date("date_of_birth")
        rules.merge(metadata_rules)
    reference = rules.mapping("referring_customer")
    if customer_id is not None and program.customers.taken("id", customer_id):
        rules.fail("id", f"The {human(rules.name('id'))} has already been taken.")
    if key is not None and customer_links.key_taken(program, key):
        rules.fail("key", f"The {human(rules.name('key'))} has already been taken.")
    if email is not None and by_email(program, email) is not None:
        rules.fail("email", f"The {human(rules.name('email'))} has already been taken.")
    referrer = None
    if reference:
        # the id wins over the key when both are sent
        fields = reference_fields(reference, ("id", "key"))
        referrer = find_customer(program, customer_id=fields.get("id"), key=fields.get("key"))
        if referrer is None:
            rules.fail(
                "referring_customer", f"The selected {human(rules.name('referring_customer'))} is invalid."
            )
    rules.check()

    now = program.clock.now()
    customer = Customer(
        uid=_uid(program),
        id=customer_id or _fresh_id(program),
        key=key or _fresh_link_key(program),
        email=email,
        name=name,
        surname=surname,
        referring_customer_uid=referrer.uid if referrer else None,
        metadata={"date_of_birth": birthday.isoformat() if birthday else None},
        created_at=now,
        updated_at=now,
    )
    program.customers.add(customer)
    customer_links.add_default_link(program, customer)
    program.emit("customer.created", {"id": customer.id, "email": customer.email})
    return customer


# -- update, delete, state changes ------------------------------------------------------------------


def update_customer(
    program: Program, customer: Customer, changes: dict[str, Any], prefix: str = ""
) -> Customer:
    rules = Rules(changes, prefix)
    email = rules.email("email")
    name = rules.string("name")
    surname = rules.string("surname")
    key = tags = None
    if program.is_affiliate:
        key = rules.string("key")
        tags = rules.string_list("tags")
        if key is not None and program.customers.taken("key", key, ignore=customer):
            rules.fail("key", f"The {human(rules.name('key'))} has already been taken.")
    elif email is not None:
        other = by_email(program, email)
        if other is not None and other is not customer:
            rules.fail("email", f"The {human(rules.name('email'))} has already been taken.")
    rules.check()
    if key is not None and key != customer.key:
        new_key = key
        program.customers.reindex(customer, lambda: setattr(customer, "key", new_key))
    if email is not None:
        customer.email = email
    if name is not None:
        customer.name = name
    if surname is not None:
        customer.surname = surname
    if tags is not None:
        customer.tags = tags
    customer.updated_at = program.clock.now()
    program.emit("customer.updated", {"key": customer.key, "id": customer.id, "email": customer.email})
    return customer


def delete_customer(program: Program, customer: Customer) -> None:
    """Remove the customer with its transactions, rewards and referral links."""
    from . import customer_links, transactions

    for transaction in transactions.of_customer(program, customer):
        transactions.delete_transaction(program, transaction, announce=False)
    for reward in list(program.rewards):
        if reward.customer_uid == customer.uid:
            program.rewards.remove(reward)
    for link in customer_links.links_of(program, customer):
        program.customer_links.remove(link)
    for child in referrals_of(program, customer):
        _detach_from_referrer(program, child)
    program.customers.remove(customer)
    program.emit("customer.deleted", {"key": customer.key, "id": customer.id, "email": customer.email})


def _detach_from_referrer(program: Program, child: Customer) -> None:
    program.customers.reindex(child, lambda: setattr(child, "referring_customer_uid", None))


def suspend_customer(program: Program, customer: Customer) -> None:
    if customer.status == SUSPENDED:
        raise ActionFailed()
    customer.status = SUSPENDED
    _touch(program, customer)


def approve_customer(program: Program, customer: Customer) -> None:
    if customer.status != SUSPENDED:
        raise ActionFailed()
    customer.status = ACTIVE
    _touch(program, customer)


def archive_customer(program: Program, customer: Customer) -> None:
    if customer.archived:
        raise ActionFailed()
    customer.deleted_at = program.clock.now()
    if not program.is_affiliate:
        customer.status = DELETED
    _touch(program, customer)


def restore_customer(program: Program, customer: Customer) -> None:
    if not customer.archived:
        raise ActionFailed()
    customer.deleted_at = None
    if not program.is_affiliate:
        customer.status = ACTIVE
    _touch(program, customer)


def earns(customer: Customer) -> bool:
    """Whether new sales of (or referrals by) this customer still produce rewards."""
    return customer.status == ACTIVE and not customer.archived


def _touch(program: Program, customer: Customer) -> None:
    customer.updated_at = program.clock.now()
    program.emit("customer.updated", {"key": customer.key, "id": customer.id, "email": customer.email})


def _uid(program: Program) -> str:
    return f"c{program.next_number('customer')}"


def _fresh_id(program: Program) -> str:
    while True:
        candidate = program.ids.prefixed("customer_", 12)
        if not program.customers.taken("id", candidate):
            return candidate


def _fresh_link_key(program: Program) -> str:
    from . import customer_links

    while True:
        candidate = program.ids.token(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        if not customer_links.key_taken(program, candidate):
            return candidate


def require_referring(customer: Customer, field_name: str) -> None:
    if customer.referring_customer_uid is None:
        raise ValidationFailed.single(field_name, "The customer was not referred by another customer.")
