from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_amount import CurrencyAmount


T = TypeVar("T", bound="PartnerReferralStats")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "clicks": UNSET,
    "signups": UNSET,
    "revenue": UNSET,
    "sales_count": UNSET,
    "paid_accounts": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "clicks",
        "signups",
        "revenue",
        "sales_count",
        "paid_accounts",
    }
)


@_attrs_define(repr=False)
class PartnerReferralStats(Model):
    """What the partner's referrals produced."""

    clicks: int | Unset = UNSET
    signups: int | Unset = UNSET
    revenue: list[CurrencyAmount] | Unset = UNSET
    sales_count: int | Unset = UNSET
    paid_accounts: int | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        _revenue = d["revenue"]
        revenue: list[CurrencyAmount] | Unset = UNSET
        if _revenue is not UNSET:
            _parse_revenue = CurrencyAmount.from_dict
            revenue = [_parse_revenue(item) for item in _revenue]

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        partner_referral_stats = new_model(cls)
        partner_referral_stats.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            d["clicks"],
            d["signups"],
            revenue,
            d["sales_count"],
            d["paid_accounts"],
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 5:
            partner_referral_stats._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return partner_referral_stats

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
from ..models.currency_amount import CurrencyAmount
