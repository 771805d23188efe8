from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.affiliate_program_portal_settings import AffiliateProgramPortalSettings
    from ..models.affiliate_program_settings import AffiliateProgramSettings
    from ..models.affiliate_program_stats import AffiliateProgramStats
    from ..models.program_identity import ProgramIdentity


T = TypeVar("T", bound="AffiliateProgramData")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "program_settings": UNSET,
    "portal_settings": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "program",
        "stats",
        "program_settings",
        "portal_settings",
    }
)


@_attrs_define(repr=False)
class AffiliateProgramData(Model):
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        program = ProgramIdentity.from_dict(d["program"])

        stats = AffiliateProgramStats.from_dict(d["stats"])

        _program_settings = d["program_settings"]
        program_settings: AffiliateProgramSettings | Unset = (
            UNSET if _program_settings is UNSET else AffiliateProgramSettings.from_dict(_program_settings)
        )

        _portal_settings = d["portal_settings"]
        portal_settings: AffiliateProgramPortalSettings | Unset = (
            UNSET if _portal_settings is UNSET else AffiliateProgramPortalSettings.from_dict(_portal_settings)
        )

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        affiliate_program_data = new_model(cls)
        affiliate_program_data.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            program,
            stats,
            program_settings,
            portal_settings,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 4:
            affiliate_program_data._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return affiliate_program_data

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
from ..models.affiliate_program_portal_settings import AffiliateProgramPortalSettings
from ..models.affiliate_program_settings import AffiliateProgramSettings
from ..models.affiliate_program_stats import AffiliateProgramStats
from ..models.program_identity import ProgramIdentity
