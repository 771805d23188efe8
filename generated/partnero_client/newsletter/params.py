"""Plain-mapping shapes of the newsletter request models.

Wherever a method accepts a request model, a mapping of this shape works too:
`referring_partner={"key": "ref_1"}` instead of `PartnerReference(key="ref_1")`. Keys are the
names on the wire. A mapping with unknown or missing keys raises TypeError before sending.
"""

from typing import Any, Literal, NotRequired, TypedDict


class SubscriberChangesParam(TypedDict, total=False):
    """`SubscriberChanges` as a plain mapping.

    Subscriber fields to change; fields left out (or null) keep their value.
    """

    identifier: NotRequired["str | None"]
    """New id."""

    email: NotRequired["str | None"]

    name: NotRequired["str | None"]

    approved: NotRequired["bool | None"]

    tos: NotRequired["bool | None"]

    marketing_consent: NotRequired["bool | None"]

    status: NotRequired["str | None"]
    """Known values: active, rejected, suspended."""


class SubscriberReferenceParam(TypedDict, total=False):
    """`SubscriberReference` as a plain mapping.

    Names another subscriber by id or e-mail.
    """

    id: NotRequired["str | None"]

    email: NotRequired["str | None"]


__all__ = [
    "SubscriberChangesParam",
    "SubscriberReferenceParam",
]
# Keeps `Any` and `Literal` imported even in a view that does not use them.
_ = (Any, Literal)
