"""Contains all the data models used in inputs/outputs"""

from .affiliate_customer import AffiliateCustomer
from .affiliate_customer_changes import AffiliateCustomerChanges
from .affiliate_customer_create import AffiliateCustomerCreate
from .affiliate_customer_envelope import AffiliateCustomerEnvelope
from .affiliate_customer_locator import AffiliateCustomerLocator
from .affiliate_customer_options import AffiliateCustomerOptions
from .affiliate_customer_page import AffiliateCustomerPage
from .affiliate_customer_update import AffiliateCustomerUpdate
from .affiliate_customer_update_by_body import AffiliateCustomerUpdateByBody
from .affiliate_program_data import AffiliateProgramData
from .affiliate_program_envelope import AffiliateProgramEnvelope
from .affiliate_program_overview_data import AffiliateProgramOverviewData
from .affiliate_program_overview_envelope import AffiliateProgramOverviewEnvelope
from .affiliate_program_portal_changes import AffiliateProgramPortalChanges
from .affiliate_program_portal_settings import AffiliateProgramPortalSettings
from .affiliate_program_settings import AffiliateProgramSettings
from .affiliate_program_settings_changes import AffiliateProgramSettingsChanges
from .affiliate_program_stats import AffiliateProgramStats
from .affiliate_program_stats_partner_activity import AffiliateProgramStatsPartnerActivity
from .affiliate_program_stats_rewards_breakdown import AffiliateProgramStatsRewardsBreakdown
from .affiliate_transaction import AffiliateTransaction
from .affiliate_transaction_create import AffiliateTransactionCreate
from .affiliate_transaction_customer import AffiliateTransactionCustomer
from .affiliate_transaction_envelope import AffiliateTransactionEnvelope
from .affiliate_transaction_listing import AffiliateTransactionListing
from .affiliate_transaction_options import AffiliateTransactionOptions
from .affiliate_transaction_page import AffiliateTransactionPage
from .affiliate_transaction_recorded import AffiliateTransactionRecorded
from .coupon import Coupon
from .coupon_create import CouponCreate
from .coupon_create_metadata_type_0 import CouponCreateMetadataType0
from .coupon_create_promotion_codes_type_1 import CouponCreatePromotionCodesType1
from .coupon_discount_type import CouponDiscountType
from .coupon_duration_type import CouponDurationType
from .coupon_page import CouponPage
from .coupon_promotion_code_create import CouponPromotionCodeCreate
from .coupon_promotion_code_create_metadata_type_0 import CouponPromotionCodeCreateMetadataType0
from .coupon_promotion_codes import CouponPromotionCodes
from .coupon_saved import CouponSaved
from .coupon_sync import CouponSync
from .coupon_sync_provider import CouponSyncProvider
from .coupon_update import CouponUpdate
from .coupon_update_metadata_type_0 import CouponUpdateMetadataType0
from .currency_amount import CurrencyAmount
from .customer_result import CustomerResult
from .error import Error
from .error_status import ErrorStatus
from .event_customer_data import EventCustomerData
from .event_customer_delivery import EventCustomerDelivery
from .event_lead_data import EventLeadData
from .event_lead_delivery import EventLeadDelivery
from .event_partner_data import EventPartnerData
from .event_partner_delivery import EventPartnerDelivery
from .event_reward_data import EventRewardData
from .event_reward_delivery import EventRewardDelivery
from .event_transaction_data import EventTransactionData
from .event_transaction_delivery import EventTransactionDelivery
from .field_errors import FieldErrors
from .lead import Lead
from .lead_answer import LeadAnswer
from .lead_commission import LeadCommission
from .lead_contact import LeadContact
from .lead_convert import LeadConvert
from .lead_create import LeadCreate
from .lead_create_cfields_type_0 import LeadCreateCfieldsType0
from .lead_customer import LeadCustomer
from .lead_envelope import LeadEnvelope
from .lead_form_field import LeadFormField
from .lead_page import LeadPage
from .lead_reject import LeadReject
from .lead_settings import LeadSettings
from .lead_settings_envelope import LeadSettingsEnvelope
from .lead_submitter import LeadSubmitter
from .legacy_customer_create import LegacyCustomerCreate
from .legacy_customer_create_transaction_type_0 import LegacyCustomerCreateTransactionType0
from .legacy_customer_fields import LegacyCustomerFields
from .legacy_customer_key import LegacyCustomerKey
from .legacy_customer_reply import LegacyCustomerReply
from .legacy_customer_reply_data import LegacyCustomerReplyData
from .legacy_customer_update import LegacyCustomerUpdate
from .list_customers_sort import ListCustomersSort
from .list_leads_sort import ListLeadsSort
from .list_partners_sort import ListPartnersSort
from .list_payout_requests_sort import ListPayoutRequestsSort
from .list_transactions_sort import ListTransactionsSort
from .pagination_links import PaginationLinks
from .pagination_meta import PaginationMeta
from .partner import Partner
from .partner_changes import PartnerChanges
from .partner_commissions import PartnerCommissions
from .partner_create import PartnerCreate
from .partner_envelope import PartnerEnvelope
from .partner_locator import PartnerLocator
from .partner_page import PartnerPage
from .partner_reference import PartnerReference
from .partner_referral_link import PartnerReferralLink
from .partner_referral_link_create import PartnerReferralLinkCreate
from .partner_referral_link_envelope import PartnerReferralLinkEnvelope
from .partner_referral_link_list import PartnerReferralLinkList
from .partner_referral_link_page import PartnerReferralLinkPage
from .partner_referral_link_update import PartnerReferralLinkUpdate
from .partner_referral_stats import PartnerReferralStats
from .partner_reward import PartnerReward
from .partner_reward_create import PartnerRewardCreate
from .partner_reward_envelope import PartnerRewardEnvelope
from .partner_sign_in_url import PartnerSignInUrl
from .partner_sign_in_url_envelope import PartnerSignInUrlEnvelope
from .partner_sign_in_url_request import PartnerSignInUrlRequest
from .partner_summary import PartnerSummary
from .partner_update import PartnerUpdate
from .partner_update_by_body import PartnerUpdateByBody
from .payout_request import PayoutRequest
from .payout_request_create import PayoutRequestCreate
from .payout_request_envelope import PayoutRequestEnvelope
from .payout_request_gateway import PayoutRequestGateway
from .payout_request_page import PayoutRequestPage
from .payout_request_settings import PayoutRequestSettings
from .payout_request_venmo_recipient_type import PayoutRequestVenmoRecipientType
from .program_current import ProgramCurrent
from .program_deletion_code import ProgramDeletionCode
from .program_deletion_request import ProgramDeletionRequest
from .program_deletion_step import ProgramDeletionStep
from .program_identity import ProgramIdentity
from .program_message_reply import ProgramMessageReply
from .program_money_by_currency import ProgramMoneyByCurrency
from .program_update import ProgramUpdate
from .promotion_code import PromotionCode
from .promotion_code_coupon_reference import PromotionCodeCouponReference
from .promotion_code_create import PromotionCodeCreate
from .promotion_code_create_metadata_type_0 import PromotionCodeCreateMetadataType0
from .promotion_code_customer_target import PromotionCodeCustomerTarget
from .promotion_code_delete import PromotionCodeDelete
from .promotion_code_deleted import PromotionCodeDeleted
from .promotion_code_deleted_data import PromotionCodeDeletedData
from .promotion_code_envelope import PromotionCodeEnvelope
from .promotion_code_page import PromotionCodePage
from .promotion_code_partner_target import PromotionCodePartnerTarget
from .promotion_code_subscriber_target import PromotionCodeSubscriberTarget
from .promotion_code_update import PromotionCodeUpdate
from .promotion_code_update_metadata_type_0 import PromotionCodeUpdateMetadataType0
from .promotion_code_updated import PromotionCodeUpdated
from .referral_link_domain import ReferralLinkDomain
from .referral_link_domain_list import ReferralLinkDomainList
from .search_payout_requests_sort import SearchPayoutRequestsSort
from .settings_reply import SettingsReply
from .settings_reply_data import SettingsReplyData
from .settings_update import SettingsUpdate
from .settings_update_settings_type_0 import SettingsUpdateSettingsType0
from .status import Status
from .status_only import StatusOnly
from .tag import Tag
from .test_key_data import TestKeyData
from .test_key_program import TestKeyProgram
from .test_key_reply import TestKeyReply
from .transaction_batch_item import TransactionBatchItem
from .transaction_locator import TransactionLocator
from .transaction_reward import TransactionReward
from .transaction_reward_product_type_data import TransactionRewardProductTypeData
from .validation_error import ValidationError
from .validation_error_status import ValidationErrorStatus
from .webhook import Webhook
from .webhook_create import WebhookCreate
from .webhook_deletion import WebhookDeletion
from .webhook_envelope import WebhookEnvelope
from .webhook_page import WebhookPage
from .webhook_update import WebhookUpdate

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
    "CustomerResult",
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
    "LegacyCustomerReply",
    "LegacyCustomerReplyData",
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
    "SettingsReplyData",
    "SettingsUpdate",
    "SettingsUpdateSettingsType0",
    "Status",
    "StatusOnly",
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
