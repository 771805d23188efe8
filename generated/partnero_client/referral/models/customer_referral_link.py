from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerReferralLink")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "url": UNSET,
    "default": UNSET,
    "is_additional": UNSET,
    "direct_tracking": UNSET,
    "direct_tracking_redirect": UNSET,
    "direct_tracking_redirect_url": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "key",
        "url",
        "default",
        "is_additional",
        "direct_tracking",
        "direct_tracking_redirect",
        "direct_tracking_redirect_url",
    }
)


@_attrs_define(repr=False)
class CustomerReferralLink(Model):
    """A referral link of a refer-a-friend customer. Its id equals its key."""

    id: str
    key: str
    """ Token in the link URL. """
    url: str | Unset = UNSET
    default: bool | Unset = UNSET
    """ Whether this is the customer's default link. """
    is_additional: bool | Unset = UNSET
    direct_tracking: bool | Unset = UNSET
    direct_tracking_redirect: bool | Unset = UNSET
    direct_tracking_redirect_url: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        url = self.url

        default = self.default

        is_additional = self.is_additional

        direct_tracking = self.direct_tracking

        direct_tracking_redirect = self.direct_tracking_redirect

        direct_tracking_redirect_url: None | str | Unset
        if isinstance(self.direct_tracking_redirect_url, Unset):
            direct_tracking_redirect_url = UNSET
        else:
            direct_tracking_redirect_url = self.direct_tracking_redirect_url

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "key": key,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if default is not UNSET:
            field_dict["default"] = default
        if is_additional is not UNSET:
            field_dict["is_additional"] = is_additional
        if direct_tracking is not UNSET:
            field_dict["direct_tracking"] = direct_tracking
        if direct_tracking_redirect is not UNSET:
            field_dict["direct_tracking_redirect"] = direct_tracking_redirect
        if direct_tracking_redirect_url is not UNSET:
            field_dict["direct_tracking_redirect_url"] = direct_tracking_redirect_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        id = d["id"]

        key = d["key"]

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        customer_referral_link = new_model(cls)
        customer_referral_link.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            id,
            key,
            d["url"],
            d["default"],
            d["is_additional"],
            d["direct_tracking"],
            d["direct_tracking_redirect"],
            d["direct_tracking_redirect_url"],
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 8:
            customer_referral_link._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return customer_referral_link

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
