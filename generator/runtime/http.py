"""Sending requests: configuration, headers, retries, error mapping and parsing, sync and async.

The generated endpoint modules describe a request as httpx keyword arguments (`method`, `url`,
`params`, `json`, `headers`), `retry_safe: False` for a GET that must not be repeated,
and a parser for the successful reply; everything about how it is sent lives here, once for
every program's client. The decisions of one call (retry or not, how long to wait, when the time
is up) are in `calls.CallPlan`; this module only does the I/O around them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar

import attrs
import httpx

from . import logs
from .auth import BearerAuth, Secret
from .body import read_async, read_sync
from .calls import CallPlan, Retry
from .config import (
    ClientConfig,
    as_timeout,
    check_count,
    check_flag,
    check_headers,
    check_seconds,
    redact_url,
)
from .errors import (
    MODEL_MISFITS,
    ClientClosedError,
    ConfigurationTypeError,
    PartneroError,
    ResponseValidationError,
    decode_body,
)
from .outgoing import Outgoing, encode_json, normal_base, plain_path, with_query
from .read_deadline import ATTEMPT_DEADLINE, bound_reads
from .surrogates import refuse_lone_surrogates

if TYPE_CHECKING:
    from .response import RawResponse

T = TypeVar("T")
Parser = Callable[[httpx.Response], T]
RequestSpec = dict[str, Any]
EMPTY_SUCCESS = {"status": 1}
_HTTPX_BODIES = ("content", "data", "files")  # bodies only httpx encodes (a JSON body's bytes are ours)


def _check_query(name: str, value: object) -> Mapping[str, Any] | None:
    if value is not None and not isinstance(value, Mapping):
        raise ConfigurationTypeError(f"{name} must be a mapping")
    return value


@attrs.frozen
class RequestOptions:
    """Per-call overrides of the client's settings, checked when built.

    `extra_query` and `extra_body` add fields the spec lacks (the body must be a JSON object);
    `reconcile` turns write reconciliation on or off for this call (see README).
    """

    timeout: float | httpx.Timeout | None = attrs.field(default=None)
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None
    attempt_timeout: float | None = None
    call_timeout: float | None = None
    reconcile: bool | None = None

    def __attrs_post_init__(self) -> None:
        if self.timeout is not None:
            as_timeout(self.timeout)
        if self.max_retries is not None:
            check_count("max_retries", self.max_retries)
        check_headers("extra_headers", self.extra_headers)
        _check_query("extra_query", self.extra_query)
        _check_query("extra_body", self.extra_body)
        check_seconds("attempt_timeout", self.attempt_timeout)
        check_seconds("call_timeout", self.call_timeout)
        if self.reconcile is not None:
            check_flag("reconcile", self.reconcile)


class _NotGiven:
    """Marks a `with_options` argument that was left out (None is a value for some of them)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = _NotGiven()


class Exchange(Protocol):
    """An HTTP client's own way to make one attempt, used instead of httpx's `send` when the
    client offers one (`_partnero_exchange(outgoing)`, see transports.py). It returns the reply
    fully read and decoded under the plan's limits, or raises httpx's errors for what happened."""

    async def send(self, plan: CallPlan, secret: Secret) -> httpx.Response: ...


async def _async_sleep(seconds: float) -> None:
    # anyio works under asyncio and trio alike; imported here, as sync users never need it.
    import anyio

    await anyio.sleep(seconds)


