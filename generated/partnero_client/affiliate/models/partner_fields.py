from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, parse_datetime, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_commissions import PartnerCommissions
    from ..models.partner_referral_stats import PartnerReferralStats
    from ..models.tag import Tag


T = TypeVar("T", bound="PartnerFields")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "id": UNSET,
    "key": UNSET,
    "email": UNSET,
    "name": UNSET,
    "surname": UNSET,
    "status": UNSET,
    "approved": UNSET,
    "tos": UNSET,
    "referrals_count": UNSET,
    "referral_link": UNSET,
    "referral_links": UNSET,
    "tags": UNSET,
    "referrals": UNSET,
    "commissions": UNSET,
    "custom_fields": UNSET,
    "custom_field_values": UNSET,
    "created_at": UNSET,
    "updated_at": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "key",
        "email",
        "name",
        "surname",
        "status",
        "approved",
        "tos",
        "referrals_count",
        "referral_link",
        "referral_links",
        "tags",
        "referrals",
        "commissions",
        "custom_fields",
        "custom_field_values",
        "created_at",
        "updated_at",
    }
)


@_attrs_define(repr=False)
class PartnerFields(Model):
    """Every field a partner reply may carry. `Partner` and `PartnerSummary` say which of them
    are required.

    """

    id: str | Unset = UNSET
    """ The partner's id, used in `/v1/partners/{id}` paths. """
    key: str | Unset = UNSET
    """ Referral key (older replies carry it instead of `id`). """
    email: str | Unset = UNSET
    name: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    status: str | Unset = UNSET
    """ Known values: active, pending, archived, deleted. """
    approved: bool | Unset = UNSET
    tos: bool | Unset = UNSET
    """ Whether the partner accepted the program's terms. """
    referrals_count: int | Unset = UNSET
    referral_link: None | str | Unset = UNSET
    """ The default referral URL. """
    referral_links: list[str] | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    referrals: PartnerReferralStats | Unset = UNSET
    """ What the partner's referrals produced. """
    commissions: PartnerCommissions | Unset = UNSET
    """ Commission totals. `paid` is a plain number; the others are split by currency. """
    custom_fields: Any | Unset = UNSET
    """ Program-defined fields, an object; an empty list when there are none. """
    custom_field_values: Any | Unset = UNSET
    """ Values of the program-defined fields, an object; an empty list when there are none. """
    created_at: datetime.datetime | Unset = UNSET
    """ ISO 8601 time in UTC with microseconds, such as 2025-04-30T16:44:13.000000Z. """
    updated_at: datetime.datetime | Unset = UNSET
    """ ISO 8601 time in UTC with microseconds, such as 2025-04-30T16:44:13.000000Z. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        surname: None | str | Unset
        if isinstance(self.surname, Unset):
            surname = UNSET
        else:
            surname = self.surname

        status = self.status

        approved = self.approved

        tos = self.tos

        referrals_count = self.referrals_count

        referral_link: None | str | Unset
        if isinstance(self.referral_link, Unset):
            referral_link = UNSET
        else:
            referral_link = self.referral_link

        referral_links: list[str] | Unset = UNSET
        if not isinstance(self.referral_links, Unset):
            referral_links = self.referral_links

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        referrals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referrals, Unset):
            referrals = self.referrals.to_dict()

        commissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.commissions, Unset):
            commissions = self.commissions.to_dict()

        custom_fields = self.custom_fields

        custom_field_values = self.custom_field_values

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if status is not UNSET:
            field_dict["status"] = status
        if approved is not UNSET:
            field_dict["approved"] = approved
        if tos is not UNSET:
            field_dict["tos"] = tos
        if referrals_count is not UNSET:
            field_dict["referrals_count"] = referrals_count
        if referral_link is not UNSET:
            field_dict["referral_link"] = referral_link
        if referral_links is not UNSET:
            field_dict["referral_links"] = referral_links
        if tags is not UNSET:
            field_dict["tags"] = tags
        if referrals is not UNSET:
            field_dict["referrals"] = referrals
        if commissions is not UNSET:
            field_dict["commissions"] = commissions
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if custom_field_values is not UNSET:
            field_dict["custom_field_values"] = custom_field_values
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        _tags = d["tags"]
        tags: list[Tag] | Unset = UNSET
        if _tags is not UNSET:
            _parse_tags = Tag.from_dict
            tags = [_parse_tags(item) for item in _tags]

        _referrals = d["referrals"]
        referrals: PartnerReferralStats | Unset = (
            UNSET if _referrals is UNSET else PartnerReferralStats.from_dict(_referrals)
        )

        _commissions = d["commissions"]
        commissions: PartnerCommissions | Unset = (
            UNSET if _commissions is UNSET else PartnerCommissions.from_dict(_commissions)
        )

        _created_at = d["created_at"]
        created_at: datetime.datetime | Unset = UNSET if _created_at is UNSET else parse_datetime(_created_at)

        _updated_at = d["updated_at"]
        updated_at: datetime.datetime | Unset = UNSET if _updated_at is UNSET else parse_datetime(_updated_at)

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        partner_fields = new_model(cls)
        partner_fields.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            d["id"],
            d["key"],
            d["email"],
            d["name"],
            d["surname"],
            d["status"],
            d["approved"],
            d["tos"],
            d["referrals_count"],
            d["referral_link"],
            d["referral_links"],
            tags,
            referrals,
            commissions,
            d["custom_fields"],
            d["custom_field_values"],
            created_at,
            updated_at,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 18:
            partner_fields._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return partner_fields

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
from ..models.partner_commissions import PartnerCommissions
from ..models.partner_referral_stats import PartnerReferralStats
from ..models.tag import Tag
