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
    return str(checked_link(link, base_url))


def checked_link(link: str, base_url: str) -> httpx.URL:
    """`normalise_link`'s URL, parsed: a request built from it needs no second parse."""
    if isinstance(link, str) and isinstance(base_url, str):
        return _checked_seen(link, base_url)
    return _checked(link, base_url)  # not a string (server input): refused below, not cached


@functools.lru_cache(maxsize=16)
def _checked_seen(link: str, base_url: str) -> httpx.URL:
    # Each page link is checked twice (the iteration's loop check, then the request built for
    # it), and parsing a URL with httpx costs ~25 us: the second check reuses the first's result.
    # Refusals raise, so they are never cached; 16 links of at most 64 kB each bound the memory.
    return _checked(link, base_url)


@functools.lru_cache(maxsize=8)
def _base(base_url: str) -> tuple[httpx.URL, tuple[str, str, int | None]]:
    # The configured base URL, parsed once rather than once per page link.
    base = httpx.URL(base_url)
    return base, _origin(base)


def _checked(link: str, base_url: str) -> httpx.URL:
    try:
        url = httpx.URL(link)
        base, origin = _base(base_url)
        if not url.is_absolute_url:
            url = base.join(url)
        same = _origin(url) == origin
        if url.userinfo:
            raise PaginationError("Refusing a page link that carries credentials.")
        host = url.host.lower()
        # Rebuilding the URL parses it again: only when there is a fragment or a host to lower
        # ("#" cannot appear in a valid URL except to start its fragment).
        if "#" in link or host != url.host:
            url = url.copy_with(fragment=None, host=host)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise PaginationError(
            f"The server sent a page link that is not a valid URL ({len(link)} chars)."
        ) from None
    if not same:
        raise PaginationError("Refusing to follow a link to another host than the configured base_url.")
    return url
