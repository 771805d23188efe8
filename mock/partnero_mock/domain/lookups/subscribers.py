"""Read-only look-ups of subscribers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import NotFound, ValidationFailed
from ..records.subscribers import Subscriber
from ..validation import Rules

if TYPE_CHECKING:
    from ..program import Program


def find_subscriber(program: Program, ident: str) -> Subscriber | None:
    """By id first, then by e-mail (the PHP SDK sends e-mails where ids are expected)."""
    return program.subscribers.find("id", ident) or program.subscribers.find("email", ident)


def subscriber_at(program: Program, ident: str) -> Subscriber:
    found = find_subscriber(program, ident)
    if found is None:
        raise NotFound("Subscriber not found.")
    return found


def locate_subscriber(program: Program, data: dict[str, Any]) -> Subscriber:
    """The subscriber named by ``id`` or ``email`` in a body."""
    rules = Rules(data)
    ident = rules.string("id")  # may itself be an e-mail (conventions §13.2)
    email = rules.email("email")  # an e-mail address in the catalog, checked even when id is given
    rules.check()
    if ident is None and email is None:
        raise ValidationFailed(
            {
                "id": ["The id field is required when email is not present."],
                "email": ["The email field is required when id is not present."],
            }
        )
    found = find_subscriber(program, ident) if ident is not None else None
    if found is None and email is not None:
        found = program.subscribers.find("email", email)
    if found is None:
        raise NotFound("Subscriber not found.")
    return found


def subscriber_referrals(program: Program, subscriber: Subscriber) -> list[Subscriber]:
    return program.subscribers.group("referrer", subscriber.uid)


def search_subscribers(program: Program, criteria: dict[str, Any]) -> list[Subscriber]:
    """Every subscriber whose id, e-mail or name equals the given criteria (all must match)."""
    found = []
    for subscriber in program.subscribers:
        values = {"id": subscriber.id, "email": subscriber.email, "name": subscriber.name}
        if all(
            isinstance(wanted, str) and (values.get(name) or "").casefold() == wanted.casefold()
            for name, wanted in criteria.items()
        ):
            found.append(subscriber)
    return found
