from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_current import ProgramCurrent


T = TypeVar("T", bound="AffiliateProgramOverviewData")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "overview_program_current_settings": UNSET,
    "total_partners": UNSET,
    "total_partners_growth": UNSET,
    "total_signups": UNSET,
    "total_signups_growth": UNSET,
    "total_paid_accounts": UNSET,
    "total_paid_accounts_growth": UNSET,
    "total_purchases": UNSET,
    "total_purchases_growth": UNSET,
    "total_revenue": UNSET,
    "total_revenue_growth": UNSET,
    "total_reward": UNSET,
    "total_reward_growth": UNSET,
    "total_paid": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "overview_program_current_settings",
        "total_partners",
        "total_partners_growth",
        "total_signups",
        "total_signups_growth",
        "total_paid_accounts",
        "total_paid_accounts_growth",
        "total_purchases",
        "total_purchases_growth",
        "total_revenue",
        "total_revenue_growth",
        "total_reward",
        "total_reward_growth",
        "total_paid",
    }
)


@_attrs_define(repr=False)
class AffiliateProgramOverviewData(Model):
    """Legacy affiliate overview: current settings plus flat totals with growth figures. No example
    is documented.

    """

    overview_program_current_settings: ProgramCurrent | Unset = UNSET
    """ Current settings as the legacy overview shows them. """
    total_partners: int | str | Unset = UNSET
    total_partners_growth: float | Unset = UNSET
    total_signups: int | str | Unset = UNSET
    total_signups_growth: float | Unset = UNSET
    total_paid_accounts: int | str | Unset = UNSET
    total_paid_accounts_growth: float | Unset = UNSET
    total_purchases: int | str | Unset = UNSET
    total_purchases_growth: float | Unset = UNSET
    total_revenue: Any | Unset = UNSET
    """ Revenue as display strings, one per currency. """
    total_revenue_growth: float | Unset = UNSET
    total_reward: Any | Unset = UNSET
    """ Commissions as display strings, one per currency. """
    total_reward_growth: float | Unset = UNSET
    total_paid: Any | Unset = UNSET
    """ Commissions paid out, per currency. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        overview_program_current_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overview_program_current_settings, Unset):
            overview_program_current_settings = self.overview_program_current_settings.to_dict()

        total_partners: int | str | Unset
        if isinstance(self.total_partners, Unset):
            total_partners = UNSET
        else:
            total_partners = self.total_partners

        total_partners_growth = self.total_partners_growth

        total_signups: int | str | Unset
        if isinstance(self.total_signups, Unset):
            total_signups = UNSET
        else:
            total_signups = self.total_signups

        total_signups_growth = self.total_signups_growth

        total_paid_accounts: int | str | Unset
        if isinstance(self.total_paid_accounts, Unset):
            total_paid_accounts = UNSET
        else:
            total_paid_accounts = self.total_paid_accounts

        total_paid_accounts_growth = self.total_paid_accounts_growth

        total_purchases: int | str | Unset
        if isinstance(self.total_purchases, Unset):
            total_purchases = UNSET
        else:
            total_purchases = self.total_purchases

        total_purchases_growth = self.total_purchases_growth

        total_revenue = self.total_revenue

        total_revenue_growth = self.total_revenue_growth

        total_reward = self.total_reward

        total_reward_growth = self.total_reward_growth

        total_paid = self.total_paid

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if overview_program_current_settings is not UNSET:
            field_dict["overview_program_current_settings"] = overview_program_current_settings
        if total_partners is not UNSET:
            field_dict["total_partners"] = total_partners
        if total_partners_growth is not UNSET:
            field_dict["total_partners_growth"] = total_partners_growth
        if total_signups is not UNSET:
            field_dict["total_signups"] = total_signups
        if total_signups_growth is not UNSET:
            field_dict["total_signups_growth"] = total_signups_growth
        if total_paid_accounts is not UNSET:
            field_dict["total_paid_accounts"] = total_paid_accounts
        if total_paid_accounts_growth is not UNSET:
            field_dict["total_paid_accounts_growth"] = total_paid_accounts_growth
        if total_purchases is not UNSET:
            field_dict["total_purchases"] = total_purchases
        if total_purchases_growth is not UNSET:
            field_dict["total_purchases_growth"] = total_purchases_growth
        if total_revenue is not UNSET:
            field_dict["total_revenue"] = total_revenue
        if total_revenue_growth is not UNSET:
            field_dict["total_revenue_growth"] = total_revenue_growth
        if total_reward is not UNSET:
            field_dict["total_reward"] = total_reward
        if total_reward_growth is not UNSET:
            field_dict["total_reward_growth"] = total_reward_growth
        if total_paid is not UNSET:
            field_dict["total_paid"] = total_paid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        _overview_program_current_settings = d["overview_program_current_settings"]
        overview_program_current_settings: ProgramCurrent | Unset = (
            UNSET
            if _overview_program_current_settings is UNSET
            else ProgramCurrent.from_dict(_overview_program_current_settings)
        )

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        affiliate_program_overview_data = new_model(cls)
        affiliate_program_overview_data.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            overview_program_current_settings,
            d["total_partners"],
            d["total_partners_growth"],
            d["total_signups"],
            d["total_signups_growth"],
            d["total_paid_accounts"],
            d["total_paid_accounts_growth"],
            d["total_purchases"],
            d["total_purchases_growth"],
            d["total_revenue"],
            d["total_revenue_growth"],
            d["total_reward"],
            d["total_reward_growth"],
            d["total_paid"],
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 14:
            affiliate_program_overview_data._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return affiliate_program_overview_data

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
from ..models.program_current import ProgramCurrent
