from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lead_commission import LeadCommission
    from ..models.lead_form_field import LeadFormField


T = TypeVar("T", bound="LeadSettings")


@_attrs_define
class LeadSettings:
    """How the program handles leads."""

    leads_enabled: str | Unset = UNSET
    """ Whether leads are on, as the string `true` or `false`. """
    program_leads_commission_type: str | Unset = UNSET
    """ Known value: follow_program_settings. """
    leads_commission: LeadCommission | Unset = UNSET
    """ The commission a converted lead earns. """
    leads_custom_form_fields: list[LeadFormField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
        d = dict(src_dict)
        leads_enabled = d.pop("leads_enabled", UNSET)

        program_leads_commission_type = d.pop("program_leads_commission_type", UNSET)

        _leads_commission = d.pop("leads_commission", UNSET)
        leads_commission: LeadCommission | Unset
        if isinstance(_leads_commission, Unset):
            leads_commission = UNSET
        else:
            leads_commission = LeadCommission.from_dict(_leads_commission)

        _leads_custom_form_fields = d.pop("leads_custom_form_fields", UNSET)
        leads_custom_form_fields: list[LeadFormField] | Unset = UNSET
        if _leads_custom_form_fields is not UNSET:
            leads_custom_form_fields = []
            for leads_custom_form_fields_item_data in _leads_custom_form_fields:
                leads_custom_form_fields_item = LeadFormField.from_dict(leads_custom_form_fields_item_data)

                leads_custom_form_fields.append(leads_custom_form_fields_item)

        lead_settings = cls(
            leads_enabled=leads_enabled,
            program_leads_commission_type=program_leads_commission_type,
            leads_commission=leads_commission,
            leads_custom_form_fields=leads_custom_form_fields,
        )

        lead_settings.additional_properties = d
        return lead_settings

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
