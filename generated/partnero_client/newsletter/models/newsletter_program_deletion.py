from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status, check_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_deletion_code import ProgramDeletionCode


T = TypeVar("T", bound="NewsletterProgramDeletion")


@_attrs_define
class NewsletterProgramDeletion:
    """Either answer to a delete: `data.confirmation_code` (and no `status`) when the server asks
    for the code to be sent back, `status` (and perhaps `message`) once the program is deleted.

    """

    data: ProgramDeletionCode | Unset = UNSET
    """ The code that confirms the deletion. """
    status: Status | Unset = UNSET
    """ 1 on success. Optional in replies; rely on the HTTP status instead. """
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: ProgramDeletionCode | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ProgramDeletionCode.from_dict(_data)

        _status = d.pop("status", UNSET)
        status: Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_status(_status)

        message = d.pop("message", UNSET)

        newsletter_program_deletion = cls(
            data=data,
            status=status,
            message=message,
        )

        newsletter_program_deletion.additional_properties = d
        return newsletter_program_deletion

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
from ..models.program_deletion_code import ProgramDeletionCode
