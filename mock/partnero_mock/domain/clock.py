"""Time source and the wire format of timestamps.

Kept behind a small class so tests can freeze or advance time instead of sleeping.
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta


def format_timestamp(moment: datetime) -> str:
    """ISO 8601 in UTC with six fractional digits and a ``Z`` suffix, as Partnero writes them."""
    # isoformat, not strftime: strftime("%Y") drops the zero padding of years before 1000.
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def format_optional_timestamp(moment: datetime | None) -> str | None:
    return None if moment is None else format_timestamp(moment)


def format_date(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"  # also for datetimes: the date part only


class Clock:
    """Wall clock; ``now`` never goes backwards so records created in sequence sort in sequence."""

    def __init__(self) -> None:
        self._last: datetime | None = None
        self._lock = threading.Lock()

    def _read(self) -> datetime:
        return datetime.now(UTC)

    def now(self) -> datetime:
        with self._lock:
            current = self._read()
            if self._last is not None and current < self._last:
                current = self._last
            self._last = current
            return current


class FrozenClock(Clock):
    """A clock that only moves when told to; for deterministic tests."""

    def __init__(self, start: datetime | None = None) -> None:
        super().__init__()
        self._frozen = start or datetime(2025, 4, 30, 16, 44, 13, tzinfo=UTC)

    def _read(self) -> datetime:
        return self._frozen

    def advance(self, **delta: float) -> None:
        self._frozen += timedelta(**delta)
