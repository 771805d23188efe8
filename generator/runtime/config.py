"""Client settings: explicit arguments first, then environment variables, then defaults."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from urllib.parse import urlsplit

import attrs
import httpx

from .errors import InsecureConfigurationError, PartneroError
from .version import __version__

DEFAULT_BASE_URL = "https://api.partnero.com"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
USER_AGENT = f"partnero-python/{__version__}"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalise_base_url(url: str, *, allow_insecure_http: bool) -> str:
    """Check and tidy a base URL; plain http is refused off loopback unless explicitly allowed."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PartneroError(f"base_url must be an absolute http(s) URL, got {url!r}")
    if parts.scheme == "http" and not allow_insecure_http and not _is_loopback(parts.hostname):
        raise InsecureConfigurationError(
            "Refusing to send the API key over plain http to a non-loopback host; "
            "use https or pass allow_insecure_http=True."
        )
    path = parts.path.rstrip("/")
    # The spec's paths carry /v1 already; accept the documented base URL with /v1 as well.
    if path.endswith("/v1"):
        path = path[: -len("/v1")]
    return f"{parts.scheme}://{parts.netloc}{path}"


def as_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    return httpx.Timeout(value, connect=min(value, DEFAULT_TIMEOUT.connect or value))


@attrs.frozen(repr=False)
class ClientConfig:
    """Everything a client needs to talk to Partnero. The key never appears in its repr."""

    api_key: str
    base_url: str = DEFAULT_BASE_URL
    timeout: httpx.Timeout = DEFAULT_TIMEOUT
    max_retries: int = DEFAULT_MAX_RETRIES
    default_headers: Mapping[str, str] = attrs.field(factory=dict)
    allow_insecure_http: bool = False

    def __repr__(self) -> str:
        return (
            f"ClientConfig(api_key='***', base_url={self.base_url!r}, timeout={self.timeout!r}, "
            f"max_retries={self.max_retries!r})"
        )

    @classmethod
    def resolve(
        cls,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
        allow_insecure_http: bool,
    ) -> ClientConfig:
        key = api_key if api_key is not None else os.environ.get("PARTNERO_API_KEY")
        if not key:
            raise PartneroError(
                "No API key: pass api_key=... or set the PARTNERO_API_KEY environment variable."
            )
        url = base_url or os.environ.get("PARTNERO_BASE_URL") or DEFAULT_BASE_URL
        retries = DEFAULT_MAX_RETRIES if max_retries is None else max_retries
        if retries < 0:
            raise PartneroError("max_retries must be 0 or more")
        return cls(
            api_key=key,
            base_url=normalise_base_url(url, allow_insecure_http=allow_insecure_http),
            timeout=DEFAULT_TIMEOUT if timeout is None else as_timeout(timeout),
            max_retries=retries,
            default_headers=dict(default_headers or {}),
            allow_insecure_http=allow_insecure_http,
        )

    def headers(self) -> dict[str, str]:
        return {
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
            **self.default_headers,
            "Authorization": f"Bearer {self.api_key}",
        }
