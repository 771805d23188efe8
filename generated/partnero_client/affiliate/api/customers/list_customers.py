"""List customers: GET /v1/customers

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.raw import observe
from ...models.affiliate_customer import AffiliateCustomer
from ...models.affiliate_customer_page import AffiliateCustomerPage
from ...models.list_customers_sort import ListCustomersSort
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v1/customers"


def _get_kwargs(
    *,
    limit: int | Unset = 15,
    page: int | Unset = 1,
    sort: ListCustomersSort | Unset = UNSET,
    partner_key: str | Unset = UNSET,
    partner_email: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["partner_key"] = partner_key

    params["partner_email"] = partner_email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def _parse(response: httpx.Response) -> AffiliateCustomerPage:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = AffiliateCustomerPage.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> AffiliateCustomerPage:
    """The whole reply, one page of the list."""
    return observe(response, _parse(response))


def _read_page(envelope: AffiliateCustomerPage) -> tuple[list[AffiliateCustomer], str | None]:
    """Items of one page and the absolute URL of the next, if any."""
    links = envelope.links
    following = links.next_ if not isinstance(links, Unset) else None
    return list(envelope.data), following if isinstance(following, str) else None
