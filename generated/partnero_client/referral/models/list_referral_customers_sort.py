from typing import Literal

ListReferralCustomersSort = Literal["asc", "desc"]

LIST_REFERRAL_CUSTOMERS_SORT_VALUES: set[ListReferralCustomersSort] = {
    "asc",
    "desc",
}


def check_list_referral_customers_sort(value: str) -> ListReferralCustomersSort:
    if value in LIST_REFERRAL_CUSTOMERS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_REFERRAL_CUSTOMERS_SORT_VALUES!r}")
