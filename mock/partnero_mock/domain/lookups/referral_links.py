"""Read-only look-ups of referral links, the same for partner and customer links (pass the book)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import NotFound
from ..records.referral_links import ReferralLink
from ..store import Book

if TYPE_CHECKING:
    from ..program import Program


def link_url(program: Program, link: ReferralLink) -> str:
    return f"{program.domain_url(link.domain_id)}?{program.settings.referral_parameter}={link.key}"


def links_of(book: Book[ReferralLink], owner_id: str) -> list[ReferralLink]:
    """The owner's links, default link first."""
    return sorted(book.group("owner", owner_id), key=lambda link: not link.default)


def key_taken(book: Book[ReferralLink], key: str, *, ignore: ReferralLink | None = None) -> bool:
    return book.taken_primary(key, ignore=ignore)


def get_link(book: Book[ReferralLink], link_id: str) -> ReferralLink:
    link = book.get(link_id)
    if link is None:
        raise NotFound("Referral link not found.")
    return link


def search_links(
    book: Book[ReferralLink], *, link_id: str | None, key: str | None, owner_id: str | None = None
) -> list[ReferralLink]:
    """Links whose key is the id or key given (any when neither is), of one owner when given."""
    wanted = [value.casefold() for value in (link_id, key) if value]
    return [
        link
        for link in book
        if (not wanted or link.key.casefold() in wanted) and (owner_id is None or link.owner_id == owner_id)
    ]
