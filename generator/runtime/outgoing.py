"""A request as the client built it, with httpx's `Request` made from it only when something asks.

An `httpx.Request` parses and re-checks its URL character by character and normalises every
header: about 50 µs a call, more than aiohttp spends sending the request. The httpx routes (sync,
and the default async pool) need one anyway and get it from `Outgoing.request`.
`DefaultAioHttpClient`'s exchange sends `Outgoing.wire()` instead, and its reply
(`body.ReadReply`) builds the request only if an error, a log line or the caller reads it.

The URL is joined by hand only when that gives the string httpx would: a base URL httpx already
normalised (`normal_base`) and a path of plain URL characters, as the generated path segments
are. Anything else (a page link, a path of the generic `request()`, a body httpx must encode)
goes through httpx as before.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from typing import Any

import httpx

# RFC 3986 path characters, with `%` only as the start of an escape: httpx leaves these as they are.
_PLAIN_PATH = re.compile(r"(?:[A-Za-z0-9\-._~/!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*")


@functools.lru_cache(maxsize=32)
def normal_base(base_url: str) -> str:
    """The base URL as httpx writes it (host lower-cased, default port dropped...)."""
    return str(httpx.URL(base_url)).rstrip("/")


def plain_path(path: str) -> bool:
    return _PLAIN_PATH.fullmatch(path) is not None


def encode_json(body: Any) -> bytes:
    """A JSON body as httpx 0.28 encodes one, whichever httpx is installed: compact, UTF-8, and
    no NaN or Infinity (ValueError), which no JSON parser on the other side would accept."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def with_query(url: str, params: Mapping[str, Any]) -> str:
    """`url` (no query of its own) with `params` encoded as httpx encodes them."""
    query = str(httpx.QueryParams(params))
    return f"{url}?{query}" if query else url


class Outgoing:
    """Method, absolute URL, headers (lower-case names) and body bytes of one request; or a
    request httpx built itself (cookies, form data, files), carried as it is (`prebuilt`)."""

    __slots__ = ("_parsed", "_request", "content", "headers", "method", "prebuilt", "url")

    def __init__(
        self,
        method: str,
        url: str | httpx.URL,
        headers: Mapping[str, str],
        content: bytes | None = None,
    ) -> None:
        self.method = method
        # A URL httpx has parsed already (a page link) is kept, so the request never parses it again.
        self._parsed = url if isinstance(url, httpx.URL) else None
        self.url = str(url)
        self.headers = headers
        self.content = content
        self.prebuilt = False
        self._request: httpx.Request | None = None

    @classmethod
    def built(cls, request: httpx.Request) -> Outgoing:
        """A request httpx has already built."""
        outgoing = cls(request.method, request.url, request.headers)
        outgoing.prebuilt = True
        outgoing._request = request
        return outgoing

    @property
    def request(self) -> httpx.Request:
        if self._request is None:
            url = self.url if self._parsed is None else self._parsed
            self._request = httpx.Request(self.method, url, headers=self.headers, content=self.content)
        return self._request

    def in_memory(self) -> bool:
        """Whether the body is bytes another client can send (not an unread multipart stream)."""
        if not self.prebuilt:
            return True
        try:
            self.request.content  # noqa: B018 - raises when the body is an unread stream
        except httpx.RequestNotRead:
            return False
        return True

    def wire(self) -> tuple[str, str, list[tuple[str, str]], bytes | None]:
        """What another HTTP client sends: method, URL, header pairs and body. The key is not in
        them; it is added as the request goes out."""
        if self.prebuilt:
            request = self.request
            return request.method, self.url, request.headers.multi_items(), request.content or None
        return self.method, self.url, list(self.headers.items()), self.content

    def __repr__(self) -> str:
        from .config import redact_url

        return f"Outgoing({self.method} {redact_url(self.url)})"
