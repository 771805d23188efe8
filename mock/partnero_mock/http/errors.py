"""Mapping of domain errors to HTTP replies."""

from __future__ import annotations

from ..domain.errors import ActionFailed, DomainError, InvalidReference, NotFound, ValidationFailed
from .replies import Reply, failure


def reply_for(error: DomainError) -> Reply:
    if isinstance(error, ValidationFailed):
        return failure(422, error.message, error.errors)
    if isinstance(error, NotFound):
        return failure(404, error.message)
    if isinstance(error, ActionFailed | InvalidReference):
        return failure(400, error.message)
    return failure(400, error.message)
