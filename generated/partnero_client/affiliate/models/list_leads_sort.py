from typing import Literal

ListLeadsSort = Literal["asc", "desc"]

LIST_LEADS_SORT_VALUES: set[ListLeadsSort] = {
    "asc",
    "desc",
}


def check_list_leads_sort(value: str) -> ListLeadsSort:
    if value in LIST_LEADS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_LEADS_SORT_VALUES!r}")
