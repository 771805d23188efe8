from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.referral_customer_invite_personalization_type_0 import (
        ReferralCustomerInvitePersonalizationType0,
    )


T = TypeVar("T", bound="ReferralCustomerInvite")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "name": UNSET,
    "surname": UNSET,
    "id": UNSET,
    "key": UNSET,
    "personalization": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "email",
        "name",
        "surname",
        "id",
        "key",
        "personalization",
    }
)


@_attrs_define(repr=False)
class ReferralCustomerInvite(Model):
    """An invitation e-mail to send. `personalization` holds values for the invitation
    template.

    """

    email: str
    """ Where the invitation goes. """
    name: None | str | Unset = UNSET
    """ First name of the invitee, for the e-mail's greeting. """
    surname: None | str | Unset = UNSET
    """ Last name of the invitee. """
    id: None | str | Unset = UNSET
    """ Your identifier for the invitee, if they are a customer already. """
    key: None | str | Unset = UNSET
    """ The invitee's customer key, if they are a customer already. """
    personalization: None | ReferralCustomerInvitePersonalizationType0 | Unset = UNSET
    """ Free key/value pairs substituted into the invitation template. """
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

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        personalization: dict[str, Any] | None | Unset
        if isinstance(self.personalization, Unset):
            personalization = UNSET
        elif isinstance(self.personalization, ReferralCustomerInvitePersonalizationType0):
            personalization = self.personalization.to_dict()
        else:
            personalization = self.personalization

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if personalization is not UNSET:
            field_dict["personalization"] = personalization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        email = d["email"]

        def _parse_personalization(data: object) -> None | ReferralCustomerInvitePersonalizationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                personalization_type_0 = ReferralCustomerInvitePersonalizationType0.from_dict(data)

                return personalization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReferralCustomerInvitePersonalizationType0 | Unset, data)

        personalization = _parse_personalization(d["personalization"])

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        referral_customer_invite = new_model(cls)
        referral_customer_invite.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            email,
            d["name"],
            d["surname"],
            d["id"],
            d["key"],
            personalization,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 6:
            referral_customer_invite._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return referral_customer_invite

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
from ..models.referral_customer_invite_personalization_type_0 import (
    ReferralCustomerInvitePersonalizationType0,
)
