from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AffiliateProgramStatsRewardsBreakdown")


@_attrs_define
class AffiliateProgramStatsRewardsBreakdown:
    """Commission totals split into unclaimed, in review and paid."""

    unclaimed: Any | Unset = UNSET
    in_review: Any | Unset = UNSET
    paid: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unclaimed = self.unclaimed

        in_review = self.in_review

        paid = self.paid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unclaimed is not UNSET:
            field_dict["unclaimed"] = unclaimed
        if in_review is not UNSET:
            field_dict["in_review"] = in_review
        if paid is not UNSET:
            field_dict["paid"] = paid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unclaimed = d.pop("unclaimed", UNSET)

        in_review = d.pop("in_review", UNSET)

        paid = d.pop("paid", UNSET)

        affiliate_program_stats_rewards_breakdown = cls(
            unclaimed=unclaimed,
            in_review=in_review,
            paid=paid,
        )

        affiliate_program_stats_rewards_breakdown.additional_properties = d
        return affiliate_program_stats_rewards_breakdown

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
