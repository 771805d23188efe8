"""Plain-mapping shapes of the affiliate request models.

Wherever a method accepts a request model, a mapping of this shape works too:
`referring_partner={"key": "ref_1"}` instead of `PartnerReference(key="ref_1")`. Keys are the
names on the wire. A mapping with unknown or missing keys raises TypeError before sending.
"""

from typing import Any, Literal, NotRequired, Required, TypedDict


class AffiliateCustomerChangesParam(TypedDict, total=False):
    """`AffiliateCustomerChanges` as a plain mapping.

    Fields to change on an affiliate customer; fields left out (or null) keep their value.
    """

    email: NotRequired["str | None"]

    name: NotRequired["str | None"]

    surname: NotRequired["str | None"]

    key: NotRequired["str | None"]
    """New customer key, unique within the program."""

    tags: NotRequired["list[str] | None"]
    """Replacement tag set; an empty list removes every tag, null keeps them."""


class AffiliateCustomerOptionsParam(TypedDict, total=False):
    """`AffiliateCustomerOptions` as a plain mapping.

    Extra switches of an affiliate customer create.
    """

    referral_url: NotRequired["str | None"]
    """Pins the sign-up to one of the partner's referral URLs when the partner has several."""


class AffiliateProgramPortalChangesParam(TypedDict, total=False):
    """`AffiliateProgramPortalChanges` as a plain mapping.

    Affiliate partner-portal switches to change; fields left out (or null) keep their value.
    """

    program_page_enabled: NotRequired["bool"]

    leads_page_enabled: NotRequired["bool"]

    registration_disabled: NotRequired["bool"]

    google_login_enabled: NotRequired["bool"]

    passwordless_login_enabled: NotRequired["bool"]

    sub_accounts_enabled: NotRequired["bool"]

    widget_enabled: NotRequired["bool"]

    signup_popup_enabled: NotRequired["bool"]

    embeddable_form_enabled: NotRequired["bool"]


class AffiliateProgramSettingsChangesParam(TypedDict, total=False):
    """`AffiliateProgramSettingsChanges` as a plain mapping.

    Affiliate program switches to change; fields left out (or null) keep their value.
    """

    currency: NotRequired["str | None"]
    """Three-letter currency code for commissions."""

    cookie_lifetime: NotRequired["int | None"]
    """Days a referral cookie lasts, 1 to 9999999."""

    welcome_email_enabled: NotRequired["bool"]

    onboarding_enabled: NotRequired["bool"]

    partner_email_notifications_enabled: NotRequired["bool"]


class AffiliateTransactionCustomerParam(TypedDict, total=False):
    """`AffiliateTransactionCustomer` as a plain mapping.

    The buyer, by `key` or `email` (`id` works too). With `options.create_customer` the other
    fields describe the customer to create and `partner` the partner to credit.
    """

    key: NotRequired["str | None"]

    email: NotRequired["str | None"]

    id: NotRequired["str | None"]

    name: NotRequired["str | None"]

    surname: NotRequired["str | None"]

    tags: NotRequired["list[str] | None"]

    created_at: NotRequired["str | None"]
    """Sign-up time of the customer to create."""

    partner: NotRequired["PartnerReferenceParam | None"]


class AffiliateTransactionOptionsParam(TypedDict, total=False):
    """`AffiliateTransactionOptions` as a plain mapping.

    Processing switches of an affiliate transaction create.
    """

    create_customer: NotRequired["bool | None"]
    """Create the customer from the `customer` object first when it does not exist yet."""

    referral_url: NotRequired["str | None"]
    """Referral URL to attribute a customer created on the fly."""


CouponCreateMetadataType0Param = dict[str, Any]
"""`CouponCreateMetadataType0` as a plain mapping: any keys."""


class CouponSyncParam(TypedDict, total=False):
    """`CouponSync` as a plain mapping.

    Pushes the coupon to a payment integration connected to the program.
    """

    provider: NotRequired["Literal['paddle', 'shopify', 'stripe', 'woocommerce'] | None"]


CouponUpdateMetadataType0Param = dict[str, Any]
"""`CouponUpdateMetadataType0` as a plain mapping: any keys."""


LeadCreateCfieldsType0Param = dict[str, Any]
"""`LeadCreateCfieldsType0` as a plain mapping: any keys."""


LegacyCustomerCreateTransactionType0Param = dict[str, Any]
"""`LegacyCustomerCreateTransactionType0` as a plain mapping: any keys."""


class LegacyCustomerFieldsParam(TypedDict, total=False):
    """`LegacyCustomerFields` as a plain mapping.

    Customer fields of the legacy routes.
    """

    key: NotRequired["str | None"]
    """Customer key."""

    name: NotRequired["str | None"]

    surname: NotRequired["str | None"]

    email: NotRequired["str | None"]


