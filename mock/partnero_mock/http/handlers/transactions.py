"""Transaction routes. Creates answer 200; the batch form answers a list in ``data``."""

from __future__ import annotations

from typing import Any

from ...domain import transactions
from ...domain.errors import ValidationFailed
from ...domain.lookups.transactions import filter_transactions, newest_with_key
from ..context import Ctx
from ..pagination import ordered, paginated
from ..replies import Reply, done, ok
from ..routing import AFFILIATE, REFERRAL, RouteTable
from ..views import transactions as views


def register(table: RouteTable) -> None:
    add = table.add
    add("GET", "/v1/transactions", "listTransactions", list_transactions, AFFILIATE | REFERRAL)
    add("POST", "/v1/transactions", "createTransaction", create_transaction, AFFILIATE | REFERRAL)
    add("DELETE", "/v1/transactions", "deleteTransactionByBody", delete_by_body, AFFILIATE)
    # Get and delete by key serve refer-a-friend programs too (catalog: getReferralTransaction,
    # deleteReferralTransaction); archive and restore stay affiliate-only.
    add("GET", "/v1/transactions/{key}", "getTransaction", get_transaction, AFFILIATE | REFERRAL)
    add("DELETE", "/v1/transactions/{key}", "deleteTransaction", delete_transaction, AFFILIATE | REFERRAL)
    add("POST", "/v1/transactions/{key}/archive", "archiveTransaction", archive, AFFILIATE)
    add("POST", "/v1/transactions/{key}/revoke-archive", "restoreTransaction", restore, AFFILIATE)


def _text(ctx: Ctx, *names: str) -> str | None:
    value = ctx.params.get(*names)
    if value is not None and not isinstance(value, str):
        raise ValidationFailed.single(names[0], f"The {names[0]} must be a string.")
    return value


def _render(ctx: Ctx) -> Any:
    return lambda transaction: views.transaction(ctx.program, transaction)


def list_transactions(ctx: Ctx) -> Reply:
    if ctx.program.is_affiliate:
        items = filter_transactions(
            ctx.program,
            key=_text(ctx, "key"),
            partner_key=_text(ctx, "partner.key", "partner_key"),
            partner_email=_text(ctx, "partner.email", "partner_email"),
            customer_key=_text(ctx, "customer.key", "customer_key"),
        )
    else:
        items = ctx.program.transactions.all()
    return paginated(ctx, ordered(ctx, items), _render(ctx))


def create_transaction(ctx: Ctx) -> Reply:
    booked, batch = transactions.record_transactions(ctx.program, ctx.data)
    rendered = [views.transaction(ctx.program, t) for t in booked]
    return ok(rendered if batch else rendered[0])


def get_transaction(ctx: Ctx) -> Reply:
    return ok(views.transaction(ctx.program, newest_with_key(ctx.program, ctx.path_param("key"))))


def delete_transaction(ctx: Ctx) -> Reply:
    transactions.delete_by_key(ctx.program, ctx.path_param("key"))
    return done()


def delete_by_body(ctx: Ctx) -> Reply:
    key = _text(ctx, "key")
    if key is None:
        raise ValidationFailed.single("key", "The key field is required.")
    transactions.delete_by_key(ctx.program, key)
    return done()


def archive(ctx: Ctx) -> Reply:
    transactions.archive_by_key(ctx.program, ctx.path_param("key"))
    return done()


def restore(ctx: Ctx) -> Reply:
    transactions.restore_by_key(ctx.program, ctx.path_param("key"))
    return done()
