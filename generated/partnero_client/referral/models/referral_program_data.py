from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_identity import ProgramIdentity
    from ..models.program_money_by_currency import ProgramMoneyByCurrency
    from ..models.program_site_links import ProgramSiteLinks
    from ..models.referral_program_data_portal_settings import ReferralProgramDataPortalSettings
    from ..models.referral_program_data_program_settings import ReferralProgramDataProgramSettings
    from ..models.referral_program_data_stats import ReferralProgramDataStats


T = TypeVar("T", bound="ReferralProgramData")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "active_rewards": UNSET,
    "total_customers": UNSET,
    "total_customers_before": UNSET,
    "total_customers_growth": UNSET,
    "total_referring_customers": UNSET,
    "total_referring_customers_before": UNSET,
    "total_referring_customers_growth": UNSET,
    "total_referred_customers": UNSET,
    "total_referred_customers_before": UNSET,
    "total_referred_customers_growth": UNSET,
    "total_sales": UNSET,
    "total_sales_before": UNSET,
    "total_sales_growth": UNSET,
    "participation": UNSET,
    "participation_before": UNSET,
    "participation_growth": UNSET,
    "total_revenue_from_sales": UNSET,
    "overview_program_current_settings": UNSET,
    "stats": UNSET,
    "program_settings": UNSET,
    "portal_settings": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "program",
        "active_rewards",
        "total_customers",
        "total_customers_before",
        "total_customers_growth",
        "total_referring_customers",
        "total_referring_customers_before",
        "total_referring_customers_growth",
        "total_referred_customers",
        "total_referred_customers_before",
        "total_referred_customers_growth",
        "total_sales",
        "total_sales_before",
        "total_sales_growth",
        "participation",
        "participation_before",
        "participation_growth",
        "total_revenue_from_sales",
        "overview_program_current_settings",
        "stats",
        "program_settings",
        "portal_settings",
    }
)


