"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error as Error
    from .error_status import ErrorStatus as ErrorStatus
    from .event_subscriber_data import EventSubscriberData as EventSubscriberData
    from .event_subscriber_delivery import EventSubscriberDelivery as EventSubscriberDelivery
    from .field_errors import FieldErrors as FieldErrors
    from .list_subscribers_refer_status import ListSubscribersReferStatus as ListSubscribersReferStatus
    from .newsletter_program_data import NewsletterProgramData as NewsletterProgramData
    from .newsletter_program_deletion import NewsletterProgramDeletion as NewsletterProgramDeletion
    from .newsletter_program_envelope import NewsletterProgramEnvelope as NewsletterProgramEnvelope
    from .newsletter_reward import NewsletterReward as NewsletterReward
    from .newsletter_reward_create import NewsletterRewardCreate as NewsletterRewardCreate
    from .newsletter_reward_envelope import NewsletterRewardEnvelope as NewsletterRewardEnvelope
    from .newsletter_reward_list import NewsletterRewardList as NewsletterRewardList
    from .pagination_links import PaginationLinks as PaginationLinks
    from .pagination_meta import PaginationMeta as PaginationMeta
    from .program_deletion_code import ProgramDeletionCode as ProgramDeletionCode
    from .program_deletion_request import ProgramDeletionRequest as ProgramDeletionRequest
    from .status import Status as Status
    from .subscriber import Subscriber as Subscriber
    from .subscriber_changes import SubscriberChanges as SubscriberChanges
    from .subscriber_create import SubscriberCreate as SubscriberCreate
    from .subscriber_deletion import SubscriberDeletion as SubscriberDeletion
    from .subscriber_envelope import SubscriberEnvelope as SubscriberEnvelope
    from .subscriber_locator import SubscriberLocator as SubscriberLocator
    from .subscriber_page import SubscriberPage as SubscriberPage
    from .subscriber_reference import SubscriberReference as SubscriberReference
    from .subscriber_reply import SubscriberReply as SubscriberReply
    from .subscriber_update_by_body import SubscriberUpdateByBody as SubscriberUpdateByBody
    from .test_key_data import TestKeyData as TestKeyData
    from .test_key_program import TestKeyProgram as TestKeyProgram
    from .test_key_reply import TestKeyReply as TestKeyReply
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
    "Error": ".error",
    "ErrorStatus": ".error_status",
    "EventSubscriberData": ".event_subscriber_data",
    "EventSubscriberDelivery": ".event_subscriber_delivery",
    "FieldErrors": ".field_errors",
    "ListSubscribersReferStatus": ".list_subscribers_refer_status",
    "NewsletterProgramData": ".newsletter_program_data",
    "NewsletterProgramDeletion": ".newsletter_program_deletion",
    "NewsletterProgramEnvelope": ".newsletter_program_envelope",
    "NewsletterReward": ".newsletter_reward",
    "NewsletterRewardCreate": ".newsletter_reward_create",
    "NewsletterRewardEnvelope": ".newsletter_reward_envelope",
    "NewsletterRewardList": ".newsletter_reward_list",
    "PaginationLinks": ".pagination_links",
    "PaginationMeta": ".pagination_meta",
    "ProgramDeletionCode": ".program_deletion_code",
    "ProgramDeletionRequest": ".program_deletion_request",
    "Status": ".status",
    "Subscriber": ".subscriber",
    "SubscriberChanges": ".subscriber_changes",
    "SubscriberCreate": ".subscriber_create",
    "SubscriberDeletion": ".subscriber_deletion",
    "SubscriberEnvelope": ".subscriber_envelope",
    "SubscriberLocator": ".subscriber_locator",
    "SubscriberPage": ".subscriber_page",
    "SubscriberReference": ".subscriber_reference",
    "SubscriberReply": ".subscriber_reply",
    "SubscriberUpdateByBody": ".subscriber_update_by_body",
    "TestKeyData": ".test_key_data",
    "TestKeyProgram": ".test_key_program",
    "TestKeyReply": ".test_key_reply",
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
    "Error",
    "ErrorStatus",
    "EventSubscriberData",
    "EventSubscriberDelivery",
    "FieldErrors",
    "ListSubscribersReferStatus",
    "NewsletterProgramData",
    "NewsletterProgramDeletion",
    "NewsletterProgramEnvelope",
    "NewsletterReward",
    "NewsletterRewardCreate",
    "NewsletterRewardEnvelope",
    "NewsletterRewardList",
    "PaginationLinks",
    "PaginationMeta",
    "ProgramDeletionCode",
    "ProgramDeletionRequest",
    "Status",
    "Subscriber",
    "SubscriberChanges",
    "SubscriberCreate",
    "SubscriberDeletion",
    "SubscriberEnvelope",
    "SubscriberLocator",
    "SubscriberPage",
    "SubscriberReference",
    "SubscriberReply",
    "SubscriberUpdateByBody",
    "TestKeyData",
    "TestKeyProgram",
    "TestKeyReply",
    "ValidationError",
    "ValidationErrorStatus",
    "Webhook",
    "WebhookCreate",
    "WebhookDeletion",
    "WebhookEnvelope",
    "WebhookPage",
    "WebhookUpdate",
)
