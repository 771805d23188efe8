"""Clients for affiliate programs: every operation of the affiliate view, grouped by resource."""

from collections.abc import Mapping

import httpx

from .._core.http import AsyncAPIClient, SyncAPIClient
from .api.coupons import (
    AsyncCouponsResource,
    AsyncCouponsResourceWithRawResponse,
    CouponsResource,
    CouponsResourceWithRawResponse,
)
from .api.customers import (
    AsyncCustomersResource,
    AsyncCustomersResourceWithRawResponse,
    CustomersResource,
    CustomersResourceWithRawResponse,
)
from .api.leads import (
    AsyncLeadsResource,
    AsyncLeadsResourceWithRawResponse,
    LeadsResource,
    LeadsResourceWithRawResponse,
)
from .api.partner_referral_links import (
    AsyncPartnerReferralLinksResource,
    AsyncPartnerReferralLinksResourceWithRawResponse,
    PartnerReferralLinksResource,
    PartnerReferralLinksResourceWithRawResponse,
)
from .api.partners import (
    AsyncPartnersResource,
    AsyncPartnersResourceWithRawResponse,
    PartnersResource,
    PartnersResourceWithRawResponse,
)
from .api.payout_requests import (
    AsyncPayoutRequestsResource,
    AsyncPayoutRequestsResourceWithRawResponse,
    PayoutRequestsResource,
    PayoutRequestsResourceWithRawResponse,
)
from .api.program import (
    AsyncProgramResource,
    AsyncProgramResourceWithRawResponse,
    ProgramResource,
    ProgramResourceWithRawResponse,
)
from .api.promotion_codes import (
    AsyncPromotionCodesResource,
    AsyncPromotionCodesResourceWithRawResponse,
    PromotionCodesResource,
    PromotionCodesResourceWithRawResponse,
)
from .api.settings import (
    AsyncSettingsResource,
    AsyncSettingsResourceWithRawResponse,
    SettingsResource,
    SettingsResourceWithRawResponse,
)
from .api.test import (
    AsyncTestResource,
    AsyncTestResourceWithRawResponse,
    TestResource,
    TestResourceWithRawResponse,
)
from .api.transactions import (
    AsyncTransactionsResource,
    AsyncTransactionsResourceWithRawResponse,
    TransactionsResource,
    TransactionsResourceWithRawResponse,
)
from .api.webhooks import (
    AsyncWebhooksResource,
    AsyncWebhooksResourceWithRawResponse,
    WebhooksResource,
    WebhooksResourceWithRawResponse,
)


class AffiliateClientWithRawResponse:
    """The same resources, returning `RawResponse` (status, headers, parsed envelope)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self.partners = PartnersResourceWithRawResponse(client)
        self.coupons = CouponsResourceWithRawResponse(client)
        self.promotion_codes = PromotionCodesResourceWithRawResponse(client)
        self.leads = LeadsResourceWithRawResponse(client)
        self.partner_referral_links = PartnerReferralLinksResourceWithRawResponse(client)
        self.payout_requests = PayoutRequestsResourceWithRawResponse(client)
        self.settings = SettingsResourceWithRawResponse(client)
        self.customers = CustomersResourceWithRawResponse(client)
        self.transactions = TransactionsResourceWithRawResponse(client)
        self.program = ProgramResourceWithRawResponse(client)
        self.test = TestResourceWithRawResponse(client)
        self.webhooks = WebhooksResourceWithRawResponse(client)


class AsyncAffiliateClientWithRawResponse:
    """The same resources, returning `RawResponse` (status, headers, parsed envelope)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self.partners = AsyncPartnersResourceWithRawResponse(client)
        self.coupons = AsyncCouponsResourceWithRawResponse(client)
        self.promotion_codes = AsyncPromotionCodesResourceWithRawResponse(client)
        self.leads = AsyncLeadsResourceWithRawResponse(client)
        self.partner_referral_links = AsyncPartnerReferralLinksResourceWithRawResponse(client)
        self.payout_requests = AsyncPayoutRequestsResourceWithRawResponse(client)
        self.settings = AsyncSettingsResourceWithRawResponse(client)
        self.customers = AsyncCustomersResourceWithRawResponse(client)
        self.transactions = AsyncTransactionsResourceWithRawResponse(client)
        self.program = AsyncProgramResourceWithRawResponse(client)
        self.test = AsyncTestResourceWithRawResponse(client)
        self.webhooks = AsyncWebhooksResourceWithRawResponse(client)


class AffiliateClient(SyncAPIClient):
    """Synchronous client for a affiliate program's API key."""

    partners: PartnersResource
    coupons: CouponsResource
    promotion_codes: PromotionCodesResource
    leads: LeadsResource
    partner_referral_links: PartnerReferralLinksResource
    payout_requests: PayoutRequestsResource
    settings: SettingsResource
    customers: CustomersResource
    transactions: TransactionsResource
    program: ProgramResource
    test: TestResource
    webhooks: WebhooksResource
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
        self.coupons = CouponsResource(self)
        self.promotion_codes = PromotionCodesResource(self)
        self.leads = LeadsResource(self)
        self.partner_referral_links = PartnerReferralLinksResource(self)
        self.payout_requests = PayoutRequestsResource(self)
        self.settings = SettingsResource(self)
        self.customers = CustomersResource(self)
        self.transactions = TransactionsResource(self)
        self.program = ProgramResource(self)
        self.test = TestResource(self)
        self.webhooks = WebhooksResource(self)
        self.with_raw_response = AffiliateClientWithRawResponse(self)


class AsyncAffiliateClient(AsyncAPIClient):
    """Asynchronous client for a affiliate program's API key."""

    partners: AsyncPartnersResource
    coupons: AsyncCouponsResource
    promotion_codes: AsyncPromotionCodesResource
    leads: AsyncLeadsResource
    partner_referral_links: AsyncPartnerReferralLinksResource
    payout_requests: AsyncPayoutRequestsResource
    settings: AsyncSettingsResource
    customers: AsyncCustomersResource
    transactions: AsyncTransactionsResource
    program: AsyncProgramResource
    test: AsyncTestResource
    webhooks: AsyncWebhooksResource
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
        self.coupons = AsyncCouponsResource(self)
        self.promotion_codes = AsyncPromotionCodesResource(self)
        self.leads = AsyncLeadsResource(self)
        self.partner_referral_links = AsyncPartnerReferralLinksResource(self)
        self.payout_requests = AsyncPayoutRequestsResource(self)
        self.settings = AsyncSettingsResource(self)
        self.customers = AsyncCustomersResource(self)
        self.transactions = AsyncTransactionsResource(self)
        self.program = AsyncProgramResource(self)
        self.test = AsyncTestResource(self)
        self.webhooks = AsyncWebhooksResource(self)
        self.with_raw_response = AsyncAffiliateClientWithRawResponse(self)


__all__ = ["AsyncAffiliateClient", "AffiliateClient"]
