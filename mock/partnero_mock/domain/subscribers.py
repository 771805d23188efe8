"""Newsletter subscribers and the milestone rewards they unlock by referring others.

A subscriber has an ``id`` (yours, sent as ``id`` or, by the PHP SDK, as ``identifier``) and a
unique e-mail. Without an id the e-mail doubles as the id, which is what the newest docs example
shows. ``referral.{id|email}`` names the subscriber who referred this one (unknown: 422). Status is
sent in lower case (active, rejected, suspended) and answered capitalised.

Newsletter rewards are unlocked when a subscriber's referral count reaches their
``subscriber_count``; each unlock emits ``subscriber.rewarded`` and counts in ``times_triggered``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .errors import NotFound, ValidationFailed
from .store import Book
from .validation import Rules, reference_fields, to_integer

if TYPE_CHECKING:
    from .program import Program

STATUSES = ("active", "rejected", "suspended")
FULFILLMENT = {"url_link": "URL", "generic_coupon": "Coupon code", "amazon_gift_card": "Amazon gift card"}


@dataclass(eq=False)
class Subscriber:
    uid: str
    id: str
    email: str
    created_at: datetime
    updated_at: datetime
    name: str | None = None
    tos: bool | None = None
    marketing_consent: bool | None = None
    status: str = "active"
    approved: bool = True
    referrer_uid: str | None = None
    portal_token: str = ""


@dataclass(eq=False)
class NewsletterReward:
    id: int
    name: str
    created_at: datetime
    updated_at: datetime
    description: str | None = None
    subscriber_count: int = 1
    fulfillment_type: str = "url_link"
    fulfillment_value: str | None = None
    status: str = "active"


def new_subscriber_book() -> Book[Subscriber]:
    return Book(
        lambda s: s.uid,
        groups={"referrer": lambda s: s.referrer_uid},
        id=lambda s: s.id,
        email=lambda s: s.email,
    )


def new_reward_book() -> Book[NewsletterReward]:
    return Book(lambda reward: str(reward.id))


# -- subscribers ------------------------------------------------------------------------------------


def find_subscriber(program: Program, ident: str) -> Subscriber | None:
    """By id first, then by e-mail (the PHP SDK sends e-mails where ids are expected)."""
    return program.subscribers.find("id", ident) or program.subscribers.find("email", ident)


def subscriber_at(program: Program, ident: str) -> Subscriber:
    found = find_subscriber(program, ident)
    if found is None:
        raise NotFound("Subscriber not found.")
    return found


def locate(program: Program, data: dict[str, Any]) -> Subscriber:
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


def referrals_of(program: Program, subscriber: Subscriber) -> list[Subscriber]:
    return program.subscribers.group("referrer", subscriber.uid)


def unlocked_rewards(program: Program, subscriber: Subscriber) -> list[NewsletterReward]:
    count = len(referrals_of(program, subscriber))
    return [r for r in program.newsletter_rewards if r.status == "active" and count >= r.subscriber_count]


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
        status=status or "active",
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


def _status(rules: Rules) -> str | None:
    """Statuses arrive in any case and are stored lower case."""
    value = rules.data.get("status")
    if value is None:
        return None
    if not isinstance(value, str) or value.lower() not in STATUSES:
        rules.fail("status", f"The selected {rules.name('status')} is invalid.")
        return None
    return value.lower()


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
    for child in referrals_of(program, subscriber):
        _detach(program, child)
    program.subscribers.remove(subscriber)
    program.emit("subscriber.deleted", {"id": subscriber.id, "email": subscriber.email})


def _detach(program: Program, child: Subscriber) -> None:
    program.subscribers.reindex(child, lambda: setattr(child, "referrer_uid", None))


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


# -- newsletter rewards ----------------------------------------------------------------------------


def get_reward(program: Program, reward_id: Any) -> NewsletterReward:
    number = to_integer(reward_id)
    reward = program.newsletter_rewards.get(str(number)) if number is not None else None
    if reward is None:
        raise NotFound("Reward not found.")
    return reward


def create_reward(program: Program, data: dict[str, Any]) -> NewsletterReward:
    rules = Rules(data)
    name = rules.string("name", required=True)
    description = rules.string("description", max_length=5000)
    count = rules.integer("subscribers_count", minimum=1, maximum=1_000_000)
    if count is None:
        count = rules.integer("subscriber_count", minimum=1, maximum=1_000_000)
    kind = rules.choice("fulfillment_type", FULFILLMENT)
    value = rules.string("fulfillment_value", max_length=2048)
    rules.check()
    assert name is not None
    now = program.clock.now()
    reward = NewsletterReward(
        id=program.next_number("newsletter_reward"),
        name=name,
        description=description,
        subscriber_count=count or 1,
        fulfillment_type=kind or "url_link",
        fulfillment_value=value,
        created_at=now,
        updated_at=now,
    )
    return program.newsletter_rewards.add(reward)


def times_triggered(program: Program, reward: NewsletterReward) -> int:
    return sum(1 for s in program.subscribers if len(referrals_of(program, s)) >= reward.subscriber_count)
