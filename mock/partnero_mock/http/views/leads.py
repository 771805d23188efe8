"""JSON shape of leads and of the lead set-up."""

from __future__ import annotations

from typing import Any

from ...domain.clock import format_date
from ...domain.program import Program
from ...domain.records.leads import DEFAULT_FORM, Lead, LeadStatus


def lead(program: Program, item: Lead) -> dict[str, Any]:
    partner = program.partners.get(item.partner_id)
    customer = program.customers.get(item.converted_customer_uid)
    open_for_decision = item.status == LeadStatus.SUBMITTED
    return {
        "id": item.id,
        "status": item.status,
        "created_at": format_date(item.created_at),
        "lead_info": {"name": item.name, "email": item.email},
        "converted_to": None
        if customer is None
        else {"key": customer.key, "name": customer.name, "email": customer.email},
        "submitter": None
        if partner is None
        else {
            "id": partner.id,
            "name": " ".join(part for part in (partner.name, partner.surname) if part) or None,
            "email": partner.email,
        },
        "submission_form": [{"question": question, "answer": answer} for question, answer in item.answers],
        "can_be_converted": open_for_decision,
        "can_be_rejected": open_for_decision,
    }


def details(program: Program) -> dict[str, Any]:
    settings = program.settings
    return {
        "leads_enabled": "true",
        "program_leads_commission_type": "follow_program_settings",
        "leads_commission": {
            "currency": settings.currency,
            "commission": settings.commission_value,
            "commission_type": settings.commission_type,
        },
        "leads_custom_form_fields": [
            {
                "id": field.id,
                "type": field.type,
                "title": field.title,
                "text": field.text,
                "description": None,
                "required": field.required,
                "options": list(field.options),
            }
            for field in DEFAULT_FORM
        ],
    }
