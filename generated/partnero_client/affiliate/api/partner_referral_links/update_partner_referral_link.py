"""Update a partner referral link: PUT /v1/partner_referral_links/{id}

How to build the request and read its successful reply. Sending, retries and errors are the
client's job (see `partnero_client._core.http`).
"""

from typing import Any

import httpx

from ...._core import jsonlib
from ...._core.params import path_segment
from ...._core.raw import observe
from ...models.partner_referral_link import PartnerReferralLink
from ...models.partner_referral_link_envelope import PartnerReferralLinkEnvelope
from ...models.partner_referral_link_update import PartnerReferralLinkUpdate

METHOD = "PUT"
PATH = "/v1/partner_referral_links/{id}"


def _get_kwargs(
    id: str,
    *,
    body: PartnerReferralLinkUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            id=path_segment("id", id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> PartnerReferralLinkEnvelope:
    """Read a successful reply into its model; raises KeyError/TypeError/ValueError on a misfit."""
    response_200 = PartnerReferralLinkEnvelope.from_dict(jsonlib.loads(response.content))

    return response_200


def _result(response: httpx.Response) -> PartnerReferralLink:
    """The record inside the reply's `data`: what the plain call returns."""
    data = observe(response, _parse(response)).data
    return data
