"""The one exception hierarchy every failure of the client is reported through."""

from __future__ import annotations

import json
import socket
import ssl
from collections.abc import Mapping
from typing import Any

import httpx


def _rebuild(cls: type[PartneroError], args: tuple[Any, ...]) -> PartneroError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    return error


class PartneroError(Exception):
    """Base of every error the client raises."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own pickling calls `cls(*args)`, which the keyword-only constructors below
        # refuse; so an error raised in a worker process could not travel back. Rebuild without
        # calling __init__ and restore the attributes as they were.
        return (_rebuild, (type(self), self.args), dict(self.__dict__))


class APIConnectionError(PartneroError):
    """No usable reply: the connection failed, was reset, or the request could not be sent."""

    def __init__(self, message: str = "Connection to the Partnero API failed.") -> None:
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request took longer than the configured timeout."""

    def __init__(self, message: str = "Request to the Partnero API timed out.") -> None:
        super().__init__(message)


class ResponseValidationError(PartneroError):
    """A successful reply whose body does not fit the documented schema."""

    def __init__(self, message: str, *, status_code: int, body: object) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body


class ConfigurationError(PartneroError, ValueError):
    """A setting given to the client, `with_options` or `RequestOptions` is not usable."""


class ConfigurationTypeError(ConfigurationError, TypeError):
    """A setting has the wrong type (a string for `timeout`, say)."""


class InsecureConfigurationError(ConfigurationError):
    """The client was configured in a way that could leak the API key."""


class ClientClosedError(PartneroError, RuntimeError):
    """The client (or the client it was copied from) was closed; make a new one."""

    def __init__(self, message: str = "This Partnero client is closed; create a new client.") -> None:
        super().__init__(message)


class ResponseTooLargeError(PartneroError):
    """The reply, once decoded, is larger than the client's `max_response_bytes`."""

    def __init__(self, message: str, *, status_code: int, limit: int) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.limit = limit


class PaginationError(ResponseValidationError):
    """The server's page links would never end: a loop, an empty page that links on, or more
    pages than `max_pages`."""

    def __init__(self, message: str) -> None:
        super().__init__(message, status_code=200, body=None)


class APIStatusError(PartneroError):
    """The API answered with an error status (anything but 2xx).

    `attempts` counts the requests sent for this call. `earlier_attempt_may_have_applied` is true
    when a previous attempt of this call failed after the request was sent (a 5xx, a reset or a
    timeout), so the server may have carried it out: a DELETE whose retry answers 404 raises
    NotFoundError with this set, meaning the record is gone, most likely deleted by this call.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: object,
        headers: Mapping[str, str],
        attempts: int = 1,
        earlier_attempt_may_have_applied: bool = False,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.headers = dict(headers)
        self.attempts = attempts
        self.earlier_attempt_may_have_applied = earlier_attempt_may_have_applied

    def __str__(self) -> str:
        return f"{self.status_code}: {self.message}"


class BadRequestError(APIStatusError):
    """400: the request could not be carried out (for example an action the state does not allow)."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the account or key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such record, or no such route for this program type."""


class MethodNotAllowedError(APIStatusError):
    """405: the path does not take this method."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state."""


class UnprocessableEntityError(APIStatusError):
    """422: invalid values; `errors` maps each field to its messages."""

    @property
    def errors(self) -> dict[str, list[str]]:
        found = self.body.get("errors") if isinstance(self.body, dict) else None
        if not isinstance(found, dict):
            return {}
        return {
            str(field): [str(m) for m in msgs] if isinstance(msgs, list) else [str(msgs)]
            for field, msgs in found.items()
        }


class RateLimitError(APIStatusError):
    """429: too many requests."""


class InternalServerError(APIStatusError):
    """5xx: Partnero or a gateway in front of it failed."""


# What a generated model's from_dict raises on data that does not fit its schema.
MODEL_MISFITS = (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError)

_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


# Exceptions are logged, pickled and sent to error trackers: keep what they carry small.
MAX_KEPT_BODY = 16 * 1024
MAX_MESSAGE = 1000


