from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscriber_reference import SubscriberReference


T = TypeVar("T", bound="SubscriberCreate")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "id": UNSET,
    "identifier": UNSET,
    "name": UNSET,
    "tos": UNSET,
    "marketing_consent": UNSET,
    "status": UNSET,
    "approved": UNSET,
    "referral": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "email",
        "id",
        "identifier",
        "name",
        "tos",
        "marketing_consent",
        "status",
        "approved",
        "referral",
    }
)


@_attrs_define(repr=False)
class SubscriberCreate(Model):
    """A new subscriber. Null and empty strings count as left out for the optional fields."""

    email: str
    """ Unique within the program. """
    id: None | str | Unset = UNSET
    """ Your id for the subscriber; leave out while e-mail provider sync is on. """
    identifier: None | str | Unset = UNSET
    """ Another name for `id`.
     """
    name: None | str | Unset = UNSET
    """ The subscriber's name. """
    tos: bool | None | Unset = UNSET
    """ Whether the subscriber accepted the program's terms. """
    marketing_consent: bool | None | Unset = UNSET
    """ Whether the subscriber agreed to receive marketing e-mails. """
    status: None | str | Unset = UNSET
    """ Known values: active, rejected, suspended. """
    approved: bool | None | Unset = UNSET
    """ Approve the subscriber at once, skipping the program's manual approval. """
    referral: None | SubscriberReference | Unset = UNSET
    """ The subscriber who referred this one; an unknown one is refused with 422. """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        tos: bool | None | Unset
        if isinstance(self.tos, Unset):
            tos = UNSET
        else:
            tos = self.tos

        marketing_consent: bool | None | Unset
        if isinstance(self.marketing_consent, Unset):
            marketing_consent = UNSET
        else:
            marketing_consent = self.marketing_consent

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        approved: bool | None | Unset
        if isinstance(self.approved, Unset):
            approved = UNSET
        else:
            approved = self.approved

        referral: dict[str, Any] | None | Unset
        if isinstance(self.referral, Unset):
            referral = UNSET
        elif isinstance(self.referral, SubscriberReference):
            referral = self.referral.to_dict()
        else:
            referral = self.referral

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if tos is not UNSET:
            field_dict["tos"] = tos
        if marketing_consent is not UNSET:
            field_dict["marketing_consent"] = marketing_consent
        if status is not UNSET:
            field_dict["status"] = status
        if approved is not UNSET:
            field_dict["approved"] = approved
        if referral is not UNSET:
            field_dict["referral"] = referral

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        email = d["email"]

        def _parse_referral(data: object) -> None | SubscriberReference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                referral_type_0 = SubscriberReference.from_dict(data)

                return referral_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriberReference | Unset, data)

        referral = _parse_referral(d["referral"])

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        subscriber_create = new_model(cls)
        subscriber_create.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            email,
            d["id"],
            d["identifier"],
            d["name"],
            d["tos"],
            d["marketing_consent"],
            d["status"],
            d["approved"],
            referral,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 9:
            subscriber_create._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return subscriber_create

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
from ..models.subscriber_reference import SubscriberReference
