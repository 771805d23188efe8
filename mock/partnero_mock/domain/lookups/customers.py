"""Read-only look-ups of customers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import NotFound, ValidationFailed
from ..records.customers import Customer, CustomerStatus
from ..validation import reference_fields

if TYPE_CHECKING:
    from ..program import Program


def customer_by_email(program: Program, email: str) -> Customer | None:
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
        return customer_by_email(program, email)
    return None


def customer_by_reference(program: Program, reference: Any) -> Customer | None:
    fields = reference_fields(reference, ("id", "key", "email"))
    if not fields:
        return None
    return find_customer(
        program, customer_id=fields.get("id"), key=fields.get("key"), email=fields.get("email")
    )


def customer_at_path(program: Program, value: str) -> Customer:
    """The customer a path value names (see the module docstring for the order)."""
    if program.is_affiliate:
        found = program.customers.find("key", value) or customer_by_email(program, value)
    else:
        found = (
            program.customers.find("id", value)
            or program.customers.find("key", value)
            or customer_by_email(program, value)
        )
    if found is None:
        raise NotFound("Customer not found.")
    return found


def referring_customer(program: Program, customer: Customer) -> Customer | None:
    return program.customers.get(customer.referring_customer_uid)


def customer_referrals(program: Program, customer: Customer) -> list[Customer]:
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


def customer_earns(customer: Customer) -> bool:
    """Whether new sales of (or referrals by) this customer still produce rewards."""
    return customer.status == CustomerStatus.ACTIVE and not customer.archived


def require_referring(customer: Customer, field_name: str) -> None:
    if customer.referring_customer_uid is None:
        raise ValidationFailed.single(field_name, "The customer was not referred by another customer.")
