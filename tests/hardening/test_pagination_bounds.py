"""Issue 15.2: iteration over pages always ends. Links that are always new stop at max_pages,
links that differ only by #fragment or host case are the same page, and an empty page that still
links on is an error instead of a silent endless loop."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from partnero_client import PaginationError
from partnero_client.affiliate import AffiliateClient, AsyncAffiliateClient

from .conftest import area

KEY = "test_affiliate_pages"
BASE = "https://api.partnero.com/v1/partners"
AREA = area("15.2 bounded pagination")


def _envelope(items: int, following: str | None) -> dict[str, Any]:
    return {
        "data": [{"id": f"p{n}", "email": "a@example.com"} for n in range(items)],
        "links": {"first": None, "last": None, "prev": None, "next": following},
        "meta": {"current_page": 1, "per_page": 2},
    }


def _server(links: Callable[[int], str | None], items: int = 1) -> tuple[httpx.MockTransport, list[int]]:
    served = [0]

    def handler(request: httpx.Request) -> httpx.Response:
        served[0] += 1
        assert served[0] < 10_000, "the client kept fetching pages"
        return httpx.Response(200, json=_envelope(items, links(served[0])))

    return httpx.MockTransport(handler), served


HOSTILE: dict[str, tuple[Callable[[int], str | None], int]] = {
    "always a new link": (lambda n: f"{BASE}?page={n + 1}", 1),
    "same page, new #fragment": (lambda n: f"{BASE}?page=2#{n}", 1),
    "same page, host case changes": (lambda n: f"https://API.partnero.com/v1/partners?page=2&x={n % 2}", 1),
    "same page, default port added": (
        lambda n: f"https://api.partnero.com:{443 if n % 2 else ''}/v1/partners?page=2",
        1,
    ),
    "empty pages that link on": (lambda n: f"{BASE}?page={n + 1}", 0),
    "empty page with the same link": (lambda n: f"{BASE}?page=2", 0),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_page_links_stop_with_a_pagination_error(case: str) -> None:
    links, items = HOSTILE[case]
    transport, served = _server(links, items)
    client = AffiliateClient(api_key=KEY, http_client=httpx.Client(transport=transport), max_pages=50)
    outcome = AREA.run(lambda: list(client.partners.list()), key=KEY, hang_after=5)
    assert isinstance(outcome, PaginationError), outcome
    assert served[0] <= 50


@pytest.mark.parametrize("case", sorted(HOSTILE))
async def test_async_hostile_page_links_stop_too(case: str) -> None:
    links, items = HOSTILE[case]
    transport, served = _server(links, items)
    client = AsyncAffiliateClient(
        api_key=KEY, http_client=httpx.AsyncClient(transport=transport), max_pages=50
    )
    AREA.cases += 1
    with pytest.raises(PaginationError):
        async for _ in await client.partners.list():
            pass
    assert served[0] <= 50


def test_the_default_page_limit_is_documented_and_overridable() -> None:
    transport, served = _server(lambda n: f"{BASE}?page={n + 1}")
    client = AffiliateClient(api_key=KEY, http_client=httpx.Client(transport=transport))
    assert client._config.max_pages == 10_000
    with pytest.raises(PaginationError, match="max_pages=7"):
        list(client.with_options(max_pages=7).partners.list())
    assert served[0] == 7
    AREA.cases += 1


def test_a_normal_list_of_many_pages_is_followed_to_the_end() -> None:
    transport, served = _server(lambda n: f"{BASE}?page={n + 1}" if n < 30 else None, items=2)
    client = AffiliateClient(api_key=KEY, http_client=httpx.Client(transport=transport), max_pages=30)
    assert len(list(client.partners.list())) == 60
    assert served[0] == 30
    AREA.cases += 1
