"""Sending requests: configuration, headers, retries, error mapping and parsing, sync and async.

The generated endpoint modules describe a request as httpx keyword arguments (`method`, `url`,
`params`, `json`, `headers`) and a parser for the successful reply; everything about how it is
sent lives here, once for every program's client.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any, Self, TypeVar
from urllib.parse import urlsplit

import attrs
import httpx

from . import logs
from .config import ClientConfig, as_timeout, normalise_base_url
from .errors import (
    MODEL_MISFITS,
    APIConnectionError,
    APITimeoutError,
    PartneroError,
    ResponseValidationError,
    decode_body,
    status_error,
)
from .response import RawResponse
from .retry import backoff_delay, parse_retry_after, retryable_exception, retryable_status

T = TypeVar("T")
Parser = Callable[[httpx.Response], T]
RequestSpec = dict[str, Any]


@attrs.frozen
class RequestOptions:
    """Per-call overrides of the client's settings."""

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None


async def _async_sleep(seconds: float) -> None:
    # asyncio is imported here, not at the top: it costs ~9 ms that sync users never need.
    import asyncio

    await asyncio.sleep(seconds)


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc.lower()


class _Core:
    """State and decisions shared by the sync and async clients; no I/O here."""

    _config: ClientConfig
    _default_headers: dict[str, str]
    _owns_http: bool

    def _init_config(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
        allow_insecure_http: bool,
    ) -> None:
        logs.configure_from_env()
        self._set_config(
            ClientConfig.resolve(
                api_key=api_key,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
                allow_insecure_http=allow_insecure_http,
            )
        )

    def _set_config(self, config: ClientConfig) -> None:
        self._config = config
        self._default_headers = config.headers()  # built once, not on every request

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._config.timeout

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._config.base_url!r})"

    def with_options(self, **changes: Any) -> Self:
        """A copy with some settings changed, sharing this client's connection pool."""
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        if "timeout" in changes:
            changes["timeout"] = as_timeout(changes["timeout"])
        if "base_url" in changes:
            insecure = changes.get("allow_insecure_http", self._config.allow_insecure_http)
            changes["base_url"] = normalise_base_url(changes["base_url"], allow_insecure_http=insecure)
        try:
            copy._set_config(attrs.evolve(self._config, **changes))
        except TypeError as exc:
            raise PartneroError(f"with_options: {exc}") from None
        copy._owns_http = False  # the original closes the shared pool
        copy._bind_resources()
        return copy

    def _bind_resources(self) -> None:
        """Forget resources built on first use, so a copy builds its own around itself."""
        for cls in type(self).__mro__:
            for name, attribute in vars(cls).items():
                if isinstance(attribute, cached_property):
                    self.__dict__.pop(name, None)

    def _build(self, spec: RequestSpec, options: RequestOptions | None) -> dict[str, Any]:
        url = spec["url"]
        if url.startswith("/"):
            url = self._config.base_url + url
        elif _origin(url) != _origin(self._config.base_url):
            # Page links come from the server; never send the key anywhere else.
            raise PartneroError("Refusing to follow a link to another host than the configured base_url.")
        headers = {**self._default_headers, **spec.get("headers", {})}
        if options is not None and options.extra_headers:
            headers.update(options.extra_headers)
        timeout = self._config.timeout
        if options is not None and options.timeout is not None:
            timeout = as_timeout(options.timeout)
        built: dict[str, Any] = {
            "method": spec["method"].upper(),
            "url": url,
            "headers": headers,
            "timeout": timeout,
        }
        for key in ("params", "json", "content", "data", "files", "cookies"):
            if key in spec:
                built[key] = spec[key]
        return built

    def _retries(self, options: RequestOptions | None) -> int:
        if options is not None and options.max_retries is not None:
            return options.max_retries
        return self._config.max_retries

    @staticmethod
    def _log_request(request: dict[str, Any], attempt: int) -> None:
        if logs.logger.isEnabledFor(10):
            logs.logger.debug(
                "request %s %s attempt=%d headers=%s",
                request["method"],
                request["url"],
                attempt + 1,
                logs.redact_headers(request["headers"]),
            )

    @staticmethod
    def _log_response(response: httpx.Response, elapsed: float) -> None:
        if logs.logger.isEnabledFor(10):
            logs.logger.debug(
                "response %s %s -> %d in %.1f ms headers=%s",
                response.request.method,
                response.request.url,
                response.status_code,
                elapsed * 1000,
                logs.redact_headers(response.headers),
            )

    @staticmethod
    def _wrap_transport_error(exc: Exception) -> PartneroError:
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError()
        return APIConnectionError(f"Connection to the Partnero API failed: {type(exc).__name__}")

    @staticmethod
    def _retry_delay(response: httpx.Response | None, attempt: int) -> float:
        retry_after = parse_retry_after(response.headers.get("Retry-After")) if response is not None else None
        return backoff_delay(attempt, retry_after)

    @staticmethod
    def _check(response: httpx.Response) -> None:
        if not 200 <= response.status_code < 300:
            raise status_error(response)

    @staticmethod
    def _parse(parse: Parser[T], response: httpx.Response) -> T:
        try:
            return parse(response)
        except MODEL_MISFITS as exc:
            raise ResponseValidationError(
                f"The {response.status_code} reply does not match the documented schema "
                f"({type(exc).__name__}: {str(exc)[:200]})",
                status_code=response.status_code,
                body=decode_body(response),
            ) from None


