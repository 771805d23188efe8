from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_amount import CurrencyAmount


T = TypeVar("T", bound="PartnerReferralStats")


@_attrs_define
class PartnerReferralStats:
    """What the partner's referrals produced."""

    clicks: int | Unset = UNSET
    signups: int | Unset = UNSET
    revenue: list[CurrencyAmount] | Unset = UNSET
    sales_count: int | Unset = UNSET
    paid_accounts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clicks = self.clicks

        signups = self.signups

        revenue: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.revenue, Unset):
            revenue = []
            for revenue_item_data in self.revenue:
                revenue_item = revenue_item_data.to_dict()
                revenue.append(revenue_item)

        sales_count = self.sales_count

        paid_accounts = self.paid_accounts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if signups is not UNSET:
            field_dict["signups"] = signups
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if sales_count is not UNSET:
            field_dict["sales_count"] = sales_count
        if paid_accounts is not UNSET:
            field_dict["paid_accounts"] = paid_accounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clicks = d.pop("clicks", UNSET)

        signups = d.pop("signups", UNSET)

        _revenue = d.pop("revenue", UNSET)
        revenue: list[CurrencyAmount] | Unset = UNSET
        if _revenue is not UNSET:
            revenue = []
            for revenue_item_data in _revenue:
                revenue_item = CurrencyAmount.from_dict(revenue_item_data)

                revenue.append(revenue_item)

        sales_count = d.pop("sales_count", UNSET)

        paid_accounts = d.pop("paid_accounts", UNSET)

        partner_referral_stats = cls(
            clicks=clicks,
            signups=signups,
            revenue=revenue,
            sales_count=sales_count,
            paid_accounts=paid_accounts,
        )

        partner_referral_stats.additional_properties = d
        return partner_referral_stats

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
from ..models.currency_amount import CurrencyAmount
