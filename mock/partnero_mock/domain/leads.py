"""Leads: prospects a partner submits, which you later convert into customers or reject.

A lead gets the next integer id of the program and starts ``submitted``. Converting creates a
customer for the lead's partner (generated key, the lead's name and e-mail) and books a sale of
``commission_transaction_amount``, whose commission follows the program settings. Only a submitted
lead can be converted or rejected; otherwise "Action failed" (400).

Custom form answers (``cfields``) are matched against the program's lead form fields; answers to
unknown field ids are ignored, and required fields are not enforced because Partnero's own n8n node
submits leads without any custom answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import ActionFailed
from .lookups.leads import get_lead
from .lookups.partners import require_partner
from .records.leads import DEFAULT_FORM, Lead, LeadStatus
from .validation import Rules

if TYPE_CHECKING:
    from .program import Program

# The sequence this record kind's numeric ids come from (a seed may continue it at a given id).
ID_SEQUENCE = "lead"


def submit_lead(program: Program, data: dict[str, Any]) -> Lead:
    rules = Rules(data)
    name = rules.string("name", required=True)
    email = rules.email("email", required=True)
    answers_in = rules.mapping("cfields") or {}
    if data.get("partner") is None:
        rules.fail("partner", "The partner field is required.")
    answers = _answers(answers_in, rules)
    rules.check()
    assert name is not None and email is not None
    partner = require_partner(program, data.get("partner"))
    lead = Lead(
        id=program.next_number(ID_SEQUENCE),
        name=name,
        email=email,
        partner_id=partner.id,
        created_at=program.clock.now(),
        answers=[("Name", name), ("Email address", email), *answers],
    )
    program.leads.add(lead)
    program.emit("lead.submitted", {"id": lead.id, "partner": partner.id})
    return lead


def _answers(given: dict[str, Any], rules: Rules) -> list[tuple[str, str]]:
    form = {str(f.id): f for f in DEFAULT_FORM}
    answers = []
    for field_id, value in given.items():
        form_field = form.get(str(field_id))
        if form_field is None:
            continue
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            answers.append((form_field.title or form_field.text, ", ".join(value)))
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            answers.append((form_field.title or form_field.text, str(value)))
        elif value is not None:
            rules.fail(
                f"cfields.{field_id}", f"The cfields.{field_id} must be a string or a list of strings."
            )
    return answers


def reject_lead(program: Program, data: dict[str, Any]) -> Lead:
    rules = Rules(data)
    lead_id = rules.integer("id", required=True, minimum=1)
    rules.check()
    lead = get_lead(program, lead_id)
    if lead.status != LeadStatus.SUBMITTED:
        raise ActionFailed()
    lead.status = LeadStatus.REJECTED
    program.emit("lead.rejected", {"id": lead.id})
    return lead


def delete_lead(program: Program, lead: Lead) -> None:
    program.leads.remove(lead)
