from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.affiliate_program_portal_settings import AffiliateProgramPortalSettings
    from ..models.affiliate_program_settings import AffiliateProgramSettings
    from ..models.affiliate_program_stats import AffiliateProgramStats
    from ..models.program_identity import ProgramIdentity


T = TypeVar("T", bound="AffiliateProgramData")


@_attrs_define
class AffiliateProgramData:
    """An affiliate program with its statistics and settings."""

    program: ProgramIdentity
    """ Who the program is. Dates are plain dates; the legacy overview leaves out id, public_id
    and website.
     """
    stats: AffiliateProgramStats
    """ Affiliate program figures. Counters and conversion rates come back as strings, money
    totals as display strings by currency; `*_growth` compares with the previous period.
     """
    program_settings: AffiliateProgramSettings | Unset = UNSET
    """ Commission and tracking settings of an affiliate program (more keys may appear). """
    portal_settings: AffiliateProgramPortalSettings | Unset = UNSET
    """ Partner portal switches of an affiliate program (more keys may appear). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program = self.program.to_dict()

        stats = self.stats.to_dict()

        program_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.program_settings, Unset):
            program_settings = self.program_settings.to_dict()

        portal_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.portal_settings, Unset):
            portal_settings = self.portal_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "program": program,
                "stats": stats,
            }
        )
        if program_settings is not UNSET:
            field_dict["program_settings"] = program_settings
        if portal_settings is not UNSET:
            field_dict["portal_settings"] = portal_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        program = ProgramIdentity.from_dict(d.pop("program"))

        stats = AffiliateProgramStats.from_dict(d.pop("stats"))

        _program_settings = d.pop("program_settings", UNSET)
        program_settings: AffiliateProgramSettings | Unset
        if isinstance(_program_settings, Unset):
            program_settings = UNSET
        else:
            program_settings = AffiliateProgramSettings.from_dict(_program_settings)

        _portal_settings = d.pop("portal_settings", UNSET)
        portal_settings: AffiliateProgramPortalSettings | Unset
        if isinstance(_portal_settings, Unset):
            portal_settings = UNSET
        else:
            portal_settings = AffiliateProgramPortalSettings.from_dict(_portal_settings)

        affiliate_program_data = cls(
            program=program,
            stats=stats,
            program_settings=program_settings,
            portal_settings=portal_settings,
        )

        affiliate_program_data.additional_properties = d
        return affiliate_program_data

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
from ..models.affiliate_program_portal_settings import AffiliateProgramPortalSettings
from ..models.affiliate_program_settings import AffiliateProgramSettings
from ..models.affiliate_program_stats import AffiliateProgramStats
from ..models.program_identity import ProgramIdentity
