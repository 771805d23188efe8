from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.affiliate_transaction_customer import AffiliateTransactionCustomer
    from ..models.affiliate_transaction_options import AffiliateTransactionOptions
    from ..models.partner_reference import PartnerReference
    from ..models.transaction_batch_item import TransactionBatchItem


T = TypeVar("T", bound="AffiliateTransactionCreate")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "key": UNSET,
    "amount": UNSET,
    "reward": UNSET,
    "amount_units": UNSET,
    "action": UNSET,
    "product_id": UNSET,
    "product_type": UNSET,
    "rewarded": UNSET,
    "rewardable": UNSET,
    "created_at": UNSET,
    "partner": UNSET,
    "options": UNSET,
    "transactions": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "customer",
        "key",
        "amount",
        "reward",
        "amount_units",
        "action",
        "product_id",
        "product_type",
        "rewarded",
        "rewardable",
        "created_at",
        "partner",
        "options",
        "transactions",
    }
)


@_attrs_define(repr=False)
class AffiliateTransactionCreate(Model):
    """One sale (top-level `key`, `amount`, `action`) or several (`transactions`) of one
    customer. `amount` is needed unless `reward` books the commission directly. Keys are not
    checked for uniqueness: posting a key again records a second sale.

    """

    customer: AffiliateTransactionCustomer
    """ The buyer, by `key` or `email` (`id` works too). With `options.create_customer` the other
    fields describe the customer to create and `partner` the partner to credit.
     """
    key: None | str | Unset = UNSET
    """ Your payment or invoice id; needed later to delete or archive the sale. """
    amount: float | None | Unset = UNSET
    """ Sale amount the commission is computed from. """
    reward: float | None | Unset = UNSET
    """ Commission to book as is instead of computing it. """
    amount_units: None | str | Unset = UNSET
    """ Currency code such as USD; the program currency when left out. """
    action: None | str | Unset = UNSET
    """ Free label of the transaction type; sale is recommended. """
    product_id: None | str | Unset = UNSET
    """ Product for per-product commission rules. """
    product_type: None | str | Unset = UNSET
    """ Product category for commission rules, such as monthly. """
    rewarded: bool | None | Unset = UNSET
    """ Mark the sale as already rewarded (default false). """
    rewardable: bool | None | Unset = UNSET
    """ Whether the sale may produce a reward (default true). """
    created_at: int | None | Unset = UNSET
    """ Back-dates the sale; a Unix timestamp in seconds. """
    partner: None | PartnerReference | Unset = UNSET
    """ Older form of `customer.partner` for a customer created on the fly. """
    options: AffiliateTransactionOptions | None | Unset = UNSET
    """ Processing switches: `create_customer` makes the customer first when it does not exist yet. """
    transactions: list[TransactionBatchItem] | None | Unset = UNSET
    """ Several sales at once; replaces the top-level key, amount and action. """
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

        reward: float | None | Unset
        if isinstance(self.reward, Unset):
            reward = UNSET
        else:
            reward = self.reward

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

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        product_type: None | str | Unset
        if isinstance(self.product_type, Unset):
            product_type = UNSET
        else:
            product_type = self.product_type

        rewarded: bool | None | Unset
        if isinstance(self.rewarded, Unset):
            rewarded = UNSET
        else:
            rewarded = self.rewarded

        rewardable: bool | None | Unset
        if isinstance(self.rewardable, Unset):
            rewardable = UNSET
        else:
            rewardable = self.rewardable

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, PartnerReference):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, AffiliateTransactionOptions):
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
        if reward is not UNSET:
            field_dict["reward"] = reward
        if amount_units is not UNSET:
            field_dict["amount_units"] = amount_units
        if action is not UNSET:
            field_dict["action"] = action
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if rewarded is not UNSET:
            field_dict["rewarded"] = rewarded
        if rewardable is not UNSET:
            field_dict["rewardable"] = rewardable
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if partner is not UNSET:
            field_dict["partner"] = partner
        if options is not UNSET:
            field_dict["options"] = options
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        customer = AffiliateTransactionCustomer.from_dict(d["customer"])

        def _parse_partner(data: object) -> None | PartnerReference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partner_type_0 = PartnerReference.from_dict(data)

                return partner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PartnerReference | Unset, data)

        partner = _parse_partner(d["partner"])

        def _parse_options(data: object) -> AffiliateTransactionOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_0 = AffiliateTransactionOptions.from_dict(data)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AffiliateTransactionOptions | None | Unset, data)

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
        affiliate_transaction_create = new_model(cls)
        affiliate_transaction_create.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            customer,
            d["key"],
            d["amount"],
            d["reward"],
            d["amount_units"],
            d["action"],
            d["product_id"],
            d["product_type"],
            d["rewarded"],
            d["rewardable"],
            d["created_at"],
            partner,
            options,
            transactions,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 14:
            affiliate_transaction_create._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return affiliate_transaction_create

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
from ..models.affiliate_transaction_customer import AffiliateTransactionCustomer
from ..models.affiliate_transaction_options import AffiliateTransactionOptions
from ..models.partner_reference import PartnerReference
from ..models.transaction_batch_item import TransactionBatchItem
