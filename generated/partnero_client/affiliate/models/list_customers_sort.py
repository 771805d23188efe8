from typing import Literal

ListCustomersSort = Literal["asc", "desc"]

LIST_CUSTOMERS_SORT_VALUES: set[ListCustomersSort] = {
    "asc",
    "desc",
}


def check_list_customers_sort(value: str) -> ListCustomersSort:
    if value in LIST_CUSTOMERS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CUSTOMERS_SORT_VALUES!r}")
