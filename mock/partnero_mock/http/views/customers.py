"""JSON shapes of customers (affiliate and refer-a-friend differ, see conventions section 14)."""

from __future__ import annotations

from typing import Any

from ...domain.clock import format_optional_timestamp, format_timestamp
from ...domain.lookups.customers import customer_referrals, referring_customer
from ...domain.lookups.referral_links import link_url, links_of
from ...domain.program import Program
from ...domain.records.customers import Customer


def item(program: Program, customer: Customer) -> dict[str, Any]:
    """List item shape."""
    if program.is_affiliate:
        return {
            "key": customer.key,
            "partner": customer.partner_id,
            "deleted": customer.archived,
            "name": customer.name,
            "surname": customer.surname,
            "email": customer.email,
            "created_at": format_timestamp(customer.created_at),
            "updated_at": format_timestamp(customer.updated_at),
            "deleted_at": format_optional_timestamp(customer.deleted_at),
        }
    return _referral(program, customer)


def detail(program: Program, customer: Customer) -> dict[str, Any]:
    if program.is_affiliate:
        shaped = item(program, customer)
        shaped["status"] = customer.status
        shaped["tags"] = [{"value": tag} for tag in customer.tags]
        return shaped
    return _referral(program, customer)


def _referral(program: Program, customer: Customer) -> dict[str, Any]:
    links = links_of(program.customer_links, customer.uid)
    urls = [link_url(program, link) for link in links]
    referrer = referring_customer(program, customer)
    return {
        "email": customer.email,
        "created_at": format_timestamp(customer.created_at),
        "updated_at": format_timestamp(customer.updated_at),
        "id": customer.id,
        "name": customer.name,
        "surname": customer.surname,
        "tos": customer.tos,
        "approved": customer.approved,
        "status": customer.status,
        "referring_customer": None
        if referrer is None
        else {"id": referrer.id, "email": referrer.email, "name": referrer.name, "surname": referrer.surname},
        "referrals_count": len(customer_referrals(program, customer)),
        "metadata": {"date_of_birth": customer.metadata.get("date_of_birth")},
        "referral_link": urls[0] if urls else None,
        "referral_links": urls,
        "custom_fields": {},
    }
