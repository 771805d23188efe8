"""Customer routes of affiliate and refer-a-friend programs, including the deprecated singular
``/v1/customer`` routes of the PHP SDK (affiliate only, kept for old integrations).

Creates answer 200 (the docs label no status for customer create).
"""

from __future__ import annotations

from typing import Any

from ...domain import balances, cascades, customers, partners
from ...domain.clock import format_timestamp
from ...domain.errors import ValidationFailed
from ...domain.lookups.customers import customer_at_path, customer_referrals, search_customers
from ...domain.lookups.partners import find_partner
from ...domain.lookups.referral_links import links_of
from ...domain.lookups.transactions import transactions_of_customer
from ...domain.records.customers import Customer
from ..context import Ctx
from ..pagination import ordered, paginated, unpaged
from ..replies import Reply, done, ok
from ..routing import AFFILIATE, REFERRAL, RouteTable
from ..views import customer_referral_links as link_views
from ..views import customers as views
from ..views import rewards as reward_views
from ..views import transactions as transaction_views

BOTH = AFFILIATE | REFERRAL


def register(table: RouteTable) -> None:
    add = table.add
    add("GET", "/v1/customers", "listCustomers", list_customers, BOTH)
    add("POST", "/v1/customers", "createCustomer", create_customer, BOTH)
    add("PUT", "/v1/customers", "updateCustomerByBody", update_by_body, BOTH)
    add("DELETE", "/v1/customers", "deleteCustomerByBody", delete_by_body, AFFILIATE)
    add("GET", "/v1/customers/{key}", "getCustomer", get_customer, BOTH)
    add("PUT", "/v1/customers/{key}", "updateCustomer", update_customer, BOTH)
    add("DELETE", "/v1/customers/{key}", "deleteCustomer", delete_customer, BOTH)
    add("POST", "/v1/customers/{key}/archive", "archiveCustomer", archive, BOTH)
    add("POST", "/v1/customers/{key}/revoke-archive", "restoreCustomer", restore, BOTH)
    add("POST", "/v1/customers/{key}/suspend", "suspendCustomer", suspend, AFFILIATE)
    add("POST", "/v1/customers/{key}/approve", "approveCustomer", approve, AFFILIATE)
    add("GET", "/v1/customers/{key}/transactions", "listCustomerTransactions", list_transactions, BOTH)
    add("GET", "/v1/customers/{id}/balance", "getCustomerBalance", get_balance, REFERRAL)
    add("POST", "/v1/customers/{id}/balance/credit", "creditCustomerBalance", credit_balance, REFERRAL)
    add("GET", "/v1/customers/{id}/referral_links", "listCustomerReferralLinks", list_links, REFERRAL)
    add("GET", "/v1/customers/{id}/referrals", "listCustomerReferrals", list_referrals, REFERRAL)
    add("GET", "/v1/customers/{id}/stats", "getCustomerStats", get_stats, REFERRAL)
    add("POST", "/v1/customers:invite", "inviteCustomer", invite, REFERRAL)
    add("GET", "/v1/customers:search", "searchCustomers", search, BOTH)
    # deprecated singular routes (PHP SDK)
    add("GET", "/v1/customer", "getCustomerLegacy", legacy_get, AFFILIATE)
    add("POST", "/v1/customer", "createCustomerLegacy", legacy_create, AFFILIATE)
    add("PUT", "/v1/customer", "updateCustomerLegacy", legacy_update, AFFILIATE)
    add("DELETE", "/v1/customer", "deleteCustomerLegacy", legacy_delete, AFFILIATE)


def _at_path(ctx: Ctx, name: str = "key") -> Customer:
    return customer_at_path(ctx.program, ctx.path_param(name))


def _in_body(ctx: Ctx, names: tuple[str, ...]) -> Customer:
    """The customer named in the body: affiliate by ``key``, refer-a-friend by ``id`` (or key)."""
    data = ctx.data
    for name in names:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise ValidationFailed.single(name, f"The {name} must be a string.")
        if value is not None:
            return customer_at_path(ctx.program, value)
    raise ValidationFailed.single(names[0], f"The {names[0]} field is required.")


def _locators(ctx: Ctx) -> tuple[str, ...]:
    return ("key",) if ctx.program.is_affiliate else ("id", "key")


def _render(ctx: Ctx) -> Any:
    return lambda customer: views.item(ctx.program, customer)


def list_customers(ctx: Ctx) -> Reply:
    program = ctx.program
    items = program.customers.all()
    if program.is_affiliate:
        key = ctx.params.get("partner.key", "partner_key")
        email = ctx.params.get("partner.email", "partner_email")
        if key is not None or email is not None:
            partner = find_partner(
                program, key=_text(key, "partner.key"), email=_text(email, "partner.email")
            )
            items = [c for c in items if partner is not None and c.partner_id == partner.id]
    else:
        status = ctx.params.get("refer_status")
        if status is not None:
            if status not in ("referred", "non_referred"):
                raise ValidationFailed.single("refer_status", "The selected refer status is invalid.")
            wanted = status == "referred"
            items = [c for c in items if (c.referring_customer_uid is not None) == wanted]
    return paginated(ctx, ordered(ctx, items), _render(ctx))


