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

from typing import TYPE_CHECKING, Any

from . import customer_referral_links
from .errors import ActionFailed, ValidationFailed
from .lookups.customers import customer_by_email, find_customer
from .lookups.partners import require_partner
from .lookups.referral_links import key_taken, link_url, links_of
from .records.customers import Customer, CustomerStatus
from .validation import Rules, human, reference_fields

if TYPE_CHECKING:
    from .program import Program


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
        urls = [link_url(program, link) for link in links_of(program.partner_links, partner.id)]
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
    return customer


def first_sale(data: dict[str, Any]) -> dict[str, Any] | None:
    """The ``transaction`` an affiliate customer create may carry, to be booked for the new customer."""
    sale = _flatten_wordpress_shape(data).get("transaction")
    return sale if isinstance(sale, dict) and sale else None


def _flatten_wordpress_shape(data: dict[str, Any]) -> dict[str, Any]:
    """``{"partner": {...}, "customer": {...}}`` (WordPress plugin, legacy route) as flat fields."""
    nested = data.get("customer")
    if isinstance(nested, dict) and data.get("key") is None:
        return {**{k: v for k, v in data.items() if k != "customer"}, **nested}
    return data


def create_referral_customer(program: Program, data: dict[str, Any], prefix: str = "") -> Customer:
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
    if key is not None and key_taken(program.customer_links, key):
        rules.fail("key", f"The {human(rules.name('key'))} has already been taken.")
    if email is not None and customer_by_email(program, email) is not None:
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
    customer_referral_links.add_default_link(program, customer)
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
        other = customer_by_email(program, email)
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


def detach_from_referrer(program: Program, child: Customer) -> None:
    program.customers.reindex(child, lambda: setattr(child, "referring_customer_uid", None))


def suspend_customer(program: Program, customer: Customer) -> None:
    if customer.status == CustomerStatus.SUSPENDED:
        raise ActionFailed()
    customer.status = CustomerStatus.SUSPENDED
    _touch(program, customer)


def approve_customer(program: Program, customer: Customer) -> None:
    if customer.status != CustomerStatus.SUSPENDED:
        raise ActionFailed()
    customer.status = CustomerStatus.ACTIVE
    _touch(program, customer)


def archive_customer(program: Program, customer: Customer) -> None:
    if customer.archived:
        raise ActionFailed()
    customer.deleted_at = program.clock.now()
    if not program.is_affiliate:
        customer.status = CustomerStatus.DELETED
    _touch(program, customer)


def restore_customer(program: Program, customer: Customer) -> None:
    if not customer.archived:
        raise ActionFailed()
    customer.deleted_at = None
    if not program.is_affiliate:
        customer.status = CustomerStatus.ACTIVE
    _touch(program, customer)


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

    while True:
        candidate = program.ids.token(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        if not key_taken(program.customer_links, candidate):
            return candidate
