"""Plain-mapping shapes of the referral request models.

Wherever a method accepts a request model, a mapping of this shape works too:
`referring_partner={"key": "ref_1"}` instead of `PartnerReference(key="ref_1")`. Keys are the
names on the wire. A mapping with unknown or missing keys raises TypeError before sending.
"""

from typing import Any, Literal, NotRequired, TypedDict


class CustomerReferralLinkOwnerParam(TypedDict, total=False):
    """`CustomerReferralLinkOwner` as a plain mapping.

    Names the customer who owns the link, by `id`, `key` or `email`.
    """

    id: NotRequired["str | None"]

    key: NotRequired["str | None"]

    email: NotRequired["str | None"]


ReferralCustomerInvitePersonalizationType0Param = dict[str, Any]
"""`ReferralCustomerInvitePersonalizationType0` as a plain mapping: any keys."""


class ReferralCustomerMetadataInputParam(TypedDict, total=False):
    """`ReferralCustomerMetadataInput` as a plain mapping.

    Extra data to keep on the customer.
    """

    date_of_birth: NotRequired["str | None"]


class ReferralCustomerReferrerReferenceParam(TypedDict, total=False):
    """`ReferralCustomerReferrerReference` as a plain mapping.

    Names the referring customer by `id` or `key` (the id wins when both are given).
    """

    id: NotRequired["str | None"]

    key: NotRequired["str | None"]
    """The referrer's key, normally the value of the partnero_referral cookie."""


class ReferralProgramPortalChangesParam(TypedDict, total=False):
    """`ReferralProgramPortalChanges` as a plain mapping.

    Refer-a-friend portal switches to change; fields left out (or null) keep their value.
    """

    registration_disabled: NotRequired["bool"]

    program_page_enabled: NotRequired["bool"]

    widget_enabled: NotRequired["bool"]

    embeddable_form_enabled: NotRequired["bool"]

    popup_form_enabled: NotRequired["bool"]


class ReferralProgramSettingsChangesParam(TypedDict, total=False):
    """`ReferralProgramSettingsChanges` as a plain mapping.

    Refer-a-friend program switches to change; fields left out (or null) keep their value.
    """

    referral_portal_enabled: NotRequired["bool"]

    rewards_notification_enabled: NotRequired["bool"]


class ReferralTransactionCustomerParam(TypedDict, total=False):
    """`ReferralTransactionCustomer` as a plain mapping.

    The buyer, by `id`, `key` or `email`; it must be a referred customer. With
    `options.create_customer` the other fields describe the customer to create.
    """

    id: NotRequired["str | None"]

    key: NotRequired["str | None"]

    email: NotRequired["str | None"]

    name: NotRequired["str | None"]

    surname: NotRequired["str | None"]

    referring_customer: NotRequired["ReferralTransactionReferrerReferenceParam | None"]


class ReferralTransactionReferrerReferenceParam(TypedDict, total=False):
    """`ReferralTransactionReferrerReference` as a plain mapping.

    Who referred a customer created on the fly.
    """

    id: NotRequired["str | None"]


class TransactionBatchItemParam(TypedDict, total=False):
    """`TransactionBatchItem` as a plain mapping.

    One sale of a batch.
    """

    key: NotRequired["str | None"]

    amount: NotRequired["float | None"]
    """Purchase amount; required."""

    action: NotRequired["str | None"]


class TransactionCreateOptionsParam(TypedDict, total=False):
    """`TransactionCreateOptions` as a plain mapping.

    Processing switches of a transaction create.
    """

    create_customer: NotRequired["bool | None"]
    """Create the customer from the `customer` object first when it does not exist yet."""


__all__ = [
    "CustomerReferralLinkOwnerParam",
    "ReferralCustomerInvitePersonalizationType0Param",
    "ReferralCustomerMetadataInputParam",
    "ReferralCustomerReferrerReferenceParam",
    "ReferralProgramPortalChangesParam",
    "ReferralProgramSettingsChangesParam",
    "ReferralTransactionCustomerParam",
    "ReferralTransactionReferrerReferenceParam",
    "TransactionBatchItemParam",
    "TransactionCreateOptionsParam",
]
# Keeps `Any` and `Literal` imported even in a view that does not use them.
_ = (Any, Literal)
