"""Records of leads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from ..store import Book


class LeadStatus(StrEnum):
    SUBMITTED = "submitted"
    CONVERTED = "converted"
    REJECTED = "rejected"


@dataclass(frozen=True)
class FormField:
    id: int
    type: str
    title: str
    text: str = ""
    required: bool = False
    options: tuple[str, ...] = ()


DEFAULT_FORM = (
    FormField(88, "text", "", "<p>Text custom field</p>"),
    FormField(89, "input", "Company", required=True),
    FormField(90, "textarea", "Notes"),
    FormField(91, "checkbox", "Interests", options=("feature1", "feature2", "feature3")),
    FormField(92, "radio", "Plan", options=("monthly", "yearly")),
    FormField(93, "select", "Team size", options=("1-10", "11-50", "51+")),
    FormField(94, "countries", "Country"),
)


@dataclass(eq=False)
class Lead:
    id: int
    name: str
    email: str
    partner_id: str
    created_at: datetime
    status: LeadStatus = LeadStatus.SUBMITTED
    answers: list[tuple[str, str]] = field(default_factory=list)
    converted_customer_uid: str | None = None


def new_lead_book() -> Book[Lead]:
    return Book(lambda lead: str(lead.id))
