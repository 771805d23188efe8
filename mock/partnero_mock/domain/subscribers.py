"""Newsletter subscribers and the milestone rewards they unlock by referring others.

A subscriber has an ``id`` (yours, sent as ``id`` or, by the PHP SDK, as ``identifier``) and a
unique e-mail. Without an id the e-mail doubles as the id, which is what the newest docs example
shows. ``referral.{id|email}`` names the subscriber who referred this one (unknown: 422). Status is
sent in lower case (active, rejected, suspended) and answered capitalised.

Newsletter rewards are unlocked when a subscriber's referral count reaches their
``subscriber_count``; each unlock emits ``subscriber.rewarded`` and counts in ``times_triggered``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .lookups.newsletter_rewards import unlocked_rewards
from .lookups.subscribers import find_subscriber, subscriber_referrals
from .records.subscribers import STATUSES, Subscriber, SubscriberStatus
from .validation import Rules, reference_fields

if TYPE_CHECKING:
    from .program import Program


def create_subscriber(program: Program, data: dict[str, Any]) -> Subscriber:
    rules = Rules(data)
    ident = rules.string("id") or rules.string("identifier")
    email = rules.email("email", required=True)
    name = rules.string("name")
    # tos, marketing_consent, approved: plain booleans in the docs (catalog createSubscriber)
    tos = rules.boolean("tos", strict=True)
    consent = rules.boolean("marketing_consent", strict=True)
    status = _status(rules)
    approved = rules.boolean("approved", strict=True)
    reference = data.get("referral")
    if isinstance(reference, list) and reference and isinstance(reference[0], dict):
        reference = reference[0]  # old docs typed referral as a list of objects
    if reference is not None and not isinstance(reference, dict | list):
        # The docs type `referral` as an object (old docs: object[]); anything else is invalid
        # rather than "no referrer" (catalog createSubscriber, body_params referral).
        rules.fail("referral", "The referral must be an object.")
        reference = None
    referrer = None
    if reference:
        fields = reference_fields(reference, ("id", "email"))
        referrer = (
            find_subscriber(program, fields["id"])
            if "id" in fields
            else program.subscribers.find("email", fields["email"])
            if "email" in fields
            else None
        )
        if referrer is None:
            rules.fail("referral", "The selected referral is invalid.")
    if email is not None and program.subscribers.taken("email", email):
        rules.fail("email", "The email has already been taken.")
    if program.subscribers.taken("id", ident or email or ""):
        rules.fail("id", "The id has already been taken.")
    rules.check()
    assert email is not None
    now = program.clock.now()
    subscriber = Subscriber(
        uid=f"s{program.next_number('subscriber')}",
        id=ident or email,
        email=email,
        name=name,
        tos=tos,
        marketing_consent=consent,
        status=status or SubscriberStatus.ACTIVE,
        approved=True if approved is None else approved,
        referrer_uid=referrer.uid if referrer else None,
        portal_token=program.ids.token(16),
        created_at=now,
        updated_at=now,
    )
    before = set(r.id for r in unlocked_rewards(program, referrer)) if referrer else set()
    program.subscribers.add(subscriber)
    program.emit("subscriber.created", {"id": subscriber.id, "email": subscriber.email})
    if referrer is not None:
        for reward in unlocked_rewards(program, referrer):
            if reward.id not in before:
                program.emit("subscriber.rewarded", {"id": referrer.id, "reward": reward.id})
    return subscriber


def _status(rules: Rules) -> SubscriberStatus | None:
    """Statuses arrive in any case and are stored lower case."""
    value = rules.data.get("status")
    if value is None:
        return None
    if not isinstance(value, str) or value.lower() not in STATUSES:
        rules.fail("status", f"The selected {rules.name('status')} is invalid.")
        return None
    return SubscriberStatus(value.lower())


def update_subscriber(
    program: Program, subscriber: Subscriber, changes: dict[str, Any], prefix: str
) -> Subscriber:
    rules = Rules(changes, prefix)
    ident = rules.string("identifier") or rules.string("id")
    email = rules.email("email")
    name = rules.string("name")
    tos = rules.boolean("tos", strict=True)
    consent = rules.boolean("marketing_consent", strict=True)
    approved = rules.boolean("approved", strict=True)
    status = _status(rules)
    if email is not None and program.subscribers.taken("email", email, ignore=subscriber):
        rules.fail("email", f"The {rules.name('email')} has already been taken.")
    if ident is not None and program.subscribers.taken("id", ident, ignore=subscriber):
        rules.fail("identifier", f"The {rules.name('identifier')} has already been taken.")
    rules.check()

    def apply() -> None:
        if email is not None:
            subscriber.email = email
        if ident is not None:
            subscriber.id = ident

    program.subscribers.reindex(subscriber, apply)
    for attribute, value in (
        ("name", name),
        ("tos", tos),
        ("marketing_consent", consent),
        ("approved", approved),
    ):
        if value is not None:
            setattr(subscriber, attribute, value)
    if status is not None:
        subscriber.status = status
    subscriber.updated_at = program.clock.now()
    program.emit("subscriber.updated", {"id": subscriber.id, "email": subscriber.email})
    return subscriber


def delete_subscriber(program: Program, subscriber: Subscriber) -> None:
    for child in subscriber_referrals(program, subscriber):
        _detach(program, child)
    program.subscribers.remove(subscriber)
    program.emit("subscriber.deleted", {"id": subscriber.id, "email": subscriber.email})


def _detach(program: Program, child: Subscriber) -> None:
    program.subscribers.reindex(child, lambda: setattr(child, "referrer_uid", None))
