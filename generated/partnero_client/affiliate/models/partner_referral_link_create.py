from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_reference import PartnerReference


T = TypeVar("T", bound="PartnerReferralLinkCreate")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "domain_id": UNSET,
    "is_additional": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "key",
        "partner",
        "domain_id",
        "is_additional",
    }
)


@_attrs_define(repr=False)
class PartnerReferralLinkCreate(Model):
    """A new referral link for a partner."""

    key: str
    """ Value of the referral parameter; unique in the program. """
    partner: PartnerReference
    """ Names another partner by one of its identifiers; an empty object names none. """
    domain_id: int | None | Unset = UNSET
    """ Domain to build the link on, an id from the domain list; null for the default domain. """
    is_additional: bool | None | Unset = UNSET
    """ Whether `domain_id` names an additional domain; sent together with it. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        partner = self.partner.to_dict()

        domain_id: int | None | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        else:
            domain_id = self.domain_id

        is_additional: bool | None | Unset
        if isinstance(self.is_additional, Unset):
            is_additional = UNSET
        else:
            is_additional = self.is_additional

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "key": key,
                "partner": partner,
            }
        )
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if is_additional is not UNSET:
            field_dict["is_additional"] = is_additional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        key = d["key"]

        partner = PartnerReference.from_dict(d["partner"])

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        partner_referral_link_create = new_model(cls)
        partner_referral_link_create.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            key,
            partner,
            d["domain_id"],
            d["is_additional"],
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 4:
            partner_referral_link_create._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return partner_referral_link_create

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
