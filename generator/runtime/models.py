"""What every generated model shares: a repr that shows only the fields a reply carried, with
credentials (a webhook's signing secret, a one-time login URL) masked so that logs and error
trackers never receive them."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

import attrs

from .unset import UNSET

MASK = "'***'"


class Model:
    """Base class of the generated attrs models; adds no instance state (`__slots__ = ()`)."""

    __slots__ = ()
    # Fields whose values the repr masks; generated models that hold a credential set it.
    _secret_fields: ClassVar[frozenset[str]] = frozenset()

    def __repr__(self) -> str:
        shown = [
            f"{field.name}={MASK if value and field.name in self._secret_fields else repr(value)}"
            for field in attrs.fields(type(self))  # type: ignore[arg-type]  # every subclass is an attrs class
            if field.repr and (value := getattr(self, field.name)) is not UNSET
        ]
        unknown = getattr(self, "_additional_properties", None)
        if unknown:
            shown.append(f"additional_properties={unknown!r}")
        return f"{type(self).__name__}({', '.join(shown)})"


# How the generated models read a timestamp: the same function as `datetime.fromisoformat`, bound
# once here; looking it up through `datetime.datetime` built a bound method on every call.
parse_datetime = datetime.fromisoformat

# How from_dict makes the instance that the class's own attrs __init__ then fills: calling the
# class instead packs the arguments into a tuple and enters __init__ from C, which the 3.11
# interpreter cannot inline; this costs ~0.2 µs more for each item of a page.
new_model = object.__new__


def unknown_keys_eq(value: dict[str, Any] | None) -> dict[str, Any] | None:
    """Equality key of a model's unknown keys: none (`None`) equals an empty dict."""
    return value or None


__all__ = ["Model", "new_model", "parse_datetime", "unknown_keys_eq"]
