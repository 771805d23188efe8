from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, parse_datetime, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_reward import TransactionReward


T = TypeVar("T", bound="AffiliateTransaction")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "action": UNSET,
    "amount": UNSET,
    "amount_units": UNSET,
    "partner": UNSET,
    "customer": UNSET,
    "credit": UNSET,
    "is_currency": UNSET,
    "created_at": UNSET,
    "deleted_at": UNSET,
    "rewards": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "key",
        "action",
        "amount",
        "amount_units",
        "partner",
        "customer",
        "credit",
        "is_currency",
        "created_at",
        "deleted_at",
        "rewards",
    }
)


@_attrs_define(repr=False)
class AffiliateTransaction(Model):
    """A sale in an affiliate program, with the rewards it produced."""

    key: str
    """ Your key for the sale (not necessarily unique). """
    action: str | Unset = UNSET
    """ Free label such as sale. """
    amount: float | Unset = UNSET
    amount_units: None | str | Unset = UNSET
    """ Currency code, upper case; null when the amount is not money. """
    partner: None | str | Unset = UNSET
    """ The partner credited with the sale. """
    customer: None | str | Unset = UNSET
    """ The buyer's customer key. """
    credit: bool | Unset = UNSET
    is_currency: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    """ ISO 8601 time in UTC with microseconds, such as 2025-04-30T16:44:13.000000Z. """
    deleted_at: datetime.datetime | None | Unset = UNSET
    """ Set once the transaction is archived. """
    rewards: list[TransactionReward] | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        action = self.action

        amount = self.amount

        amount_units: None | str | Unset
        if isinstance(self.amount_units, Unset):
            amount_units = UNSET
        else:
            amount_units = self.amount_units

        partner: None | str | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        else:
            partner = self.partner

        customer: None | str | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        else:
            customer = self.customer

        credit = self.credit

        is_currency = self.is_currency

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        rewards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rewards, Unset):
            rewards = []
            for rewards_item_data in self.rewards:
                rewards_item = rewards_item_data.to_dict()
                rewards.append(rewards_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_units is not UNSET:
            field_dict["amount_units"] = amount_units
        if partner is not UNSET:
            field_dict["partner"] = partner
        if customer is not UNSET:
            field_dict["customer"] = customer
        if credit is not UNSET:
            field_dict["credit"] = credit
        if is_currency is not UNSET:
            field_dict["is_currency"] = is_currency
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if rewards is not UNSET:
            field_dict["rewards"] = rewards

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        key = d["key"]

        _created_at = d["created_at"]
        created_at: datetime.datetime | Unset = UNSET if _created_at is UNSET else parse_datetime(_created_at)

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

        _rewards = d["rewards"]
        rewards: list[TransactionReward] | Unset = UNSET
        if _rewards is not UNSET:
            _parse_rewards = TransactionReward.from_dict
            rewards = [_parse_rewards(item) for item in _rewards]

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        affiliate_transaction = new_model(cls)
        affiliate_transaction.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            key,
            d["action"],
            d["amount"],
            d["amount_units"],
            d["partner"],
            d["customer"],
            d["credit"],
            d["is_currency"],
            created_at,
            deleted_at,
            rewards,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 11:
            affiliate_transaction._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return affiliate_transaction

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
from ..models.transaction_reward import TransactionReward
