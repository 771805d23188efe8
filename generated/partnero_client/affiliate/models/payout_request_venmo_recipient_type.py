from typing import Literal

PayoutRequestVenmoRecipientType = Literal["EMAIL", "PHONE", "USER_HANDLE"]

PAYOUT_REQUEST_VENMO_RECIPIENT_TYPE_VALUES: set[PayoutRequestVenmoRecipientType] = {
    "EMAIL",
    "PHONE",
    "USER_HANDLE",
}


def check_payout_request_venmo_recipient_type(value: str) -> PayoutRequestVenmoRecipientType:
    if value in PAYOUT_REQUEST_VENMO_RECIPIENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAYOUT_REQUEST_VENMO_RECIPIENT_TYPE_VALUES!r}"
    )
