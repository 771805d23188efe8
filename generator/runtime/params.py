"""Checks of the caller's arguments, before anything is sent.

Path arguments end up inside the URL, so an empty one would silently hit another route
(`partners.get("")` is `GET /v1/partners/`, the list) and a `/`, `?` or `#` would change the
route; each is checked and then percent-encoded as one path segment. Nested arguments accept the
request model or a plain mapping of the same shape (a generated TypedDict describes it).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, TypeVar
from urllib.parse import quote

ModelT = TypeVar("ModelT", bound="_Model")


class _Model(Protocol):
    @classmethod
    def from_dict(cls: type[ModelT], src_dict: Mapping[str, Any]) -> ModelT: ...


class _Shape(Protocol):
    __required_keys__: frozenset[str]
    __optional_keys__: frozenset[str]


def path_segment(name: str, value: object, *, integer: bool = False) -> str:
    """One path argument, checked and encoded so it stays a single segment of the route."""
    if integer:
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
        if isinstance(value, str) and not value.strip().isdigit():
            raise ValueError(f"{name} must be a whole number, not {value!r}")
        return quote(str(value).strip(), safe="")
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must be a non-empty string")
    if value.strip(".") == "":
        # "." and ".." are removed from URLs as dot segments, which would change the route.
        raise ValueError(f"{name} cannot be {value!r}")
    return quote(value, safe="")


def _shape_text(shape: _Shape) -> str:
    keys = [*sorted(shape.__required_keys__), *(f"{k}?" for k in sorted(shape.__optional_keys__))]
    return "{" + ", ".join(keys) + "}"


def as_model(name: str, value: Any, model: type[ModelT], shape: _Shape | type[dict[str, Any]]) -> ModelT:
    """`value` as the request model: a model instance as it is, a mapping of the documented shape
    turned into one. Anything else is a TypeError naming the argument and the expected shape.
    A free-form object's shape is plain `dict`: any keys."""
    if isinstance(value, model):
        return value
    keyed = hasattr(shape, "__required_keys__")
    expected = f"{model.__name__} or a mapping" + (f" {_shape_text(shape)}" if keyed else "")  # type: ignore[arg-type]
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a {expected}, not {type(value).__name__}")
    required: frozenset[str] = getattr(shape, "__required_keys__", frozenset())
    allowed = required | getattr(shape, "__optional_keys__", frozenset())
    unknown = sorted(str(k) for k in value if k not in allowed) if keyed else []
    missing = sorted(required - {k for k in value if isinstance(k, str)})
    if unknown or missing:
        problems = [f"unknown keys {unknown}"] * bool(unknown) + [f"missing keys {missing}"] * bool(missing)
        raise TypeError(f"{name} must be a {expected}: {', '.join(problems)}")
    try:
        return model.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise TypeError(f"{name} must be a {expected}: {type(exc).__name__}: {exc}") from None


def as_models(
    name: str, value: Any, model: type[ModelT], shape: _Shape | type[dict[str, Any]]
) -> list[ModelT]:
    """A list argument whose items are request models or mappings of their shape."""
    if isinstance(value, str | bytes | Mapping) or not hasattr(value, "__iter__"):
        raise TypeError(f"{name} must be a list of {model.__name__}, not {type(value).__name__}")
    return [as_model(f"{name}[{i}]", item, model, shape) for i, item in enumerate(value)]
