from typing import Literal

ListPayoutRequestsSort = Literal["asc", "desc"]

LIST_PAYOUT_REQUESTS_SORT_VALUES: set[ListPayoutRequestsSort] = {
    "asc",
    "desc",
}


def check_list_payout_requests_sort(value: str) -> ListPayoutRequestsSort:
    if value in LIST_PAYOUT_REQUESTS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PAYOUT_REQUESTS_SORT_VALUES!r}")
