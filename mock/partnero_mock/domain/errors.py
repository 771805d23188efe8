"""Errors raised by domain operations; the HTTP layer maps each class to one status code."""

from __future__ import annotations


class DomainError(Exception):
    """Base class: something the caller asked for cannot be done."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(DomainError):
    """The addressed record does not exist in this program (HTTP 404)."""


class ActionFailed(DomainError):
    """The record exists but its state does not allow the action (HTTP 400 "Action failed")."""

    def __init__(self, message: str = "Action failed") -> None:
        super().__init__(message)


class InvalidReference(DomainError):
    """A referenced record (for example the partner of a new customer) is unknown (HTTP 400)."""


class ValidationFailed(DomainError):
    """Input values break a rule; ``errors`` maps field names to messages (HTTP 422)."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        first = next(iter(errors.values()))[0] if errors else "The given data was invalid."
        extra = sum(len(messages) for messages in errors.values()) - 1
        if extra > 0:
            plural = "error" if extra == 1 else "errors"
            first = f"{first} (and {extra} more {plural})"
        super().__init__(first)
        self.errors = errors

    @classmethod
    def single(cls, field: str, message: str) -> ValidationFailed:
        return cls({field: [message]})
