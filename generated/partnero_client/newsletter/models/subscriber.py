from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, parse_datetime, unknown_keys_eq
from ..types import UNSET, Unset

T = TypeVar("T", bound="Subscriber")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "id": UNSET,
    "name": UNSET,
    "is_referred": UNSET,
    "tos": UNSET,
    "marketing_consent": UNSET,
    "status": UNSET,
    "approved": UNSET,
    "portal_link": UNSET,
    "share_link": UNSET,
    "referrals_count": UNSET,
    "reward": UNSET,
    "created_at": UNSET,
    "updated_at": UNSET,
    "deleted_at": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "email",
        "id",
        "name",
        "is_referred",
        "tos",
        "marketing_consent",
        "status",
        "approved",
        "portal_link",
        "share_link",
        "referrals_count",
        "reward",
        "created_at",
        "updated_at",
        "deleted_at",
    }
)


@_attrs_define(repr=False)
class Subscriber(Model):
    """A newsletter subscriber."""

    email: str
    id: None | str | Unset = UNSET
    """ The subscriber's id: yours, the e-mail provider's when sync is on, or generated. May be
    null.
     """
    name: None | str | Unset = UNSET
    is_referred: bool | Unset = UNSET
    """ Whether another subscriber referred this one. """
    tos: bool | None | Unset = UNSET
    """ Whether the terms were accepted; null when never asked. """
    marketing_consent: bool | None | Unset = UNSET
    status: str | Unset = UNSET
    """ Capitalised state. Known values: Active, Rejected, Suspended. """
    approved: bool | Unset = UNSET
    portal_link: str | Unset = UNSET
    """ The subscriber's own referral portal. """
    share_link: str | Unset = UNSET
    """ The link the subscriber shares to refer others. """
    referrals_count: int | Unset = UNSET
    reward: list[Any] | Unset = UNSET
    """ Rewards the subscriber has unlocked. """
    created_at: datetime.datetime | Unset = UNSET
    """ ISO 8601 time in UTC with microseconds, such as 2025-04-30T16:44:13.000000Z. """
    updated_at: datetime.datetime | Unset = UNSET
    """ ISO 8601 time in UTC with microseconds, such as 2025-04-30T16:44:13.000000Z. """
    deleted_at: datetime.datetime | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        is_referred = self.is_referred

        tos: bool | None | Unset
        if isinstance(self.tos, Unset):
            tos = UNSET
        else:
            tos = self.tos

        marketing_consent: bool | None | Unset
        if isinstance(self.marketing_consent, Unset):
            marketing_consent = UNSET
        else:
            marketing_consent = self.marketing_consent

        status = self.status

        approved = self.approved

        portal_link = self.portal_link

        share_link = self.share_link

        referrals_count = self.referrals_count

        reward: list[Any] | Unset = UNSET
        if not isinstance(self.reward, Unset):
            reward = self.reward

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if is_referred is not UNSET:
            field_dict["is_referred"] = is_referred
        if tos is not UNSET:
            field_dict["tos"] = tos
        if marketing_consent is not UNSET:
            field_dict["marketing_consent"] = marketing_consent
        if status is not UNSET:
            field_dict["status"] = status
        if approved is not UNSET:
            field_dict["approved"] = approved
        if portal_link is not UNSET:
            field_dict["portal_link"] = portal_link
        if share_link is not UNSET:
            field_dict["share_link"] = share_link
        if referrals_count is not UNSET:
            field_dict["referrals_count"] = referrals_count
        if reward is not UNSET:
            field_dict["reward"] = reward
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        email = d["email"]

        _created_at = d["created_at"]
        created_at: datetime.datetime | Unset = UNSET if _created_at is UNSET else parse_datetime(_created_at)

        _updated_at = d["updated_at"]
        updated_at: datetime.datetime | Unset = UNSET if _updated_at is UNSET else parse_datetime(_updated_at)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = parse_datetime(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d["deleted_at"])

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        subscriber = new_model(cls)
        subscriber.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            email,
            d["id"],
            d["name"],
            d["is_referred"],
            d["tos"],
            d["marketing_consent"],
            d["status"],
            d["approved"],
            d["portal_link"],
            d["share_link"],
            d["referrals_count"],
            d["reward"],
            created_at,
            updated_at,
            deleted_at,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 15:
            subscriber._additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        return subscriber

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
