"""Programs: one per API key, each with its own isolated records.

The key's prefix picks the program type (``test_affiliate_``, ``test_referral_``,
``test_newsletter_``); the program is created the first time the key is used. Every program has a
re-entrant lock; the HTTP layer holds it for the whole of one request so concurrent requests on the
same key see each other's changes atomically, while different keys never wait on each other.
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from .clock import Clock, format_timestamp
from .ids import IdGenerator
from .records.coupons import Coupon, new_coupon_book
from .records.customers import Customer, new_customer_book
from .records.leads import Lead, new_lead_book
from .records.newsletter_rewards import NewsletterReward, new_newsletter_reward_book
from .records.partners import Partner, new_partner_book
from .records.payout_requests import PayoutRequest, new_payout_book
from .records.promotion_codes import PromotionCode, new_code_book
from .records.referral_links import ReferralLink, new_link_book
from .records.rewards import Reward, new_reward_book
from .records.subscribers import Subscriber, new_subscriber_book
from .records.transactions import Transaction, new_transaction_book
from .records.webhooks import Delivery, Webhook, new_webhook_book
from .store import Book


class ProgramType(StrEnum):
    AFFILIATE = "affiliate"
    REFERRAL = "referral"
    NEWSLETTER = "newsletter"


KEY_PREFIXES: dict[str, ProgramType] = {
    "test_affiliate_": ProgramType.AFFILIATE,
    "test_referral_": ProgramType.REFERRAL,
    "test_newsletter_": ProgramType.NEWSLETTER,
}


def program_type_for_key(api_key: str) -> ProgramType | None:
    for prefix, program_type in KEY_PREFIXES.items():
        if api_key.startswith(prefix):
            return program_type
    return None


@dataclass
class ProgramSettings:
    """Settings that change how the mock computes things, plus the flags the API can toggle."""

    currency: str = "USD"
    cookie_lifetime: int = 30
    # Affiliate commission: ``percent`` of each sale, or a ``static`` amount per sale.
    commission_type: str = "percent"
    commission_value: float = 30.0
    # Refer-a-friend reward for the referring customer, same two kinds.
    referral_reward_type: str = "percent"
    referral_reward_value: float = 10.0
    # Days a new reward stays reviewable; 0 approves rewards at once.
    review_period_days: int = 0
    payout_threshold: float = 50.0
    referral_parameter: str = "aff"
    lead_commission: float = 10.0
    flags: dict[str, bool] = field(default_factory=dict)
    portal: dict[str, bool] = field(default_factory=dict)


@dataclass
class Event:
    """A webhook-worthy change, kept so tests can see what a real program would have announced."""

    name: str
    data: dict[str, Any]
    created_at: datetime


class Program:
    def __init__(self, api_key: str, program_type: ProgramType, clock: Clock, ids: IdGenerator) -> None:
        self.api_key = api_key
        self.type = program_type
        self.clock = clock
        self.ids = ids
        self.lock = threading.RLock()
        self.created_at = clock.now()
        self.last_edited = self.created_at
        self.numeric_id = int(ids.digits(5)) + 1
        self.public_id = ids.token(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        self.name = {
            ProgramType.AFFILIATE: "Mock affiliate program",
            ProgramType.REFERRAL: "Mock refer-a-friend program",
            ProgramType.NEWSLETTER: "Mock newsletter referral program",
        }[program_type]
        self.website = "https://yourcompany.com"
        self.settings = ProgramSettings(
            referral_parameter="aff" if program_type is ProgramType.AFFILIATE else "ref"
        )
        self.esp_type = "custom"
        self.deleted = False
        self.pending_deletion: tuple[str, datetime] | None = None
        self.free_settings: dict[str, Any] = {}
        # additional referral-link domains: id -> base URL (the default domain has no id)
        self.extra_domains: dict[int, str] = {}
        self._numbers: dict[str, int] = {}  # sequence -> the last number issued
        self.events: list[Event] = []
        # how many state-changing operations were applied, by operation name
        self.applied: Counter[str] = Counter()

        self.partners: Book[Partner] = new_partner_book()
        self.partner_links: Book[ReferralLink] = new_link_book()
        self.rewards: Book[Reward] = new_reward_book()
        self.customers: Book[Customer] = new_customer_book()
        self.customer_links: Book[ReferralLink] = new_link_book()
        self.transactions: Book[Transaction] = new_transaction_book()
        self.leads: Book[Lead] = new_lead_book()
        self.coupons: Book[Coupon] = new_coupon_book()
        self.promotion_codes: Book[PromotionCode] = new_code_book()
        self.webhooks: Book[Webhook] = new_webhook_book()
        self.deliveries: list[Delivery] = []
        # how many of ``events`` have been turned into deliveries already
        self.events_delivered = 0
        self.payouts: Book[PayoutRequest] = new_payout_book()
        self.subscribers: Book[Subscriber] = new_subscriber_book()
        self.newsletter_rewards: Book[NewsletterReward] = new_newsletter_reward_book()
        self.invitations: list[dict[str, Any]] = []

    @property
    def is_affiliate(self) -> bool:
        return self.type is ProgramType.AFFILIATE

    @property
    def is_newsletter(self) -> bool:
        return self.type is ProgramType.NEWSLETTER

    # -- helpers used by the resource modules ----------------------------------------------------

    def next_number(self, sequence: str) -> int:
        """Auto-increment integers, one sequence per record kind (leads, rewards, payouts ...)."""
        number = self._numbers.get(sequence, 0) + 1
        self._numbers[sequence] = number
        return number

    def continue_numbers_at(self, sequence: str, number: int) -> None:
        """Make `number` the next one issued, so seeded records can carry the ids of examples;
        numbers only move forward, so no id is ever issued twice."""
        last = self._numbers.get(sequence, 0)
        if number <= last:
            raise ValueError(f"id {number} is not after {last}, the last {sequence} id issued")
        self._numbers[sequence] = number - 1

    def emit(self, name: str, data: dict[str, Any]) -> None:
        """Record an event; :func:`.webhooks.deliver_pending` turns new events into deliveries."""
        now = self.clock.now()
        event = Event(name=name, data={**data, "created_at": format_timestamp(now)}, created_at=now)
        self.events.append(event)

    def domain_url(self, domain_id: int | None) -> str:
        """Base URL of referral links on the given program domain (``None`` = default domain)."""
        if domain_id is not None and domain_id in self.extra_domains:
            return self.extra_domains[domain_id]
        return self.website

    def domain_ids(self) -> set[int]:
        return set(self.extra_domains)

    def portal_url(self) -> str:
        return f"https://{self.public_id}.partnero.com"


#: live programs one mock keeps by default; about 16 KB each when empty
DEFAULT_MAX_PROGRAMS = 10_000


class ProgramRegistry:
    """All programs of one mock server, keyed by API key.

    At most ``max_programs`` programs are kept: making one more forgets the program whose key was
    used least recently, so a client inventing a key per request cannot grow the mock without end.
    A forgotten key starts afresh, with no records and zero ``applied`` counts, when used again.
    """

    def __init__(
        self,
        clock: Clock | None = None,
        ids: IdGenerator | None = None,
        max_programs: int = DEFAULT_MAX_PROGRAMS,
    ) -> None:
        if max_programs < 1:
            raise ValueError("max_programs must be at least 1")
        self.clock = clock or Clock()
        self.ids = ids or IdGenerator()
        self.max_programs = max_programs
        # insertion order is use order: the first entry is the least recently used
        self._programs: OrderedDict[str, Program] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, api_key: str) -> Program | None:
        """The program of a key, created on first use; ``None`` for keys the mock does not accept."""
        found = self.get_or_create(api_key)
        return None if found is None else found[0]

    def get_or_create(self, api_key: str) -> tuple[Program, bool] | None:
        """The program of a key and whether this call created it; ``None`` for keys not accepted."""
        program_type = program_type_for_key(api_key)
        if program_type is None:
            return None
        with self._lock:
            program = self._programs.get(api_key)
            created = program is None or program.deleted
            if program is None or program.deleted:
                program = Program(api_key, program_type, self.clock, self.ids)
                self._programs[api_key] = program
                while len(self._programs) > self.max_programs:
                    self._programs.popitem(last=False)
            self._programs.move_to_end(api_key)
            return program, created

    def forget(self, program: Program) -> None:
        """Drop ``program`` unless its key has meanwhile been given another one."""
        with self._lock:
            if self._programs.get(program.api_key) is program:
                del self._programs[program.api_key]

    def existing(self, api_key: str) -> Program | None:
        """The program of a key if the mock holds one; never creates one nor counts as a use."""
        with self._lock:
            return self._programs.get(api_key)

    def all(self) -> list[Program]:
        with self._lock:
            return list(self._programs.values())

    def reset(self) -> None:
        with self._lock:
            self._programs.clear()