class SyncAPIClient(_Core):
    """Base of the generated synchronous clients."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        """Create a client for the program an API key belongs to.

        Args:
            api_key: The program's API key; defaults to the PARTNERO_API_KEY environment variable.
            base_url: Defaults to PARTNERO_BASE_URL, then https://api.partnero.com.
            timeout: Seconds, or an httpx.Timeout for separate connect/read limits.
            max_retries: Retries of failed requests that are safe to repeat (default 2).
            default_headers: Extra headers sent with every request.
            http_client: Your own httpx client (proxies, transports); you close it.
            allow_insecure_http: Permit a plain http base URL on a non-loopback host.
        """
        self._init_config(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            allow_insecure_http=allow_insecure_http,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(follow_redirects=False)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _send(self, spec: RequestSpec, options: RequestOptions | None) -> httpx.Response:
        request = self._build(spec, options)
        retries = self._retries(options)
        attempt = 0
        while True:
            self._log_request(request, attempt)
            started = time.monotonic()
            try:
                response = self._http.request(**request)
            except httpx.HTTPError as exc:
                if attempt < retries and retryable_exception(request["method"], exc):
                    time.sleep(self._retry_delay(None, attempt))
                    attempt += 1
                    continue
                raise self._wrap_transport_error(exc) from None
            self._log_response(response, time.monotonic() - started)
            if attempt < retries and retryable_status(request["method"], response.status_code):
                time.sleep(self._retry_delay(response, attempt))
                response.close()
                attempt += 1
                continue
            self._check(response)
            return response

    def _request(self, spec: RequestSpec, parse: Parser[T], options: RequestOptions | None) -> T:
        return self._parse(parse, self._send(spec, options))

    def _request_raw(
        self, spec: RequestSpec, parse: Parser[T], options: RequestOptions | None
    ) -> RawResponse[T]:
        response = self._send(spec, options)
        return RawResponse(
            status_code=response.status_code,
            headers=response.headers,
            content=response.content,
            parsed=self._parse(parse, response),
            http_response=response,
        )


class AsyncAPIClient(_Core):
    """Base of the generated asynchronous clients; the same surface as SyncAPIClient."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        """Create a client for the program an API key belongs to.

        Args:
            api_key: The program's API key; defaults to the PARTNERO_API_KEY environment variable.
            base_url: Defaults to PARTNERO_BASE_URL, then https://api.partnero.com.
            timeout: Seconds, or an httpx.Timeout for separate connect/read limits.
            max_retries: Retries of failed requests that are safe to repeat (default 2).
            default_headers: Extra headers sent with every request.
            http_client: Your own httpx client (proxies, transports); you close it.
            allow_insecure_http: Permit a plain http base URL on a non-loopback host.
        """
        self._init_config(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            allow_insecure_http=allow_insecure_http,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(follow_redirects=False)

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _send(self, spec: RequestSpec, options: RequestOptions | None) -> httpx.Response:
        request = self._build(spec, options)
        retries = self._retries(options)
        attempt = 0
        while True:
            self._log_request(request, attempt)
            started = time.monotonic()
            try:
                response = await self._http.request(**request)
            except httpx.HTTPError as exc:
                if attempt < retries and retryable_exception(request["method"], exc):
                    await _async_sleep(self._retry_delay(None, attempt))
                    attempt += 1
                    continue
                raise self._wrap_transport_error(exc) from None
            self._log_response(response, time.monotonic() - started)
            if attempt < retries and retryable_status(request["method"], response.status_code):
                await _async_sleep(self._retry_delay(response, attempt))
                await response.aclose()
                attempt += 1
                continue
            self._check(response)
            return response

    async def _request(self, spec: RequestSpec, parse: Parser[T], options: RequestOptions | None) -> T:
        return self._parse(parse, await self._send(spec, options))

    async def _request_raw(
        self, spec: RequestSpec, parse: Parser[T], options: RequestOptions | None
    ) -> RawResponse[T]:
        response = await self._send(spec, options)
        return RawResponse(
            status_code=response.status_code,
            headers=response.headers,
            content=response.content,
            parsed=self._parse(parse, response),
            http_response=response,
        )
