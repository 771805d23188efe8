"""Client settings: explicit arguments first, then environment variables, then defaults.

Every setting is checked here, once, whether it comes from the constructor, `with_options` or
`RequestOptions`, so a bad value fails where it was written instead of as a retried connection
error later.
"""

from __future__ import annotations

import ipaddress
import math
import os
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import attrs
import httpx

from .auth import Secret
from .errors import ConfigurationError, ConfigurationTypeError, InsecureConfigurationError, PartneroError
from .version import __version__

DEFAULT_BASE_URL = "https://api.partnero.com"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
# httpx's timeout limits each network read, so a server sending a byte now and then would hold a
# call for ever. These two bound the wall clock: one attempt, and the whole call with its retries
# and their sleeps.
DEFAULT_ATTEMPT_TIMEOUT = 90.0
DEFAULT_CALL_TIMEOUT = 120.0
# Decoded size of one reply; a page of Partnero records is a few hundred KB at most.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
# Pages one iteration may follow (10,000 pages of the largest page size is a million records).
DEFAULT_MAX_PAGES = 10_000
USER_AGENT = f"partnero-python/{__version__}"


def redact_url(url: str) -> str:
    """The URL with any user:password@ part replaced, for reprs, logs and messages."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparsable URL>"
    if "@" not in parts.netloc:
        return url
    return parts._replace(netloc="***@" + parts.netloc.rpartition("@")[2]).geturl()


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalise_base_url(url: object, *, allow_insecure_http: bool) -> str:
    """Check and tidy a base URL; plain http is refused off loopback unless explicitly allowed."""
    if not isinstance(url, str):
        raise ConfigurationTypeError(f"base_url must be a string, got {type(url).__name__}")
    shown = redact_url(url)
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
        httpx.URL(url)
    except (ValueError, httpx.InvalidURL):
        raise ConfigurationError(f"base_url is not a valid URL: {shown!r}") from None
    if parts.scheme not in ("http", "https") or not hostname:
        raise ConfigurationError(f"base_url must be an absolute http(s) URL, got {shown!r}")
    if parts.query or parts.fragment:
        raise ConfigurationError(f"base_url must not have a query or fragment, got {shown!r}")
    if parts.scheme == "http" and not allow_insecure_http and not _is_loopback(hostname):
        raise InsecureConfigurationError(
            "Refusing to send the API key over plain http to a non-loopback host; "
            "use https or pass allow_insecure_http=True."
        )
    path = parts.path.rstrip("/")
    # The spec's paths carry /v1 already; accept the documented base URL with /v1 as well.
    if path.endswith("/v1"):
        path = path[: -len("/v1")]
    return f"{parts.scheme}://{parts.netloc}{path}"


def check_api_key(key: object) -> Secret:
    """The key as a Secret; refuses values that could never authenticate. Messages never show it."""
    if isinstance(key, Secret):
        return key
    if not isinstance(key, str):
        raise ConfigurationTypeError(f"api_key must be a string, got {type(key).__name__}")
    if not key:
        raise PartneroError("No API key: pass api_key=... or set the PARTNERO_API_KEY environment variable.")
    if any(c.isspace() for c in key):
        raise ConfigurationError(
            "api_key contains whitespace or a line break (a trailing newline from a secrets file?); "
            "strip it before passing it."
        )
    if not (key.isascii() and key.isprintable()):
        raise ConfigurationError("api_key contains non-ASCII or control characters; Partnero keys are ASCII.")
    return Secret(key)


def _check_seconds(name: str, value: object) -> float | None:
    """A positive, finite number of seconds, or None for no limit."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationTypeError(
            f"{name} must be a number of seconds or None, got {type(value).__name__}"
        )
    if math.isnan(value) or value <= 0:
        raise ConfigurationError(f"{name} must be more than 0 seconds, got {value!r}")
    return None if math.isinf(value) else float(value)


def as_timeout(value: object, name: str = "timeout") -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            _check_seconds(f"{name}.{part}", getattr(value, part))
        return value
    seconds = _check_seconds(name, value)
    if seconds is None:
        return httpx.Timeout(None)
    return httpx.Timeout(seconds, connect=min(seconds, DEFAULT_TIMEOUT.connect or seconds))


def check_seconds(name: str, value: object) -> float | None:
    return _check_seconds(name, value)


