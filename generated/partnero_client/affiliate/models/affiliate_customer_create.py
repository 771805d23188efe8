from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.affiliate_customer_options import AffiliateCustomerOptions
    from ..models.partner_reference import PartnerReference


T = TypeVar("T", bound="AffiliateCustomerCreate")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "email": UNSET,
    "name": UNSET,
    "surname": UNSET,
    "tags": UNSET,
    "options": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "key",
        "partner",
        "email",
        "name",
        "surname",
        "tags",
        "options",
    }
)


@_attrs_define(repr=False)
class AffiliateCustomerCreate(Model):
    """A new affiliate customer, credited to a partner. An unknown partner is refused with 400,
    a key already in use with 422.

    """

    key: str
    """ Your identifier for the customer, unique within the program; reuse it when recording
    sales.
     """
    partner: PartnerReference
    """ Names another partner by one of its identifiers; an empty object names none. """
    email: None | str | Unset = UNSET
    """ The customer's e-mail address. """
    name: None | str | Unset = UNSET
    """ First name. """
    surname: None | str | Unset = UNSET
    """ Last name. """
    tags: list[str] | None | Unset = UNSET
    """ Labels to put on the customer. """
    options: AffiliateCustomerOptions | None | Unset = UNSET
    """ Extra switches, such as `referral_url` to pin the sign-up to one of the partner's links. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        partner = self.partner.to_dict()

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

        surname: None | str | Unset
        if isinstance(self.surname, Unset):
            surname = UNSET
        else:
            surname = self.surname

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, AffiliateCustomerOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "key": key,
                "partner": partner,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if tags is not UNSET:
            field_dict["tags"] = tags
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        key = d["key"]

        partner = PartnerReference.from_dict(d["partner"])

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

        def _parse_options(data: object) -> AffiliateCustomerOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_0 = AffiliateCustomerOptions.from_dict(data)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AffiliateCustomerOptions | None | Unset, data)

        options = _parse_options(d["options"])

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        affiliate_customer_create = new_model(cls)
        affiliate_customer_create.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            key,
            partner,
            d["email"],
            d["name"],
            d["surname"],
            tags,
            options,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 7:
            affiliate_customer_create._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return affiliate_customer_create

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
from ..models.affiliate_customer_options import AffiliateCustomerOptions
from ..models.partner_reference import PartnerReference
