"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .balance_amount import BalanceAmount as BalanceAmount
    from .balance_credit import BalanceCredit as BalanceCredit
    from .balance_credit_outcome import BalanceCreditOutcome as BalanceCreditOutcome
    from .balance_credit_result import BalanceCreditResult as BalanceCreditResult
    from .balance_credit_reward import BalanceCreditReward as BalanceCreditReward
    from .balance_envelope import BalanceEnvelope as BalanceEnvelope
    from .balance_groups import BalanceGroups as BalanceGroups
    from .balance_of_customer import BalanceOfCustomer as BalanceOfCustomer
    from .customer_refer_status import CustomerReferStatus as CustomerReferStatus
    from .customer_referral_link import CustomerReferralLink as CustomerReferralLink
    from .customer_referral_link_create import CustomerReferralLinkCreate as CustomerReferralLinkCreate
    from .customer_referral_link_envelope import CustomerReferralLinkEnvelope as CustomerReferralLinkEnvelope
    from .customer_referral_link_list import CustomerReferralLinkList as CustomerReferralLinkList
    from .customer_referral_link_listing import CustomerReferralLinkListing as CustomerReferralLinkListing
    from .customer_referral_link_owner import CustomerReferralLinkOwner as CustomerReferralLinkOwner
    from .customer_referral_link_update import CustomerReferralLinkUpdate as CustomerReferralLinkUpdate
    from .error import Error as Error
    from .error_status import ErrorStatus as ErrorStatus
    from .event_customer_data import EventCustomerData as EventCustomerData
    from .event_customer_delivery import EventCustomerDelivery as EventCustomerDelivery
    from .event_transaction_data import EventTransactionData as EventTransactionData
    from .event_transaction_delivery import EventTransactionDelivery as EventTransactionDelivery
    from .field_errors import FieldErrors as FieldErrors
    from .list_referral_customers_sort import ListReferralCustomersSort as ListReferralCustomersSort
    from .list_referral_transactions_sort import ListReferralTransactionsSort as ListReferralTransactionsSort
    from .pagination_links import PaginationLinks as PaginationLinks
    from .pagination_meta import PaginationMeta as PaginationMeta
    from .program_deletion_code import ProgramDeletionCode as ProgramDeletionCode
    from .program_deletion_request import ProgramDeletionRequest as ProgramDeletionRequest
    from .program_deletion_step import ProgramDeletionStep as ProgramDeletionStep
    from .program_identity import ProgramIdentity as ProgramIdentity
    from .program_message_reply import ProgramMessageReply as ProgramMessageReply
    from .program_money_by_currency import ProgramMoneyByCurrency as ProgramMoneyByCurrency
    from .program_site_links import ProgramSiteLinks as ProgramSiteLinks
    from .program_update import ProgramUpdate as ProgramUpdate
    from .referral_customer import ReferralCustomer as ReferralCustomer
    from .referral_customer_changes import ReferralCustomerChanges as ReferralCustomerChanges
    from .referral_customer_create import ReferralCustomerCreate as ReferralCustomerCreate
    from .referral_customer_envelope import ReferralCustomerEnvelope as ReferralCustomerEnvelope
    from .referral_customer_invitation import ReferralCustomerInvitation as ReferralCustomerInvitation
    from .referral_customer_invitation_envelope import (
        ReferralCustomerInvitationEnvelope as ReferralCustomerInvitationEnvelope,
    )
    from .referral_customer_invitation_personalization import (
        ReferralCustomerInvitationPersonalization as ReferralCustomerInvitationPersonalization,
    )
    from .referral_customer_invite import ReferralCustomerInvite as ReferralCustomerInvite
    from .referral_customer_invite_personalization_type_0 import (
        ReferralCustomerInvitePersonalizationType0 as ReferralCustomerInvitePersonalizationType0,
    )
    from .referral_customer_listing import ReferralCustomerListing as ReferralCustomerListing
    from .referral_customer_metadata import ReferralCustomerMetadata as ReferralCustomerMetadata
    from .referral_customer_metadata_input import (
        ReferralCustomerMetadataInput as ReferralCustomerMetadataInput,
    )
    from .referral_customer_page import ReferralCustomerPage as ReferralCustomerPage
    from .referral_customer_referrer import ReferralCustomerReferrer as ReferralCustomerReferrer
    from .referral_customer_referrer_reference import (
        ReferralCustomerReferrerReference as ReferralCustomerReferrerReference,
    )
    from .referral_customer_stats import ReferralCustomerStats as ReferralCustomerStats
    from .referral_customer_stats_envelope import (
        ReferralCustomerStatsEnvelope as ReferralCustomerStatsEnvelope,
    )
    from .referral_customer_summary import ReferralCustomerSummary as ReferralCustomerSummary
    from .referral_customer_update import ReferralCustomerUpdate as ReferralCustomerUpdate
    from .referral_customer_update_by_body import ReferralCustomerUpdateByBody as ReferralCustomerUpdateByBody
    from .referral_program_data import ReferralProgramData as ReferralProgramData
    from .referral_program_data_portal_settings import (
        ReferralProgramDataPortalSettings as ReferralProgramDataPortalSettings,
    )
    from .referral_program_data_program_settings import (
        ReferralProgramDataProgramSettings as ReferralProgramDataProgramSettings,
    )
    from .referral_program_data_stats import ReferralProgramDataStats as ReferralProgramDataStats
    from .referral_program_envelope import ReferralProgramEnvelope as ReferralProgramEnvelope
    from .referral_program_overview_data import ReferralProgramOverviewData as ReferralProgramOverviewData
    from .referral_program_overview_envelope import (
        ReferralProgramOverviewEnvelope as ReferralProgramOverviewEnvelope,
    )
    from .referral_program_portal_changes import ReferralProgramPortalChanges as ReferralProgramPortalChanges
    from .referral_program_settings_changes import (
        ReferralProgramSettingsChanges as ReferralProgramSettingsChanges,
    )
    from .referral_transaction import ReferralTransaction as ReferralTransaction
    from .referral_transaction_create import ReferralTransactionCreate as ReferralTransactionCreate
    from .referral_transaction_customer import ReferralTransactionCustomer as ReferralTransactionCustomer
    from .referral_transaction_envelope import ReferralTransactionEnvelope as ReferralTransactionEnvelope
    from .referral_transaction_listing import ReferralTransactionListing as ReferralTransactionListing
    from .referral_transaction_page import ReferralTransactionPage as ReferralTransactionPage
    from .referral_transaction_recorded import ReferralTransactionRecorded as ReferralTransactionRecorded
    from .referral_transaction_referrer_reference import (
        ReferralTransactionReferrerReference as ReferralTransactionReferrerReference,
    )
    from .revenue_amount import RevenueAmount as RevenueAmount
    from .status import Status as Status
    from .status_only import StatusOnly as StatusOnly
    from .test_key_data import TestKeyData as TestKeyData
    from .test_key_program import TestKeyProgram as TestKeyProgram
    from .test_key_reply import TestKeyReply as TestKeyReply
    from .transaction_batch_item import TransactionBatchItem as TransactionBatchItem
    from .transaction_create_options import TransactionCreateOptions as TransactionCreateOptions
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
    "BalanceAmount": ".balance_amount",
    "BalanceCredit": ".balance_credit",
    "BalanceCreditOutcome": ".balance_credit_outcome",
    "BalanceCreditResult": ".balance_credit_result",
    "BalanceCreditReward": ".balance_credit_reward",
    "BalanceEnvelope": ".balance_envelope",
    "BalanceGroups": ".balance_groups",
    "BalanceOfCustomer": ".balance_of_customer",
    "CustomerReferStatus": ".customer_refer_status",
    "CustomerReferralLink": ".customer_referral_link",
    "CustomerReferralLinkCreate": ".customer_referral_link_create",
    "CustomerReferralLinkEnvelope": ".customer_referral_link_envelope",
    "CustomerReferralLinkList": ".customer_referral_link_list",
    "CustomerReferralLinkListing": ".customer_referral_link_listing",
    "CustomerReferralLinkOwner": ".customer_referral_link_owner",
    "CustomerReferralLinkUpdate": ".customer_referral_link_update",
    "Error": ".error",
    "ErrorStatus": ".error_status",
    "EventCustomerData": ".event_customer_data",
    "EventCustomerDelivery": ".event_customer_delivery",
    "EventTransactionData": ".event_transaction_data",
    "EventTransactionDelivery": ".event_transaction_delivery",
    "FieldErrors": ".field_errors",
    "ListReferralCustomersSort": ".list_referral_customers_sort",
    "ListReferralTransactionsSort": ".list_referral_transactions_sort",
    "PaginationLinks": ".pagination_links",
    "PaginationMeta": ".pagination_meta",
    "ProgramDeletionCode": ".program_deletion_code",
    "ProgramDeletionRequest": ".program_deletion_request",
    "ProgramDeletionStep": ".program_deletion_step",
    "ProgramIdentity": ".program_identity",
    "ProgramMessageReply": ".program_message_reply",
    "ProgramMoneyByCurrency": ".program_money_by_currency",
    "ProgramSiteLinks": ".program_site_links",
    "ProgramUpdate": ".program_update",
    "ReferralCustomer": ".referral_customer",
    "ReferralCustomerChanges": ".referral_customer_changes",
    "ReferralCustomerCreate": ".referral_customer_create",
    "ReferralCustomerEnvelope": ".referral_customer_envelope",
    "ReferralCustomerInvitation": ".referral_customer_invitation",
    "ReferralCustomerInvitationEnvelope": ".referral_customer_invitation_envelope",
    "ReferralCustomerInvitationPersonalization": ".referral_customer_invitation_personalization",
    "ReferralCustomerInvite": ".referral_customer_invite",
    "ReferralCustomerInvitePersonalizationType0": ".referral_customer_invite_personalization_type_0",
    "ReferralCustomerListing": ".referral_customer_listing",
    "ReferralCustomerMetadata": ".referral_customer_metadata",
    "ReferralCustomerMetadataInput": ".referral_customer_metadata_input",
    "ReferralCustomerPage": ".referral_customer_page",
    "ReferralCustomerReferrer": ".referral_customer_referrer",
    "ReferralCustomerReferrerReference": ".referral_customer_referrer_reference",
    "ReferralCustomerStats": ".referral_customer_stats",
    "ReferralCustomerStatsEnvelope": ".referral_customer_stats_envelope",
    "ReferralCustomerSummary": ".referral_customer_summary",
    "ReferralCustomerUpdate": ".referral_customer_update",
    "ReferralCustomerUpdateByBody": ".referral_customer_update_by_body",
    "ReferralProgramData": ".referral_program_data",
    "ReferralProgramDataPortalSettings": ".referral_program_data_portal_settings",
    "ReferralProgramDataProgramSettings": ".referral_program_data_program_settings",
    "ReferralProgramDataStats": ".referral_program_data_stats",
    "ReferralProgramEnvelope": ".referral_program_envelope",
    "ReferralProgramOverviewData": ".referral_program_overview_data",
    "ReferralProgramOverviewEnvelope": ".referral_program_overview_envelope",
    "ReferralProgramPortalChanges": ".referral_program_portal_changes",
    "ReferralProgramSettingsChanges": ".referral_program_settings_changes",
    "ReferralTransaction": ".referral_transaction",
    "ReferralTransactionCreate": ".referral_transaction_create",
    "ReferralTransactionCustomer": ".referral_transaction_customer",
    "ReferralTransactionEnvelope": ".referral_transaction_envelope",
    "ReferralTransactionListing": ".referral_transaction_listing",
    "ReferralTransactionPage": ".referral_transaction_page",
    "ReferralTransactionRecorded": ".referral_transaction_recorded",
    "ReferralTransactionReferrerReference": ".referral_transaction_referrer_reference",
    "RevenueAmount": ".revenue_amount",
    "Status": ".status",
    "StatusOnly": ".status_only",
    "TestKeyData": ".test_key_data",
    "TestKeyProgram": ".test_key_program",
    "TestKeyReply": ".test_key_reply",
    "TransactionBatchItem": ".transaction_batch_item",
    "TransactionCreateOptions": ".transaction_create_options",
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
    "BalanceAmount",
    "BalanceCredit",
    "BalanceCreditOutcome",
    "BalanceCreditResult",
    "BalanceCreditReward",
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
    "ReferralCustomerInvitation",
    "ReferralCustomerInvitationEnvelope",
    "ReferralCustomerInvitationPersonalization",
    "ReferralCustomerInvite",
    "ReferralCustomerInvitePersonalizationType0",
    "ReferralCustomerListing",
    "ReferralCustomerMetadata",
    "ReferralCustomerMetadataInput",
    "ReferralCustomerPage",
    "ReferralCustomerReferrer",
    "ReferralCustomerReferrerReference",
    "ReferralCustomerStats",
    "ReferralCustomerStatsEnvelope",
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
    "RevenueAmount",
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
