"""Operations that span resources, at the top of the domain so the resource modules never need
each other both ways: a customer deleted with its sales, rewards and links, an affiliate customer
created with a first sale, a lead converted into a customer with a sale, a partner deleted with
its links.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import customers, transactions
from .errors import ActionFailed
from .lookups.customers import customer_referrals
from .lookups.leads import get_lead
from .lookups.referral_links import links_of
from .lookups.transactions import transactions_of_customer
from .records.customers import Customer
from .records.leads import Lead, LeadStatus
from .records.partners import Partner
from .validation import Rules

if TYPE_CHECKING:
    from .program import Program

_KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def create_customer(program: Program, data: dict[str, Any]) -> Customer:
    """A customer of either program type; an affiliate one may bring its first sale along.

    The sale is checked before the customer is created: a 422 on the sale creates nothing.
    """
    sale = customers.first_sale(data) if program.is_affiliate else None
    if sale is not None:
        transactions.check_sale(program, sale)
    customer = customers.create_customer(program, data)
    if sale is not None:
        transactions.record_transactions(program, {**sale, "customer": {"key": customer.key}})
    return customer


def delete_customer(program: Program, customer: Customer) -> None:
    """Remove the customer with its transactions, rewards and referral links."""
    for transaction in transactions_of_customer(program, customer):
        transactions.delete_transaction(program, transaction, announce=False)
    for reward in list(program.rewards):
        if reward.customer_uid == customer.uid:
            program.rewards.remove(reward)
    for link in links_of(program.customer_links, customer.uid):
        program.customer_links.remove(link)
    for child in customer_referrals(program, customer):
        customers.detach_from_referrer(program, child)
    program.customers.remove(customer)
    program.emit("customer.deleted", {"key": customer.key, "id": customer.id, "email": customer.email})


def delete_partner(program: Program, partner: Partner) -> None:
    """Remove the partner and its links; children in a multi-tier tree lose their parent."""
    for link in links_of(program.partner_links, partner.id):
        program.partner_links.remove(link)
    for child in program.partners:
        if child.referring_partner_id == partner.id:
            child.referring_partner_id = None
    program.partners.remove(partner)
    program.emit("partner.deleted", {"id": partner.id, "email": partner.email})


def convert_lead(program: Program, data: dict[str, Any]) -> Lead:
    """Turn a submitted lead into a customer of its partner with a sale of the given amount."""
    rules = Rules(data)
    lead_id = rules.integer("id", required=True, minimum=1)
    amount = rules.number("commission_transaction_amount", required=True, minimum=0, maximum=1e12)
    rules.check()
    lead = get_lead(program, lead_id)
    if lead.status != LeadStatus.SUBMITTED:
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
    lead.status = LeadStatus.CONVERTED
    lead.converted_customer_uid = customer.uid
    program.emit("lead.converted", {"id": lead.id, "customer": customer.key})
    return lead


def _fresh_customer_key(program: Program) -> str:
    while True:
        candidate = program.ids.token(12, _KEY_ALPHABET)
        if not program.customers.taken("key", candidate):
            return candidate
