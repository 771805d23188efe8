"""Contains all the data models used in inputs/outputs"""

from .currency_amount import CurrencyAmount
from .error import Error
from .error_status import ErrorStatus
from .field_errors import FieldErrors
from .list_partners_sort import ListPartnersSort
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
from .partner_referral_stats import PartnerReferralStats
from .partner_update import PartnerUpdate
from .partner_update_by_body import PartnerUpdateByBody
from .status import Status
from .status_only import StatusOnly
from .tag import Tag
from .validation_error import ValidationError
from .validation_error_status import ValidationErrorStatus

__all__ = (
    "CurrencyAmount",
    "Error",
    "ErrorStatus",
    "FieldErrors",
    "ListPartnersSort",
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
    "PartnerReferralStats",
    "PartnerUpdate",
    "PartnerUpdateByBody",
    "Status",
    "StatusOnly",
    "Tag",
    "ValidationError",
    "ValidationErrorStatus",
)
