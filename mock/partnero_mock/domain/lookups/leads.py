"""Read-only look-ups of leads."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import NotFound
from ..records.leads import Lead
from ..validation import to_integer

if TYPE_CHECKING:
    from ..program import Program


def get_lead(program: Program, lead_id: Any) -> Lead:
    number = to_integer(lead_id)
    lead = program.leads.get(str(number)) if number is not None else None
    if lead is None:
        raise NotFound("Lead not found.")
    return lead
