"""Read-only look-ups of payouts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import NotFound
from ..records.partners import Partner
from ..records.payout_requests import PayoutRequest
from ..validation import to_integer

if TYPE_CHECKING:
    from ..program import Program


def get_payout(program: Program, payout_id: Any) -> PayoutRequest:
    number = to_integer(payout_id)
    payout = program.payouts.get(str(number)) if number is not None else None
    if payout is None:
        raise NotFound("Payout request not found.")
    return payout


def search_payouts(
    program: Program,
    *,
    amount_units: str | None,
    status: str | None,
    partner: Partner | None,
    partner_given: bool,
) -> list[PayoutRequest]:
    found = []
    for payout in program.payouts:
        if amount_units is not None and payout.amount_units.casefold() != amount_units.casefold():
            continue
        if status is not None and payout.status != status:
            continue
        if partner_given and (partner is None or payout.partner_id != partner.id):
            continue
        found.append(payout)
    return found
