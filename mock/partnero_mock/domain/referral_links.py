"""Rules shared by partner and customer referral links (the kinds differ only in their owner)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import ActionFailed, ValidationFailed
from .lookups.referral_links import key_taken
from .records.referral_links import ReferralLink
from .store import Book
from .validation import Rules

if TYPE_CHECKING:
    from .program import Program


@dataclass(frozen=True)
class LinkFields:
    key: str | None
    domain_id: int | None
    is_additional: bool


def read_link_fields(
    program: Program, book: Book[ReferralLink], rules: Rules, *, strict_additional: bool
) -> LinkFields:
    """The fields every extra link has; errors are left in ``rules`` for the caller to check."""
    key = rules.alpha_dash("key", required=True)
    domain_id = rules.integer("domain_id", minimum=0)
    # the PHP SDK sends camelCase spellings next to the snake_case ones
    is_additional = rules.boolean("is_additional", strict=strict_additional)
    if is_additional is None:
        is_additional = rules.boolean("isAdditional")
    if domain_id is not None and domain_id not in program.domain_ids():
        rules.fail("domain_id", "The selected domain id is invalid.")
    if key is not None and key_taken(book, key):
        rules.fail("key", "The key has already been taken.")
    return LinkFields(key, domain_id, bool(is_additional))


def add_default_link(program: Program, book: Book[ReferralLink], owner_id: str, key: str) -> ReferralLink:
    link = ReferralLink(key=key, owner_id=owner_id, created_at=program.clock.now(), default=True)
    return book.add(link)


def rename_link(book: Book[ReferralLink], link: ReferralLink, new_key: str, field_name: str = "key") -> None:
    if new_key == link.key:
        return
    if key_taken(book, new_key, ignore=link):
        raise ValidationFailed.single(field_name, f"The {field_name} has already been taken.")
    book.reindex(link, lambda: setattr(link, "key", new_key))


def delete_link(book: Book[ReferralLink], link: ReferralLink) -> None:
    """Remove an extra link; an owner's default link goes only with its owner."""
    if link.default:
        raise ActionFailed("The default referral link cannot be deleted.")
    book.remove(link)
