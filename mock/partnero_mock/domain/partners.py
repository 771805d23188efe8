"""Affiliate partners: the people who refer customers and earn commission.

Rules kept by this module:

* e-mail is required on create and unique in the program (compared case-insensitively);
* the partner ``id`` is yours or generated (``partner_`` + random text) and unique;
* the referral ``key`` is yours or generated, and unique among every referral link of the program,
  because it is the key of the partner's default link;
* a password, when given, needs 8+ characters with a lower-case letter, an upper-case letter and a
  digit;
* tags come in as strings; on update ``[]`` clears them and ``None`` leaves them alone;
* a partner is ``active`` or ``archived``; archiving an archived partner, or restoring one that is
  not archived, fails with "Action failed";
* an unknown ``referring_partner`` is a validation error (422). The docs only say 400 for an
  unknown partner on *customer* create; a partner's parent is an input field like any other, so
  it is reported per field.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from . import partner_referral_links, referral_links
from .clock import format_timestamp
from .errors import ActionFailed, ValidationFailed
from .lookups.partners import lookup_partner, partner_by_reference
from .lookups.referral_links import key_taken, links_of
from .records.partners import REFERENCE_FIELDS, Partner, PartnerStatus
from .validation import Rules, human, reference_fields

if TYPE_CHECKING:
    from .program import Program


# -- changes ----------------------------------------------------------------------------------------


def create_partner(program: Program, data: dict[str, Any]) -> Partner:
    rules = Rules(data)
    email = rules.email("email", required=True)
    name = rules.string("name")
    surname = rules.string("surname")
    password = rules.password("password")
    partner_id = rules.string("id")
    key = rules.alpha_dash("key")
    tags = rules.string_list("tags")
    parent_reference = _parent_reference(rules, data)
    if email is not None and program.partners.taken("email", email):
        rules.fail("email", "The email has already been taken.")
    if partner_id is not None and program.partners.taken_primary(partner_id):
        rules.fail("id", "The id has already been taken.")
    if key is not None and key_taken(program.partner_links, key):
        rules.fail("key", "The key has already been taken.")
    parent = None
    if parent_reference is not None:
        parent = partner_by_reference(program, parent_reference)
        if parent is None:
            rules.fail("referring_partner", "The selected referring partner is invalid.")
    rules.check()
    assert email is not None

    now = program.clock.now()
    partner = Partner(
        id=partner_id or _fresh_id(program),
        key=key or _fresh_key(program),
        email=email,
        name=name,
        surname=surname,
        password=password,
        tags=tags or [],
        referring_partner_id=parent.id if parent else None,
        created_at=now,
        updated_at=now,
    )
    program.partners.add(partner)
    partner_referral_links.add_default_link(program, partner)
    program.emit("partner.created", {"id": partner.id, "email": partner.email})
    return partner


def _parent_reference(rules: Rules, data: dict[str, Any]) -> dict[str, Any] | None:
    value = data.get("referring_partner")
    if isinstance(value, list) and value and isinstance(value[0], dict):
        value = value[0]  # old docs typed this field as a list of objects
    nested = Rules({"referring_partner": value}, rules.prefix)
    reference = nested.mapping("referring_partner")
    rules.merge(nested)
    if reference and not reference_fields(reference, REFERENCE_FIELDS):
        rules.fail("referring_partner", "The referring partner must name an id, key or email.")
        return None
    return reference or None


def split_changes(body: dict[str, Any], locators: tuple[str, ...] = ()) -> tuple[dict[str, Any], str]:
    """The change set of an update and the prefix for error keys.

    The docs wrap changes in ``update``; the n8n node sends them flat. Without an ``update`` member
    the top-level fields (minus the fields that only locate the record) are the changes.
    """
    if "update" in body and body["update"] is not None:
        update = body["update"]
        if isinstance(update, list) and not update:
            return {}, "update."
        if not isinstance(update, dict):
            raise ValidationFailed.single("update", "The update must be an object.")
        return update, "update."
    return {name: value for name, value in body.items() if name not in locators and name != "update"}, ""


def update_partner(program: Program, partner: Partner, changes: dict[str, Any], prefix: str = "") -> Partner:
    rules = Rules(changes, prefix)
    email = rules.email("email")
    name = rules.string("name")
    surname = rules.string("surname")
    password = rules.password("password")
    key = rules.alpha_dash("key")
    tags = rules.string_list("tags")
    if email is not None and program.partners.taken("email", email, ignore=partner):
        rules.fail("email", f"The {human(rules.name('email'))} has already been taken.")
    default_link = next((link for link in links_of(program.partner_links, partner.id) if link.default), None)
    if key is not None and key_taken(program.partner_links, key, ignore=default_link):
        rules.fail("key", f"The {human(rules.name('key'))} has already been taken.")
    rules.check()

    if email is not None:
        program.partners.reindex(partner, lambda: setattr(partner, "email", email))
    if key is not None and key != partner.key:
        if default_link is not None:
            referral_links.rename_link(program.partner_links, default_link, key)
        program.partners.reindex(partner, lambda: setattr(partner, "key", key))
    if name is not None:
        partner.name = name
    if surname is not None:
        partner.surname = surname
    if password is not None:
        partner.password = password
    if tags is not None:
        partner.tags = tags
    partner.updated_at = program.clock.now()
    program.emit("partner.updated", {"id": partner.id, "email": partner.email})
    return partner


def archive_partner(program: Program, partner: Partner) -> None:
    if partner.status == PartnerStatus.ARCHIVED:
        raise ActionFailed()
    partner.status = PartnerStatus.ARCHIVED
    partner.updated_at = program.clock.now()
    program.emit("partner.archived", {"id": partner.id, "email": partner.email})


def restore_partner(program: Program, partner: Partner) -> None:
    if partner.status != PartnerStatus.ARCHIVED:
        raise ActionFailed()
    partner.status = PartnerStatus.ACTIVE
    partner.updated_at = program.clock.now()
    program.emit("partner.updated", {"id": partner.id, "email": partner.email})


def sign_in_url(program: Program, data: dict[str, Any]) -> dict[str, Any]:
    """A one-time portal login link for a partner named by key, e-mail or id."""
    rules = Rules(data)
    expires_in = rules.integer("expires_in", minimum=30, maximum=900)
    rules.check()
    partner = lookup_partner(program, partner_id=data.get("id"), key=data.get("key"), email=data.get("email"))
    token = program.ids.token(40)
    now = program.clock.now()
    lifetime = expires_in or 120
    return {
        "url": f"{program.portal_url()}/login/one-time/{token}",
        "partner": partner.id,
        "expires_in": lifetime,
        "expires_at": format_timestamp(now + timedelta(seconds=lifetime)),
    }


def _fresh_id(program: Program) -> str:
    while True:
        candidate = program.ids.prefixed("partner_", 12)
        if not program.partners.taken_primary(candidate):
            return candidate


def _fresh_key(program: Program) -> str:
    while True:
        candidate = program.ids.token(12)
        if not key_taken(program.partner_links, candidate):
            return candidate
