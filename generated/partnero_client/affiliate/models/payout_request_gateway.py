from typing import Literal

PayoutRequestGateway = Literal["crypto", "paypal", "venmo", "wise"]

PAYOUT_REQUEST_GATEWAY_VALUES: set[PayoutRequestGateway] = {
    "crypto",
    "paypal",
    "venmo",
    "wise",
}


def check_payout_request_gateway(value: str) -> PayoutRequestGateway:
    if value in PAYOUT_REQUEST_GATEWAY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYOUT_REQUEST_GATEWAY_VALUES!r}")
