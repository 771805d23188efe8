"""Pages of list and search replies, and iteration over every item across pages.

Partnero's lists have no totals: the only way forward is `links.next`, followed until it is null.
An iteration stops with PaginationError when the server's links would never end: a link seen
before (compared without `#fragment` and host case), an empty page that still links on, or more
pages than the client's `max_pages` (default 10,000).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import parse_qsl, urlsplit

import httpx

from .errors import PaginationError
from .links import normalise_link

if TYPE_CHECKING:
    from .http import AsyncAPIClient, RequestOptions, SyncAPIClient

ItemT = TypeVar("ItemT")
EnvelopeT = TypeVar("EnvelopeT")

# (envelope) -> (items on this page, absolute URL of the next page or None)
PageReader = Callable[[Any], tuple[list[ItemT], str | None]]


def _check_progress(page: _PageBase[Any], seen: set[str], client: SyncAPIClient | AsyncAPIClient) -> None:
    """Refuse links that would keep an iteration going for ever (see the module docstring)."""
    if not page.next_page_url:
        return
    if not page.data:
        raise PaginationError("Pagination error: an empty page links to a next page.")
    link = normalise_link(page.next_page_url, client.base_url)
    if link in seen:
        raise PaginationError("Pagination loop: the server linked to the same page twice.")
    if len(seen) + 1 >= client._config.max_pages:
        raise PaginationError(
            f"Pagination stopped after max_pages={client._config.max_pages} pages; "
            "raise it with with_options(max_pages=...) if the list really is that long."
        )
    seen.add(link)


class _PageBase(Generic[ItemT]):
    def __init__(
        self,
        *,
        envelope: Any,
        read: PageReader[ItemT],
        parse: Callable[[Any], Any],
        options: RequestOptions | None,
        params: dict[str, Any] | None = None,
    ) -> None:
        self.data, self.next_page_url = read(envelope)
        self._params = params or {}
        self.envelope = envelope
        self._read = read
        self._parse = parse
        self._options = options

    def _next_request(self) -> dict[str, Any]:
        """The next page's request. Page links may drop the list's filters and `limit`, so the
        original query is carried over for every name the link does not set itself."""
        assert self.next_page_url
        try:
            # The names the link sets, read as httpx reads a query (blank values kept).
            query = urlsplit(self.next_page_url).query
            named = {name for name, _ in parse_qsl(query, keep_blank_values=True)}
            carried = {k: v for k, v in self._params.items() if k != "page" and k not in named}
            if not carried:
                # Nothing to add: the link is sent as the server wrote it (checked against the
                # origin when the request is built), without parsing it into an httpx URL here.
                return {"method": "GET", "url": self.next_page_url}
            link = httpx.URL(self.next_page_url)
        except (httpx.InvalidURL, ValueError, TypeError, AttributeError):
            raise PaginationError("The server sent a page link that is not a valid URL.") from None
        # httpx replaces a URL's query when given `params`, so merge into the URL itself.
        return {"method": "GET", "url": str(link.copy_merge_params(carried))}

    def _successor(self, envelope: Any) -> dict[str, Any]:
        return {
            "envelope": envelope,
            "read": self._read,
            "parse": self._parse,
            "options": self._options,
            "params": self._params,
        }

    def has_next_page(self) -> bool:
        return bool(self.next_page_url)

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={len(self.data)}, has_next_page={self.has_next_page()})"


class SyncPage(_PageBase[ItemT]):
    """One page of results. Iterating it yields every item of this page and all later pages."""

    def __init__(self, *, client: SyncAPIClient, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = client

    def next_page(self) -> SyncPage[ItemT] | None:
        """Fetch the following page, or None on the last one."""
        if not self.next_page_url:
            return None
        envelope = self._client._request(self._next_request(), self._parse, self._options)
        return SyncPage(client=self._client, **self._successor(envelope))

    def iter_pages(self) -> Iterator[SyncPage[ItemT]]:
        page: SyncPage[ItemT] | None = self
        seen: set[str] = set()
        while page is not None:
            yield page
            _check_progress(page, seen, self._client)
            page = page.next_page()

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_PageBase[ItemT]):
    """One page of results. `async for` yields every item of this page and all later pages."""

    def __init__(self, *, client: AsyncAPIClient, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = client

    async def next_page(self) -> AsyncPage[ItemT] | None:
        """Fetch the following page, or None on the last one."""
        if not self.next_page_url:
            return None
        envelope = await self._client._request(self._next_request(), self._parse, self._options)
        return AsyncPage(client=self._client, **self._successor(envelope))

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT]]:
        page: AsyncPage[ItemT] | None = self
        seen: set[str] = set()
        while page is not None:
            yield page
            _check_progress(page, seen, self._client)
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item
