from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.promotion_code_partner_target import PromotionCodePartnerTarget
    from ..models.promotion_code_update_metadata_type_0 import PromotionCodeUpdateMetadataType0


T = TypeVar("T", bound="PromotionCodeUpdate")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "limit_to_specific_partner": UNSET,
    "coupon_specific_partners": UNSET,
    "metadata": UNSET,
    "redeem": UNSET,
    "transaction_key": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "code",
        "limit_to_specific_partner",
        "coupon_specific_partners",
        "metadata",
        "redeem",
        "transaction_key",
    }
)


@_attrs_define(repr=False)
class PromotionCodeUpdate(Model):
    """Changes to the promotion code named by `code`, or one recorded redemption of it."""

    code: str
    """ The code to change. """
    limit_to_specific_partner: bool | None | Unset = UNSET
    """ Ties the code to the partner in `coupon_specific_partners`, or unties it. """
    coupon_specific_partners: None | PromotionCodePartnerTarget | Unset = UNSET
    """ The partner (by `id`) the code belongs to when `limit_to_specific_partner` is on. """
    metadata: None | PromotionCodeUpdateMetadataType0 | Unset = UNSET
    """ Merged into the stored metadata. """
    redeem: bool | None | Unset = UNSET
    """ True adds one to `times_redeemed` and appends an entry to `additional_info.redemptions`. """
    transaction_key: None | str | Unset = UNSET
    """ Key of an existing transaction the redemption belongs to; an unknown or already used key makes
    the call change nothing.
     """
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        limit_to_specific_partner: bool | None | Unset
        if isinstance(self.limit_to_specific_partner, Unset):
            limit_to_specific_partner = UNSET
        else:
            limit_to_specific_partner = self.limit_to_specific_partner

        coupon_specific_partners: dict[str, Any] | None | Unset
        if isinstance(self.coupon_specific_partners, Unset):
            coupon_specific_partners = UNSET
        elif isinstance(self.coupon_specific_partners, PromotionCodePartnerTarget):
            coupon_specific_partners = self.coupon_specific_partners.to_dict()
        else:
            coupon_specific_partners = self.coupon_specific_partners

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PromotionCodeUpdateMetadataType0):
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

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if limit_to_specific_partner is not UNSET:
            field_dict["limit_to_specific_partner"] = limit_to_specific_partner
        if coupon_specific_partners is not UNSET:
            field_dict["coupon_specific_partners"] = coupon_specific_partners
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if redeem is not UNSET:
            field_dict["redeem"] = redeem
        if transaction_key is not UNSET:
            field_dict["transaction_key"] = transaction_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        code = d["code"]

        def _parse_coupon_specific_partners(data: object) -> None | PromotionCodePartnerTarget | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coupon_specific_partners_type_0 = PromotionCodePartnerTarget.from_dict(data)

                return coupon_specific_partners_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromotionCodePartnerTarget | Unset, data)

        coupon_specific_partners = _parse_coupon_specific_partners(d["coupon_specific_partners"])

        def _parse_metadata(data: object) -> None | PromotionCodeUpdateMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = PromotionCodeUpdateMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromotionCodeUpdateMetadataType0 | Unset, data)

        metadata = _parse_metadata(d["metadata"])

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        promotion_code_update = new_model(cls)
        promotion_code_update.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            code,
            d["limit_to_specific_partner"],
            coupon_specific_partners,
            metadata,
            d["redeem"],
            d["transaction_key"],
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 6:
            promotion_code_update._additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return promotion_code_update

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
from ..models.promotion_code_partner_target import PromotionCodePartnerTarget
from ..models.promotion_code_update_metadata_type_0 import PromotionCodeUpdateMetadataType0
