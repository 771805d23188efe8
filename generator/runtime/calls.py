"""The decisions of one call: its time limits, whether a failure is retried, after what wait,
and what the caller gets when it is not. Shared by the sync and async clients, which only do the
I/O (see http.py); nothing here sends anything.
"""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from .errors import APITimeoutError, PartneroError, connection_error, linked_errors, status_error
from .retry import (
    backoff_delay,
    may_have_applied,
    never_sent,
    parse_retry_after,
    retryable_exception,
    retryable_status,
)

if TYPE_CHECKING:
    from .auth import Secret
    from .config import ClientConfig
    from .http import RequestOptions
    from .outgoing import Outgoing
    from .reconcile import Lookup


@attrs.frozen
class Retry:
    """Try again after `delay` seconds; if `lookup_first`, first look for the record the failed
    create may have made. `give_up` is raised instead of retrying when the lookup finds nothing."""

    delay: float
    reason: str
    lookup_first: bool = False
    give_up: PartneroError | None = None


# The clock all deadlines are measured on; a test may swap it for a fake one.
clock = time.monotonic


def _none_if_inf(value: float | None) -> float | None:
    return None if value is None or math.isinf(value) else value


class CallPlan:
    """One call's state across its attempts."""

    def __init__(
        self,
        outgoing: Outgoing,
        *,
        retries: int,
        timeout: httpx.Timeout,
        attempt_timeout: float | None,
        call_timeout: float | None,
        max_response_bytes: int,
        changes_state: bool,
        lookup: Lookup | None,
        secret: Secret,
    ) -> None:
        self.outgoing = outgoing
        self.retries = retries
        self.timeout = timeout
        self.attempt_timeout = attempt_timeout
        self.started = clock()
        self.call_deadline = None if call_timeout is None else self.started + call_timeout
        self.attempt_deadline: float | None = None
        self.limits: dict[str, float | None] = {}  # httpx's per-operation timeouts, this attempt
        self.max_response_bytes = max_response_bytes
        self.changes_state = changes_state
        self.lookup = lookup
        self.attempt = -1
        self.earlier_attempt_may_have_applied = False
        self._secret = secret  # only to test messages for it before they are chained

    def __repr__(self) -> str:
        return f"CallPlan({self.outgoing.method} attempt={self.attempt + 1})"

    @property
    def request(self) -> httpx.Request:
        """The request as httpx's: built on first use (see outgoing.py)."""
        return self.outgoing.request

    def request_for_attempt(self) -> httpx.Request:
        """The httpx request carrying this attempt's timeouts, for httpx's `send`."""
        request = self.outgoing.request
        request.extensions = {**request.extensions, "timeout": self.limits}
        return request

    @classmethod
    def start(
        cls,
        outgoing: Outgoing,
        *,
        config: ClientConfig,
        options: RequestOptions | None,
        changes_state: bool,
        lookup: Lookup | None,
    ) -> CallPlan:
        def pick(name: str) -> Any:
            value = getattr(options, name, None) if options is not None else None
            return getattr(config, name) if value is None else value

        timeout = config.timeout
        if options is not None and options.timeout is not None:
            from .config import as_timeout

            timeout = as_timeout(options.timeout)
        return cls(
            outgoing,
            retries=pick("max_retries"),
            timeout=timeout,
            attempt_timeout=_none_if_inf(pick("attempt_timeout")),
            call_timeout=_none_if_inf(pick("call_timeout")),
            max_response_bytes=config.max_response_bytes,
            changes_state=changes_state,
            lookup=lookup,
            secret=config.api_key,
        )

    # --- time ---------------------------------------------------------------------------------

    def begin_attempt(self) -> None:
        """Start the next attempt: its deadline, and httpx's per-operation limits capped by it."""
        self.attempt += 1
        now = clock()
        deadlines = [d for d in (self.call_deadline,) if d is not None]
        if self.attempt_timeout is not None:
            deadlines.append(now + self.attempt_timeout)
        self.attempt_deadline = min(deadlines) if deadlines else None
        limits = self.timeout.as_dict()
        if self.attempt_deadline is not None:
            left = max(self.attempt_deadline - now, 0.001)
            limits = {k: left if v is None else min(v, left) for k, v in limits.items()}
        self.limits = limits

    def attempt_remaining(self) -> float:
        if self.attempt_deadline is None:
            return math.inf
        return max(self.attempt_deadline - clock(), 0.0)

    def call_remaining(self) -> float | None:
        if self.call_deadline is None:
            return None
        return max(self.call_deadline - clock(), 0.0)

    def _fits(self, delay: float) -> bool:
        """A retry is only worth it if its wait ends well before the call's deadline."""
        remaining = self.call_remaining()
        return remaining is None or delay < remaining

    # --- outcomes -----------------------------------------------------------------------------

    def _retries_left(self) -> bool:
        return self.attempt < self.retries

    def after_exception(self, exc: httpx.HTTPError) -> Retry:
        """Retry after a transport failure, or raise the PartneroError the caller gets."""
        method = self.outgoing.method
        error = self._transport_error(exc)
        reached = not never_sent(exc)
        if self._retries_left() and retryable_exception(method, exc, changes_state=self.changes_state):
            delay = backoff_delay(self.attempt)
            if self._fits(delay):
                self.earlier_attempt_may_have_applied |= reached
                return Retry(delay, type(exc).__name__)
        if reached and self.lookup is not None:
            timed_out = isinstance(exc, httpx.TimeoutException)
            return self._reconcile_step(type(exc).__name__, error, timed_out=timed_out)
        raise error

    def after_response(self, response: httpx.Response) -> httpx.Response | Retry:
        """The reply if it is a success; else a retry, or raise the PartneroError for it."""
        status = response.status_code
        if 200 <= status < 300:
            return response
        error = status_error(
            response,
            attempts=self.attempt + 1,
            earlier_attempt_may_have_applied=self.earlier_attempt_may_have_applied,
        )
        if self._retries_left() and retryable_status(
            self.outgoing.method, status, changes_state=self.changes_state
        ):
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            delay = backoff_delay(self.attempt, retry_after)
            if self._fits(delay):
                self.earlier_attempt_may_have_applied |= may_have_applied(status)
                return Retry(delay, str(status))
        if may_have_applied(status) and self.lookup is not None:
            return self._reconcile_step(str(status), error, timed_out=status == 408)
        raise error

    def _reconcile_step(self, reason: str, error: PartneroError, *, timed_out: bool) -> Retry:
        """Wait, look the record up, and send the create again only if it is not there.

        After a timeout the server may still be working on the request, so the wait before the
        lookup is at least as long as the read timeout the reply was given."""
        self.earlier_attempt_may_have_applied = True
        settle = (self.timeout.read or 0.0) if timed_out else 0.0
        delay = max(backoff_delay(self.attempt), settle)
        if self._retries_left() and self._fits(delay):
            return Retry(delay, reason, lookup_first=True)
        return Retry(settle if self._fits(settle) else 0.0, reason, lookup_first=True, give_up=error)

    def _transport_error(self, exc: httpx.HTTPError) -> PartneroError:
        error = connection_error(exc, self.request.url.host)
        if isinstance(error, APITimeoutError) and self.attempt_deadline is not None:
            if clock() >= self.attempt_deadline - 0.001:
                error = APITimeoutError(f"{error.message} (the attempt's time limit ran out)")
        if not any(self._secret.reveal() in str(e) for e in linked_errors(exc)):
            error.__cause__ = exc  # the real reason stays inspectable
        return error

    # --- reconciliation -----------------------------------------------------------------------

    def _lookup_options(self) -> RequestOptions:
        from .http import RequestOptions

        remaining = self.call_remaining()
        return RequestOptions(max_retries=self.retries, call_timeout=remaining or None, reconcile=False)

    def reconcile(
        self, send: Callable[[dict[str, Any], RequestOptions], httpx.Response]
    ) -> httpx.Response | None:
        """Look for what the ambiguous create may have made; its reply in the create's shape."""
        assert self.lookup is not None
        for spec in self.lookup.requests():
            try:
                reply = send(spec, self._lookup_options())
            except PartneroError as exc:
                if getattr(exc, "status_code", None) == 404:
                    continue
                raise
            found = self.lookup.match(reply)
            if found is not None:
                return found
        return None

    async def areconcile(
        self, send: Callable[[dict[str, Any], RequestOptions], Awaitable[httpx.Response]]
    ) -> httpx.Response | None:
        assert self.lookup is not None
        for spec in self.lookup.requests():
            try:
                reply = await send(spec, self._lookup_options())
            except PartneroError as exc:
                if getattr(exc, "status_code", None) == 404:
                    continue
                raise
            found = self.lookup.match(reply)
            if found is not None:
                return found
        return None