def check_count(name: str, value: object, *, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationTypeError(f"{name} must be an integer, got {type(value).__name__}")
    if value < minimum:
        raise ConfigurationError(f"{name} must be {minimum} or more, got {value}")
    return value


def check_headers(name: str, value: object) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ConfigurationTypeError(f"{name} must be a mapping of header names to values")
    headers = dict(value)
    for key, item in headers.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise ConfigurationTypeError(f"{name} must map strings to strings")
        if not (key.isascii() and item.isascii()) or any(c in key + item for c in "\r\n\0"):
            raise ConfigurationError(f"{name}: header {key!r} has a line break or non-ASCII text")
    return headers


def check_flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ConfigurationTypeError(f"{name} must be True or False, got {type(value).__name__}")
    return value


@attrs.frozen(repr=False)
class ClientConfig:
    """Everything a client needs to talk to Partnero. The key never appears in its repr."""

    api_key: Secret
    base_url: str = DEFAULT_BASE_URL
    timeout: httpx.Timeout = DEFAULT_TIMEOUT
    max_retries: int = DEFAULT_MAX_RETRIES
    default_headers: Mapping[str, str] = attrs.field(factory=dict)
    allow_insecure_http: bool = False
    attempt_timeout: float | None = DEFAULT_ATTEMPT_TIMEOUT
    call_timeout: float | None = DEFAULT_CALL_TIMEOUT
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    max_pages: int = DEFAULT_MAX_PAGES
    reconcile_writes: bool = False

    def __repr__(self) -> str:
        return (
            f"ClientConfig(api_key='***', base_url={redact_url(self.base_url)!r}, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries!r})"
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
        **more: Any,
    ) -> ClientConfig:
        key = api_key if api_key is not None else os.environ.get("PARTNERO_API_KEY")
        url = base_url or os.environ.get("PARTNERO_BASE_URL") or DEFAULT_BASE_URL
        insecure = check_flag("allow_insecure_http", allow_insecure_http)
        return cls(
            api_key=check_api_key(key or ""),
            base_url=normalise_base_url(url, allow_insecure_http=insecure),
            timeout=DEFAULT_TIMEOUT if timeout is None else as_timeout(timeout),
            max_retries=DEFAULT_MAX_RETRIES
            if max_retries is None
            else check_count("max_retries", max_retries),
            default_headers=check_headers("default_headers", default_headers),
            allow_insecure_http=insecure,
        ).evolve(**{k: v for k, v in more.items() if v is not None})

    def evolve(self, **changes: Any) -> ClientConfig:
        """A copy with some settings changed, each checked as in the constructor."""
        unknown = set(changes) - set(attrs.fields_dict(ClientConfig))
        if unknown:
            raise ConfigurationTypeError(f"unknown client option(s): {', '.join(sorted(unknown))}")
        checked = dict(changes)
        if "allow_insecure_http" in checked:
            check_flag("allow_insecure_http", checked["allow_insecure_http"])
        insecure = checked.get("allow_insecure_http", self.allow_insecure_http)
        for name, value in changes.items():
            if name == "api_key":
                checked[name] = check_api_key(value)
            elif name == "base_url":
                checked[name] = normalise_base_url(value, allow_insecure_http=insecure)
            elif name == "timeout":
                checked[name] = DEFAULT_TIMEOUT if value is None else as_timeout(value)
            elif name in ("attempt_timeout", "call_timeout"):
                checked[name] = check_seconds(name, value)
            elif name == "max_retries":
                checked[name] = check_count(name, value)
            elif name in ("max_response_bytes", "max_pages"):
                checked[name] = check_count(name, value, minimum=1)
            elif name == "default_headers":
                checked[name] = check_headers(name, value)
            elif name == "reconcile_writes":
                checked[name] = check_flag(name, value)
        if "base_url" not in changes and "allow_insecure_http" in changes:
            normalise_base_url(self.base_url, allow_insecure_http=insecure)
        return attrs.evolve(self, **checked)

    def headers(self) -> dict[str, str]:
        """Headers sent with every request; the key is added by BearerAuth, not kept here."""
        return {
            "Accept": "application/json",
            # Only encodings the bounded reader decodes itself (see body.py).
            "Accept-Encoding": "gzip, deflate",
            "User-Agent": USER_AGENT,
            **self.default_headers,
        }