def _text(value: Any, name: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ValidationFailed.single(name, f"The {name} must be a string.")
    return value


def create_customer(ctx: Ctx) -> Reply:
    customer = cascades.create_customer(ctx.program, ctx.data)
    return ok(views.detail(ctx.program, customer))


def get_customer(ctx: Ctx) -> Reply:
    return ok(views.detail(ctx.program, _at_path(ctx)))


def update_customer(ctx: Ctx) -> Reply:
    customer = _at_path(ctx)
    changes, prefix = partners.split_changes(ctx.data)
    # The docs mark `update` required; the n8n node's flat fields stand in for it, but a body with
    # neither has nothing to change (spec: `update` required, so a client always sends it).
    if not prefix and not changes:
        raise ValidationFailed.single("update", "The update field is required.")
    customers.update_customer(ctx.program, customer, changes, prefix)
    return ok(views.detail(ctx.program, customer))


def update_by_body(ctx: Ctx) -> Reply:
    locators = _locators(ctx)
    customer = _in_body(ctx, locators)
    # The body-identified form always carries its change set in `update` (catalog:
    # updateCustomerByBody / updateReferralCustomerByBody, `update` required; conventions 13.2).
    # Only the item path takes flat fields (n8n). The legacy singular route keeps the old leniency.
    if ctx.path == "/v1/customers" and ctx.data.get("update") is None:
        raise ValidationFailed.single("update", "The update field is required.")
    changes, prefix = partners.split_changes(ctx.data, locators=locators)
    customers.update_customer(ctx.program, customer, changes, prefix)
    return ok(views.detail(ctx.program, customer))


def delete_customer(ctx: Ctx) -> Reply:
    cascades.delete_customer(ctx.program, _at_path(ctx))
    return done()


def delete_by_body(ctx: Ctx) -> Reply:
    cascades.delete_customer(ctx.program, _in_body(ctx, ("key",)))
    return done()


def archive(ctx: Ctx) -> Reply:
    customers.archive_customer(ctx.program, _at_path(ctx))
    return done()


def restore(ctx: Ctx) -> Reply:
    customers.restore_customer(ctx.program, _at_path(ctx))
    return done()


def suspend(ctx: Ctx) -> Reply:
    customers.suspend_customer(ctx.program, _at_path(ctx))
    return done()


def approve(ctx: Ctx) -> Reply:
    customers.approve_customer(ctx.program, _at_path(ctx))
    return done()


def list_transactions(ctx: Ctx) -> Reply:
    items = transactions_of_customer(ctx.program, _at_path(ctx))
    return paginated(ctx, ordered(ctx, items), lambda t: transaction_views.transaction(ctx.program, t))


def get_balance(ctx: Ctx) -> Reply:
    customer = _at_path(ctx, "id")
    return ok(
        {"customer": views.detail(ctx.program, customer), "balance": balances.balance(ctx.program, customer)}
    )


def credit_balance(ctx: Ctx) -> Reply:
    customer = _at_path(ctx, "id")
    reward = balances.credit(ctx.program, customer, ctx.data)
    return ok(
        {
            "credit": reward_views.reward(ctx.program, reward),
            "customer": views.detail(ctx.program, customer),
            "balance": balances.balance(ctx.program, customer),
        }
    )


def list_links(ctx: Ctx) -> Reply:
    links = links_of(ctx.program.customer_links, _at_path(ctx, "id").uid)
    return unpaged(ctx, links, lambda link: link_views.link(ctx.program, link))


def list_referrals(ctx: Ctx) -> Reply:
    referred = customer_referrals(ctx.program, _at_path(ctx, "id"))
    return paginated(ctx, ordered(ctx, referred), _render(ctx))


def get_stats(ctx: Ctx) -> Reply:
    return ok(balances.statistics(ctx.program, _at_path(ctx, "id")))


def invite(ctx: Ctx) -> Reply:
    invitation = balances.invite(ctx.program, ctx.data)
    return ok({**invitation, "invited_at": format_timestamp(invitation["invited_at"])})


def search(ctx: Ctx) -> Reply:
    criteria = {name: _text(ctx.params.get(name), name) for name in ("email", "key", "id")}
    found = search_customers(
        ctx.program, email=criteria["email"], key=criteria["key"], customer_id=criteria["id"]
    )
    return paginated(ctx, ordered(ctx, found), _render(ctx))


def legacy_get(ctx: Ctx) -> Reply:
    return ok(views.detail(ctx.program, _in_body(ctx, ("key",))))


def legacy_create(ctx: Ctx) -> Reply:
    data = ctx.data
    nested = data.get("customer")
    if not isinstance(nested, dict):
        raise ValidationFailed.single("customer", "The customer field must be an object.")
    transaction = data.get("transaction")
    body = {**nested, "partner": data.get("partner")}
    if isinstance(transaction, dict):
        body["transaction"] = transaction
    customer = customers.create_affiliate_customer(ctx.program, body)
    return ok(views.detail(ctx.program, customer))


def legacy_update(ctx: Ctx) -> Reply:
    return update_by_body(ctx)


def legacy_delete(ctx: Ctx) -> Reply:
    return delete_by_body(ctx)