@_attrs_define(repr=False)
class ReferralProgramData(Model):
    """A refer-a-friend program with its headline figures flat beside `program`: counts with the
    previous period's value (`*_before`) and the change (`*_growth`), participation in percent
    and revenue as display strings by currency. The newer documentation says these programs
    answer `stats`, `program_settings` and `portal_settings` objects instead; those keys are
    described as optional in case they appear.

    """

    program: ProgramIdentity
    """ Who the program is. Dates are plain dates; the legacy overview leaves out id, public_id
    and website.
     """
    active_rewards: int | Unset = UNSET
    total_customers: int | Unset = UNSET
    total_customers_before: int | Unset = UNSET
    total_customers_growth: float | Unset = UNSET
    total_referring_customers: int | Unset = UNSET
    total_referring_customers_before: int | Unset = UNSET
    total_referring_customers_growth: float | Unset = UNSET
    total_referred_customers: int | Unset = UNSET
    total_referred_customers_before: int | Unset = UNSET
    total_referred_customers_growth: float | Unset = UNSET
    total_sales: int | Unset = UNSET
    total_sales_before: int | Unset = UNSET
    total_sales_growth: float | Unset = UNSET
    participation: float | Unset = UNSET
    """ Share of customers who referred someone, in percent. """
    participation_before: float | Unset = UNSET
    participation_growth: float | Unset = UNSET
    total_revenue_from_sales: ProgramMoneyByCurrency | Unset = UNSET
    """ Display amounts keyed by lower-case currency code, such as `{"usd": "$337.47"}`. """
    overview_program_current_settings: ProgramSiteLinks | Unset = UNSET
    """ Links of a refer-a-friend program. """
    stats: ReferralProgramDataStats | Unset = UNSET
    """ Figures in the newer layout, if present. """
    program_settings: ReferralProgramDataProgramSettings | Unset = UNSET
    """ Program switches in the newer layout, if present. """
    portal_settings: ReferralProgramDataPortalSettings | Unset = UNSET
    """ Portal switches in the newer layout, if present. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        program = self.program.to_dict()

        active_rewards = self.active_rewards

        total_customers = self.total_customers

        total_customers_before = self.total_customers_before

        total_customers_growth = self.total_customers_growth

        total_referring_customers = self.total_referring_customers

        total_referring_customers_before = self.total_referring_customers_before

        total_referring_customers_growth = self.total_referring_customers_growth

        total_referred_customers = self.total_referred_customers

        total_referred_customers_before = self.total_referred_customers_before

        total_referred_customers_growth = self.total_referred_customers_growth

        total_sales = self.total_sales

        total_sales_before = self.total_sales_before

        total_sales_growth = self.total_sales_growth

        participation = self.participation

        participation_before = self.participation_before

        participation_growth = self.participation_growth

        total_revenue_from_sales: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_revenue_from_sales, Unset):
            total_revenue_from_sales = self.total_revenue_from_sales.to_dict()

        overview_program_current_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overview_program_current_settings, Unset):
            overview_program_current_settings = self.overview_program_current_settings.to_dict()

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
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
            }
        )
        if active_rewards is not UNSET:
            field_dict["active_rewards"] = active_rewards
        if total_customers is not UNSET:
            field_dict["total_customers"] = total_customers
        if total_customers_before is not UNSET:
            field_dict["total_customers_before"] = total_customers_before
        if total_customers_growth is not UNSET:
            field_dict["total_customers_growth"] = total_customers_growth
        if total_referring_customers is not UNSET:
            field_dict["total_referring_customers"] = total_referring_customers
        if total_referring_customers_before is not UNSET:
            field_dict["total_referring_customers_before"] = total_referring_customers_before
        if total_referring_customers_growth is not UNSET:
            field_dict["total_referring_customers_growth"] = total_referring_customers_growth
        if total_referred_customers is not UNSET:
            field_dict["total_referred_customers"] = total_referred_customers
        if total_referred_customers_before is not UNSET:
            field_dict["total_referred_customers_before"] = total_referred_customers_before
        if total_referred_customers_growth is not UNSET:
            field_dict["total_referred_customers_growth"] = total_referred_customers_growth
        if total_sales is not UNSET:
            field_dict["total_sales"] = total_sales
        if total_sales_before is not UNSET:
            field_dict["total_sales_before"] = total_sales_before
        if total_sales_growth is not UNSET:
            field_dict["total_sales_growth"] = total_sales_growth
        if participation is not UNSET:
            field_dict["participation"] = participation
        if participation_before is not UNSET:
            field_dict["participation_before"] = participation_before
        if participation_growth is not UNSET:
            field_dict["participation_growth"] = participation_growth
        if total_revenue_from_sales is not UNSET:
            field_dict["total_revenue_from_sales"] = total_revenue_from_sales
        if overview_program_current_settings is not UNSET:
            field_dict["overview_program_current_settings"] = overview_program_current_settings
        if stats is not UNSET:
            field_dict["stats"] = stats
        if program_settings is not UNSET:
            field_dict["program_settings"] = program_settings
        if portal_settings is not UNSET:
            field_dict["portal_settings"] = portal_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        program = ProgramIdentity.from_dict(d["program"])

        _total_revenue_from_sales = d["total_revenue_from_sales"]
        total_revenue_from_sales: ProgramMoneyByCurrency | Unset = (
            UNSET
            if _total_revenue_from_sales is UNSET
            else ProgramMoneyByCurrency.from_dict(_total_revenue_from_sales)
        )

        _overview_program_current_settings = d["overview_program_current_settings"]
        overview_program_current_settings: ProgramSiteLinks | Unset = (
            UNSET
            if _overview_program_current_settings is UNSET
            else ProgramSiteLinks.from_dict(_overview_program_current_settings)
        )

        _stats = d["stats"]
        stats: ReferralProgramDataStats | Unset = (
            UNSET if _stats is UNSET else ReferralProgramDataStats.from_dict(_stats)
        )

        _program_settings = d["program_settings"]
        program_settings: ReferralProgramDataProgramSettings | Unset = (
            UNSET
            if _program_settings is UNSET
            else ReferralProgramDataProgramSettings.from_dict(_program_settings)
        )

        _portal_settings = d["portal_settings"]
        portal_settings: ReferralProgramDataPortalSettings | Unset = (
            UNSET
            if _portal_settings is UNSET
            else ReferralProgramDataPortalSettings.from_dict(_portal_settings)
        )

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        referral_program_data = new_model(cls)
        referral_program_data.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            program,
            d["active_rewards"],
            d["total_customers"],
            d["total_customers_before"],
            d["total_customers_growth"],
            d["total_referring_customers"],
            d["total_referring_customers_before"],
            d["total_referring_customers_growth"],
            d["total_referred_customers"],
            d["total_referred_customers_before"],
            d["total_referred_customers_growth"],
            d["total_sales"],
            d["total_sales_before"],
            d["total_sales_growth"],
            d["participation"],
            d["participation_before"],
            d["participation_growth"],
            total_revenue_from_sales,
            overview_program_current_settings,
            stats,
            program_settings,
            portal_settings,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 22:
            referral_program_data._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return referral_program_data

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
from ..models.program_identity import ProgramIdentity
from ..models.program_money_by_currency import ProgramMoneyByCurrency
from ..models.program_site_links import ProgramSiteLinks
from ..models.referral_program_data_portal_settings import ReferralProgramDataPortalSettings
from ..models.referral_program_data_program_settings import ReferralProgramDataProgramSettings
from ..models.referral_program_data_stats import ReferralProgramDataStats
