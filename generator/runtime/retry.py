"""When a failed request may be sent again, and how long to wait first.

Partnero has no idempotency keys and transaction keys are not unique, so a POST is repeated only
when it certainly never took effect: the connection was never made, or the server answered 429.
The same holds for the few GETs that change state (`leads.convert` books a sale): the spec marks
them with `x-partnero-state-changing`, and their endpoint modules pass that on as
`RequestSpec["retry_safe"] = False`.
"""

from __future__ import annotations

import email.utils
import random
import time

import httpx

RETRYABLE_STATUSES = frozenset({408, 429}) | frozenset(range(500, 600))
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
# A server asking for a longer wait still gets retried after this; the call's deadline
# (config.DEFAULT_CALL_TIMEOUT) bounds the waits of all retries together.
MAX_RETRY_AFTER = 30.0


def repeatable(method: str, *, changes_state: bool = False) -> bool:
    """Whether sending the request twice has the same effect as sending it once."""
    return method.upper() in IDEMPOTENT_METHODS and not changes_state


def retryable_status(method: str, status: int, *, changes_state: bool = False) -> bool:
    if repeatable(method, changes_state=changes_state):
        return status in RETRYABLE_STATUSES
    return status == 429


def never_sent(exc: Exception) -> bool:
    """The request cannot have reached the server if the connection was never established."""
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def retryable_exception(method: str, exc: Exception, *, changes_state: bool = False) -> bool:
    if repeatable(method, changes_state=changes_state):
        return isinstance(exc, httpx.TransportError)
    return never_sent(exc)


def may_have_applied(status: int | None) -> bool:
    """After a failed attempt with this status (None: a transport error that was not a refused
    connection), the server may have carried the request out."""
    return status is None or status >= 500 or status == 408


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds or seconds < 0:  # NaN or in the past
        return 0.0
    return seconds


def backoff_delay(attempt: int, retry_after: float | None = None) -> float:
    """Delay before retry number `attempt` (0-based): Retry-After when given (capped), else
    exponential backoff with jitter (half to all of the step)."""
    if retry_after is not None:
        return min(retry_after, MAX_RETRY_AFTER)
    ceiling = min(MAX_DELAY, INITIAL_DELAY * 2.0**attempt)
    return ceiling * (0.5 + random.random() / 2)
