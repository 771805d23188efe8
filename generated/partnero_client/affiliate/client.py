"""Clients for affiliate programs: every operation of the affiliate view, grouped by resource."""

from collections.abc import Mapping

import httpx

from .._core.http import AsyncAPIClient, SyncAPIClient
from .api.partners import (
    AsyncPartnersResource,
    AsyncPartnersResourceWithRawResponse,
    PartnersResource,
    PartnersResourceWithRawResponse,
)


class AffiliateClientWithRawResponse:
    """The same resources, returning `RawResponse` (status, headers, parsed envelope)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self.partners = PartnersResourceWithRawResponse(client)


class AsyncAffiliateClientWithRawResponse:
    """The same resources, returning `RawResponse` (status, headers, parsed envelope)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self.partners = AsyncPartnersResourceWithRawResponse(client)


class AffiliateClient(SyncAPIClient):
    """Synchronous client for a affiliate program's API key."""

    partners: PartnersResource
    with_raw_response: AffiliateClientWithRawResponse

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
        """Create a client for one affiliate program.

        Args:
            api_key: The program's API key; defaults to the PARTNERO_API_KEY environment variable.
            base_url: Defaults to PARTNERO_BASE_URL, then https://api.partnero.com.
            timeout: Seconds, or an httpx.Timeout for separate connect/read limits.
            max_retries: Retries of failed requests that are safe to repeat (default 2).
            default_headers: Extra headers sent with every request.
            http_client: Your own httpx client (proxies, transports); you close it.
            allow_insecure_http: Permit a plain http base URL on a non-loopback host.
        """
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure_http=allow_insecure_http,
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        self.partners = PartnersResource(self)
        self.with_raw_response = AffiliateClientWithRawResponse(self)


class AsyncAffiliateClient(AsyncAPIClient):
    """Asynchronous client for a affiliate program's API key."""

    partners: AsyncPartnersResource
    with_raw_response: AsyncAffiliateClientWithRawResponse

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
        """Create a client for one affiliate program.

        Args:
            api_key: The program's API key; defaults to the PARTNERO_API_KEY environment variable.
            base_url: Defaults to PARTNERO_BASE_URL, then https://api.partnero.com.
            timeout: Seconds, or an httpx.Timeout for separate connect/read limits.
            max_retries: Retries of failed requests that are safe to repeat (default 2).
            default_headers: Extra headers sent with every request.
            http_client: Your own httpx client (proxies, transports); you close it.
            allow_insecure_http: Permit a plain http base URL on a non-loopback host.
        """
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure_http=allow_insecure_http,
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        self.partners = AsyncPartnersResource(self)
        self.with_raw_response = AsyncAffiliateClientWithRawResponse(self)


__all__ = ["AsyncAffiliateClient", "AffiliateClient"]
