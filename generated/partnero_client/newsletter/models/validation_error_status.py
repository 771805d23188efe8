from typing import Literal

ValidationErrorStatus = Literal[0]

VALIDATION_ERROR_STATUS_VALUES: set[ValidationErrorStatus] = {
    0,
}


def check_validation_error_status(value: int) -> ValidationErrorStatus:
    if value in VALIDATION_ERROR_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VALIDATION_ERROR_STATUS_VALUES!r}")
