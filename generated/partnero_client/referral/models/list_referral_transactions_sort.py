from typing import Literal

ListReferralTransactionsSort = Literal["asc", "desc"]

LIST_REFERRAL_TRANSACTIONS_SORT_VALUES: set[ListReferralTransactionsSort] = {
    "asc",
    "desc",
}


def check_list_referral_transactions_sort(value: str) -> ListReferralTransactionsSort:
    if value in LIST_REFERRAL_TRANSACTIONS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_REFERRAL_TRANSACTIONS_SORT_VALUES!r}")