def decode_body(response: httpx.Response) -> Any:
    """The reply's JSON when it is JSON and small, else its text cut to MAX_KEPT_BODY characters;
    never raises."""
    content = response.content
    if len(content) <= MAX_KEPT_BODY:
        try:
            return json.loads(content)
        except (ValueError, RecursionError):
            pass
    text = content[: MAX_KEPT_BODY * 4].decode("utf-8", errors="replace")
    if len(text) > MAX_KEPT_BODY:
        return text[:MAX_KEPT_BODY] + f"... [{len(content)} bytes in all]"
    return text


# How many linked errors a walk looks at; a longer chain is treated as one that may show anything.
CHAIN_LIMIT = 20


def linked_errors(exc: BaseException) -> list[BaseException]:
    """`exc` and every error linked to it as cause or context, each once (at most CHAIN_LIMIT + 1)."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop()
        if item is None or any(item is s for s in seen) or len(seen) > CHAIN_LIMIT:
            continue
        seen.append(item)
        todo += [item.__cause__, item.__context__]
    return seen


def _causes(exc: BaseException) -> list[BaseException]:
    # The primary path only (cause, else context), in order: the nearest reason comes first.
    found: list[BaseException] = []
    item: BaseException | None = exc
    while item is not None and len(found) < CHAIN_LIMIT:
        found.append(item)
        item = item.__cause__ or item.__context__
    return found


def _os_reason(exc: BaseException) -> str | None:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"TLS certificate not accepted ({getattr(exc, 'verify_message', None) or exc.strerror})"
    if isinstance(exc, ssl.SSLError):
        return f"TLS failed ({getattr(exc, 'reason', None) or exc.strerror})"
    if isinstance(exc, socket.gaierror):
        return "DNS lookup of the host failed"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, ConnectionResetError):
        return "connection reset by the server"
    return None


_HTTPX_REASONS: tuple[tuple[type[Exception], str], ...] = (
    (httpx.ConnectTimeout, "connecting timed out"),
    (httpx.ReadTimeout, "no reply within the read timeout"),
    (httpx.WriteTimeout, "sending the request timed out"),
    (httpx.PoolTimeout, "no free connection in the pool in time"),
    (httpx.ProxyError, "the proxy refused the request"),
    (httpx.RemoteProtocolError, "the server closed the connection or broke the HTTP protocol"),
    (httpx.ReadError, "the connection failed while reading the reply"),
    (httpx.WriteError, "the connection failed while sending the request"),
    (httpx.ConnectError, "could not connect"),
    (httpx.UnsupportedProtocol, "unsupported URL scheme"),
    (httpx.DecodingError, "the reply could not be decoded"),
)


def connection_error(exc: httpx.HTTPError, host: str) -> APIConnectionError:
    """The error for a transport failure, naming its real reason (from the exception chain) and
    the host, but never the exception's own text, which a custom transport may fill with headers."""
    reason = next((r for e in _causes(exc) if (r := _os_reason(e)) is not None), None)
    if reason is None:
        reason = next((r for cls, r in _HTTPX_REASONS if isinstance(exc, cls)), type(exc).__name__)
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return cls(f"Request to the Partnero API at {host} failed: {reason}.")


def status_error(
    response: httpx.Response, *, attempts: int = 1, earlier_attempt_may_have_applied: bool = False
) -> APIStatusError:
    """Map an error reply to the matching exception class."""
    body = decode_body(response)
    message = body.get("message") if isinstance(body, dict) else None
    if not isinstance(message, str) or not message:
        message = response.reason_phrase or f"HTTP {response.status_code}"
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(
        message[:MAX_MESSAGE],
        status_code=response.status_code,
        body=body,
        headers=response.headers,
        attempts=attempts,
        earlier_attempt_may_have_applied=earlier_attempt_may_have_applied,
    )


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConfigurationTypeError",
    "ConflictError",
    "InsecureConfigurationError",
    "InternalServerError",
    "MethodNotAllowedError",
    "NotFoundError",
    "PaginationError",
    "PartneroError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnprocessableEntityError",
]
