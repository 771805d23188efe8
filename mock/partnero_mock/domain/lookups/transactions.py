"""Read-only look-ups of transactions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import NotFound
from ..records.customers import Customer
from ..records.transactions import Transaction
from .customers import find_customer
from .partners import find_partner

if TYPE_CHECKING:
    from ..program import Program


def transactions_with_key(program: Program, key: str) -> list[Transaction]:
    return program.transactions.group("key", key)


def newest_with_key(program: Program, key: str) -> Transaction:
    found = transactions_with_key(program, key)
    if not found:
        raise NotFound("Transaction not found.")
    return found[-1]


def transactions_of_customer(program: Program, customer: Customer) -> list[Transaction]:
    """A customer's transactions: in a refer-a-friend program also the sales it was credited for
    as the referrer, since the reward of those is the customer's."""
    own = program.transactions.group("customer", customer.uid)
    if program.is_affiliate:
        return own
    referred = [t for t in program.transactions if t.referring_customer_uid == customer.uid]
    return sorted({t.serial: t for t in [*own, *referred]}.values(), key=lambda t: t.serial)


def live_transactions(program: Program) -> list[Transaction]:
    return [t for t in program.transactions if not t.archived]


def filter_transactions(
    program: Program,
    *,
    key: str | None = None,
    partner_key: str | None = None,
    partner_email: str | None = None,
    customer_key: str | None = None,
) -> list[Transaction]:
    items = program.transactions.all()
    if key is not None:
        items = [t for t in items if t.key.casefold() == key.casefold()]
    if partner_key is not None or partner_email is not None:
        partner = find_partner(program, key=partner_key, email=partner_email)
        items = [t for t in items if partner is not None and t.partner_id == partner.id]
    if customer_key is not None:
        customer = find_customer(program, key=customer_key)
        items = [t for t in items if customer is not None and t.customer_uid == customer.uid]
    return items
