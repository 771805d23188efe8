from typing import Literal

ListPartnersSort = Literal["asc", "desc"]

LIST_PARTNERS_SORT_VALUES: set[ListPartnersSort] = {
    "asc",
    "desc",
}


def check_list_partners_sort(value: str) -> ListPartnersSort:
    if value in LIST_PARTNERS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PARTNERS_SORT_VALUES!r}")
