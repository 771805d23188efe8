"""The `test` resource: one method per operation, sync and async; raw access wraps them.

An operation's module (and the models its body takes) is imported by its method on the first
call, not here: touching a resource then loads the few modules its first call needs, not every
model the resource's methods name.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.raw import to_async_raw, to_raw

if TYPE_CHECKING:
    from ...models.test_key_data import TestKeyData


class TestResource:
    """Operations on test."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TestResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return TestResourceWithRawResponse(self)

    def check_key(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> TestKeyData:
        """Check the API key.

        GET /v1/test

        Answers 2xx when the key is accepted and 401 when it is not, which makes it a cheap
        credential check. The reply is not documented; it carries the program's public id in
        `data.program.pub_id`.

        Args:
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `TestKeyData` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import test_api_key as _test_api_key

        spec = _test_api_key._get_kwargs()

        return self._client._request(spec, _test_api_key._result, request_options)


class TestResourceWithRawResponse:
    """`test` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: TestResource) -> None:
        from . import test_api_key as _test_api_key

        self.check_key = to_raw(resource.check_key, _test_api_key._parse)


class AsyncTestResource:
    """Operations on test."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTestResourceWithRawResponse:
        """The same methods, returning a `RawResponse` (status, headers, envelope; `parse()`)."""
        return AsyncTestResourceWithRawResponse(self)

    async def check_key(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> TestKeyData:
        """Check the API key.

        GET /v1/test

        Answers 2xx when the key is accepted and 401 when it is not, which makes it a cheap
        credential check. The reply is not documented; it carries the program's public id in
        `data.program.pub_id`.

        Args:
            request_options: Per-call timeout, retries and extra headers (`RequestOptions`).

        Returns:
            The `TestKeyData` record inside the reply's `data`.

        Raises:
            APIStatusError: the server answered with an error status (a subclass per status).
            APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).
            ResponseValidationError: a successful reply does not fit the documented schema.
        """

        from . import test_api_key as _test_api_key

        spec = _test_api_key._get_kwargs()

        return await self._client._request(spec, _test_api_key._result, request_options)


class AsyncTestResourceWithRawResponse:
    """`test` methods returning a `RawResponse`; `.parse()` gives the plain result."""

    def __init__(self, resource: AsyncTestResource) -> None:
        from . import test_api_key as _test_api_key

        self.check_key = to_async_raw(resource.check_key, _test_api_key._parse)
