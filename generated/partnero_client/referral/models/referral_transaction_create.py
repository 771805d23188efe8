from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.referral_transaction_customer import ReferralTransactionCustomer
    from ..models.transaction_batch_item import TransactionBatchItem
    from ..models.transaction_create_options import TransactionCreateOptions


T = TypeVar("T", bound="ReferralTransactionCreate")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "key": UNSET,
    "amount": UNSET,
    "amount_units": UNSET,
    "action": UNSET,
    "options": UNSET,
    "transactions": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "customer",
        "key",
        "amount",
        "amount_units",
        "action",
        "options",
        "transactions",
    }
)


@_attrs_define(repr=False)
class ReferralTransactionCreate(Model):
    """One purchase (top-level `key`, `amount`, `action`) or several (`transactions`) of one
    referred customer; its referrer earns the reward. `amount` is required on a single
    purchase and on every item of `transactions`.

    """

    customer: ReferralTransactionCustomer
    """ The buyer, by `id`, `key` or `email`; it must be a referred customer. With
    `options.create_customer` the other fields describe the customer to create.
     """
    key: None | str | Unset = UNSET
    """ Your payment or invoice id. """
    amount: float | None | Unset = UNSET
    """ Full purchase amount. """
    amount_units: None | str | Unset = UNSET
    """ Currency code such as USD. """
    action: None | str | Unset = UNSET
    """ Free label; sale is recommended. """
    options: None | TransactionCreateOptions | Unset = UNSET
    """ Processing switches: `create_customer` makes the customer first when it does not exist yet. """
    transactions: list[TransactionBatchItem] | None | Unset = UNSET
    """ Several purchases at once; replaces the top-level key, amount and action. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        amount_units: None | str | Unset
        if isinstance(self.amount_units, Unset):
            amount_units = UNSET
        else:
            amount_units = self.amount_units

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, TransactionCreateOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        transactions: list[dict[str, Any]] | None | Unset
        if isinstance(self.transactions, Unset):
            transactions = UNSET
        elif isinstance(self.transactions, list):
            transactions = []
            for transactions_type_0_item_data in self.transactions:
                transactions_type_0_item = transactions_type_0_item_data.to_dict()
                transactions.append(transactions_type_0_item)

        else:
            transactions = self.transactions

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "customer": customer,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_units is not UNSET:
            field_dict["amount_units"] = amount_units
        if action is not UNSET:
            field_dict["action"] = action
        if options is not UNSET:
            field_dict["options"] = options
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        customer = ReferralTransactionCustomer.from_dict(d["customer"])

        def _parse_options(data: object) -> None | TransactionCreateOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_0 = TransactionCreateOptions.from_dict(data)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransactionCreateOptions | Unset, data)

        options = _parse_options(d["options"])

        def _parse_transactions(data: object) -> list[TransactionBatchItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _parse_transactions_type_0 = TransactionBatchItem.from_dict
                transactions_type_0 = [_parse_transactions_type_0(item) for item in data]

                return transactions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TransactionBatchItem] | None | Unset, data)

        transactions = _parse_transactions(d["transactions"])

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        referral_transaction_create = new_model(cls)
        referral_transaction_create.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            customer,
            d["key"],
            d["amount"],
            d["amount_units"],
            d["action"],
            options,
            transactions,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 7:
            referral_transaction_create._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return referral_transaction_create

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
from ..models.referral_transaction_customer import ReferralTransactionCustomer
from ..models.transaction_batch_item import TransactionBatchItem
from ..models.transaction_create_options import TransactionCreateOptions
