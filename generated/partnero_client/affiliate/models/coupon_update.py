from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coupon_sync import CouponSync
    from ..models.coupon_update_metadata_type_0 import CouponUpdateMetadataType0


T = TypeVar("T", bound="CouponUpdate")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "name": UNSET,
    "metadata": UNSET,
    "redeem": UNSET,
    "transaction_key": UNSET,
    "sync": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "uuid_code",
        "name",
        "metadata",
        "redeem",
        "transaction_key",
        "sync",
    }
)


@_attrs_define(repr=False)
class CouponUpdate(Model):
    """Changes to the coupon named by `uuid_code`. Besides renaming, it can merge metadata, record one
    redemption, or attach a payment integration to a coupon that has none.

    """

    uuid_code: str
    """ The coupon to change. """
    name: None | str | Unset = UNSET
    """ New name. """
    metadata: CouponUpdateMetadataType0 | None | Unset = UNSET
    """ Merged into the stored metadata. """
    redeem: bool | None | Unset = UNSET
    """ True adds one to `times_redeemed` and logs the redemption. """
    transaction_key: None | str | Unset = UNSET
    """ Key of an existing transaction the redemption belongs to. An unknown key, or one already used
    for this coupon, makes the call change nothing.
     """
    sync: CouponSync | None | Unset = UNSET
    """ Also push the change to a payment integration connected to the program; refused when it is not connected.
    """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        uuid_code = self.uuid_code

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CouponUpdateMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        redeem: bool | None | Unset
        if isinstance(self.redeem, Unset):
            redeem = UNSET
        else:
            redeem = self.redeem

        transaction_key: None | str | Unset
        if isinstance(self.transaction_key, Unset):
            transaction_key = UNSET
        else:
            transaction_key = self.transaction_key

        sync: dict[str, Any] | None | Unset
        if isinstance(self.sync, Unset):
            sync = UNSET
        elif isinstance(self.sync, CouponSync):
            sync = self.sync.to_dict()
        else:
            sync = self.sync

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "uuid_code": uuid_code,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if redeem is not UNSET:
            field_dict["redeem"] = redeem
        if transaction_key is not UNSET:
            field_dict["transaction_key"] = transaction_key
        if sync is not UNSET:
            field_dict["sync"] = sync

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        uuid_code = d["uuid_code"]

        def _parse_metadata(data: object) -> CouponUpdateMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CouponUpdateMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CouponUpdateMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d["metadata"])

        def _parse_sync(data: object) -> CouponSync | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sync_type_0 = CouponSync.from_dict(data)

                return sync_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CouponSync | None | Unset, data)

        sync = _parse_sync(d["sync"])

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        coupon_update = new_model(cls)
        coupon_update.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            uuid_code,
            d["name"],
            metadata,
            d["redeem"],
            d["transaction_key"],
            sync,
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 6:
            coupon_update._additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        return coupon_update

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
from ..models.coupon_sync import CouponSync
from ..models.coupon_update_metadata_type_0 import CouponUpdateMetadataType0
