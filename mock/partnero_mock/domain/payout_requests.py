"""Payout requests: paying a partner's approved, unpaid commissions in one currency.

Opening a request gathers the partner's approved rewards in ``amount_units`` that are neither paid
nor part of another open request (or exactly the ``reward_ids`` given). Nothing to pay is a 422 on
``amount_units``; the partner must be active (422 on ``partner`` otherwise; an unknown partner is
400 as everywhere else). The life cycle is ``requested`` -> ``approved`` (approve) -> ``finished``
(mark as paid, which marks the rewards paid); any other transition is "Action failed" (400).

Without ``gateway`` the partner's saved method is used; mock partners have PayPal on their e-mail
saved. Gateway details are checked per method: PayPal needs ``username``, crypto needs
``wallet_address`` and ``type``, Venmo needs ``recipient_type``, the matching identifier and
``name``; Wise details cannot be sent through the API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import ActionFailed, ValidationFailed
from .lookups.partners import require_partner
from .lookups.rewards import rewards_of_partner
from .records.partners import PartnerStatus
from .records.payout_requests import GATEWAYS, VENMO_FIELDS, PayoutRequest, PayoutStatus
from .records.rewards import Reward, RewardStatus
from .validation import Rules, to_integer

if TYPE_CHECKING:
    from .program import Program

# The sequence this record kind's numeric ids come from (a seed may continue it at a given id).
ID_SEQUENCE = "payout"


def open_request(program: Program, data: dict[str, Any]) -> PayoutRequest:
    rules = Rules(data)
    units = rules.string("amount_units", required=True, max_length=10)
    gateway = rules.choice("gateway", GATEWAYS)
    settings = rules.mapping("payout_settings") or {}
    reward_ids = _reward_ids(rules, data)
    if data.get("partner") is None:
        rules.fail("partner", "The partner field is required.")
    rules.check()
    assert units is not None
    partner = require_partner(program, data.get("partner"))
    if partner.status != PartnerStatus.ACTIVE:
        raise ValidationFailed.single("partner", "The partner is not active.")
    if gateway is None:
        gateway, settings = "paypal", {"username": partner.email, **settings}
    _check_gateway(gateway, settings)
    chosen = _payable(program, partner.id, units, reward_ids)
    now = program.clock.now()
    payout = PayoutRequest(
        id=program.next_number(ID_SEQUENCE),
        partner_id=partner.id,
        amount=round(sum(r.amount for r in chosen), 6),
        amount_units=units.lower(),
        gateway=gateway,
        payout_settings=dict(settings),
        reward_ids=[r.id for r in chosen],
        created_at=now,
        updated_at=now,
    )
    for reward in chosen:
        reward.payout_request_id = payout.id
    return program.payouts.add(payout)


def _reward_ids(rules: Rules, data: dict[str, Any]) -> list[int] | None:
    value = data.get("reward_ids")
    if value is None:
        return None
    if not isinstance(value, list):
        rules.fail("reward_ids", "The reward ids must be an array.")
        return None
    numbers = []
    for index, item in enumerate(value):
        number = to_integer(item)
        if number is None:
            rules.fail(f"reward_ids.{index}", f"The reward_ids.{index} must be an integer.")
        else:
            numbers.append(number)
    return numbers


def _check_gateway(gateway: str, settings: dict[str, Any]) -> None:
    rules = Rules(settings, "payout_settings.")
    if gateway == "paypal":
        rules.string("username", required=True)
        rules.string("name")
        rules.string("address", max_length=1000)
        rules.string("tax_id")
    elif gateway == "crypto":
        rules.string("wallet_address", required=True)
        rules.string("type", required=True, max_length=20)
    elif gateway == "venmo":
        kind = rules.choice("recipient_type", VENMO_FIELDS, required=True)
        rules.string("name", required=True)
        if kind is not None:
            rules.string(VENMO_FIELDS[kind], required=True)
    elif settings:
        rules.fail("gateway", "Wise bank details cannot be sent through the API.")
    rules.check()


def _payable(program: Program, partner_id: str, units: str, wanted: list[int] | None) -> list[Reward]:
    open_rewards = [
        reward
        for reward in rewards_of_partner(program, partner_id)
        if reward.live
        and reward.is_currency
        and reward.status == RewardStatus.APPROVED
        and not reward.paid
        and reward.payout_request_id is None
        and reward.amount_units.casefold() == units.casefold()
    ]
    if wanted is not None:
        by_id = {reward.id: reward for reward in open_rewards}
        missing = [number for number in wanted if number not in by_id]
        if missing:
            raise ValidationFailed.single("reward_ids", f"These rewards cannot be paid out: {missing}.")
        open_rewards = [by_id[number] for number in wanted]
    if not open_rewards:
        raise ValidationFailed.single("amount_units", "The partner has no unpaid balance in this currency.")
    return open_rewards


def approve(program: Program, payout: PayoutRequest) -> PayoutRequest:
    if payout.status not in (PayoutStatus.REQUESTED, "resubmitted"):
        raise ActionFailed()
    payout.status = PayoutStatus.APPROVED
    payout.approved_at = payout.updated_at = program.clock.now()
    return payout


def mark_as_paid(program: Program, payout: PayoutRequest) -> PayoutRequest:
    if payout.status != PayoutStatus.APPROVED:
        raise ActionFailed()
    payout.status = PayoutStatus.FINISHED
    payout.paid_at = payout.updated_at = program.clock.now()
    for reward_id in payout.reward_ids:
        reward = program.rewards.get(str(reward_id))
        if reward is not None:
            reward.paid = True
            program.emit("reward.paid", {"id": reward.id, "partner": reward.partner_id})
    return payout
