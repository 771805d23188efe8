"""Create a newsletter reward: POST /v1/rewards

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.raw import observe
from ...models.newsletter_reward import NewsletterReward
from ...models.newsletter_reward_create import NewsletterRewardCreate
from ...models.newsletter_reward_envelope import NewsletterRewardEnvelope

METHOD = "POST"
PATH = "/v1/rewards"


def _get_kwargs(
    *,
    body: NewsletterRewardCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "retry_safe": False,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> NewsletterRewardEnvelope:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = NewsletterRewardEnvelope.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> NewsletterReward:
    """The record inside the reply's `data`: what the plain call returns."""
    data = observe(response, _parse(response)).data
    return data
