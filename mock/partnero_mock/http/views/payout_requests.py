"""JSON shape of payout requests (no documented example; field names follow the request)."""

from __future__ import annotations

from typing import Any

from ...domain.clock import format_optional_timestamp, format_timestamp
from ...domain.program import Program
from ...domain.records.payout_requests import PayoutRequest


def payout(program: Program, item: PayoutRequest) -> dict[str, Any]:
    partner = program.partners.get(item.partner_id)
    return {
        "id": item.id,
        "status": item.status,
        "amount": item.amount,
        "amount_units": item.amount_units,
        "gateway": item.gateway,
        "payout_settings": dict(item.payout_settings),
        "partner": {"id": item.partner_id}
        if partner is None
        else {"id": partner.id, "key": partner.key, "email": partner.email, "name": partner.name},
        "reward_ids": list(item.reward_ids),
        "created_at": format_timestamp(item.created_at),
        "updated_at": format_timestamp(item.updated_at),
        "approved_at": format_optional_timestamp(item.approved_at),
        "paid_at": format_optional_timestamp(item.paid_at),
    }
