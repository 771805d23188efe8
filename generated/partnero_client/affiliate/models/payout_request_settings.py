from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..models.payout_request_venmo_recipient_type import (
    PayoutRequestVenmoRecipientType,
    check_payout_request_venmo_recipient_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutRequestSettings")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "username": UNSET,
    "wallet_address": UNSET,
    "type": UNSET,
    "recipient_type": UNSET,
    "user_handle": UNSET,
    "email": UNSET,
    "phone": UNSET,
    "name": UNSET,
    "address": UNSET,
    "tax_id": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "username",
        "wallet_address",
        "type",
        "recipient_type",
        "user_handle",
        "email",
        "phone",
        "name",
        "address",
        "tax_id",
    }
)


@_attrs_define(repr=False)
class PayoutRequestSettings(Model):
    """Details for the chosen method. PayPal: `username` (and optionally name, address, tax_id);
    crypto: `wallet_address` and `type`; Venmo: `recipient_type`, the matching identifier and
    `name`. Wise bank details cannot be sent through the API.

    """

    username: None | str | Unset = UNSET
    """ PayPal account e-mail. """
    wallet_address: None | str | Unset = UNSET
    """ Crypto wallet to pay into. """
    type_: None | str | Unset = UNSET
    """ Coin to pay in, such as USDT. """
    recipient_type: None | PayoutRequestVenmoRecipientType | Unset = UNSET
    user_handle: None | str | Unset = UNSET
    """ Venmo username. """
    email: None | str | Unset = UNSET
    """ Venmo e-mail. """
    phone: None | str | Unset = UNSET
    """ Venmo phone number. """
    name: None | str | Unset = UNSET
    """ Recipient name; required for Venmo. """
    address: None | str | Unset = UNSET
    """ Postal address recorded on a PayPal payout. """
    tax_id: None | str | Unset = UNSET
    """ Tax id recorded on a PayPal payout. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        wallet_address: None | str | Unset
        if isinstance(self.wallet_address, Unset):
            wallet_address = UNSET
        else:
            wallet_address = self.wallet_address

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        recipient_type: None | str | Unset
        if isinstance(self.recipient_type, Unset):
            recipient_type = UNSET
        elif isinstance(self.recipient_type, str):
            recipient_type = self.recipient_type
        else:
            recipient_type = self.recipient_type

        user_handle: None | str | Unset
        if isinstance(self.user_handle, Unset):
            user_handle = UNSET
        else:
            user_handle = self.user_handle

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if wallet_address is not UNSET:
            field_dict["wallet_address"] = wallet_address
        if type_ is not UNSET:
            field_dict["type"] = type_
        if recipient_type is not UNSET:
            field_dict["recipient_type"] = recipient_type
        if user_handle is not UNSET:
            field_dict["user_handle"] = user_handle
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}

        def _parse_recipient_type(data: object) -> None | PayoutRequestVenmoRecipientType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recipient_type_type_0 = check_payout_request_venmo_recipient_type(data)

                return recipient_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PayoutRequestVenmoRecipientType | Unset, data)

        recipient_type = _parse_recipient_type(d["recipient_type"])

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        payout_request_settings = new_model(cls)
        payout_request_settings.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            d["username"],
            d["wallet_address"],
            d["type"],
            recipient_type,
            d["user_handle"],
            d["email"],
            d["phone"],
            d["name"],
            d["address"],
            d["tax_id"],
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 10:
            payout_request_settings._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return payout_request_settings

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
