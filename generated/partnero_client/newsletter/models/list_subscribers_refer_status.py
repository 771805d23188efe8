from typing import Literal

ListSubscribersReferStatus = Literal["non_referred", "referred"]

LIST_SUBSCRIBERS_REFER_STATUS_VALUES: set[ListSubscribersReferStatus] = {
    "non_referred",
    "referred",
}


def check_list_subscribers_refer_status(value: str) -> ListSubscribersReferStatus:
    if value in LIST_SUBSCRIBERS_REFER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SUBSCRIBERS_REFER_STATUS_VALUES!r}")
