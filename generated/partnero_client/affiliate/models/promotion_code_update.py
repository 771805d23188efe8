from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.promotion_code_partner_target import PromotionCodePartnerTarget
    from ..models.promotion_code_update_metadata_type_0 import PromotionCodeUpdateMetadataType0


T = TypeVar("T", bound="PromotionCodeUpdate")


@_attrs_define
class PromotionCodeUpdate:
    """Changes to the promotion code named by `code`, or one recorded redemption of it."""

    code: str
    """ The code to change. """
    limit_to_specific_partner: bool | None | Unset = UNSET
    """ Ties the code to the partner in `coupon_specific_partners`, or unties it. """
    coupon_specific_partners: None | PromotionCodePartnerTarget | Unset = UNSET
    metadata: None | PromotionCodeUpdateMetadataType0 | Unset = UNSET
    """ Merged into the stored metadata. """
    redeem: bool | None | Unset = UNSET
    """ True adds one to `times_redeemed` and appends an entry to `additional_info.redemptions`. """
    transaction_key: None | str | Unset = UNSET
    """ Key of an existing transaction the redemption belongs to; an unknown or already used key makes
    the call change nothing.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
        d = dict(src_dict)
        code = d.pop("code")

        limit_to_specific_partner: bool | None | Unset = d.pop("limit_to_specific_partner", UNSET)

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

        coupon_specific_partners = _parse_coupon_specific_partners(d.pop("coupon_specific_partners", UNSET))

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

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        redeem: bool | None | Unset = d.pop("redeem", UNSET)

        transaction_key: None | str | Unset = d.pop("transaction_key", UNSET)

        promotion_code_update = cls(
            code=code,
            limit_to_specific_partner=limit_to_specific_partner,
            coupon_specific_partners=coupon_specific_partners,
            metadata=metadata,
            redeem=redeem,
            transaction_key=transaction_key,
        )

        promotion_code_update.additional_properties = d
        return promotion_code_update

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
