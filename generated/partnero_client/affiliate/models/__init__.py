"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .affiliate_customer import AffiliateCustomer as AffiliateCustomer
    from .affiliate_customer_changes import AffiliateCustomerChanges as AffiliateCustomerChanges
    from .affiliate_customer_create import AffiliateCustomerCreate as AffiliateCustomerCreate
    from .affiliate_customer_envelope import AffiliateCustomerEnvelope as AffiliateCustomerEnvelope
    from .affiliate_customer_locator import AffiliateCustomerLocator as AffiliateCustomerLocator
    from .affiliate_customer_options import AffiliateCustomerOptions as AffiliateCustomerOptions
    from .affiliate_customer_page import AffiliateCustomerPage as AffiliateCustomerPage
    from .affiliate_customer_update import AffiliateCustomerUpdate as AffiliateCustomerUpdate
    from .affiliate_customer_update_by_body import (
        AffiliateCustomerUpdateByBody as AffiliateCustomerUpdateByBody,
    )
    from .affiliate_program_data import AffiliateProgramData as AffiliateProgramData
    from .affiliate_program_envelope import AffiliateProgramEnvelope as AffiliateProgramEnvelope
    from .affiliate_program_overview_data import AffiliateProgramOverviewData as AffiliateProgramOverviewData
    from .affiliate_program_overview_envelope import (
        AffiliateProgramOverviewEnvelope as AffiliateProgramOverviewEnvelope,
    )
    from .affiliate_program_portal_changes import (
        AffiliateProgramPortalChanges as AffiliateProgramPortalChanges,
    )
    from .affiliate_program_portal_settings import (
        AffiliateProgramPortalSettings as AffiliateProgramPortalSettings,
    )
    from .affiliate_program_settings import AffiliateProgramSettings as AffiliateProgramSettings
    from .affiliate_program_settings_changes import (
        AffiliateProgramSettingsChanges as AffiliateProgramSettingsChanges,
    )
    from .affiliate_program_stats import AffiliateProgramStats as AffiliateProgramStats
    from .affiliate_program_stats_partner_activity import (
        AffiliateProgramStatsPartnerActivity as AffiliateProgramStatsPartnerActivity,
    )
    from .affiliate_program_stats_rewards_breakdown import (
        AffiliateProgramStatsRewardsBreakdown as AffiliateProgramStatsRewardsBreakdown,
    )
    from .affiliate_transaction import AffiliateTransaction as AffiliateTransaction
    from .affiliate_transaction_create import AffiliateTransactionCreate as AffiliateTransactionCreate
    from .affiliate_transaction_customer import AffiliateTransactionCustomer as AffiliateTransactionCustomer
    from .affiliate_transaction_envelope import AffiliateTransactionEnvelope as AffiliateTransactionEnvelope
    from .affiliate_transaction_listing import AffiliateTransactionListing as AffiliateTransactionListing
    from .affiliate_transaction_options import AffiliateTransactionOptions as AffiliateTransactionOptions
    from .affiliate_transaction_page import AffiliateTransactionPage as AffiliateTransactionPage
    from .affiliate_transaction_recorded import AffiliateTransactionRecorded as AffiliateTransactionRecorded
    from .coupon import Coupon as Coupon
    from .coupon_create import CouponCreate as CouponCreate
    from .coupon_create_metadata_type_0 import CouponCreateMetadataType0 as CouponCreateMetadataType0
    from .coupon_create_promotion_codes_type_1 import (
        CouponCreatePromotionCodesType1 as CouponCreatePromotionCodesType1,
    )
    from .coupon_discount_type import CouponDiscountType as CouponDiscountType
    from .coupon_duration_type import CouponDurationType as CouponDurationType
    from .coupon_page import CouponPage as CouponPage
    from .coupon_promotion_code_create import CouponPromotionCodeCreate as CouponPromotionCodeCreate
    from .coupon_promotion_code_create_metadata_type_0 import (
        CouponPromotionCodeCreateMetadataType0 as CouponPromotionCodeCreateMetadataType0,
    )
    from .coupon_promotion_codes import CouponPromotionCodes as CouponPromotionCodes
    from .coupon_saved import CouponSaved as CouponSaved
    from .coupon_sync import CouponSync as CouponSync
    from .coupon_sync_provider import CouponSyncProvider as CouponSyncProvider
    from .coupon_update import CouponUpdate as CouponUpdate
    from .coupon_update_metadata_type_0 import CouponUpdateMetadataType0 as CouponUpdateMetadataType0
    from .currency_amount import CurrencyAmount as CurrencyAmount
    from .error import Error as Error
    from .error_status import ErrorStatus as ErrorStatus
    from .event_customer_data import EventCustomerData as EventCustomerData
    from .event_customer_delivery import EventCustomerDelivery as EventCustomerDelivery
    from .event_lead_data import EventLeadData as EventLeadData
    from .event_lead_delivery import EventLeadDelivery as EventLeadDelivery
    from .event_partner_data import EventPartnerData as EventPartnerData
    from .event_partner_delivery import EventPartnerDelivery as EventPartnerDelivery
    from .event_reward_data import EventRewardData as EventRewardData
    from .event_reward_delivery import EventRewardDelivery as EventRewardDelivery
    from .event_transaction_data import EventTransactionData as EventTransactionData
    from .event_transaction_delivery import EventTransactionDelivery as EventTransactionDelivery
    from .field_errors import FieldErrors as FieldErrors
    from .lead import Lead as Lead
    from .lead_answer import LeadAnswer as LeadAnswer
    from .lead_commission import LeadCommission as LeadCommission
    from .lead_contact import LeadContact as LeadContact
    from .lead_convert import LeadConvert as LeadConvert
    from .lead_create import LeadCreate as LeadCreate
    from .lead_create_cfields_type_0 import LeadCreateCfieldsType0 as LeadCreateCfieldsType0
    from .lead_customer import LeadCustomer as LeadCustomer
    from .lead_envelope import LeadEnvelope as LeadEnvelope
    from .lead_form_field import LeadFormField as LeadFormField
    from .lead_page import LeadPage as LeadPage
    from .lead_reject import LeadReject as LeadReject
    from .lead_settings import LeadSettings as LeadSettings
    from .lead_settings_envelope import LeadSettingsEnvelope as LeadSettingsEnvelope
    from .lead_submitter import LeadSubmitter as LeadSubmitter
    from .legacy_customer_create import LegacyCustomerCreate as LegacyCustomerCreate
    from .legacy_customer_create_transaction_type_0 import (
        LegacyCustomerCreateTransactionType0 as LegacyCustomerCreateTransactionType0,
    )
    from .legacy_customer_fields import LegacyCustomerFields as LegacyCustomerFields
    from .legacy_customer_key import LegacyCustomerKey as LegacyCustomerKey
    from .legacy_customer_update import LegacyCustomerUpdate as LegacyCustomerUpdate
    from .list_customers_sort import ListCustomersSort as ListCustomersSort
    from .list_leads_sort import ListLeadsSort as ListLeadsSort
    from .list_partners_sort import ListPartnersSort as ListPartnersSort
    from .list_payout_requests_sort import ListPayoutRequestsSort as ListPayoutRequestsSort
    from .list_transactions_sort import ListTransactionsSort as ListTransactionsSort
    from .pagination_links import PaginationLinks as PaginationLinks
    from .pagination_meta import PaginationMeta as PaginationMeta
    from .partner import Partner as Partner
    from .partner_changes import PartnerChanges as PartnerChanges
    from .partner_commissions import PartnerCommissions as PartnerCommissions
    from .partner_create import PartnerCreate as PartnerCreate
    from .partner_envelope import PartnerEnvelope as PartnerEnvelope
    from .partner_fields import PartnerFields as PartnerFields
    from .partner_locator import PartnerLocator as PartnerLocator
    from .partner_page import PartnerPage as PartnerPage
    from .partner_reference import PartnerReference as PartnerReference
    from .partner_referral_link import PartnerReferralLink as PartnerReferralLink
    from .partner_referral_link_create import PartnerReferralLinkCreate as PartnerReferralLinkCreate
    from .partner_referral_link_envelope import PartnerReferralLinkEnvelope as PartnerReferralLinkEnvelope
    from .partner_referral_link_list import PartnerReferralLinkList as PartnerReferralLinkList
    from .partner_referral_link_page import PartnerReferralLinkPage as PartnerReferralLinkPage
    from .partner_referral_link_update import PartnerReferralLinkUpdate as PartnerReferralLinkUpdate
    from .partner_referral_stats import PartnerReferralStats as PartnerReferralStats
    from .partner_reward import PartnerReward as PartnerReward
    from .partner_reward_create import PartnerRewardCreate as PartnerRewardCreate
    from .partner_reward_envelope import PartnerRewardEnvelope as PartnerRewardEnvelope
    from .partner_sign_in_url import PartnerSignInUrl as PartnerSignInUrl
    from .partner_sign_in_url_envelope import PartnerSignInUrlEnvelope as PartnerSignInUrlEnvelope
    from .partner_sign_in_url_request import PartnerSignInUrlRequest as PartnerSignInUrlRequest
    from .partner_summary import PartnerSummary as PartnerSummary
    from .partner_update import PartnerUpdate as PartnerUpdate
    from .partner_update_by_body import PartnerUpdateByBody as PartnerUpdateByBody
    from .payout_request import PayoutRequest as PayoutRequest
    from .payout_request_create import PayoutRequestCreate as PayoutRequestCreate
    from .payout_request_envelope import PayoutRequestEnvelope as PayoutRequestEnvelope
    from .payout_request_gateway import PayoutRequestGateway as PayoutRequestGateway
    from .payout_request_page import PayoutRequestPage as PayoutRequestPage
    from .payout_request_settings import PayoutRequestSettings as PayoutRequestSettings
    from .payout_request_venmo_recipient_type import (
        PayoutRequestVenmoRecipientType as PayoutRequestVenmoRecipientType,
    )
    from .program_current import ProgramCurrent as ProgramCurrent
    from .program_deletion_code import ProgramDeletionCode as ProgramDeletionCode
    from .program_deletion_request import ProgramDeletionRequest as ProgramDeletionRequest
    from .program_deletion_step import ProgramDeletionStep as ProgramDeletionStep
    from .program_identity import ProgramIdentity as ProgramIdentity
    from .program_message_reply import ProgramMessageReply as ProgramMessageReply
    from .program_money_by_currency import ProgramMoneyByCurrency as ProgramMoneyByCurrency
    from .program_update import ProgramUpdate as ProgramUpdate
    from .promotion_code import PromotionCode as PromotionCode
    from .promotion_code_coupon_reference import PromotionCodeCouponReference as PromotionCodeCouponReference
    from .promotion_code_create import PromotionCodeCreate as PromotionCodeCreate
    from .promotion_code_create_metadata_type_0 import (
        PromotionCodeCreateMetadataType0 as PromotionCodeCreateMetadataType0,
    )
    from .promotion_code_customer_target import PromotionCodeCustomerTarget as PromotionCodeCustomerTarget
    from .promotion_code_delete import PromotionCodeDelete as PromotionCodeDelete
    from .promotion_code_deleted import PromotionCodeDeleted as PromotionCodeDeleted
    from .promotion_code_deleted_data import PromotionCodeDeletedData as PromotionCodeDeletedData
    from .promotion_code_envelope import PromotionCodeEnvelope as PromotionCodeEnvelope
    from .promotion_code_page import PromotionCodePage as PromotionCodePage
    from .promotion_code_partner_target import PromotionCodePartnerTarget as PromotionCodePartnerTarget
    from .promotion_code_subscriber_target import (
        PromotionCodeSubscriberTarget as PromotionCodeSubscriberTarget,
    )
    from .promotion_code_update import PromotionCodeUpdate as PromotionCodeUpdate
    from .promotion_code_update_metadata_type_0 import (
        PromotionCodeUpdateMetadataType0 as PromotionCodeUpdateMetadataType0,
    )
    from .promotion_code_updated import PromotionCodeUpdated as PromotionCodeUpdated
    from .referral_link_domain import ReferralLinkDomain as ReferralLinkDomain
    from .referral_link_domain_list import ReferralLinkDomainList as ReferralLinkDomainList
    from .search_payout_requests_sort import SearchPayoutRequestsSort as SearchPayoutRequestsSort
    from .settings_reply import SettingsReply as SettingsReply
    from .settings_update import SettingsUpdate as SettingsUpdate
    from .settings_update_settings_type_0 import SettingsUpdateSettingsType0 as SettingsUpdateSettingsType0
    from .status import Status as Status
    from .status_only import StatusOnly as StatusOnly
    from .stored_settings import StoredSettings as StoredSettings
    from .stored_settings_settings import StoredSettingsSettings as StoredSettingsSettings
    from .tag import Tag as Tag
    from .test_key_data import TestKeyData as TestKeyData
    from .test_key_program import TestKeyProgram as TestKeyProgram
    from .test_key_reply import TestKeyReply as TestKeyReply
    from .transaction_batch_item import TransactionBatchItem as TransactionBatchItem
    from .transaction_locator import TransactionLocator as TransactionLocator
    from .transaction_reward import TransactionReward as TransactionReward
    from .transaction_reward_product_type_data import (
        TransactionRewardProductTypeData as TransactionRewardProductTypeData,
    )
    from .validation_error import ValidationError as ValidationError
    from .validation_error_status import ValidationErrorStatus as ValidationErrorStatus
    from .webhook import Webhook as Webhook
    from .webhook_create import WebhookCreate as WebhookCreate
    from .webhook_deletion import WebhookDeletion as WebhookDeletion
    from .webhook_envelope import WebhookEnvelope as WebhookEnvelope
    from .webhook_page import WebhookPage as WebhookPage
    from .webhook_update import WebhookUpdate as WebhookUpdate

