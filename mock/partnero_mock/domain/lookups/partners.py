"""Read-only look-ups of partners."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import InvalidReference, NotFound, ValidationFailed
from ..records.partners import REFERENCE_FIELDS, Partner
from ..validation import Rules, reference_fields

if TYPE_CHECKING:
    from ..program import Program


def partner_by_id(program: Program, partner_id: str) -> Partner:
    partner = program.partners.get(partner_id)
    if partner is None:
        raise NotFound("Partner not found.")
    return partner


def find_partner(
    program: Program, *, partner_id: str | None = None, key: str | None = None, email: str | None = None
) -> Partner | None:
    """The first partner matching the given identifiers, checked in the order id, key, e-mail."""
    if partner_id is not None:
        return program.partners.get(partner_id)
    if key is not None:
        return program.partners.find("key", key)
    if email is not None:
        return program.partners.find("email", email)
    return None


def lookup_partner(
    program: Program, *, partner_id: Any = None, key: Any = None, email: Any = None
) -> Partner:
    """A partner named by exactly the identifiers a caller gave; 422 when none was given."""
    given = {"id": partner_id, "key": key, "email": email}
    rules = Rules(given)
    values = {name: rules.string(name) for name in given}
    rules.check()
    if all(value is None for value in values.values()):
        raise ValidationFailed({"key": ["The key field is required when none of email / id are present."]})
    partner = find_partner(program, partner_id=values["id"], key=values["key"], email=values["email"])
    if partner is None:
        raise NotFound("Partner not found.")
    return partner


def partner_by_reference(program: Program, reference: Any) -> Partner | None:
    """Resolve a nested ``{id|key|email}`` object; id wins, then key, then e-mail."""
    fields = reference_fields(reference, REFERENCE_FIELDS)
    return find_partner(
        program, partner_id=fields.get("id"), key=fields.get("key"), email=fields.get("email")
    )


def resolve_partner_reference(program: Program, reference: Any, field_name: str) -> Partner:
    partner = partner_by_reference(program, reference)
    if partner is None:
        raise ValidationFailed.single(field_name, f"The selected {field_name.replace('_', ' ')} is invalid.")
    return partner


def search_partners(
    program: Program, *, email: str | None = None, key: str | None = None, partner_id: str | None = None
) -> list[Partner]:
    """Partners matching every criterion given: exact e-mail and id, partial referral key."""
    found = []
    for partner in program.partners:
        if email is not None and partner.email.casefold() != email.casefold():
            continue
        if partner_id is not None and partner.id.casefold() != partner_id.casefold():
            continue
        if key is not None and key.casefold() not in partner.key.casefold():
            continue
        found.append(partner)
    return found


def referring_partner(program: Program, partner: Partner) -> Partner | None:
    return program.partners.get(partner.referring_partner_id)


def require_partner(program: Program, reference: Any, field_name: str = "partner") -> Partner:
    """The partner a nested ``{id|key|email}`` reference names, with the documented failure mode.

    On customer create the docs answer an unknown partner with 400 ("invalid partner key"). The
    mock uses the same 400 wherever a record is attributed to a partner (customers, transactions
    that create customers, leads, extra referral links, payout requests), so one rule covers every
    "owner" lookup. A missing or empty reference is a 422 for the field instead.
    """
    if isinstance(reference, list) and reference and isinstance(reference[0], dict):
        reference = reference[0]  # old docs typed these references as a list of objects
    if not isinstance(reference, dict) or not reference_fields(reference, REFERENCE_FIELDS):
        raise ValidationFailed.single(
            field_name, f"The {field_name.replace('_', ' ')} field must name a partner key, id or email."
        )
    # Every member has its documented type even when another one is used for the lookup.
    members = Rules(reference, f"{field_name}.")
    members.string("id")
    members.string("key")
    members.email("email")
    members.check()
    partner = partner_by_reference(program, reference)
    if partner is None:
        raise InvalidReference("Invalid partner key: no such partner in this program.")
    return partner
