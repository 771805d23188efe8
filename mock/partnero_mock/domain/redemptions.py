"""Redemptions of coupons and promotion codes: a log of uses, each at most once per transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .clock import format_timestamp
from .lookups.transactions import transactions_with_key

if TYPE_CHECKING:
    from .program import Program


def record_redemption(program: Program, log: list[dict[str, Any]], transaction_key: str | None) -> bool:
    """Append a redemption; False when the transaction key is unknown or already used."""

    if transaction_key is not None:
        if not transactions_with_key(program, transaction_key):
            return False
        if any(entry.get("transaction_key") == transaction_key for entry in log):
            return False
    log.append({"redeemed_at": format_timestamp(program.clock.now()), "transaction_key": transaction_key})
    return True
