"""The `test` resource: one method per operation, sync and async, plain and raw."""

from ...._core.http import AsyncAPIClient, RequestOptions, SyncAPIClient
from ...._core.response import RawResponse
from ...models.test_key_reply import TestKeyReply
from . import test_api_key as _test_api_key


class TestResourceWithRawResponse:
    """Operations on test, returning the raw reply with the parsed envelope."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def api_key(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[TestKeyReply]:
        """Check the API key.

        GET /v1/test

        Answers 2xx when the key is accepted and 401 when it is not, which makes it a cheap
        credential check. The reply is not documented; it carries the program's public id in
        `data.program.pub_id`.
        """

        spec = _test_api_key._get_kwargs()

        return self._client._request_raw(spec, _test_api_key._parse, request_options)


class TestResource:
    """Operations on test."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = TestResourceWithRawResponse(client)

    def api_key(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> TestKeyReply:
        """Check the API key.

        GET /v1/test

        Answers 2xx when the key is accepted and 401 when it is not, which makes it a cheap
        credential check. The reply is not documented; it carries the program's public id in
        `data.program.pub_id`.
        """

        spec = _test_api_key._get_kwargs()

        return self._client._request(spec, _test_api_key._parse, request_options)


class AsyncTestResourceWithRawResponse:
    """Operations on test, returning the raw reply with the parsed envelope."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def api_key(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RawResponse[TestKeyReply]:
        """Check the API key.

        GET /v1/test

        Answers 2xx when the key is accepted and 401 when it is not, which makes it a cheap
        credential check. The reply is not documented; it carries the program's public id in
        `data.program.pub_id`.
        """

        spec = _test_api_key._get_kwargs()

        return await self._client._request_raw(spec, _test_api_key._parse, request_options)


class AsyncTestResource:
    """Operations on test."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self.with_raw_response = AsyncTestResourceWithRawResponse(client)

    async def api_key(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> TestKeyReply:
        """Check the API key.

        GET /v1/test

        Answers 2xx when the key is accepted and 401 when it is not, which makes it a cheap
        credential check. The reply is not documented; it carries the program's public id in
        `data.program.pub_id`.
        """

        spec = _test_api_key._get_kwargs()

        return await self._client._request(spec, _test_api_key._parse, request_options)
