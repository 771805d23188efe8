from typing import Literal

SearchPayoutRequestsSort = Literal["asc", "desc"]

SEARCH_PAYOUT_REQUESTS_SORT_VALUES: set[SearchPayoutRequestsSort] = {
    "asc",
    "desc",
}


def check_search_payout_requests_sort(value: str) -> SearchPayoutRequestsSort:
    if value in SEARCH_PAYOUT_REQUESTS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_PAYOUT_REQUESTS_SORT_VALUES!r}")
