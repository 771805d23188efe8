from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.settings_update_settings_type_0 import SettingsUpdateSettingsType0


T = TypeVar("T", bound="SettingsUpdate")


@_attrs_define
class SettingsUpdate:
    """Program settings to change."""

    settings: list[str] | SettingsUpdateSettingsType0
    """ Setting names mapped to new values; no names are documented. An empty map may also be
    sent as an empty JSON array.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settings: dict[str, Any] | list[str]
        if isinstance(self.settings, SettingsUpdateSettingsType0):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "settings": settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_settings(data: object) -> list[str] | SettingsUpdateSettingsType0:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = SettingsUpdateSettingsType0.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            settings_type_1: list[str] = data

            return settings_type_1

        settings = _parse_settings(d.pop("settings"))

        settings_update = cls(
            settings=settings,
        )

        settings_update.additional_properties = d
        return settings_update

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
from ..models.settings_update_settings_type_0 import SettingsUpdateSettingsType0
