"""Seed data: records loaded into programs when a mock server starts, for demos and fixtures.

A seed is a mapping (or a JSON / YAML file holding one) of API keys to program contents::

    programs:
      test_affiliate_demo:
        name: Demo shop partners
        website: https://shop.example
        settings: {currency: EUR, commission_type: percent, commission_value: 25}
        domains: {7: "https://blog.shop.example"}
        partners:
          - {email: john.doe@partnero.com, id: partner_123, key: ref_123, name: John}
        customers:
          - {key: customer_123, email: alice.brown@partnero.com, partner: {key: ref_123}}
        transactions:
          - {key: transaction_123, amount: 99.99, customer: {key: customer_123}}

Every record goes through the same domain operation as the matching ``POST`` request, so seeded
data obeys the same rules (and a bad record fails start-up with a :class:`SeedError` naming it).
Sections are loaded in dependency order; the ones a program type does not have are refused.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .domain import (
    cascades,
    coupons,
    customer_referral_links,
    leads,
    newsletter_rewards,
    partner_referral_links,
    partners,
    payout_requests,
    promotion_codes,
    subscribers,
    transactions,
    webhooks,
)
from .domain.errors import DomainError, ValidationFailed
from .domain.program import Program, ProgramType
from .state import MockState

Loader = Callable[[Program, dict[str, Any]], Any]

# section name -> (program types, loader), in the order sections are loaded
SECTIONS: dict[str, tuple[frozenset[ProgramType], Loader]] = {
    "partners": (frozenset({ProgramType.AFFILIATE}), partners.create_partner),
    "partner_referral_links": (frozenset({ProgramType.AFFILIATE}), partner_referral_links.create_link),
    "customers": (frozenset({ProgramType.AFFILIATE, ProgramType.REFERRAL}), cascades.create_customer),
    "customer_referral_links": (frozenset({ProgramType.REFERRAL}), customer_referral_links.create_link),
    "transactions": (
        frozenset({ProgramType.AFFILIATE, ProgramType.REFERRAL}),
        transactions.record_transactions,
    ),
    "leads": (frozenset({ProgramType.AFFILIATE}), leads.submit_lead),
    "coupons": (frozenset({ProgramType.AFFILIATE}), coupons.create_coupon),
    "promotion_codes": (frozenset({ProgramType.AFFILIATE}), promotion_codes.create_code),
    "payout_requests": (frozenset({ProgramType.AFFILIATE}), payout_requests.open_request),
    "rewards": (frozenset({ProgramType.NEWSLETTER}), newsletter_rewards.create_reward),
    "subscribers": (frozenset({ProgramType.NEWSLETTER}), subscribers.create_subscriber),
    "webhooks": (frozenset(ProgramType), webhooks.create_webhook),
}
# sections whose records have numeric ids the mock issues in sequence: a seeded `id` continues it there
NUMBERED: dict[str, str] = {
    "leads": leads.ID_SEQUENCE,
    "payout_requests": payout_requests.ID_SEQUENCE,
    "rewards": newsletter_rewards.ID_SEQUENCE,
}
SETTING_NAMES = (
    "currency",
    "cookie_lifetime",
    "commission_type",
    "commission_value",
    "referral_reward_type",
    "referral_reward_value",
    "review_period_days",
    "payout_threshold",
    "referral_parameter",
)


class SeedError(ValueError):
    """A seed that cannot be loaded; the message names the offending record."""


def read_seed(source: dict[str, Any] | str | Path) -> dict[str, Any]:
    if isinstance(source, dict):
        return source
    path = Path(source)
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json":
        loaded = json.loads(text)
    else:
        import yaml

        loaded = yaml.safe_load(text)
    if not isinstance(loaded, dict):
        raise SeedError(f"{path}: the seed must be a mapping with a 'programs' member")
    return loaded


def load_seed(state: MockState, source: dict[str, Any] | str | Path) -> None:
    document = read_seed(source)
    programs = document.get("programs", {})
    if not isinstance(programs, dict):
        raise SeedError("'programs' must map API keys to program contents")
    for api_key, contents in programs.items():
        if not state.accepts(str(api_key)):
            raise SeedError(f"{api_key!r} is not a key the mock accepts (test_affiliate_..., ...)")
        program = state.program(str(api_key))
        with program.lock:
            _load_program(program, str(api_key), contents or {})
            webhooks.deliver_pending(program)


def _load_program(program: Program, api_key: str, contents: dict[str, Any]) -> None:
    unknown = set(contents) - set(SECTIONS) - {"name", "website", "settings", "domains"}
    if unknown:
        raise SeedError(f"{api_key}: unknown sections {sorted(unknown)}")
    if "name" in contents:
        program.name = str(contents["name"])
    if "website" in contents:
        program.website = str(contents["website"])
    for name, value in (contents.get("settings") or {}).items():
        if name not in SETTING_NAMES:
            raise SeedError(f"{api_key}: unknown setting {name!r}")
        setattr(program.settings, name, value)
    for domain_id, url in (contents.get("domains") or {}).items():
        program.extra_domains[int(domain_id)] = str(url)
    for section, (types, loader) in SECTIONS.items():
        records = contents.get(section)
        if records is None:
            continue
        if program.type not in types:
            raise SeedError(f"{api_key}: {program.type.value} programs have no {section}")
        for index, record in enumerate(records):
            try:
                fields = dict(record)
                if section in NUMBERED and "id" in fields:
                    _continue_at(program, NUMBERED[section], fields.pop("id"))
                loader(program, fields)
            except ValidationFailed as error:
                raise SeedError(f"{api_key}: {section}[{index}] is invalid: {error.errors}") from error
            except DomainError as error:
                raise SeedError(f"{api_key}: {section}[{index}]: {error.message}") from error


def _continue_at(program: Program, sequence: str, number: Any) -> None:
    if isinstance(number, bool) or not isinstance(number, int):
        raise ValidationFailed.single("id", "The id must be an integer.")
    try:
        program.continue_numbers_at(sequence, number)
    except ValueError as error:
        raise ValidationFailed.single("id", str(error)) from error
