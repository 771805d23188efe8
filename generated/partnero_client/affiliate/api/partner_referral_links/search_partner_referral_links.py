"""Search partner referral links: GET /v1/partner_referral_links:search

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.raw import observe
from ...models.partner_referral_link import PartnerReferralLink
from ...models.partner_referral_link_page import PartnerReferralLinkPage
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v1/partner_referral_links:search"


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    limit: int | Unset = 15,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["key"] = key

    params["limit"] = limit

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def _parse(response: httpx.Response) -> PartnerReferralLinkPage:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = PartnerReferralLinkPage.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> PartnerReferralLinkPage:
    """The whole reply, one page of the list."""
    return observe(response, _parse(response))


def _read_page(envelope: PartnerReferralLinkPage) -> tuple[list[PartnerReferralLink], str | None]:
    """Items of one page and the absolute URL of the next, if any."""
    links = envelope.links
    following = links.next_ if not isinstance(links, Unset) else None
    return list(envelope.data), following if isinstance(following, str) else None