# Each name's module, relative to this package.
_MODULES = {
    "AffiliateCustomer": ".affiliate_customer",
    "AffiliateCustomerChanges": ".affiliate_customer_changes",
    "AffiliateCustomerCreate": ".affiliate_customer_create",
    "AffiliateCustomerEnvelope": ".affiliate_customer_envelope",
    "AffiliateCustomerLocator": ".affiliate_customer_locator",
    "AffiliateCustomerOptions": ".affiliate_customer_options",
    "AffiliateCustomerPage": ".affiliate_customer_page",
    "AffiliateCustomerUpdate": ".affiliate_customer_update",
    "AffiliateCustomerUpdateByBody": ".affiliate_customer_update_by_body",
    "AffiliateProgramData": ".affiliate_program_data",
    "AffiliateProgramEnvelope": ".affiliate_program_envelope",
    "AffiliateProgramOverviewData": ".affiliate_program_overview_data",
    "AffiliateProgramOverviewEnvelope": ".affiliate_program_overview_envelope",
    "AffiliateProgramPortalChanges": ".affiliate_program_portal_changes",
    "AffiliateProgramPortalSettings": ".affiliate_program_portal_settings",
    "AffiliateProgramSettings": ".affiliate_program_settings",
    "AffiliateProgramSettingsChanges": ".affiliate_program_settings_changes",
    "AffiliateProgramStats": ".affiliate_program_stats",
    "AffiliateProgramStatsPartnerActivity": ".affiliate_program_stats_partner_activity",
    "AffiliateProgramStatsRewardsBreakdown": ".affiliate_program_stats_rewards_breakdown",
    "AffiliateTransaction": ".affiliate_transaction",
    "AffiliateTransactionCreate": ".affiliate_transaction_create",
    "AffiliateTransactionCustomer": ".affiliate_transaction_customer",
    "AffiliateTransactionEnvelope": ".affiliate_transaction_envelope",
    "AffiliateTransactionListing": ".affiliate_transaction_listing",
    "AffiliateTransactionOptions": ".affiliate_transaction_options",
    "AffiliateTransactionPage": ".affiliate_transaction_page",
    "AffiliateTransactionRecorded": ".affiliate_transaction_recorded",
    "Coupon": ".coupon",
    "CouponCreate": ".coupon_create",
    "CouponCreateMetadataType0": ".coupon_create_metadata_type_0",
    "CouponCreatePromotionCodesType1": ".coupon_create_promotion_codes_type_1",
    "CouponDiscountType": ".coupon_discount_type",
    "CouponDurationType": ".coupon_duration_type",
    "CouponPage": ".coupon_page",
    "CouponPromotionCodeCreate": ".coupon_promotion_code_create",
    "CouponPromotionCodeCreateMetadataType0": ".coupon_promotion_code_create_metadata_type_0",
    "CouponPromotionCodes": ".coupon_promotion_codes",
    "CouponSaved": ".coupon_saved",
    "CouponSync": ".coupon_sync",
    "CouponSyncProvider": ".coupon_sync_provider",
    "CouponUpdate": ".coupon_update",
    "CouponUpdateMetadataType0": ".coupon_update_metadata_type_0",
    "CurrencyAmount": ".currency_amount",
    "Error": ".error",
    "ErrorStatus": ".error_status",
    "EventCustomerData": ".event_customer_data",
    "EventCustomerDelivery": ".event_customer_delivery",
    "EventLeadData": ".event_lead_data",
    "EventLeadDelivery": ".event_lead_delivery",
    "EventPartnerData": ".event_partner_data",
    "EventPartnerDelivery": ".event_partner_delivery",
    "EventRewardData": ".event_reward_data",
    "EventRewardDelivery": ".event_reward_delivery",
    "EventTransactionData": ".event_transaction_data",
    "EventTransactionDelivery": ".event_transaction_delivery",
    "FieldErrors": ".field_errors",
    "Lead": ".lead",
    "LeadAnswer": ".lead_answer",
    "LeadCommission": ".lead_commission",
    "LeadContact": ".lead_contact",
    "LeadConvert": ".lead_convert",
    "LeadCreate": ".lead_create",
    "LeadCreateCfieldsType0": ".lead_create_cfields_type_0",
    "LeadCustomer": ".lead_customer",
    "LeadEnvelope": ".lead_envelope",
    "LeadFormField": ".lead_form_field",
    "LeadPage": ".lead_page",
    "LeadReject": ".lead_reject",
    "LeadSettings": ".lead_settings",
    "LeadSettingsEnvelope": ".lead_settings_envelope",
    "LeadSubmitter": ".lead_submitter",
    "LegacyCustomerCreate": ".legacy_customer_create",
    "LegacyCustomerCreateTransactionType0": ".legacy_customer_create_transaction_type_0",
    "LegacyCustomerFields": ".legacy_customer_fields",
    "LegacyCustomerKey": ".legacy_customer_key",
    "LegacyCustomerUpdate": ".legacy_customer_update",
    "ListCustomersSort": ".list_customers_sort",
    "ListLeadsSort": ".list_leads_sort",
    "ListPartnersSort": ".list_partners_sort",
    "ListPayoutRequestsSort": ".list_payout_requests_sort",
    "ListTransactionsSort": ".list_transactions_sort",
    "PaginationLinks": ".pagination_links",
    "PaginationMeta": ".pagination_meta",
    "Partner": ".partner",
    "PartnerChanges": ".partner_changes",
    "PartnerCommissions": ".partner_commissions",
    "PartnerCreate": ".partner_create",
    "PartnerEnvelope": ".partner_envelope",
    "PartnerFields": ".partner_fields",
    "PartnerLocator": ".partner_locator",
    "PartnerPage": ".partner_page",
    "PartnerReference": ".partner_reference",
    "PartnerReferralLink": ".partner_referral_link",
    "PartnerReferralLinkCreate": ".partner_referral_link_create",
    "PartnerReferralLinkEnvelope": ".partner_referral_link_envelope",
    "PartnerReferralLinkList": ".partner_referral_link_list",
    "PartnerReferralLinkPage": ".partner_referral_link_page",
    "PartnerReferralLinkUpdate": ".partner_referral_link_update",
    "PartnerReferralStats": ".partner_referral_stats",
    "PartnerReward": ".partner_reward",
    "PartnerRewardCreate": ".partner_reward_create",
    "PartnerRewardEnvelope": ".partner_reward_envelope",
    "PartnerSignInUrl": ".partner_sign_in_url",
    "PartnerSignInUrlEnvelope": ".partner_sign_in_url_envelope",
    "PartnerSignInUrlRequest": ".partner_sign_in_url_request",
    "PartnerSummary": ".partner_summary",
    "PartnerUpdate": ".partner_update",
    "PartnerUpdateByBody": ".partner_update_by_body",
    "PayoutRequest": ".payout_request",
    "PayoutRequestCreate": ".payout_request_create",
    "PayoutRequestEnvelope": ".payout_request_envelope",
    "PayoutRequestGateway": ".payout_request_gateway",
    "PayoutRequestPage": ".payout_request_page",
    "PayoutRequestSettings": ".payout_request_settings",
    "PayoutRequestVenmoRecipientType": ".payout_request_venmo_recipient_type",
    "ProgramCurrent": ".program_current",
    "ProgramDeletionCode": ".program_deletion_code",
    "ProgramDeletionRequest": ".program_deletion_request",
    "ProgramDeletionStep": ".program_deletion_step",
    "ProgramIdentity": ".program_identity",
    "ProgramMessageReply": ".program_message_reply",
    "ProgramMoneyByCurrency": ".program_money_by_currency",
    "ProgramUpdate": ".program_update",
    "PromotionCode": ".promotion_code",
    "PromotionCodeCouponReference": ".promotion_code_coupon_reference",
    "PromotionCodeCreate": ".promotion_code_create",
    "PromotionCodeCreateMetadataType0": ".promotion_code_create_metadata_type_0",
    "PromotionCodeCustomerTarget": ".promotion_code_customer_target",
    "PromotionCodeDelete": ".promotion_code_delete",
    "PromotionCodeDeleted": ".promotion_code_deleted",
    "PromotionCodeDeletedData": ".promotion_code_deleted_data",
    "PromotionCodeEnvelope": ".promotion_code_envelope",
    "PromotionCodePage": ".promotion_code_page",
    "PromotionCodePartnerTarget": ".promotion_code_partner_target",
    "PromotionCodeSubscriberTarget": ".promotion_code_subscriber_target",
    "PromotionCodeUpdate": ".promotion_code_update",
    "PromotionCodeUpdateMetadataType0": ".promotion_code_update_metadata_type_0",
    "PromotionCodeUpdated": ".promotion_code_updated",
    "ReferralLinkDomain": ".referral_link_domain",
    "ReferralLinkDomainList": ".referral_link_domain_list",
    "SearchPayoutRequestsSort": ".search_payout_requests_sort",
    "SettingsReply": ".settings_reply",
    "SettingsUpdate": ".settings_update",
    "SettingsUpdateSettingsType0": ".settings_update_settings_type_0",
    "Status": ".status",
    "StatusOnly": ".status_only",
    "StoredSettings": ".stored_settings",
    "StoredSettingsSettings": ".stored_settings_settings",
    "Tag": ".tag",
    "TestKeyData": ".test_key_data",
    "TestKeyProgram": ".test_key_program",
    "TestKeyReply": ".test_key_reply",
    "TransactionBatchItem": ".transaction_batch_item",
    "TransactionLocator": ".transaction_locator",
    "TransactionReward": ".transaction_reward",
    "TransactionRewardProductTypeData": ".transaction_reward_product_type_data",
    "ValidationError": ".validation_error",
    "ValidationErrorStatus": ".validation_error_status",
    "Webhook": ".webhook",
    "WebhookCreate": ".webhook_create",
    "WebhookDeletion": ".webhook_deletion",
    "WebhookEnvelope": ".webhook_envelope",
    "WebhookPage": ".webhook_page",
    "WebhookUpdate": ".webhook_update",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "AffiliateCustomer",
    "AffiliateCustomerChanges",
    "AffiliateCustomerCreate",
    "AffiliateCustomerEnvelope",
    "AffiliateCustomerLocator",
    "AffiliateCustomerOptions",
    "AffiliateCustomerPage",
    "AffiliateCustomerUpdate",
    "AffiliateCustomerUpdateByBody",
    "AffiliateProgramData",
    "AffiliateProgramEnvelope",
    "AffiliateProgramOverviewData",
    "AffiliateProgramOverviewEnvelope",
    "AffiliateProgramPortalChanges",
    "AffiliateProgramPortalSettings",
    "AffiliateProgramSettings",
    "AffiliateProgramSettingsChanges",
    "AffiliateProgramStats",
    "AffiliateProgramStatsPartnerActivity",
    "AffiliateProgramStatsRewardsBreakdown",
    "AffiliateTransaction",
    "AffiliateTransactionCreate",
    "AffiliateTransactionCustomer",
    "AffiliateTransactionEnvelope",
    "AffiliateTransactionListing",
    "AffiliateTransactionOptions",
    "AffiliateTransactionPage",
    "AffiliateTransactionRecorded",
    "Coupon",
    "CouponCreate",
    "CouponCreateMetadataType0",
    "CouponCreatePromotionCodesType1",
    "CouponDiscountType",
    "CouponDurationType",
    "CouponPage",
    "CouponPromotionCodeCreate",
    "CouponPromotionCodeCreateMetadataType0",
    "CouponPromotionCodes",
    "CouponSaved",
    "CouponSync",
    "CouponSyncProvider",
    "CouponUpdate",
    "CouponUpdateMetadataType0",
    "CurrencyAmount",
    "Error",
    "ErrorStatus",
    "EventCustomerData",
    "EventCustomerDelivery",
    "EventLeadData",
    "EventLeadDelivery",
    "EventPartnerData",
    "EventPartnerDelivery",
    "EventRewardData",
    "EventRewardDelivery",
    "EventTransactionData",
    "EventTransactionDelivery",
    "FieldErrors",
    "Lead",
    "LeadAnswer",
    "LeadCommission",
    "LeadContact",
    "LeadConvert",
    "LeadCreate",
    "LeadCreateCfieldsType0",
    "LeadCustomer",
    "LeadEnvelope",
    "LeadFormField",
    "LeadPage",
    "LeadReject",
    "LeadSettings",
    "LeadSettingsEnvelope",
    "LeadSubmitter",
    "LegacyCustomerCreate",
    "LegacyCustomerCreateTransactionType0",
    "LegacyCustomerFields",
    "LegacyCustomerKey",
    "LegacyCustomerUpdate",
    "ListCustomersSort",
    "ListLeadsSort",
    "ListPartnersSort",
    "ListPayoutRequestsSort",
    "ListTransactionsSort",
    "PaginationLinks",
    "PaginationMeta",
    "Partner",
    "PartnerChanges",
    "PartnerCommissions",
    "PartnerCreate",
    "PartnerEnvelope",
    "PartnerFields",
    "PartnerLocator",
    "PartnerPage",
    "PartnerReference",
    "PartnerReferralLink",
    "PartnerReferralLinkCreate",
    "PartnerReferralLinkEnvelope",
    "PartnerReferralLinkList",
    "PartnerReferralLinkPage",
    "PartnerReferralLinkUpdate",
    "PartnerReferralStats",
    "PartnerReward",
    "PartnerRewardCreate",
    "PartnerRewardEnvelope",
    "PartnerSignInUrl",
    "PartnerSignInUrlEnvelope",
    "PartnerSignInUrlRequest",
    "PartnerSummary",
    "PartnerUpdate",
    "PartnerUpdateByBody",
    "PayoutRequest",
    "PayoutRequestCreate",
    "PayoutRequestEnvelope",
    "PayoutRequestGateway",
    "PayoutRequestPage",
    "PayoutRequestSettings",
    "PayoutRequestVenmoRecipientType",
    "ProgramCurrent",
    "ProgramDeletionCode",
    "ProgramDeletionRequest",
    "ProgramDeletionStep",
    "ProgramIdentity",
    "ProgramMessageReply",
    "ProgramMoneyByCurrency",
    "ProgramUpdate",
    "PromotionCode",
    "PromotionCodeCouponReference",
    "PromotionCodeCreate",
    "PromotionCodeCreateMetadataType0",
    "PromotionCodeCustomerTarget",
    "PromotionCodeDelete",
    "PromotionCodeDeleted",
    "PromotionCodeDeletedData",
    "PromotionCodeEnvelope",
    "PromotionCodePage",
    "PromotionCodePartnerTarget",
    "PromotionCodeSubscriberTarget",
    "PromotionCodeUpdate",
    "PromotionCodeUpdated",
    "PromotionCodeUpdateMetadataType0",
    "ReferralLinkDomain",
    "ReferralLinkDomainList",
    "SearchPayoutRequestsSort",
    "SettingsReply",
    "SettingsUpdate",
    "SettingsUpdateSettingsType0",
    "Status",
    "StatusOnly",
    "StoredSettings",
    "StoredSettingsSettings",
    "Tag",
    "TestKeyData",
    "TestKeyProgram",
    "TestKeyReply",
    "TransactionBatchItem",
    "TransactionLocator",
    "TransactionReward",
    "TransactionRewardProductTypeData",
    "ValidationError",
    "ValidationErrorStatus",
    "Webhook",
    "WebhookCreate",
    "WebhookDeletion",
    "WebhookEnvelope",
    "WebhookPage",
    "WebhookUpdate",
)