class _Core:
    """State and decisions shared by the sync and async clients; no I/O here."""

    _config: ClientConfig
    _default_headers: dict[str, str]
    _auth: BearerAuth
    _owns_http: bool

    def _init_config(self, **settings: Any) -> None:
        logs.configure_from_env()
        self._set_config(ClientConfig.resolve(**settings))

    def _set_config(self, config: ClientConfig) -> None:
        self._config = config
        self._default_headers = config.headers()  # built once, not on every request
        self._auth = BearerAuth(config.api_key)

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
        return f"{type(self).__name__}(base_url={redact_url(self._config.base_url)!r})"

    def with_options(
        self,
        *,
        api_key: str | _NotGiven = NOT_GIVEN,
        base_url: str | _NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | _NotGiven = NOT_GIVEN,
        max_retries: int | _NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | _NotGiven = NOT_GIVEN,
        allow_insecure_http: bool | _NotGiven = NOT_GIVEN,
        attempt_timeout: float | None | _NotGiven = NOT_GIVEN,
        call_timeout: float | None | _NotGiven = NOT_GIVEN,
        max_response_bytes: int | _NotGiven = NOT_GIVEN,
        max_pages: int | _NotGiven = NOT_GIVEN,
        reconcile_writes: bool | _NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy with some settings changed, sharing this client's connection pool.

        Each value is checked as in the constructor; `attempt_timeout`/`call_timeout` of None
        mean no limit here.
        """
        given = {k: v for k, v in locals().items() if k != "self" and v is not NOT_GIVEN}
        return self._copy_with(given)

    def _copy_with(self, changes: dict[str, Any]) -> Self:
        config = self._config.evolve(**changes)
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        copy._set_config(config)
        copy._owns_http = False  # the original closes the shared pool
        copy._bind_resources()
        return copy

    def _bind_resources(self) -> None:
        """Forget resources built on first use, so a copy builds its own around itself."""
        for cls in type(self).__mro__:
            for name, attribute in vars(cls).items():
                if isinstance(attribute, cached_property):
                    self.__dict__.pop(name, None)

    def _check_open(self, http: httpx.Client | httpx.AsyncClient) -> None:
        if http.is_closed:
            raise ClientClosedError()

    def _build(self, spec: RequestSpec, options: RequestOptions | None) -> Outgoing:
        path = spec["url"]
        base = self._config.base_url
        link: httpx.URL | None = None
        if not path.startswith("/") or path.startswith("//"):  # "//host/..." names another host
            # Page links come from the server; never send the key anywhere else. Imported here:
            # a first call has no page link, and a process's first call is worth keeping light.
            from .links import checked_link

            link = checked_link(path, base)
        extra: dict[str, str] | None = spec.get("headers")
        params = dict(spec.get("params") or {})
        body = spec.get("json")
        if options is not None:
            if options.extra_headers:
                extra = {**(extra or {}), **options.extra_headers}
            params.update(options.extra_query or {})
            if options.extra_body:
                if body is not None and not isinstance(body, dict):
                    raise ValueError("extra_body: this request's body is not a JSON object")
                body = {**(body or {}), **options.extra_body}
        method = spec["method"].upper()
        content = None if body is None else encode_json(body)
        http = self._http_client()
        merged = dict(self._headers_of(http))
        if extra:
            merged.update({k.lower(): v for k, v in extra.items()})
        if content is not None:
            merged.setdefault("content-type", "application/json")
        forms = (
            {} if spec.keys().isdisjoint(_HTTPX_BODIES) else {k: spec[k] for k in _HTTPX_BODIES if k in spec}
        )
        bodies = ({} if content is None else {"content": content}) | forms
        if http.cookies or http.params or "cookies" in spec:
            # build_request merges the HTTP client's cookies, params and headers with ours itself.
            request = http.build_request(
                method,
                link if link is not None else base + path,
                params=params or None,
                headers={**self._default_headers, **(extra or {})},
                cookies=spec.get("cookies"),
                **bodies,
            )
            return Outgoing.built(request)
        if not forms and link is None and plain_path(path):
            joined = normal_base(base) + path
            return Outgoing(method, with_query(joined, params) if params else joined, merged, content)
        url = link if link is not None else httpx.URL(base + path)
        if params:
            # httpx replaces a URL's query when given `params`; a page link has one, so merge.
            url = url.copy_merge_params(params)
        if not forms:
            return Outgoing(method, url, merged, content)
        return Outgoing.built(httpx.Request(method, url, headers=merged, **bodies))

    def _http_client(self) -> httpx.Client | httpx.AsyncClient:
        raise NotImplementedError

    # (the HTTP client's raw header list, this client's defaults, their merge), set as one tuple so
    # threads sharing a client never pair one call's merge with another's inputs.
    _merged_headers: tuple[list[tuple[bytes, bytes]], dict[str, str], dict[str, str]] | None = None

    def _headers_of(self, http: httpx.Client | httpx.AsyncClient) -> dict[str, str]:
        """The HTTP client's own headers under this client's defaults, merged as plain dicts
        (names are case-insensitive, so lower-cased; httpx's Headers.update costs more than the
        request). Read only: callers copy it. An application may change its HTTP client's
        headers at any time, so the cheap raw list is compared on every call, and the decoding
        that costs a few µs is redone only when it differs."""
        raw = http.headers.raw
        last = self._merged_headers
        if last is not None and last[0] == raw and last[1] is self._default_headers:
            return last[2]
        ours = {k.lower(): v for k, v in self._default_headers.items()}
        merged = {**dict(http.headers.items()), **ours}
        self._merged_headers = (raw, self._default_headers, merged)
        return merged

    def _program(self) -> str:
        """The program type of a generated client, from its package (partnero_client.<type>),
        found through the MRO so an application's subclass of a program client still has it."""
        for cls in type(self).__mro__:
            parts = cls.__module__.split(".")
            if len(parts) >= 3 and parts[0] == "partnero_client" and parts[1] != "_core":
                return parts[1]
        return ""

    def _plan(self, spec: RequestSpec, options: RequestOptions | None) -> CallPlan:
        request = self._build(spec, options)
        config = self._config
        reconcile = config.reconcile_writes
        if options is not None and options.reconcile is not None:
            reconcile = options.reconcile
        lookup = None
        if reconcile:  # off by default: its module loads only for clients that turn it on
            from .reconcile import find_lookup

            lookup = find_lookup(spec, self._program())
        return CallPlan.start(
            request,
            config=config,
            options=options,
            changes_state=spec.get("retry_safe") is False,
            lookup=lookup,
        )

    # The steps of `_send` that are the same sync and async; each client's `_send` does only the
    # attempt itself, the sleep and the reconciliation lookup (the I/O).

    def _start(self, spec: RequestSpec, options: RequestOptions | None) -> CallPlan:
        self._check_open(self._http_client())
        return self._plan(spec, options)

    @staticmethod
    def _begin(plan: CallPlan) -> float:
        """Start an attempt; the time it started."""
        plan.begin_attempt()
        logs.request(plan.outgoing, plan.attempt)
        return time.monotonic()

    @staticmethod
    def _decide(
        plan: CallPlan, response: httpx.Response | None, failure: httpx.HTTPError | None, started: float
    ) -> httpx.Response | Retry:
        """After an attempt: the reply to return, or the retry to make; raises what the caller
        gets. Called outside the except block, so the error raised has no implicit __context__:
        plan chains the cause itself, unless its text would show the key."""
        step: httpx.Response | Retry
        if failure is not None:
            step = plan.after_exception(failure)
        else:
            assert response is not None
            logs.response(plan.outgoing, response, time.monotonic() - started)
            step = plan.after_response(response)
        if isinstance(step, Retry):
            logs.retry(plan, step)
        return step

    @staticmethod
    def _parse(parse: Parser[T], response: httpx.Response, *, generic: bool = False) -> T:
        try:
            # A lone surrogate in a server-sent id cannot be encoded when it is sent back.
            refuse_lone_surrogates(response.content)
            if (
                not generic
                and not response.content.strip()
                and (response.status_code == 204 or response.request.method == "DELETE")
            ):
                # A 204, or an empty 200 to a DELETE, is a success with nothing to read: read it
                # as Partnero's bare success reply.
                response = httpx.Response(response.status_code, json=EMPTY_SUCCESS, request=response.request)
            return parse(response)
        except MODEL_MISFITS as exc:
            raise ResponseValidationError(
                f"The {response.status_code} reply does not match the documented schema "
                f"({type(exc).__name__}: {str(exc)[:200]})",
                status_code=response.status_code,
                body=decode_body(response),
            ) from None

    @classmethod
    def _raw(cls, parse: Parser[T], response: httpx.Response) -> RawResponse[T]:
        from .response import RawResponse  # raw access only: the plain calls never load it

        return RawResponse(
            status_code=response.status_code,
            headers=response.headers,
            content=response.content,
            parsed=cls._parse(parse, response),
            http_response=response,
        )


def _json_or_none(response: httpx.Response) -> Any:
    return response.json() if response.content.strip() else None


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
        attempt_timeout: float | None = None,
        call_timeout: float | None = None,
        max_response_bytes: int | None = None,
        max_pages: int | None = None,
        reconcile_writes: bool | None = None,
    ) -> None:
        """Create a client for the program an API key belongs to.

        Args:
            api_key: The program's API key; defaults to the PARTNERO_API_KEY environment variable.
            base_url: Defaults to PARTNERO_BASE_URL, then https://api.partnero.com.
            timeout: Seconds, or an httpx.Timeout for separate connect/read limits (httpx's limit
                on each network operation).
            max_retries: Retries of failed requests that are safe to repeat (default 2).
            default_headers: Extra headers sent with every request.
            http_client: Your own httpx client (proxies, transports); you close it.
            allow_insecure_http: Permit a plain http base URL on a non-loopback host.
            attempt_timeout: Wall-clock limit of one attempt, reply body included (default 90 s;
                math.inf for none).
            call_timeout: Wall-clock limit of a whole call, retries and their waits included
                (default 120 s; math.inf for none).
            max_response_bytes: Largest decoded reply accepted (default 32 MiB).
            max_pages: Most pages one iteration follows (default 10,000).
            reconcile_writes: After a create whose outcome is unknown, look the record up before
                trying again (default False; see README for which creates support it).
        """
        self._init_config(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            allow_insecure_http=allow_insecure_http,
            attempt_timeout=attempt_timeout,
            call_timeout=call_timeout,
            max_response_bytes=max_response_bytes,
            max_pages=max_pages,
            reconcile_writes=reconcile_writes,
        )
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationTypeError("http_client must be an httpx.Client (use AsyncAPIClient for async)")
        self._owns_http = http_client is None
        self._http = http_client or bound_reads(httpx.Client(follow_redirects=False))

    def _http_client(self) -> httpx.Client:
        return self._http

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _attempt(self, plan: CallPlan) -> httpx.Response:
        # Our own pool cuts every socket read to the time left (read_deadline), so the limit
        # holds while the server drips the status line and headers too.
        token = ATTEMPT_DEADLINE.set(plan.attempt_deadline)
        try:
            response = self._http.send(plan.request_for_attempt(), auth=self._auth, stream=True)
            try:
                return read_sync(response, limit=plan.max_response_bytes, deadline=plan.attempt_deadline)
            finally:
                response.close()
        finally:
            ATTEMPT_DEADLINE.reset(token)

    def _send(self, spec: RequestSpec, options: RequestOptions | None) -> httpx.Response:
        plan = self._start(spec, options)
        while True:
            started = self._begin(plan)
            response: httpx.Response | None = None
            failure: httpx.HTTPError | None = None
            try:
                response = self._attempt(plan)
            except httpx.HTTPError as exc:
                failure = exc
            step = self._decide(plan, response, failure, started)
            if isinstance(step, httpx.Response):
                return step
            time.sleep(step.delay)
            found = plan.reconcile(self._lookup) if step.lookup_first else None
            if found is not None:
                return found
            if step.give_up is not None:
                raise step.give_up

    def _lookup(self, spec: RequestSpec, options: RequestOptions) -> httpx.Response:
        return self._send(spec, options)

    def _request(self, spec: RequestSpec, parse: Parser[T], options: RequestOptions | None) -> T:
        return self._parse(parse, self._send(spec, options))

    def _request_raw(
        self, spec: RequestSpec, parse: Parser[T], options: RequestOptions | None
    ) -> RawResponse[T]:
        return self._raw(parse, self._send(spec, options))

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        changes_state: bool = False,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Call any route, for what the spec lacks, with the client's auth, retries, errors and
        logging. `path` starts with `/v1/`; returns the parsed JSON reply (None when empty).
        Pass `changes_state=True` for a GET that must not be repeated."""
        spec = _generic_spec(method, path, params, json, headers, changes_state)
        return self._parse(_json_or_none, self._send(spec, request_options), generic=True)


def _generic_spec(
    method: object,
    path: object,
    params: Mapping[str, Any] | None,
    body: Any,
    headers: Mapping[str, str] | None,
    changes_state: bool,
) -> RequestSpec:
    if not isinstance(method, str) or not method.isalpha():
        raise ValueError(f"method must be an HTTP method name, got {method!r}")
    if not isinstance(path, str) or not path.startswith("/"):
        raise ValueError(f"path must be a string starting with '/', got {path!r}")
    spec: RequestSpec = {"method": method.upper(), "url": path}
    if check_flag("changes_state", changes_state):
        spec["retry_safe"] = False
    if params:
        spec["params"] = dict(params)
    if body is not None:
        spec["json"] = body
    if headers:
        spec["headers"] = check_headers("headers", headers)
    return spec


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
        attempt_timeout: float | None = None,
        call_timeout: float | None = None,
        max_response_bytes: int | None = None,
        max_pages: int | None = None,
        reconcile_writes: bool | None = None,
    ) -> None:
        """Create a client for the program an API key belongs to.

        Args:
            api_key: The program's API key; defaults to the PARTNERO_API_KEY environment variable.
            base_url: Defaults to PARTNERO_BASE_URL, then https://api.partnero.com.
            timeout: Seconds, or an httpx.Timeout for separate connect/read limits (httpx's limit
                on each network operation).
            max_retries: Retries of failed requests that are safe to repeat (default 2).
            default_headers: Extra headers sent with every request.
            http_client: Your own httpx client (proxies, transports); you close it.
            allow_insecure_http: Permit a plain http base URL on a non-loopback host.
            attempt_timeout: Wall-clock limit of one attempt, reply body included (default 90 s;
                math.inf for none).
            call_timeout: Wall-clock limit of a whole call, retries and their waits included
                (default 120 s; math.inf for none).
            max_response_bytes: Largest decoded reply accepted (default 32 MiB).
            max_pages: Most pages one iteration follows (default 10,000).
            reconcile_writes: After a create whose outcome is unknown, look the record up before
                trying again (default False; see README for which creates support it).
        """
        self._init_config(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            allow_insecure_http=allow_insecure_http,
            attempt_timeout=attempt_timeout,
            call_timeout=call_timeout,
            max_response_bytes=max_response_bytes,
            max_pages=max_pages,
            reconcile_writes=reconcile_writes,
        )
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationTypeError(
                "http_client must be an httpx.AsyncClient (use SyncAPIClient for sync)"
            )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(follow_redirects=False)
        self._exchange_for: Callable[[Outgoing], Exchange | None] | None = getattr(
            self._http, "_partnero_exchange", None
        )

    def _http_client(self) -> httpx.AsyncClient:
        return self._http

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _attempt(self, plan: CallPlan) -> httpx.Response:
        exchange = self._exchange_for(plan.outgoing) if self._exchange_for is not None else None
        if exchange is not None:  # DefaultAioHttpClient's own route, past httpx's send
            return await exchange.send(plan, self._config.api_key)
        import anyio

        # Async code can be cancelled, so here the attempt's limit holds even while the server
        # drips the status line and headers.
        with anyio.move_on_after(plan.attempt_remaining()) as scope:
            response = await self._http.send(plan.request_for_attempt(), auth=self._auth, stream=True)
            try:
                return await read_async(
                    response, limit=plan.max_response_bytes, deadline=plan.attempt_deadline
                )
            finally:
                await response.aclose()
        assert scope.cancelled_caught
        raise httpx.ReadTimeout("The attempt's time limit ran out.", request=plan.request)

    async def _send(self, spec: RequestSpec, options: RequestOptions | None) -> httpx.Response:
        plan = self._start(spec, options)
        while True:
            started = self._begin(plan)
            response: httpx.Response | None = None
            failure: httpx.HTTPError | None = None
            try:
                response = await self._attempt(plan)
            except httpx.HTTPError as exc:
                failure = exc
            step = self._decide(plan, response, failure, started)
            if isinstance(step, httpx.Response):
                return step
            await _async_sleep(step.delay)
            found = await plan.areconcile(self._lookup) if step.lookup_first else None
            if found is not None:
                return found
            if step.give_up is not None:
                raise step.give_up

    async def _lookup(self, spec: RequestSpec, options: RequestOptions) -> httpx.Response:
        return await self._send(spec, options)

    async def _request(self, spec: RequestSpec, parse: Parser[T], options: RequestOptions | None) -> T:
        return self._parse(parse, await self._send(spec, options))

    async def _request_raw(
        self, spec: RequestSpec, parse: Parser[T], options: RequestOptions | None
    ) -> RawResponse[T]:
        return self._raw(parse, await self._send(spec, options))

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        changes_state: bool = False,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Call any route, for what the spec lacks, with the client's auth, retries, errors and
        logging. `path` starts with `/v1/`; returns the parsed JSON reply (None when empty).
        Pass `changes_state=True` for a GET that must not be repeated."""
        spec = _generic_spec(method, path, params, json, headers, changes_state)
        return self._parse(_json_or_none, await self._send(spec, request_options), generic=True)


__all__ = ["AsyncAPIClient", "PartneroError", "RequestOptions", "SyncAPIClient"]
