"""Checking URLs the server hands us (page links) before anything is sent to them.

A link is server input: it may be malformed (line breaks, NUL, over httpx's 64 KB limit, a broken
IPv6 host), point at another host (which would receive the key), or differ from a link already
followed only in ways that do not change the page (a `#fragment`, the host's case, a default port).
"""

from __future__ import annotations

import functools

import httpx

from .errors import PaginationError


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host.lower(), url.port if url.port is not None else default


def normalise_link(link: str, base_url: str) -> str:
    """The link without its fragment and with a lower-case host; raises PaginationError if it is
    not a URL on the configured origin."""
    if isinstance(link, str) and isinstance(base_url, str):
        return _normalise_seen(link, base_url)
    return _normalise(link, base_url)  # not a string (server input): refused below, not cached


@functools.lru_cache(maxsize=16)
def _normalise_seen(link: str, base_url: str) -> str:
    # Each page link is checked twice (the iteration's loop check, then the request built for
    # it), and parsing a URL with httpx costs ~50 us: the second check reuses the first's result.
    # Refusals raise, so they are never cached; 16 links of at most 64 kB each bound the memory.
    return _normalise(link, base_url)


def _normalise(link: str, base_url: str) -> str:
    try:
        url = httpx.URL(link)
        base = httpx.URL(base_url)
        if not url.is_absolute_url:
            url = base.join(url)
        same = _origin(url) == _origin(base)
        if url.userinfo:
            raise PaginationError("Refusing a page link that carries credentials.")
        normal = str(url.copy_with(fragment=None, host=url.host.lower()))
    except (httpx.InvalidURL, ValueError, TypeError):
        raise PaginationError(
            f"The server sent a page link that is not a valid URL ({len(link)} chars)."
        ) from None
    if not same:
        raise PaginationError("Refusing to follow a link to another host than the configured base_url.")
    return normal
