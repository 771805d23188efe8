from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, parse_datetime, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.referral_customer_invitation_personalization import (
        ReferralCustomerInvitationPersonalization,
    )


T = TypeVar("T", bound="ReferralCustomerInvitation")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "email": UNSET,
    "name": UNSET,
    "surname": UNSET,
    "personalization": UNSET,
    "invited_at": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "email",
        "name",
        "surname",
        "personalization",
        "invited_at",
    }
)


@_attrs_define(repr=False)
class ReferralCustomerInvitation(Model):
    """The invitation e-mail that was queued. No reply is documented; these are the fields the
    request set, echoed back, and when it was sent.

    """

    email: str | Unset = UNSET
    """ Where the invitation goes. """
    name: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    personalization: ReferralCustomerInvitationPersonalization | Unset = UNSET
    """ The template values the invitation was filled with. """
    invited_at: datetime.datetime | Unset = UNSET
    """ ISO 8601 time in UTC with microseconds, such as 2025-04-30T16:44:13.000000Z. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        surname: None | str | Unset
        if isinstance(self.surname, Unset):
            surname = UNSET
        else:
            surname = self.surname

        personalization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.personalization, Unset):
            personalization = self.personalization.to_dict()

        invited_at: str | Unset = UNSET
        if not isinstance(self.invited_at, Unset):
            invited_at = self.invited_at.isoformat()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if personalization is not UNSET:
            field_dict["personalization"] = personalization
        if invited_at is not UNSET:
            field_dict["invited_at"] = invited_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        _personalization = d["personalization"]
        personalization: ReferralCustomerInvitationPersonalization | Unset = (
            UNSET
            if _personalization is UNSET
            else ReferralCustomerInvitationPersonalization.from_dict(_personalization)
        )

        _invited_at = d["invited_at"]
        invited_at: datetime.datetime | Unset = UNSET if _invited_at is UNSET else parse_datetime(_invited_at)

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        referral_customer_invitation = new_model(cls)
        referral_customer_invitation.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            d["email"],
            d["name"],
            d["surname"],
            personalization,
            invited_at,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 5:
            referral_customer_invitation._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return referral_customer_invitation

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


# Related models are imported after the class rather than inside its methods (as the stock
# template does): they may import this module back, and an import inside from_dict runs on
# every call, which made parsing a page of partners several times slower.
from ..models.referral_customer_invitation_personalization import ReferralCustomerInvitationPersonalization
