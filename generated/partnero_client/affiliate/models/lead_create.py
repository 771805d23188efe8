from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lead_create_cfields_type_0 import LeadCreateCfieldsType0
    from ..models.partner_reference import PartnerReference


T = TypeVar("T", bound="LeadCreate")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "cfields": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "email",
        "partner",
        "cfields",
    }
)


@_attrs_define(repr=False)
class LeadCreate(Model):
    """A new lead for a partner."""

    name: str
    """ The lead's full name. """
    email: str
    """ The lead's e-mail. """
    partner: PartnerReference
    """ Names another partner by one of its identifiers; an empty object names none. """
    cfields: LeadCreateCfieldsType0 | None | Unset = UNSET
    """ Answers to the program's custom lead-form fields, keyed by field id (see `GET
    /v1/leads/details`). Values are strings, or lists of strings for checkbox fields.
     """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        partner = self.partner.to_dict()

        cfields: dict[str, Any] | None | Unset
        if isinstance(self.cfields, Unset):
            cfields = UNSET
        elif isinstance(self.cfields, LeadCreateCfieldsType0):
            cfields = self.cfields.to_dict()
        else:
            cfields = self.cfields

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "name": name,
                "email": email,
                "partner": partner,
            }
        )
        if cfields is not UNSET:
            field_dict["cfields"] = cfields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        name = d["name"]

        email = d["email"]

        partner = PartnerReference.from_dict(d["partner"])

        def _parse_cfields(data: object) -> LeadCreateCfieldsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cfields_type_0 = LeadCreateCfieldsType0.from_dict(data)

                return cfields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeadCreateCfieldsType0 | None | Unset, data)

        cfields = _parse_cfields(d["cfields"])

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        lead_create = new_model(cls)
        lead_create.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            name,
            email,
            partner,
            cfields,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 4:
            lead_create._additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        return lead_create

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
from ..models.lead_create_cfields_type_0 import LeadCreateCfieldsType0
from ..models.partner_reference import PartnerReference
