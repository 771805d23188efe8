from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lead_commission import LeadCommission
    from ..models.lead_form_field import LeadFormField


T = TypeVar("T", bound="LeadSettings")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "leads_enabled": UNSET,
    "program_leads_commission_type": UNSET,
    "leads_commission": UNSET,
    "leads_custom_form_fields": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "leads_enabled",
        "program_leads_commission_type",
        "leads_commission",
        "leads_custom_form_fields",
    }
)


@_attrs_define(repr=False)
class LeadSettings(Model):
    """How the program handles leads."""

    leads_enabled: str | Unset = UNSET
    """ Whether leads are on, as the string `true` or `false`. """
    program_leads_commission_type: str | Unset = UNSET
    """ Known value: follow_program_settings. """
    leads_commission: LeadCommission | Unset = UNSET
    """ The commission a converted lead earns. """
    leads_custom_form_fields: list[LeadFormField] | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        leads_enabled = self.leads_enabled

        program_leads_commission_type = self.program_leads_commission_type

        leads_commission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.leads_commission, Unset):
            leads_commission = self.leads_commission.to_dict()

        leads_custom_form_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.leads_custom_form_fields, Unset):
            leads_custom_form_fields = []
            for leads_custom_form_fields_item_data in self.leads_custom_form_fields:
                leads_custom_form_fields_item = leads_custom_form_fields_item_data.to_dict()
                leads_custom_form_fields.append(leads_custom_form_fields_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if leads_enabled is not UNSET:
            field_dict["leads_enabled"] = leads_enabled
        if program_leads_commission_type is not UNSET:
            field_dict["program_leads_commission_type"] = program_leads_commission_type
        if leads_commission is not UNSET:
            field_dict["leads_commission"] = leads_commission
        if leads_custom_form_fields is not UNSET:
            field_dict["leads_custom_form_fields"] = leads_custom_form_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        _leads_commission = d["leads_commission"]
        leads_commission: LeadCommission | Unset = (
            UNSET if _leads_commission is UNSET else LeadCommission.from_dict(_leads_commission)
        )

        _leads_custom_form_fields = d["leads_custom_form_fields"]
        leads_custom_form_fields: list[LeadFormField] | Unset = UNSET
        if _leads_custom_form_fields is not UNSET:
            _parse_leads_custom_form_fields = LeadFormField.from_dict
            leads_custom_form_fields = [
                _parse_leads_custom_form_fields(item) for item in _leads_custom_form_fields
            ]

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        lead_settings = new_model(cls)
        lead_settings.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            d["leads_enabled"],
            d["program_leads_commission_type"],
            leads_commission,
            leads_custom_form_fields,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 4:
            lead_settings._additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        return lead_settings

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
from ..models.lead_commission import LeadCommission
from ..models.lead_form_field import LeadFormField
