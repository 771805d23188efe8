from typing import Literal

ErrorStatus = Literal[0]

ERROR_STATUS_VALUES: set[ErrorStatus] = {
    0,
}


def check_error_status(value: int) -> ErrorStatus:
    if value in ERROR_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ERROR_STATUS_VALUES!r}")
