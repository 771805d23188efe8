"""What every generated model shares: a repr that shows only the fields a reply carried."""

from __future__ import annotations

from typing import Any

import attrs

from .unset import UNSET


class Model:
    """Base class of the generated attrs models; adds no instance state (`__slots__ = ()`)."""

    __slots__ = ()

    def __repr__(self) -> str:
        shown = [
            f"{field.name}={value!r}"
            for field in attrs.fields(type(self))  # type: ignore[arg-type]  # every subclass is an attrs class
            if field.repr and (value := getattr(self, field.name)) is not UNSET
        ]
        unknown = getattr(self, "_additional_properties", None)
        if unknown:
            shown.append(f"additional_properties={unknown!r}")
        return f"{type(self).__name__}({', '.join(shown)})"


def unknown_keys_eq(value: dict[str, Any] | None) -> dict[str, Any] | None:
    """Equality key of a model's unknown keys: none (`None`) equals an empty dict."""
    return value or None


__all__ = ["Model", "unknown_keys_eq"]
