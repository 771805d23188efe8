"""Transactions (sales) and the rewards they produce.

Affiliate
    The buyer is named by ``customer.{key|email|id}``. With ``options.create_customer`` an unknown
    buyer is created first from the ``customer`` object, credited to ``customer.partner`` (or the
    top-level ``partner`` the PHP SDK sends). The partner's commission comes from the program
    settings (a percentage of ``amount`` or a fixed amount), or is ``reward`` when given. No reward
    when the customer is suspended or archived, the partner archived, ``rewardable`` is false or
    ``rewarded`` is true.
Refer-a-friend
    The buyer must be a referred customer; its referrer earns the program's referral reward.

Both accept ``transactions: [...]`` to book several sales for one customer; the reply then holds a
list (the docs do not show that reply). Keys are not unique: posting the same key twice books two
transactions. A read by key returns the newest of them; delete, archive and revoke-archive by key
act on all of them. Unknown buyers without ``create_customer`` are a 422 on ``customer``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from . import customers, rewards
from .errors import ActionFailed, NotFound, ValidationFailed
from .lookups.customers import customer_by_reference, customer_earns, referring_customer, require_referring
from .lookups.rewards import commission, rewards_of_transaction
from .lookups.transactions import transactions_with_key
from .records.customers import Customer
from .records.partners import PartnerStatus
from .records.transactions import Transaction
from .validation import Rules

if TYPE_CHECKING:
    from .program import Program


@dataclass
class _Entry:
    key: str | None
    amount: float | None
    reward: float | None
    action: str
    amount_units: str | None
    created_at: datetime | None
    product_id: Any
    product_type: Any
    rewarded: bool
    rewardable: bool


# -- create -----------------------------------------------------------------------------------------


def record_transactions(program: Program, data: dict[str, Any]) -> tuple[list[Transaction], bool]:
    """Book one sale or a batch; returns the transactions and whether the batch form was used."""
    reference, entries, batch, create_customer = _read_request(program, data)
    buyer = customer_by_reference(program, reference)
    if buyer is None:
        if not create_customer:
            raise ValidationFailed.single("customer", "The selected customer is invalid.")
        buyer = _create_buyer(program, reference, data)
    if not program.is_affiliate:
        require_referring(buyer, "customer")
    booked = [_book(program, buyer, entry) for entry in entries]
    return booked, batch


def check_sale(program: Program, sale: dict[str, Any]) -> None:
    """Raise what booking ``sale`` for a customer about to be created would raise on its fields,
    so that customer is not created under an error reply."""
    _read_request(program, {**sale, "customer": {"key": "customer-to-be-created"}})


def _read_request(program: Program, data: dict[str, Any]) -> tuple[dict[str, Any], list[_Entry], bool, bool]:
    """The buyer reference, the entries, whether it was a batch, and options.create_customer."""
    rules = Rules(data)
    reference = data.get("customer")
    if isinstance(reference, list) and reference and isinstance(reference[0], dict):
        reference = reference[0]  # old docs typed customer as a list of objects
    reference = Rules({"customer": reference}).mapping("customer") if reference is not None else None
    if not reference:
        rules.fail("customer", "The customer field is required.")
    if reference:
        _check_reference_types(rules, reference)
    options = rules.mapping("options") or {}
    # options.create_customer is a plain boolean in the catalog (createTransaction body_params);
    # the nested rules' errors must reach the reply instead of being dropped.
    option_rules = Rules(options, "options.")
    create_customer = option_rules.boolean("create_customer", strict=True) or False
    rules.merge(option_rules)
    batch = data.get("transactions")
    entries: list[_Entry] = []
    if batch is not None:
        if not isinstance(batch, list) or not batch:
            rules.fail("transactions", "The transactions must be a non-empty array.")
        else:
            for index, item in enumerate(batch):
                if not isinstance(item, dict):
                    rules.fail(f"transactions.{index}", f"The transactions.{index} must be an object.")
                    continue
                entry = _read_entry(program, Rules(item, f"transactions.{index}."), rules)
                if entry is not None:
                    entries.append(entry)
    else:
        entry = _read_entry(program, Rules(data), rules)
        if entry is not None:
            entries.append(entry)
    rules.check()
    assert reference is not None
    return reference, entries, batch is not None, create_customer


def _check_reference_types(rules: Rules, reference: dict[str, Any]) -> None:
    """Every documented field of the buyer reference has its documented type, even the ones this
    request does not use (catalog createTransaction / createReferralTransaction body_params:
    customer.{id,key,email,name,surname} strings, customer.created_at a moment, customer.partner
    and customer.referring_customer objects of string identifiers)."""
    customer = Rules(reference, "customer.")
    for name in ("id", "key", "email", "name", "surname"):
        customer.string(name)
    customer.moment("created_at")
    for nested in ("partner", "referring_customer"):
        inner = customer.mapping(nested)
        if inner:
            inner_rules = Rules(inner, f"customer.{nested}.")
            for name in ("id", "key", "email"):
                inner_rules.string(name)
            customer.merge(inner_rules)
    rules.merge(customer)


def _read_entry(program: Program, rules: Rules, collector: Rules) -> _Entry | None:
    key = rules.string("key")
    amount = rules.number("amount", required=not program.is_affiliate, minimum=-1e12, maximum=1e12)
    reward = rules.number("reward", minimum=0, maximum=1e12) if program.is_affiliate else None
    if program.is_affiliate and amount is None and reward is None and "amount" not in rules.errors:
        rules.fail("amount", f"The {rules.name('amount')} field is required when reward is not present.")
    action = rules.string("action") or "sale"
    units = rules.string("amount_units", max_length=10)
    booked_at = rules.moment("created_at")
    rewarded = rules.boolean("rewarded") or False
    rewardable = rules.boolean("rewardable")
    product_id = _product_field(rules, "product_id")
    product_type = _product_field(rules, "product_type")
    for numeric in ("discount_amount", "gross_amount"):
        rules.number(numeric)
    collector.merge(rules)
    if rules.errors:
        return None
    return _Entry(
        key=key,
        amount=amount,
        reward=reward,
        action=action,
        amount_units=units.upper() if units else None,
        created_at=booked_at,
        product_id=product_id,
        product_type=product_type,
        rewarded=rewarded,
        rewardable=True if rewardable is None else rewardable,
    )


def _product_field(rules: Rules, name: str) -> Any:
    """A string, or a list of strings (the WordPress plugin sends lists)."""
    value = rules.data.get(name)
    if value is None:
        return None
    if isinstance(value, str | int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and all(isinstance(item, str | int) for item in value):
        return [str(item) for item in value]
    rules.fail(name, f"The {rules.name(name)} must be a string or a list of strings.")
    return None


def _create_buyer(program: Program, reference: dict[str, Any], data: dict[str, Any]) -> Customer:
    if program.is_affiliate:
        partner_reference = reference.get("partner") or data.get("partner")
        return customers.create_affiliate_customer(
            program, reference, partner_reference=partner_reference, prefix="customer."
        )
    if not reference.get("referring_customer"):
        # checked before creating anything: a non-referred buyer could not be booked anyway
        raise ValidationFailed.single(
            "customer.referring_customer", "The customer.referring_customer field is required."
        )
    return customers.create_referral_customer(program, reference, prefix="customer.")


def _book(program: Program, buyer: Customer, entry: _Entry) -> Transaction:
    now = program.clock.now()
    transaction = Transaction(
        serial=program.next_number("transaction"),
        key=entry.key or program.ids.prefixed("transaction_", 12),
        action=entry.action,
        amount=entry.amount if entry.amount is not None else 0.0,
        amount_units=entry.amount_units or program.settings.currency,
        created_at=entry.created_at or now,
        customer_uid=buyer.uid,
        customer_key=buyer.key,
        partner_id=buyer.partner_id,
        referring_customer_uid=buyer.referring_customer_uid,
        product_id=entry.product_id,
        product_type=entry.product_type,
        rewarded=entry.rewarded,
        rewardable=entry.rewardable,
    )
    program.transactions.add(transaction)
    program.emit(
        "transaction.created",
        {"key": transaction.key, "amount": transaction.amount, "partner": transaction.partner_id},
    )
    if entry.rewardable and not entry.rewarded:
        if program.is_affiliate:
            _reward_partner(program, buyer, transaction, entry)
        else:
            _reward_referrer(program, buyer, transaction)
    return transaction


def _reward_partner(program: Program, buyer: Customer, transaction: Transaction, entry: _Entry) -> None:

    partner = program.partners.get(buyer.partner_id)
    if partner is None or partner.status != PartnerStatus.ACTIVE or not customer_earns(buyer):
        return
    settings = program.settings
    amount = (
        entry.reward
        if entry.reward is not None
        else commission(settings.commission_type, settings.commission_value, transaction.amount)
    )
    product_data = {
        name: value
        for name, value in (("product_id", entry.product_id), ("product_type", entry.product_type))
        if value is not None
    }
    rewards.add_reward(
        program,
        action=transaction.action,
        amount=amount,
        amount_units=transaction.amount_units,
        partner_id=partner.id,
        customer_uid=buyer.uid,
        transaction_key=transaction.key,
        transaction_serial=transaction.serial,
        created_at=transaction.created_at,
        key=transaction.key,
        product_type_data=product_data,
    )


def _reward_referrer(program: Program, buyer: Customer, transaction: Transaction) -> None:
    referrer = referring_customer(program, buyer)
    if referrer is None or not customer_earns(referrer) or not customer_earns(buyer):
        return
    settings = program.settings
    amount = commission(settings.referral_reward_type, settings.referral_reward_value, transaction.amount)
    rewards.add_reward(
        program,
        action=transaction.action,
        amount=amount,
        amount_units=transaction.amount_units,
        customer_uid=referrer.uid,
        transaction_key=transaction.key,
        transaction_serial=transaction.serial,
        created_at=transaction.created_at,
        key=transaction.key,
    )
    program.emit("customer.rewarded", {"id": referrer.id, "amount": amount})


# -- delete and archive -----------------------------------------------------------------------------


def delete_transaction(program: Program, transaction: Transaction, *, announce: bool = True) -> None:
    """Remove the transaction and reverse its commission (its rewards go too)."""
    for reward in rewards_of_transaction(program, transaction.serial):
        program.rewards.remove(reward)
    program.transactions.remove(transaction)
    if announce:
        program.emit("transaction.deleted", {"key": transaction.key})


def delete_by_key(program: Program, key: str) -> None:
    found = transactions_with_key(program, key)
    if not found:
        raise NotFound("Transaction not found.")
    for transaction in found:
        delete_transaction(program, transaction)


def archive_by_key(program: Program, key: str) -> None:
    found = transactions_with_key(program, key)
    if not found:
        raise NotFound("Transaction not found.")
    if all(t.archived for t in found):
        raise ActionFailed()
    now = program.clock.now()
    for transaction in found:
        transaction.deleted_at = transaction.deleted_at or now
        for reward in rewards_of_transaction(program, transaction.serial):
            reward.deleted_at = reward.deleted_at or now
    program.emit("transaction.updated", {"key": key})


def restore_by_key(program: Program, key: str) -> None:
    found = transactions_with_key(program, key)
    if not found:
        raise NotFound("Transaction not found.")
    if not any(t.archived for t in found):
        raise ActionFailed()
    for transaction in found:
        transaction.deleted_at = None
        for reward in rewards_of_transaction(program, transaction.serial):
            reward.deleted_at = None
    program.emit("transaction.updated", {"key": key})
