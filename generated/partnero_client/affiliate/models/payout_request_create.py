from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..models.payout_request_gateway import PayoutRequestGateway, check_payout_request_gateway
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_reference import PartnerReference
    from ..models.payout_request_settings import PayoutRequestSettings


T = TypeVar("T", bound="PayoutRequestCreate")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "gateway": UNSET,
    "payout_settings": UNSET,
    "reward_ids": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "partner",
        "amount_units",
        "gateway",
        "payout_settings",
        "reward_ids",
    }
)


@_attrs_define(repr=False)
class PayoutRequestCreate(Model):
    """A payout for an active partner's unpaid balance in one currency."""

    partner: PartnerReference
    """ Names another partner by one of its identifiers; an empty object names none. """
    amount_units: str
    """ Currency of the balance to pay out, such as usd. """
    gateway: None | PayoutRequestGateway | Unset = UNSET
    """ Payout method: crypto, paypal, venmo or wise. """
    payout_settings: None | PayoutRequestSettings | Unset = UNSET
    """ Account details for the chosen method, such as the PayPal `username`; Wise bank details cannot be sent. """
    reward_ids: list[int] | None | Unset = UNSET
    """ Pay these rewards instead of the whole balance (when the program lets partners pick). """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        partner = self.partner.to_dict()

        amount_units = self.amount_units

        gateway: None | str | Unset
        if isinstance(self.gateway, Unset):
            gateway = UNSET
        elif isinstance(self.gateway, str):
            gateway = self.gateway
        else:
            gateway = self.gateway

        payout_settings: dict[str, Any] | None | Unset
        if isinstance(self.payout_settings, Unset):
            payout_settings = UNSET
        elif isinstance(self.payout_settings, PayoutRequestSettings):
            payout_settings = self.payout_settings.to_dict()
        else:
            payout_settings = self.payout_settings

        reward_ids: list[int] | None | Unset
        if isinstance(self.reward_ids, Unset):
            reward_ids = UNSET
        elif isinstance(self.reward_ids, list):
            reward_ids = self.reward_ids

        else:
            reward_ids = self.reward_ids

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "partner": partner,
                "amount_units": amount_units,
            }
        )
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if payout_settings is not UNSET:
            field_dict["payout_settings"] = payout_settings
        if reward_ids is not UNSET:
            field_dict["reward_ids"] = reward_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        partner = PartnerReference.from_dict(d["partner"])

        amount_units = d["amount_units"]

        def _parse_gateway(data: object) -> None | PayoutRequestGateway | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gateway_type_0 = check_payout_request_gateway(data)

                return gateway_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PayoutRequestGateway | Unset, data)

        gateway = _parse_gateway(d["gateway"])

        def _parse_payout_settings(data: object) -> None | PayoutRequestSettings | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payout_settings_type_0 = PayoutRequestSettings.from_dict(data)

                return payout_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PayoutRequestSettings | Unset, data)

        payout_settings = _parse_payout_settings(d["payout_settings"])

        def _parse_reward_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reward_ids_type_0: list[int] = data

                return reward_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        reward_ids = _parse_reward_ids(d["reward_ids"])

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        payout_request_create = new_model(cls)
        payout_request_create.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            partner,
            amount_units,
            gateway,
            payout_settings,
            reward_ids,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 5:
            payout_request_create._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return payout_request_create

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
from ..models.partner_reference import PartnerReference
from ..models.payout_request_settings import PayoutRequestSettings
