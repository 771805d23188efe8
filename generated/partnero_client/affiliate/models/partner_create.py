from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_reference import PartnerReference


T = TypeVar("T", bound="PartnerCreate")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "name": UNSET,
    "surname": UNSET,
    "password": UNSET,
    "id": UNSET,
    "key": UNSET,
    "tags": UNSET,
    "referring_partner": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "email",
        "name",
        "surname",
        "password",
        "id",
        "key",
        "tags",
        "referring_partner",
    }
)


@_attrs_define(repr=False)
class PartnerCreate(Model):
    """A new partner. Identifiers and password are generated when left out; null and empty
    strings count as left out.

    """

    email: str
    """ Login e-mail, unique within the program. """
    name: None | str | Unset = UNSET
    """ First name, shown in the partner portal and e-mails. """
    surname: None | str | Unset = UNSET
    """ Last name. """
    password: None | str | Unset = UNSET
    """ Portal password: at least 8 characters with a lower-case letter, an upper-case letter and
    a digit (422 otherwise). Generated when left out.
     """
    id: None | str | Unset = UNSET
    """ Your own identifier for the partner, unique within the program. """
    key: None | str | Unset = UNSET
    """ Referral key, part of the default referral link; unique within the program. """
    tags: list[str] | None | Unset = UNSET
    """ Labels to put on the partner, for filtering in the dashboard. """
    referring_partner: None | PartnerReference | Unset = UNSET
    """ The partner who brought this one in (by `id`, `key` or `email`), for multi-level commissions. """
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

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

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

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        referring_partner: dict[str, Any] | None | Unset
        if isinstance(self.referring_partner, Unset):
            referring_partner = UNSET
        elif isinstance(self.referring_partner, PartnerReference):
            referring_partner = self.referring_partner.to_dict()
        else:
            referring_partner = self.referring_partner

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
        if password is not UNSET:
            field_dict["password"] = password
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if tags is not UNSET:
            field_dict["tags"] = tags
        if referring_partner is not UNSET:
            field_dict["referring_partner"] = referring_partner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        email = d["email"]

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0: list[str] = data

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d["tags"])

        def _parse_referring_partner(data: object) -> None | PartnerReference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                referring_partner_type_0 = PartnerReference.from_dict(data)

                return referring_partner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PartnerReference | Unset, data)

        referring_partner = _parse_referring_partner(d["referring_partner"])

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        partner_create = new_model(cls)
        partner_create.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            email,
            d["name"],
            d["surname"],
            d["password"],
            d["id"],
            d["key"],
            tags,
            referring_partner,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 8:
            partner_create._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return partner_create

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
from ..models.partner_reference import PartnerReference
