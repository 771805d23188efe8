from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_reference import PartnerReference


T = TypeVar("T", bound="PartnerCreate")


@_attrs_define
class PartnerCreate:
    """A new partner. Identifiers and password are generated when left out; null and empty
    strings count as left out.

    """

    email: str
    """ Login e-mail, unique within the program. """
    name: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    """ Portal password: at least 8 characters with a lower-case letter, an upper-case letter and
    a digit (422 otherwise). Generated when left out.
     """
    id: None | str | Unset = UNSET
    """ Your own identifier for the partner, unique within the program. """
    key: None | str | Unset = UNSET
    """ Referral key, part of the default referral link; unique within the program. """
    tags: list[str] | None | Unset = UNSET
    referring_partner: None | PartnerReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
        d = dict(src_dict)
        email = d.pop("email")

        name: None | str | Unset = d.pop("name", UNSET)

        surname: None | str | Unset = d.pop("surname", UNSET)

        password: None | str | Unset = d.pop("password", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        key: None | str | Unset = d.pop("key", UNSET)

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

        tags = _parse_tags(d.pop("tags", UNSET))

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

        referring_partner = _parse_referring_partner(d.pop("referring_partner", UNSET))

        partner_create = cls(
            email=email,
            name=name,
            surname=surname,
            password=password,
            id=id,
            key=key,
            tags=tags,
            referring_partner=referring_partner,
        )

        partner_create.additional_properties = d
        return partner_create

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
