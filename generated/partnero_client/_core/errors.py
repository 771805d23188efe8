"""The one exception hierarchy every failure of the client is reported through."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx


class PartneroError(Exception):
    """Base of every error the client raises."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


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


class InsecureConfigurationError(PartneroError):
    """The client was configured in a way that could leak the API key."""


class APIStatusError(PartneroError):
    """The API answered with an error status (anything but 2xx)."""

    def __init__(self, message: str, *, status_code: int, body: object, headers: Mapping[str, str]) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.headers = dict(headers)

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


def decode_body(response: httpx.Response) -> Any:
    """The reply's JSON when it is JSON, else its text; never raises."""
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError):
        return response.content.decode("utf-8", errors="replace")


def status_error(response: httpx.Response) -> APIStatusError:
    """Map an error reply to the matching exception class."""
    body = decode_body(response)
    message = body.get("message") if isinstance(body, dict) else None
    if not isinstance(message, str) or not message:
        message = response.reason_phrase or f"HTTP {response.status_code}"
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(message, status_code=response.status_code, body=body, headers=response.headers)


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InsecureConfigurationError",
    "InternalServerError",
    "MethodNotAllowedError",
    "NotFoundError",
    "PartneroError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnprocessableEntityError",
]
