from typing import Literal

ListTransactionsSort = Literal["asc", "desc"]

LIST_TRANSACTIONS_SORT_VALUES: set[ListTransactionsSort] = {
    "asc",
    "desc",
}


def check_list_transactions_sort(value: str) -> ListTransactionsSort:
    if value in LIST_TRANSACTIONS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TRANSACTIONS_SORT_VALUES!r}")
