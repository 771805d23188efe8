from typing import Literal

CustomerReferStatus = Literal["non_referred", "referred"]

CUSTOMER_REFER_STATUS_VALUES: set[CustomerReferStatus] = {
    "non_referred",
    "referred",
}


def check_customer_refer_status(value: str) -> CustomerReferStatus:
    if value in CUSTOMER_REFER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOMER_REFER_STATUS_VALUES!r}")
