"""`async for p in client.partners.list()` without an `await`, as well as `await ...list()`.

An async list method returns an `AsyncPaginator` straight away: awaiting it fetches the first
page (an `AsyncPage`), and iterating it fetches the first page and then every later one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Generator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .pagination import AsyncPage, PageReader

if TYPE_CHECKING:
    from .http import AsyncAPIClient, RequestOptions

ItemT = TypeVar("ItemT")


class AsyncPaginator(Generic[ItemT]):
    """The first page of an async list call, not yet fetched."""

    def __init__(
        self,
        client: AsyncAPIClient,
        spec: dict[str, Any],
        *,
        result: Callable[[Any], Any],
        read: PageReader[ItemT],
        parse: Callable[[Any], Any],
        options: RequestOptions | None,
    ) -> None:
        self._client = client
        self._spec = spec
        self._result = result
        self._read = read
        self._parse = parse
        self._options = options

    async def _first_page(self) -> AsyncPage[ItemT]:
        envelope = await self._client._request(self._spec, self._result, self._options)
        return AsyncPage(
            client=self._client,
            envelope=envelope,
            read=self._read,
            parse=self._parse,
            options=self._options,
            params=dict(self._spec.get("params", {})),
        )

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self._first_page()
        async for item in page:
            yield item

    def __repr__(self) -> str:
        return f"AsyncPaginator({self._spec.get('method', 'GET')} {self._spec.get('url', '')})"
