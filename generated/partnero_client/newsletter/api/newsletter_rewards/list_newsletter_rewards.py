"""List newsletter rewards: GET /v1/rewards

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.raw import observe
from ...models.newsletter_reward import NewsletterReward
from ...models.newsletter_reward_list import NewsletterRewardList
from ...types import UNSET, Unset

METHOD = "GET"
PATH = "/v1/rewards"


def _get_kwargs(
    *,
    limit: int | Unset = 15,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def _parse(response: httpx.Response) -> NewsletterRewardList:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = NewsletterRewardList.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> NewsletterRewardList:
    """The whole reply, one page of the list."""
    return observe(response, _parse(response))


def _read_page(envelope: NewsletterRewardList) -> tuple[list[NewsletterReward], str | None]:
    """Items of one page and the absolute URL of the next, if any."""
    links = envelope.links
    following = links.next_ if not isinstance(links, Unset) else None
    return list(envelope.data), following if isinstance(following, str) else None
