"""Reading, changing and deleting the program a key belongs to.

``PUT /v1/program`` changes name (<= 255), website (URL, <= 250) and the program and portal switches
of the key's program type; unknown switch names are ignored like any unknown field.

Deleting is two-step for affiliate and refer-a-friend programs: a call without a code returns an
8-character confirmation code valid for 20 seconds; a call with that code deletes the program. A
wrong or expired code is a 422 on ``confirmation_code``. Newsletter programs delete in one call,
as their own docs page shows (the generic page's two-step flow is not applied to them); a code sent
along is ignored. After deletion the key starts over with a new, empty program on its next use,
so a test suite can go on using its key.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from .errors import ValidationFailed
from .validation import Rules

if TYPE_CHECKING:
    from .program import Program

CONFIRMATION_LIFETIME = timedelta(seconds=20)
_CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

PROGRAM_SWITCHES = {
    "affiliate": ("welcome_email_enabled", "onboarding_enabled", "partner_email_notifications_enabled"),
    "referral": ("referral_portal_enabled", "rewards_notification_enabled"),
}
PORTAL_SWITCHES = {
    "affiliate": (
        "program_page_enabled",
        "leads_page_enabled",
        "registration_disabled",
        "google_login_enabled",
        "passwordless_login_enabled",
        "sub_accounts_enabled",
        "widget_enabled",
        "signup_popup_enabled",
        "embeddable_form_enabled",
    ),
    "referral": (
        "registration_disabled",
        "program_page_enabled",
        "widget_enabled",
        "embeddable_form_enabled",
        "popup_form_enabled",
    ),
}


def update_program(program: Program, data: dict[str, Any]) -> None:
    rules = Rules(data)
    name = rules.string("name")
    website = rules.url("website", max_length=250)
    program_settings = rules.mapping("program_settings") or {}
    portal_settings = rules.mapping("portal_settings") or {}
    kind = program.type.value
    settings_rules = Rules(program_settings, "program_settings.")
    # every switch is a plain boolean in the docs (catalog updateProgram / updateReferralProgram)
    switches = {name: settings_rules.boolean(name, strict=True) for name in PROGRAM_SWITCHES.get(kind, ())}
    currency = cookie_lifetime = None
    if program.is_affiliate:
        currency = settings_rules.string("currency", max_length=3)
        if currency is not None and (len(currency) != 3 or not currency.isalpha()):
            settings_rules.fail("currency", "The program_settings.currency must be a three-letter code.")
            currency = None
        cookie_lifetime = settings_rules.integer("cookie_lifetime", minimum=1, maximum=9_999_999)
    portal_rules = Rules(portal_settings, "portal_settings.")
    portal = {name: portal_rules.boolean(name, strict=True) for name in PORTAL_SWITCHES.get(kind, ())}
    rules.merge(settings_rules)
    rules.merge(portal_rules)
    rules.check()
    if name is not None:
        program.name = name
    if website is not None:
        program.website = website.rstrip("/") if website.count("/") > 2 else website
    if currency is not None:
        program.settings.currency = currency.upper()
    if cookie_lifetime is not None:
        program.settings.cookie_lifetime = cookie_lifetime
    program.settings.flags.update({k: v for k, v in switches.items() if v is not None})
    program.settings.portal.update({k: v for k, v in portal.items() if v is not None})
    program.last_edited = program.clock.now()


def update_free_settings(program: Program, data: dict[str, Any]) -> dict[str, Any]:
    """``PUT /v1/settings``: an undocumented free-form map, stored as given."""
    rules = Rules(data)
    settings = rules.mapping("settings", required=True)
    rules.check()
    assert settings is not None
    program.free_settings.update(settings)
    program.last_edited = program.clock.now()
    return dict(program.free_settings)


def request_deletion(program: Program, data: dict[str, Any]) -> str | None:
    """Step one returns a new code; step two (valid code) deletes and returns None."""
    rules = Rules(data)
    code = rules.string("confirmation_code", max_length=64)
    rules.check()
    if not program.is_newsletter:
        if code is None:
            issued = program.ids.token(8, _CODE_ALPHABET)
            program.pending_deletion = (issued, program.clock.now() + CONFIRMATION_LIFETIME)
            return issued
        pending = program.pending_deletion
        if pending is None or pending[0] != code or program.clock.now() > pending[1]:
            raise ValidationFailed.single(
                "confirmation_code", "The confirmation code is invalid or has expired."
            )
    program.deleted = True
    program.pending_deletion = None
    return None
