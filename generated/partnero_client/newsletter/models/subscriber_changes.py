from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriberChanges")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "identifier": UNSET,
    "email": UNSET,
    "name": UNSET,
    "approved": UNSET,
    "tos": UNSET,
    "marketing_consent": UNSET,
    "status": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "identifier",
        "email",
        "name",
        "approved",
        "tos",
        "marketing_consent",
        "status",
    }
)


@_attrs_define(repr=False)
class SubscriberChanges(Model):
    """Subscriber fields to change; fields left out (or null) keep their value."""

    identifier: None | str | Unset = UNSET
    """ New id. """
    email: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    approved: bool | None | Unset = UNSET
    tos: bool | None | Unset = UNSET
    marketing_consent: bool | None | Unset = UNSET
    status: None | str | Unset = UNSET
    """ Known values: active, rejected, suspended. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        approved: bool | None | Unset
        if isinstance(self.approved, Unset):
            approved = UNSET
        else:
            approved = self.approved

        tos: bool | None | Unset
        if isinstance(self.tos, Unset):
            tos = UNSET
        else:
            tos = self.tos

        marketing_consent: bool | None | Unset
        if isinstance(self.marketing_consent, Unset):
            marketing_consent = UNSET
        else:
            marketing_consent = self.marketing_consent

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if approved is not UNSET:
            field_dict["approved"] = approved
        if tos is not UNSET:
            field_dict["tos"] = tos
        if marketing_consent is not UNSET:
            field_dict["marketing_consent"] = marketing_consent
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        subscriber_changes = new_model(cls)
        subscriber_changes.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            d["identifier"],
            d["email"],
            d["name"],
            d["approved"],
            d["tos"],
            d["marketing_consent"],
            d["status"],
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 7:
            subscriber_changes._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return subscriber_changes

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
