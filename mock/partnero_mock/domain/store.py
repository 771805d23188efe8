"""A tiny ordered, indexed record store used by every resource.

Records keep insertion order (lists page through them oldest first). Besides the primary
identifier a book can keep unique indexes (partner e-mail ...) and group indexes (the links of one
partner, the rewards of one transaction ...), so neither uniqueness checks nor "records of X"
look-ups scan the whole program under load.

Identifiers and indexed values compare case-insensitively, like the unique columns of the MySQL
database behind the real API. Fields that feed an index must be changed through :meth:`reindex`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")
KeyOf = Callable[[T], str | None]


class Book(Generic[T]):
    """Records of one kind inside one program, addressed by a primary identifier."""

    def __init__(
        self,
        identify: Callable[[T], str],
        groups: dict[str, KeyOf[T]] | None = None,
        **indexes: KeyOf[T],
    ) -> None:
        self._raw_identify = identify
        self._items: dict[str, T] = {}
        self._index_keys = indexes
        self._indexes: dict[str, dict[str, str]] = {name: {} for name in indexes}
        self._group_keys = groups or {}
        self._groups: dict[str, dict[str, dict[str, None]]] = {name: {} for name in self._group_keys}

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(list(self._items.values()))

    def all(self) -> list[T]:
        return list(self._items.values())

    def get(self, ident: str | None) -> T | None:
        return None if ident is None else self._items.get(_fold(ident))

    def find(self, index: str, value: str | None) -> T | None:
        if value is None:
            return None
        ident = self._indexes[index].get(_fold(value))
        return None if ident is None else self._items.get(ident)

    def group(self, name: str, value: str | None) -> list[T]:
        """Records whose group key ``name`` equals ``value``, in insertion order."""
        if value is None:
            return []
        members = self._groups[name].get(_fold(value), {})
        return [self._items[ident] for ident in members]

    def taken(self, index: str, value: str, *, ignore: T | None = None) -> bool:
        found = self.find(index, value)
        return found is not None and found is not ignore

    def taken_primary(self, ident: str, *, ignore: T | None = None) -> bool:
        found = self.get(ident)
        return found is not None and found is not ignore

    def add(self, item: T) -> T:
        ident = self._identify(item)
        self._items[ident] = item
        self._index(item, ident)
        return item

    def remove(self, item: T) -> None:
        ident = self._identify(item)
        if ident in self._items:
            self._unindex(item)
            del self._items[ident]

    def reindex(self, item: T, change: Callable[[], None]) -> None:
        """Apply ``change`` to ``item`` (which may alter indexed fields or its id) and refresh indexes."""
        old_ident = self._identify(item)
        self._unindex(item)
        change()
        new_ident = self._identify(item)
        if new_ident != old_ident:
            # keep the record's position so list order does not jump around after a rename
            self._items = {(new_ident if k == old_ident else k): v for k, v in self._items.items()}
        self._index(item, self._identify(item))

    def _identify(self, item: T) -> str:
        return _fold(self._raw_identify(item))

    def _index(self, item: T, ident: str) -> None:
        for name, key_of in self._index_keys.items():
            value = key_of(item)
            if value is not None:
                self._indexes[name][_fold(value)] = ident
        for name, key_of in self._group_keys.items():
            value = key_of(item)
            if value is not None:
                self._groups[name].setdefault(_fold(value), {})[ident] = None

    def _unindex(self, item: T) -> None:
        ident = self._identify(item)
        for name, key_of in self._index_keys.items():
            value = key_of(item)
            if value is not None and self._indexes[name].get(_fold(value)) == ident:
                del self._indexes[name][_fold(value)]
        for name, key_of in self._group_keys.items():
            value = key_of(item)
            if value is not None:
                members = self._groups[name].get(_fold(value))
                if members is not None:
                    members.pop(ident, None)
                    if not members:
                        del self._groups[name][_fold(value)]


def _fold(value: str) -> str:
    return value.casefold()
