"""Contains all the data models used in inputs/outputs"""

from .balance_amount import BalanceAmount
from .balance_credit import BalanceCredit
from .balance_credit_result import BalanceCreditResult
from .balance_credit_result_data import BalanceCreditResultData
from .balance_envelope import BalanceEnvelope
from .balance_groups import BalanceGroups
from .balance_of_customer import BalanceOfCustomer
from .customer_refer_status import CustomerReferStatus
from .customer_referral_link import CustomerReferralLink
from .customer_referral_link_create import CustomerReferralLinkCreate
from .customer_referral_link_envelope import CustomerReferralLinkEnvelope
from .customer_referral_link_list import CustomerReferralLinkList
from .customer_referral_link_listing import CustomerReferralLinkListing
from .customer_referral_link_owner import CustomerReferralLinkOwner
from .customer_referral_link_update import CustomerReferralLinkUpdate
from .customer_result import CustomerResult
from .error import Error
from .error_status import ErrorStatus
from .event_customer_data import EventCustomerData
from .event_customer_delivery import EventCustomerDelivery
from .event_transaction_data import EventTransactionData
from .event_transaction_delivery import EventTransactionDelivery
from .field_errors import FieldErrors
from .list_referral_customers_sort import ListReferralCustomersSort
from .list_referral_transactions_sort import ListReferralTransactionsSort
from .pagination_links import PaginationLinks
from .pagination_meta import PaginationMeta
from .program_deletion_code import ProgramDeletionCode
from .program_deletion_request import ProgramDeletionRequest
from .program_deletion_step import ProgramDeletionStep
from .program_identity import ProgramIdentity
from .program_message_reply import ProgramMessageReply
from .program_money_by_currency import ProgramMoneyByCurrency
from .program_site_links import ProgramSiteLinks
from .program_update import ProgramUpdate
from .referral_customer import ReferralCustomer
from .referral_customer_changes import ReferralCustomerChanges
from .referral_customer_create import ReferralCustomerCreate
from .referral_customer_envelope import ReferralCustomerEnvelope
from .referral_customer_invite import ReferralCustomerInvite
from .referral_customer_invite_personalization_type_0 import ReferralCustomerInvitePersonalizationType0
from .referral_customer_listing import ReferralCustomerListing
from .referral_customer_metadata import ReferralCustomerMetadata
from .referral_customer_metadata_input import ReferralCustomerMetadataInput
from .referral_customer_page import ReferralCustomerPage
from .referral_customer_referrer import ReferralCustomerReferrer
from .referral_customer_referrer_reference import ReferralCustomerReferrerReference
from .referral_customer_summary import ReferralCustomerSummary
from .referral_customer_update import ReferralCustomerUpdate
from .referral_customer_update_by_body import ReferralCustomerUpdateByBody
from .referral_program_data import ReferralProgramData
from .referral_program_data_portal_settings import ReferralProgramDataPortalSettings
from .referral_program_data_program_settings import ReferralProgramDataProgramSettings
from .referral_program_data_stats import ReferralProgramDataStats
from .referral_program_envelope import ReferralProgramEnvelope
from .referral_program_overview_data import ReferralProgramOverviewData
from .referral_program_overview_envelope import ReferralProgramOverviewEnvelope
from .referral_program_portal_changes import ReferralProgramPortalChanges
from .referral_program_settings_changes import ReferralProgramSettingsChanges
from .referral_transaction import ReferralTransaction
from .referral_transaction_create import ReferralTransactionCreate
from .referral_transaction_customer import ReferralTransactionCustomer
from .referral_transaction_envelope import ReferralTransactionEnvelope
from .referral_transaction_listing import ReferralTransactionListing
from .referral_transaction_page import ReferralTransactionPage
from .referral_transaction_recorded import ReferralTransactionRecorded
from .referral_transaction_referrer_reference import ReferralTransactionReferrerReference
from .status import Status
from .status_only import StatusOnly
from .test_key_data import TestKeyData
from .test_key_program import TestKeyProgram
from .test_key_reply import TestKeyReply
from .transaction_batch_item import TransactionBatchItem
from .transaction_create_options import TransactionCreateOptions
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
    "BalanceAmount",
    "BalanceCredit",
    "BalanceCreditResult",
    "BalanceCreditResultData",
    "BalanceEnvelope",
    "BalanceGroups",
    "BalanceOfCustomer",
    "CustomerReferralLink",
    "CustomerReferralLinkCreate",
    "CustomerReferralLinkEnvelope",
    "CustomerReferralLinkList",
    "CustomerReferralLinkListing",
    "CustomerReferralLinkOwner",
    "CustomerReferralLinkUpdate",
    "CustomerReferStatus",
    "CustomerResult",
    "Error",
    "ErrorStatus",
    "EventCustomerData",
    "EventCustomerDelivery",
    "EventTransactionData",
    "EventTransactionDelivery",
    "FieldErrors",
    "ListReferralCustomersSort",
    "ListReferralTransactionsSort",
    "PaginationLinks",
    "PaginationMeta",
    "ProgramDeletionCode",
    "ProgramDeletionRequest",
    "ProgramDeletionStep",
    "ProgramIdentity",
    "ProgramMessageReply",
    "ProgramMoneyByCurrency",
    "ProgramSiteLinks",
    "ProgramUpdate",
    "ReferralCustomer",
    "ReferralCustomerChanges",
    "ReferralCustomerCreate",
    "ReferralCustomerEnvelope",
    "ReferralCustomerInvite",
    "ReferralCustomerInvitePersonalizationType0",
    "ReferralCustomerListing",
    "ReferralCustomerMetadata",
    "ReferralCustomerMetadataInput",
    "ReferralCustomerPage",
    "ReferralCustomerReferrer",
    "ReferralCustomerReferrerReference",
    "ReferralCustomerSummary",
    "ReferralCustomerUpdate",
    "ReferralCustomerUpdateByBody",
    "ReferralProgramData",
    "ReferralProgramDataPortalSettings",
    "ReferralProgramDataProgramSettings",
    "ReferralProgramDataStats",
    "ReferralProgramEnvelope",
    "ReferralProgramOverviewData",
    "ReferralProgramOverviewEnvelope",
    "ReferralProgramPortalChanges",
    "ReferralProgramSettingsChanges",
    "ReferralTransaction",
    "ReferralTransactionCreate",
    "ReferralTransactionCustomer",
    "ReferralTransactionEnvelope",
    "ReferralTransactionListing",
    "ReferralTransactionPage",
    "ReferralTransactionRecorded",
    "ReferralTransactionReferrerReference",
    "Status",
    "StatusOnly",
    "TestKeyData",
    "TestKeyProgram",
    "TestKeyReply",
    "TransactionBatchItem",
    "TransactionCreateOptions",
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
