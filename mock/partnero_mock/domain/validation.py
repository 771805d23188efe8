"""Field rules shared by every resource, phrased the way a Laravel back end phrases them.

A :class:`Rules` object reads fields out of one input mapping, converts them to Python values and
collects one message list per failing field, so a single 422 reply can name every problem at once.
``None`` always means "not given": the HTTP layer already turned JSON ``null`` and empty strings
into ``None``, mirroring the empty-string-to-null conversion of the real API.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from .errors import ValidationFailed

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_ALPHA_DASH = re.compile(r"^[A-Za-z0-9_-]+$")
_INTEGER_TEXT = re.compile(r"^[+-]?\d{1,18}$")
_NUMBER_TEXT = re.compile(r"^[+-]?(\d{1,18}(\.\d*)?|\.\d+)$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_N = TypeVar("_N", int, float)
_TRUE = {True, "1", "true"}
_FALSE = {False, "0", "false"}


def human(field: str) -> str:
    """The attribute name as it appears inside a message."""
    return field.replace("_", " ")


class Rules:
    """Validate the fields of ``data``; error keys are ``prefix`` + field name."""

    def __init__(self, data: Mapping[str, Any] | None, prefix: str = "") -> None:
        self.data: Mapping[str, Any] = data or {}
        self.prefix = prefix
        self.errors: dict[str, list[str]] = {}

    # -- bookkeeping ---------------------------------------------------------------------------

    def name(self, field: str) -> str:
        return f"{self.prefix}{field}"

    def fail(self, field: str, message: str) -> None:
        self.errors.setdefault(self.name(field), []).append(message)

    def has(self, field: str) -> bool:
        return self.data.get(field) is not None

    def merge(self, other: Rules) -> None:
        for field, messages in other.errors.items():
            self.errors.setdefault(field, []).extend(messages)

    def check(self) -> None:
        if self.errors:
            raise ValidationFailed(self.errors)

    def _missing(self, field: str, required: bool) -> bool:
        if self.data.get(field) is not None:
            return False
        if required:
            self.fail(field, f"The {human(self.name(field))} field is required.")
        return True

    # -- scalar rules --------------------------------------------------------------------------

    def string(self, field: str, *, required: bool = False, max_length: int = 255) -> str | None:
        if self._missing(field, required):
            return None
        value = self.data[field]
        label = human(self.name(field))
        if not isinstance(value, str):
            self.fail(field, f"The {label} must be a string.")
            return None
        if len(value) > max_length:
            self.fail(field, f"The {label} must not be greater than {max_length} characters.")
            return None
        return value

    def email(self, field: str, *, required: bool = False) -> str | None:
        value = self.string(field, required=required)
        if value is not None and not _EMAIL.match(value):
            self.fail(field, f"The {human(self.name(field))} must be a valid email address.")
            return None
        return value

    def alpha_dash(self, field: str, *, required: bool = False, max_length: int = 255) -> str | None:
        value = self.string(field, required=required, max_length=max_length)
        if value is not None and not _ALPHA_DASH.match(value):
            self.fail(
                field,
                f"The {human(self.name(field))} must only contain letters, numbers, dashes and underscores.",
            )
            return None
        return value

    def url(self, field: str, *, required: bool = False, max_length: int = 255) -> str | None:
        value = self.string(field, required=required, max_length=max_length)
        if value is not None and not _URL.match(value):
            self.fail(field, f"The {human(self.name(field))} format is invalid.")
            return None
        return value

    def password(self, field: str, *, required: bool = False) -> str | None:
        value = self.string(field, required=required)
        if value is None:
            return None
        strong = (
            len(value) >= 8
            and any(c.islower() for c in value)
            and any(c.isupper() for c in value)
            and any(c.isdigit() for c in value)
        )
        if not strong:
            self.fail(
                field,
                f"The {human(self.name(field))} must be at least 8 characters and contain at least one "
                "upper-case letter, one lower-case letter and one number.",
            )
            return None
        return value

    def boolean(self, field: str, *, required: bool = False, strict: bool = False) -> bool | None:
        """A switch. ``strict`` takes JSON true/false only (no 0/1 or "true" strings), for fields
        the docs type plainly as boolean with no word on other spellings."""
        if self._missing(field, required):
            return None
        value = self.data[field]
        if strict and not isinstance(value, bool):
            self.fail(field, f"The {human(self.name(field))} field must be true or false.")
            return None
        if isinstance(value, str):
            value = value.lower()
        if isinstance(value, bool | int | str) and value in _TRUE:
            return True
        if isinstance(value, bool | int | str) and value in _FALSE:
            return False
        self.fail(field, f"The {human(self.name(field))} field must be true or false.")
        return None

    def integer(
        self,
        field: str,
        *,
        required: bool = False,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> int | None:
        if self._missing(field, required):
            return None
        number = to_integer(self.data[field])
        label = human(self.name(field))
        if number is None:
            self.fail(field, f"The {label} must be an integer.")
            return None
        return self._bounded(field, number, minimum, maximum)

    def number(
        self,
        field: str,
        *,
        required: bool = False,
        minimum: float | None = None,
        maximum: float | None = None,
    ) -> float | None:
        if self._missing(field, required):
            return None
        number = to_number(self.data[field])
        if number is None:
            self.fail(field, f"The {human(self.name(field))} must be a number.")
            return None
        return self._bounded(field, number, minimum, maximum)

    def _bounded(self, field: str, value: _N, low: _N | None, high: _N | None) -> _N | None:
        label = human(self.name(field))
        if low is not None and value < low:
            self.fail(field, f"The {label} must be at least {low}.")
            return None
        if high is not None and value > high:
            self.fail(field, f"The {label} must not be greater than {high}.")
            return None
        return value

    def choice(self, field: str, choices: Iterable[str], *, required: bool = False) -> str | None:
        allowed = list(choices)
        value = self.string(field, required=required)
        if value is not None and value not in allowed:
            self.fail(field, f"The selected {human(self.name(field))} is invalid.")
            return None
        return value

    def date(self, field: str, *, required: bool = False) -> date | None:
        value = self.string(field, required=required)
        if value is None:
            return None
        try:
            return date.fromisoformat(value[:10]) if len(value) >= 10 else date.fromisoformat(value)
        except ValueError:
            self.fail(field, f"The {human(self.name(field))} is not a valid date.")
            return None

    def moment(self, field: str, *, required: bool = False) -> datetime | None:
        """A point in time given as an ISO 8601 string or a Unix timestamp (both occur on the wire)."""
        if self._missing(field, required):
            return None
        parsed = to_datetime(self.data[field])
        if parsed is None:
            self.fail(field, f"The {human(self.name(field))} is not a valid date.")
        return parsed

    # -- structured rules ----------------------------------------------------------------------

    def mapping(self, field: str, *, required: bool = False) -> dict[str, Any] | None:
        if self._missing(field, required):
            return None
        value = self.data[field]
        if isinstance(value, list) and not value:
            return {}  # PHP encodes an empty associative array as []
        if not isinstance(value, dict):
            self.fail(field, f"The {human(self.name(field))} must be an object.")
            return None
        return value

    def string_list(self, field: str, *, required: bool = False, max_length: int = 255) -> list[str] | None:
        """A list of strings such as tags; an empty list is a real value, distinct from None."""
        if self._missing(field, required):
            return None
        value = self.data[field]
        if not isinstance(value, list):
            self.fail(field, f"The {human(self.name(field))} must be an array.")
            return None
        result: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item or len(item) > max_length:
                self.fail(f"{field}.{index}", f"The {human(self.name(field))}.{index} must be a string.")
                continue
            if item not in result:
                result.append(item)
        return result


def to_integer(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer() and abs(value) < 1e18:
        return int(value)
    if isinstance(value, str) and _INTEGER_TEXT.match(value.strip()):
        return int(value.strip())
    return None


def to_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return float(value) if abs(value) < 10**18 else None
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str) and _NUMBER_TEXT.match(value.strip()):
        return float(value.strip())
    return None


def to_datetime(value: Any) -> datetime | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and math.isfinite(value) and 0 <= value < 253402300800:
        return datetime.fromtimestamp(value, UTC)
    if isinstance(value, str):
        text = value.strip()
        if _INTEGER_TEXT.match(text):
            return to_datetime(int(text))
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


def reference_fields(value: Any, allowed: Iterable[str]) -> dict[str, str]:
    """The usable ``{id|key|email}`` members of a nested reference object (non-string members dropped)."""
    if not isinstance(value, dict):
        return {}
    return {name: value[name] for name in allowed if isinstance(value.get(name), str) and value[name]}