class PartnerChangesParam(TypedDict, total=False):
    """`PartnerChanges` as a plain mapping.

    Fields to change on a partner; fields left out (or null) keep their value.
    """

    email: NotRequired["str | None"]
    """New login e-mail, unique within the program."""

    name: NotRequired["str | None"]
    """New first name."""

    surname: NotRequired["str | None"]
    """New last name."""

    password: NotRequired["str | None"]
    """New portal password, with the same strength rule as on create."""

    key: NotRequired["str | None"]
    """New key for the default referral link."""

    tags: NotRequired["list[str] | None"]
    """Replacement tag set; an empty list removes every tag, null keeps them."""


class PartnerReferenceParam(TypedDict, total=False):
    """`PartnerReference` as a plain mapping.

    Names another partner by one of its identifiers; an empty object names none.
    """

    id: NotRequired["str | None"]

    key: NotRequired["str | None"]

    email: NotRequired["str | None"]


class PayoutRequestSettingsParam(TypedDict, total=False):
    """`PayoutRequestSettings` as a plain mapping.

    Details for the chosen method. PayPal: `username` (and optionally name, address, tax_id);
    crypto: `wallet_address` and `type`; Venmo: `recipient_type`, the matching identifier and
    `name`. Wise bank details cannot be sent through the API.
    """

    username: NotRequired["str | None"]
    """PayPal account e-mail."""

    wallet_address: NotRequired["str | None"]
    """Crypto wallet to pay into."""

    type: NotRequired["str | None"]
    """Coin to pay in, such as USDT."""

    recipient_type: NotRequired["Literal['EMAIL', 'PHONE', 'USER_HANDLE'] | None"]

    user_handle: NotRequired["str | None"]
    """Venmo username."""

    email: NotRequired["str | None"]
    """Venmo e-mail."""

    phone: NotRequired["str | None"]
    """Venmo phone number."""

    name: NotRequired["str | None"]
    """Recipient name; required for Venmo."""

    address: NotRequired["str | None"]
    """Postal address recorded on a PayPal payout."""

    tax_id: NotRequired["str | None"]
    """Tax id recorded on a PayPal payout."""


class PromotionCodeCouponReferenceParam(TypedDict, total=False):
    """`PromotionCodeCouponReference` as a plain mapping.

    The parent coupon of the code to delete.
    """

    uuid_code: Required["str"]


PromotionCodeCreateMetadataType0Param = dict[str, Any]
"""`PromotionCodeCreateMetadataType0` as a plain mapping: any keys."""


class PromotionCodeCustomerTargetParam(TypedDict, total=False):
    """`PromotionCodeCustomerTarget` as a plain mapping.

    The customer a code is tied to; an empty object ties none.
    """

    id: NotRequired["str | None"]
    """Customer id or key."""

    customer_full_name: NotRequired["str | None"]


class PromotionCodePartnerTargetParam(TypedDict, total=False):
    """`PromotionCodePartnerTarget` as a plain mapping.

    The partner a code is tied to; an empty object ties none.
    """

    id: NotRequired["str | None"]
    """Partner id."""

    full_name: NotRequired["str | None"]


class PromotionCodeSubscriberTargetParam(TypedDict, total=False):
    """`PromotionCodeSubscriberTarget` as a plain mapping.

    The subscriber a code is tied to; an empty object ties none.
    """

    id: NotRequired["str | None"]
    """Subscriber id."""

    subscriber_full_name: NotRequired["str | None"]


PromotionCodeUpdateMetadataType0Param = dict[str, Any]
"""`PromotionCodeUpdateMetadataType0` as a plain mapping: any keys."""


SettingsUpdateSettingsType0Param = dict[str, Any]
"""`SettingsUpdateSettingsType0` as a plain mapping: any keys."""


class TransactionBatchItemParam(TypedDict, total=False):
    """`TransactionBatchItem` as a plain mapping.

    One sale of a batch.
    """

    key: NotRequired["str | None"]

    amount: NotRequired["float | None"]
    """Sale amount."""

    action: NotRequired["str | None"]


__all__ = [
    "AffiliateCustomerChangesParam",
    "AffiliateCustomerOptionsParam",
    "AffiliateProgramPortalChangesParam",
    "AffiliateProgramSettingsChangesParam",
    "AffiliateTransactionCustomerParam",
    "AffiliateTransactionOptionsParam",
    "CouponCreateMetadataType0Param",
    "CouponSyncParam",
    "CouponUpdateMetadataType0Param",
    "LeadCreateCfieldsType0Param",
    "LegacyCustomerCreateTransactionType0Param",
    "LegacyCustomerFieldsParam",
    "PartnerChangesParam",
    "PartnerReferenceParam",
    "PayoutRequestSettingsParam",
    "PromotionCodeCouponReferenceParam",
    "PromotionCodeCreateMetadataType0Param",
    "PromotionCodeCustomerTargetParam",
    "PromotionCodePartnerTargetParam",
    "PromotionCodeSubscriberTargetParam",
    "PromotionCodeUpdateMetadataType0Param",
    "SettingsUpdateSettingsType0Param",
    "TransactionBatchItemParam",
]
# Keeps `Any` and `Literal` imported even in a view that does not use them.
_ = (Any, Literal)
