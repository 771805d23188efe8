"""Which program type a key belongs to, and saying so when a client of another type is used.

A key belongs to one program, and the program's type decides the API's shape, so a client of
the wrong type fails in confusing ways: a bare 404 for a route the program does not have, or a
reply that does not fit the schema after the write has happened. `GET /v1/test` (the key check)
names the key's program; a program client asks it once, only after such a failure, and then
raises WrongProgramError instead.
"""

from __future__ import annotations

from typing import Any

import httpx

from .errors import PartneroError

KEY_CHECK_PATH = "/v1/test"
PROGRAM_PATH = "/v1/program"
# How Partnero names program types (`data.program.type`), lower-cased, to our package names.
_TYPES = {
    "affiliate": "affiliate",
    "referral": "referral",
    "refer-a-friend": "referral",
    "refer_a_friend": "referral",
    "newsletter": "newsletter",
    "newsletter_referral": "newsletter",
    "newsletter-referral": "newsletter",
}
CLIENT_NAMES = {
    "affiliate": "AffiliateClient",
    "referral": "ReferralClient",
    "newsletter": "NewsletterClient",
}


class WrongProgramError(PartneroError):
    """The key belongs to a program of another type than the client's: use `expected` for it.

    The original error (a 404 or a reply that did not fit) is the `__cause__`. A write may have
    happened before the reply was found not to fit."""

    def __init__(self, message: str, *, client_type: str = "", key_type: str = "") -> None:
        super().__init__(message)
        self.client_type = client_type
        self.key_type = key_type


def program_type_from(reply: Any) -> str | None:
    """The program type in a key-check or program reply (`data.program.type`), if recognised."""
    data = reply.get("data") if isinstance(reply, dict) else None
    program = data.get("program") if isinstance(data, dict) else None
    name = program.get("type") if isinstance(program, dict) else None
    return _TYPES.get(name.strip().lower()) if isinstance(name, str) else None


def read_json(response: httpx.Response) -> Any:
    return response.json()


def mismatch(client_type: str, key_type: str | None, error: PartneroError) -> WrongProgramError | None:
    """The error to raise instead of `error`, when the key's type is known and not the client's."""
    if key_type is None or key_type == client_type:
        return None
    message = (
        f"This API key belongs to a {key_type} program, but this is the {client_type} client: "
        f"use {CLIENT_NAMES.get(key_type, key_type)} (or partnero_client.client_for_key). "
        f"The request failed with: {error.message}"
    )
    return WrongProgramError(message, client_type=client_type, key_type=key_type)
