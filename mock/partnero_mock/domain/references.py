"""Resolving nested ``{id|key|email}`` references to partners, with the documented failure mode.

On customer create the docs answer an unknown partner with 400 ("invalid partner key"). The mock
uses the same 400 wherever a record is attributed to a partner (customers, transactions that create
customers, leads, extra referral links, payout requests), so one rule covers every "owner" lookup.
A missing or empty reference is a 422 for the field instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import partners
from .errors import InvalidReference, ValidationFailed
from .validation import Rules, reference_fields

if TYPE_CHECKING:
    from .program import Program


def require_partner(program: Program, reference: Any, field_name: str = "partner") -> partners.Partner:
    if isinstance(reference, list) and reference and isinstance(reference[0], dict):
        reference = reference[0]  # old docs typed these references as a list of objects
    if not isinstance(reference, dict) or not reference_fields(reference, partners.REFERENCE_FIELDS):
        raise ValidationFailed.single(
            field_name, f"The {field_name.replace('_', ' ')} field must name a partner key, id or email."
        )
    # Every member has its documented type even when another one is used for the lookup.
    members = Rules(reference, f"{field_name}.")
    members.string("id")
    members.string("key")
    members.email("email")
    members.check()
    partner = partners.find_by_reference(program, reference)
    if partner is None:
        raise InvalidReference("Invalid partner key: no such partner in this program.")
    return partner
