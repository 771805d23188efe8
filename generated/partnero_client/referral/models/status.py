from typing import Literal

Status = Literal[1]

STATUS_VALUES: set[Status] = {
    1,
}


def check_status(value: int) -> Status:
    if value in STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATUS_VALUES!r}")
