from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.referral_program_portal_changes import ReferralProgramPortalChanges
    from ..models.referral_program_settings_changes import ReferralProgramSettingsChanges


T = TypeVar("T", bound="ProgramUpdate")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "name": UNSET,
    "website": UNSET,
    "program_settings": UNSET,
    "portal_settings": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "website",
        "program_settings",
        "portal_settings",
    }
)


@_attrs_define(repr=False)
class ProgramUpdate(Model):
    """Program changes; fields left out (or null) keep their value."""

    name: None | str | Unset = UNSET
    """ New program name, at most 255 characters. """
    website: None | str | Unset = UNSET
    """ The program's website; must be a valid URL. """
    program_settings: None | ReferralProgramSettingsChanges | Unset = UNSET
    """ Program switches to change, such as `referral_portal_enabled`; fields left out keep their value. """
    portal_settings: None | ReferralProgramPortalChanges | Unset = UNSET
    """ Customer-portal switches to change, such as `widget_enabled`; fields left out keep their value. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        program_settings: dict[str, Any] | None | Unset
        if isinstance(self.program_settings, Unset):
            program_settings = UNSET
        elif isinstance(self.program_settings, ReferralProgramSettingsChanges):
            program_settings = self.program_settings.to_dict()
        else:
            program_settings = self.program_settings

        portal_settings: dict[str, Any] | None | Unset
        if isinstance(self.portal_settings, Unset):
            portal_settings = UNSET
        elif isinstance(self.portal_settings, ReferralProgramPortalChanges):
            portal_settings = self.portal_settings.to_dict()
        else:
            portal_settings = self.portal_settings

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if website is not UNSET:
            field_dict["website"] = website
        if program_settings is not UNSET:
            field_dict["program_settings"] = program_settings
        if portal_settings is not UNSET:
            field_dict["portal_settings"] = portal_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}

        def _parse_program_settings(data: object) -> None | ReferralProgramSettingsChanges | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                program_settings_type_0 = ReferralProgramSettingsChanges.from_dict(data)

                return program_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReferralProgramSettingsChanges | Unset, data)

        program_settings = _parse_program_settings(d["program_settings"])

        def _parse_portal_settings(data: object) -> None | ReferralProgramPortalChanges | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                portal_settings_type_0 = ReferralProgramPortalChanges.from_dict(data)

                return portal_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReferralProgramPortalChanges | Unset, data)

        portal_settings = _parse_portal_settings(d["portal_settings"])

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        program_update = new_model(cls)
        program_update.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            d["name"],
            d["website"],
            program_settings,
            portal_settings,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 4:
            program_update._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return program_update

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
from ..models.referral_program_portal_changes import ReferralProgramPortalChanges
from ..models.referral_program_settings_changes import ReferralProgramSettingsChanges
