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

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .errors import ActionFailed, NotFound
from .references import require_partner
from .store import Book
from .validation import Rules, to_integer

if TYPE_CHECKING:
    from .program import Program

SUBMITTED = "submitted"
CONVERTED = "converted"
REJECTED = "rejected"


@dataclass(frozen=True)
class FormField:
    id: int
    type: str
    title: str
    text: str = ""
    required: bool = False
    options: tuple[str, ...] = ()


DEFAULT_FORM = (
    FormField(88, "text", "", "<p>Text custom field</p>"),
    FormField(89, "input", "Company", required=True),
    FormField(90, "textarea", "Notes"),
    FormField(91, "checkbox", "Interests", options=("feature1", "feature2", "feature3")),
    FormField(92, "radio", "Plan", options=("monthly", "yearly")),
    FormField(93, "select", "Team size", options=("1-10", "11-50", "51+")),
    FormField(94, "countries", "Country"),
)


@dataclass(eq=False)
class Lead:
    id: int
    name: str
    email: str
    partner_id: str
    created_at: datetime
    status: str = SUBMITTED
    answers: list[tuple[str, str]] = field(default_factory=list)
    converted_customer_uid: str | None = None


def new_lead_book() -> Book[Lead]:
    return Book(lambda lead: str(lead.id))


def get_lead(program: Program, lead_id: Any) -> Lead:
    number = to_integer(lead_id)
    lead = program.leads.get(str(number)) if number is not None else None
    if lead is None:
        raise NotFound("Lead not found.")
    return lead


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
        id=program.next_number("lead"),
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


def convert_lead(program: Program, data: dict[str, Any]) -> Lead:
    from . import customers, transactions

    rules = Rules(data)
    lead_id = rules.integer("id", required=True, minimum=1)
    amount = rules.number("commission_transaction_amount", required=True, minimum=0, maximum=1e12)
    rules.check()
    lead = get_lead(program, lead_id)
    if lead.status != SUBMITTED:
        raise ActionFailed()
    partner = program.partners.get(lead.partner_id)
    if partner is None:
        raise ActionFailed("The partner of this lead no longer exists.")
    customer = customers.create_affiliate_customer(
        program,
        {"key": _fresh_customer_key(program), "name": lead.name, "email": lead.email},
        partner_reference={"id": partner.id},
    )
    transactions.record_transactions(
        program, {"customer": {"key": customer.key}, "amount": amount, "action": "lead"}
    )
    lead.status = CONVERTED
    lead.converted_customer_uid = customer.uid
    program.emit("lead.converted", {"id": lead.id, "customer": customer.key})
    return lead


def reject_lead(program: Program, data: dict[str, Any]) -> Lead:
    rules = Rules(data)
    lead_id = rules.integer("id", required=True, minimum=1)
    rules.check()
    lead = get_lead(program, lead_id)
    if lead.status != SUBMITTED:
        raise ActionFailed()
    lead.status = REJECTED
    program.emit("lead.rejected", {"id": lead.id})
    return lead


def delete_lead(program: Program, lead: Lead) -> None:
    program.leads.remove(lead)


def _fresh_customer_key(program: Program) -> str:
    while True:
        candidate = program.ids.token(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        if not program.customers.taken("key", candidate):
            return candidate
