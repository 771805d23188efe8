"""The indexed record store behind every resource."""

from __future__ import annotations

from dataclasses import dataclass

from partnero_mock.domain.store import Book


@dataclass(eq=False)
class Item:
    ident: str
    email: str
    owner: str | None


def book() -> Book[Item]:
    return Book(lambda i: i.ident, groups={"owner": lambda i: i.owner}, email=lambda i: i.email)


def test_case_insensitive_identity_and_indexes() -> None:
    items = book()
    first = items.add(Item("Abc", "A@Example.com", "o1"))
    assert items.get("abc") is first and items.find("email", "a@example.COM") is first
    assert items.taken("email", "a@example.com") and not items.taken("email", "a@example.com", ignore=first)


def test_rename_keeps_position_and_groups() -> None:
    items = book()
    first, second = items.add(Item("a", "a@x.co", "o1")), items.add(Item("b", "b@x.co", "o1"))

    def rename() -> None:
        first.ident, first.email, first.owner = "z", "z@x.co", "o2"

    items.reindex(first, rename)
    assert [i.ident for i in items] == ["z", "b"]
    assert items.get("a") is None and items.find("email", "a@x.co") is None
    assert items.group("owner", "o1") == [second] and items.group("owner", "o2") == [first]


def test_remove_clears_every_index() -> None:
    items = book()
    only = items.add(Item("a", "a@x.co", "o1"))
    items.remove(only)
    items.remove(only)  # removing twice is harmless
    assert len(items) == 0 and items.find("email", "a@x.co") is None and items.group("owner", "o1") == []


def test_timestamps_keep_four_digit_years() -> None:
    from datetime import UTC, date, datetime

    from partnero_mock.domain.clock import format_date, format_timestamp

    assert format_timestamp(datetime(404, 11, 5, 21, 12, 26, tzinfo=UTC)) == "0404-11-05T21:12:26.000000Z"
    assert format_timestamp(datetime(2025, 4, 30, 16, 44, 13, 5, tzinfo=UTC)) == "2025-04-30T16:44:13.000005Z"
    assert format_date(date(99, 1, 2)) == "0099-01-02"
    assert format_date(datetime(2026, 11, 23, 20, 10, tzinfo=UTC)) == "2026-11-23"
