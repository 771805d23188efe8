"""Clients for affiliate programs: every operation of the affiliate view, grouped by resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .._core.errors import NotFoundError, PartneroError, ResponseValidationError
from .._core.http import AsyncAPIClient, SyncAPIClient
from .._core.programs import (
    KEY_CHECK_PATH,
    PROGRAM_PATH,
    WrongProgramError,
    mismatch,
    program_type_from,
    read_json,
)

if TYPE_CHECKING:
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

PROGRAM_TYPE = "affiliate"
# Routes without path parameters: a 404 there is no missing record but a route the key's program
# does not have, so the client checks the key's program type before reporting it.
FIXED_ROUTES = frozenset(
    {
        "/v1/partners",
        "/v1/partners:search",
        "/v1/partner",
        "/v1/partners:sign-in-url",
        "/v1/coupons",
        "/v1/promotion-codes",
        "/v1/leads",
        "/v1/leads/convert",
        "/v1/leads/details",
        "/v1/leads/reject",
        "/v1/partner_referral_links",
        "/v1/partner_referral_links:domains",
        "/v1/partner_referral_links:search",
        "/v1/payout_requests",
        "/v1/payout_requests:search",
        "/v1/settings",
        "/v1/customer",
        "/v1/customers",
        "/v1/customers:search",
        "/v1/transactions",
        "/v1/program",
        "/v1/program/overview",
        "/v1/test",
        "/v1/webhooks",
    }
)


def _worth_checking(spec: dict[str, Any], error: PartneroError) -> bool:
    if isinstance(error, NotFoundError):
        return urlsplit(str(spec.get("url", ""))).path in FIXED_ROUTES
    return isinstance(error, ResponseValidationError)


class AffiliateClientWithRawResponse:
    """The same resources, returning `RawResponse` (status, headers, envelope; `parse()`)."""

    def __init__(self, client: AffiliateClient) -> None:
        self._client = client

    @property
    def partners(self) -> PartnersResourceWithRawResponse:
        return self._client.partners.with_raw_response

    @property
    def coupons(self) -> CouponsResourceWithRawResponse:
        return self._client.coupons.with_raw_response

    @property
    def promotion_codes(self) -> PromotionCodesResourceWithRawResponse:
        return self._client.promotion_codes.with_raw_response

    @property
    def leads(self) -> LeadsResourceWithRawResponse:
        return self._client.leads.with_raw_response

    @property
    def partner_referral_links(self) -> PartnerReferralLinksResourceWithRawResponse:
        return self._client.partner_referral_links.with_raw_response

    @property
    def payout_requests(self) -> PayoutRequestsResourceWithRawResponse:
        return self._client.payout_requests.with_raw_response

    @property
    def settings(self) -> SettingsResourceWithRawResponse:
        return self._client.settings.with_raw_response

    @property
    def customers(self) -> CustomersResourceWithRawResponse:
        return self._client.customers.with_raw_response

    @property
    def transactions(self) -> TransactionsResourceWithRawResponse:
        return self._client.transactions.with_raw_response

    @property
    def program(self) -> ProgramResourceWithRawResponse:
        return self._client.program.with_raw_response

    @property
    def test(self) -> TestResourceWithRawResponse:
        return self._client.test.with_raw_response

    @property
    def webhooks(self) -> WebhooksResourceWithRawResponse:
        return self._client.webhooks.with_raw_response


class AffiliateClient(SyncAPIClient):
    """Synchronous client for a affiliate program's API key.

    Settings as for `SyncAPIClient`. Resources are imported and built on first use: a program's view
    has hundreds of models, and most programs touch a few resources only.
    """

    @cached_property
    def partners(self) -> PartnersResource:
        from .api.partners import PartnersResource

        return PartnersResource(self)

    @cached_property
    def coupons(self) -> CouponsResource:
        from .api.coupons import CouponsResource

        return CouponsResource(self)

    @cached_property
    def promotion_codes(self) -> PromotionCodesResource:
        from .api.promotion_codes import PromotionCodesResource

        return PromotionCodesResource(self)

    @cached_property
    def leads(self) -> LeadsResource:
        from .api.leads import LeadsResource

        return LeadsResource(self)

    @cached_property
    def partner_referral_links(self) -> PartnerReferralLinksResource:
        from .api.partner_referral_links import PartnerReferralLinksResource

        return PartnerReferralLinksResource(self)

    @cached_property
    def payout_requests(self) -> PayoutRequestsResource:
        from .api.payout_requests import PayoutRequestsResource

        return PayoutRequestsResource(self)

    @cached_property
    def settings(self) -> SettingsResource:
        from .api.settings import SettingsResource

        return SettingsResource(self)

    @cached_property
    def customers(self) -> CustomersResource:
        from .api.customers import CustomersResource

        return CustomersResource(self)

    @cached_property
    def transactions(self) -> TransactionsResource:
        from .api.transactions import TransactionsResource

        return TransactionsResource(self)

    @cached_property
    def program(self) -> ProgramResource:
        from .api.program import ProgramResource

        return ProgramResource(self)

    @cached_property
    def test(self) -> TestResource:
        from .api.test import TestResource

        return TestResource(self)

    @cached_property
    def webhooks(self) -> WebhooksResource:
        from .api.webhooks import WebhooksResource

        return WebhooksResource(self)

    @cached_property
    def with_raw_response(self) -> AffiliateClientWithRawResponse:
        return AffiliateClientWithRawResponse(self)

    def key_program_type(self) -> str | None:
        """The program type of this client's key (affiliate, referral, newsletter), from the key
        check, or None when the replies do not say. Asked once per configuration, then kept."""
        cached = self.__dict__.get("_key_program_type")
        if cached is not None and cached[0] is self._config:
            return str(cached[1]) if cached[1] else None
        found: str | None = None
        try:
            for path in (KEY_CHECK_PATH, PROGRAM_PATH):
                found = program_type_from(super()._request({"method": "GET", "url": path}, read_json, None))
                if found:
                    break
        except PartneroError:
            found = None
        self.__dict__["_key_program_type"] = (self._config, found)
        return found

    def _request(self, spec: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return super()._request(spec, *args, **kwargs)
        except (NotFoundError, ResponseValidationError) as error:
            wrong = (
                mismatch(PROGRAM_TYPE, self.key_program_type(), error)
                if _worth_checking(spec, error)
                else None
            )
            if wrong is None:
                raise
            raise wrong from error


class AsyncAffiliateClientWithRawResponse:
    """The same resources, returning `RawResponse` (status, headers, envelope; `parse()`)."""

    def __init__(self, client: AsyncAffiliateClient) -> None:
        self._client = client

    @property
    def partners(self) -> AsyncPartnersResourceWithRawResponse:
        return self._client.partners.with_raw_response

    @property
    def coupons(self) -> AsyncCouponsResourceWithRawResponse:
        return self._client.coupons.with_raw_response

    @property
    def promotion_codes(self) -> AsyncPromotionCodesResourceWithRawResponse:
        return self._client.promotion_codes.with_raw_response

    @property
    def leads(self) -> AsyncLeadsResourceWithRawResponse:
        return self._client.leads.with_raw_response

    @property
    def partner_referral_links(self) -> AsyncPartnerReferralLinksResourceWithRawResponse:
        return self._client.partner_referral_links.with_raw_response

    @property
    def payout_requests(self) -> AsyncPayoutRequestsResourceWithRawResponse:
        return self._client.payout_requests.with_raw_response

    @property
    def settings(self) -> AsyncSettingsResourceWithRawResponse:
        return self._client.settings.with_raw_response

    @property
    def customers(self) -> AsyncCustomersResourceWithRawResponse:
        return self._client.customers.with_raw_response

    @property
    def transactions(self) -> AsyncTransactionsResourceWithRawResponse:
        return self._client.transactions.with_raw_response

    @property
    def program(self) -> AsyncProgramResourceWithRawResponse:
        return self._client.program.with_raw_response

    @property
    def test(self) -> AsyncTestResourceWithRawResponse:
        return self._client.test.with_raw_response

    @property
    def webhooks(self) -> AsyncWebhooksResourceWithRawResponse:
        return self._client.webhooks.with_raw_response


class AsyncAffiliateClient(AsyncAPIClient):
    """Asynchronous client for a affiliate program's API key.

    Settings as for `AsyncAPIClient`. Resources are imported and built on first use: a program's view
    has hundreds of models, and most programs touch a few resources only.
    """

    @cached_property
    def partners(self) -> AsyncPartnersResource:
        from .api.partners import AsyncPartnersResource

        return AsyncPartnersResource(self)

    @cached_property
    def coupons(self) -> AsyncCouponsResource:
        from .api.coupons import AsyncCouponsResource

        return AsyncCouponsResource(self)

    @cached_property
    def promotion_codes(self) -> AsyncPromotionCodesResource:
        from .api.promotion_codes import AsyncPromotionCodesResource

        return AsyncPromotionCodesResource(self)

    @cached_property
    def leads(self) -> AsyncLeadsResource:
        from .api.leads import AsyncLeadsResource

        return AsyncLeadsResource(self)

    @cached_property
    def partner_referral_links(self) -> AsyncPartnerReferralLinksResource:
        from .api.partner_referral_links import AsyncPartnerReferralLinksResource

        return AsyncPartnerReferralLinksResource(self)

    @cached_property
    def payout_requests(self) -> AsyncPayoutRequestsResource:
        from .api.payout_requests import AsyncPayoutRequestsResource

        return AsyncPayoutRequestsResource(self)

    @cached_property
    def settings(self) -> AsyncSettingsResource:
        from .api.settings import AsyncSettingsResource

        return AsyncSettingsResource(self)

    @cached_property
    def customers(self) -> AsyncCustomersResource:
        from .api.customers import AsyncCustomersResource

        return AsyncCustomersResource(self)

    @cached_property
    def transactions(self) -> AsyncTransactionsResource:
        from .api.transactions import AsyncTransactionsResource

        return AsyncTransactionsResource(self)

    @cached_property
    def program(self) -> AsyncProgramResource:
        from .api.program import AsyncProgramResource

        return AsyncProgramResource(self)

    @cached_property
    def test(self) -> AsyncTestResource:
        from .api.test import AsyncTestResource

        return AsyncTestResource(self)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResource:
        from .api.webhooks import AsyncWebhooksResource

        return AsyncWebhooksResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncAffiliateClientWithRawResponse:
        return AsyncAffiliateClientWithRawResponse(self)

    async def key_program_type(self) -> str | None:
        """The program type of this client's key (affiliate, referral, newsletter), from the key
        check, or None when the replies do not say. Asked once per configuration, then kept."""
        cached = self.__dict__.get("_key_program_type")
        if cached is not None and cached[0] is self._config:
            return str(cached[1]) if cached[1] else None
        found: str | None = None
        try:
            for path in (KEY_CHECK_PATH, PROGRAM_PATH):
                found = program_type_from(
                    await super()._request({"method": "GET", "url": path}, read_json, None)
                )
                if found:
                    break
        except PartneroError:
            found = None
        self.__dict__["_key_program_type"] = (self._config, found)
        return found

    async def _request(self, spec: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return await super()._request(spec, *args, **kwargs)
        except (NotFoundError, ResponseValidationError) as error:
            wrong = (
                mismatch(PROGRAM_TYPE, await self.key_program_type(), error)
                if _worth_checking(spec, error)
                else None
            )
            if wrong is None:
                raise
            raise wrong from error


__all__ = ["AsyncAffiliateClient", "AffiliateClient", "WrongProgramError"]
