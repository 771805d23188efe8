"""Contains all the data models used in inputs/outputs"""

from .error import Error
from .error_status import ErrorStatus
from .event_subscriber_data import EventSubscriberData
from .event_subscriber_delivery import EventSubscriberDelivery
from .field_errors import FieldErrors
from .list_subscribers_refer_status import ListSubscribersReferStatus
from .newsletter_program_data import NewsletterProgramData
from .newsletter_program_deletion import NewsletterProgramDeletion
from .newsletter_program_envelope import NewsletterProgramEnvelope
from .newsletter_reward import NewsletterReward
from .newsletter_reward_create import NewsletterRewardCreate
from .newsletter_reward_envelope import NewsletterRewardEnvelope
from .newsletter_reward_list import NewsletterRewardList
from .pagination_links import PaginationLinks
from .pagination_meta import PaginationMeta
from .program_deletion_code import ProgramDeletionCode
from .program_deletion_request import ProgramDeletionRequest
from .status import Status
from .subscriber import Subscriber
from .subscriber_changes import SubscriberChanges
from .subscriber_create import SubscriberCreate
from .subscriber_deletion import SubscriberDeletion
from .subscriber_envelope import SubscriberEnvelope
from .subscriber_locator import SubscriberLocator
from .subscriber_page import SubscriberPage
from .subscriber_reference import SubscriberReference
from .subscriber_reply import SubscriberReply
from .subscriber_update_by_body import SubscriberUpdateByBody
from .test_key_data import TestKeyData
from .test_key_program import TestKeyProgram
from .test_key_reply import TestKeyReply
from .validation_error import ValidationError
from .validation_error_status import ValidationErrorStatus
from .webhook import Webhook
from .webhook_create import WebhookCreate
from .webhook_deletion import WebhookDeletion
from .webhook_envelope import WebhookEnvelope
from .webhook_page import WebhookPage
from .webhook_update import WebhookUpdate

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
