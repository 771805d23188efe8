from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, parse_datetime, unknown_keys_eq
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerSignInUrl")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "url": UNSET,
    "expires_in": UNSET,
    "expires_at": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "url",
        "expires_in",
        "expires_at",
    }
)


@_attrs_define(repr=False)
class PartnerSignInUrl(Model):
    """A one-time portal login URL. No reply is documented; `url` is the likely field."""

    _secret_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "url",
        }
    )
    url: str | Unset = UNSET
    """ The one-time login URL. """
    expires_in: int | Unset = UNSET
    """ Seconds the URL stays valid. """
    expires_at: datetime.datetime | Unset = UNSET
    """ ISO 8601 time in UTC with microseconds, such as 2025-04-30T16:44:13.000000Z. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        expires_in = self.expires_in

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        _expires_at = d["expires_at"]
        expires_at: datetime.datetime | Unset = UNSET if _expires_at is UNSET else parse_datetime(_expires_at)

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        partner_sign_in_url = new_model(cls)
        partner_sign_in_url.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            d["url"],
            d["expires_in"],
            expires_at,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 3:
            partner_sign_in_url._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return partner_sign_in_url

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The reply's keys this model does not declare, with their values."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
