from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.models import Model, new_model, unknown_keys_eq
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lead_answer import LeadAnswer
    from ..models.lead_contact import LeadContact
    from ..models.lead_customer import LeadCustomer
    from ..models.lead_submitter import LeadSubmitter


T = TypeVar("T", bound="Lead")


# from_dict reads one merged dict: every optional key with UNSET under it, then the reply's keys.
# Reading it by subscript is cheaper than a .get() per key, and its length tells whether the
# reply had keys the model does not declare (the required ones were read, or KeyError).
_ABSENT: dict[str, Unset] = {
    "status": UNSET,
    "created_at": UNSET,
    "lead_info": UNSET,
    "converted_to": UNSET,
    "submitter": UNSET,
    "submission_form": UNSET,
    "can_be_converted": UNSET,
    "can_be_rejected": UNSET,
}


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "status",
        "created_at",
        "lead_info",
        "converted_to",
        "submitter",
        "submission_form",
        "can_be_converted",
        "can_be_rejected",
    }
)


@_attrs_define(repr=False)
class Lead(Model):
    """A lead a partner submitted. It starts `submitted` and ends `converted` (into a customer) or
    `rejected`.

    """

    id: int
    """ The lead id. """
    status: str | Unset = UNSET
    """ Known values: submitted, converted, rejected. """
    created_at: datetime.date | Unset = UNSET
    """ Submission date (no time). """
    lead_info: LeadContact | Unset = UNSET
    """ Name and e-mail the lead was submitted with. """
    converted_to: LeadCustomer | None | Unset = UNSET
    submitter: LeadSubmitter | None | Unset = UNSET
    submission_form: list[LeadAnswer] | Unset = UNSET
    """ The submitted form, question by question. """
    can_be_converted: bool | Unset = UNSET
    can_be_rejected: bool | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=unknown_keys_eq
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        lead_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lead_info, Unset):
            lead_info = self.lead_info.to_dict()

        converted_to: dict[str, Any] | None | Unset
        if isinstance(self.converted_to, Unset):
            converted_to = UNSET
        elif isinstance(self.converted_to, LeadCustomer):
            converted_to = self.converted_to.to_dict()
        else:
            converted_to = self.converted_to

        submitter: dict[str, Any] | None | Unset
        if isinstance(self.submitter, Unset):
            submitter = UNSET
        elif isinstance(self.submitter, LeadSubmitter):
            submitter = self.submitter.to_dict()
        else:
            submitter = self.submitter

        submission_form: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.submission_form, Unset):
            submission_form = []
            for submission_form_item_data in self.submission_form:
                submission_form_item = submission_form_item_data.to_dict()
                submission_form.append(submission_form_item)

        can_be_converted = self.can_be_converted

        can_be_rejected = self.can_be_rejected

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if lead_info is not UNSET:
            field_dict["lead_info"] = lead_info
        if converted_to is not UNSET:
            field_dict["converted_to"] = converted_to
        if submitter is not UNSET:
            field_dict["submitter"] = submitter
        if submission_form is not UNSET:
            field_dict["submission_form"] = submission_form
        if can_be_converted is not UNSET:
            field_dict["can_be_converted"] = can_be_converted
        if can_be_rejected is not UNSET:
            field_dict["can_be_rejected"] = can_be_rejected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = {**_ABSENT, **src_dict}
        id = d["id"]

        _created_at = d["created_at"]
        created_at: datetime.date | Unset = (
            UNSET if _created_at is UNSET else datetime.date.fromisoformat(_created_at)
        )

        _lead_info = d["lead_info"]
        lead_info: LeadContact | Unset = UNSET if _lead_info is UNSET else LeadContact.from_dict(_lead_info)

        def _parse_converted_to(data: object) -> LeadCustomer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                converted_to_type_0 = LeadCustomer.from_dict(data)

                return converted_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeadCustomer | None | Unset, data)

        converted_to = _parse_converted_to(d["converted_to"])

        def _parse_submitter(data: object) -> LeadSubmitter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                submitter_type_0 = LeadSubmitter.from_dict(data)

                return submitter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeadSubmitter | None | Unset, data)

        submitter = _parse_submitter(d["submitter"])

        _submission_form = d["submission_form"]
        submission_form: list[LeadAnswer] | Unset = UNSET
        if _submission_form is not UNSET:
            _parse_submission_form = LeadAnswer.from_dict
            submission_form = [_parse_submission_form(item) for item in _submission_form]

        # What cls(...) does, in two steps the interpreter runs faster (see new_model): the
        # instance, then the __init__ attrs generated (or a subclass's), positional in declaration
        # order.
        lead = new_model(cls)
        lead.__init__(  # type: ignore[misc]  # the instance's own class's __init__, as cls(...) runs
            id,
            d["status"],
            created_at,
            lead_info,
            converted_to,
            submitter,
            submission_form,
            d["can_be_converted"],
            d["can_be_rejected"],
        )
        # The dict of unknown keys is built only when there are any (most replies have none): every
        # declared key is in `d` once, so any more keys are the reply's own.
        if len(d) != 9:
            lead._additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        return lead

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The reply's keys this model does not declare, with their values."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Related models are imported after the class rather than inside its methods (as the stock
# template does): they may import this module back, and an import inside from_dict runs on
# every call, which made parsing a page of partners several times slower.
from ..models.lead_answer import LeadAnswer
from ..models.lead_contact import LeadContact
from ..models.lead_customer import LeadCustomer
from ..models.lead_submitter import LeadSubmitter
