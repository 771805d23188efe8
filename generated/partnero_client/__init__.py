"""Typed Python client for the Partnero API.

An API key belongs to one program, and the program's type decides the API's shape, so there is a
client per program type: affiliate, referral, newsletter. They share configuration, retries, pagination and
errors. Program clients are imported on first use to keep `import partnero_client` light.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._core.errors import *  # noqa: F403
from ._core.errors import PartneroError
from ._core.errors import __all__ as _error_names
from ._core.http import RequestOptions
from ._core.version import __version__

if TYPE_CHECKING:
    from ._core.pagination import AsyncPage as AsyncPage
    from ._core.pagination import SyncPage as SyncPage
    from ._core.programs import WrongProgramError as WrongProgramError
    from ._core.response import RawResponse as RawResponse
    from ._core.transports import DefaultAioHttpClient as DefaultAioHttpClient
    from ._core.webhooks import WebhookPayloadError as WebhookPayloadError
    from ._core.webhooks import WebhookVerificationError as WebhookVerificationError
    from .affiliate import AffiliateClient as AffiliateClient
    from .affiliate import AsyncAffiliateClient as AsyncAffiliateClient
    from .newsletter import AsyncNewsletterClient as AsyncNewsletterClient
    from .newsletter import NewsletterClient as NewsletterClient
    from .referral import AsyncReferralClient as AsyncReferralClient
    from .referral import ReferralClient as ReferralClient

_LAZY = {
    "AffiliateClient": ".affiliate",
    "AsyncAffiliateClient": ".affiliate",
    "AsyncReferralClient": ".referral",
    "ReferralClient": ".referral",
    "AsyncNewsletterClient": ".newsletter",
    "NewsletterClient": ".newsletter",
    # What a first call does not need loads when it is first named.
    "AsyncPage": "._core.pagination",
    "RawResponse": "._core.response",
    "SyncPage": "._core.pagination",
    "WrongProgramError": "._core.programs",
    # Imports aiohttp, so only on use (the aiohttp extra).
    "DefaultAioHttpClient": "._core.transports",
    # Webhook errors are PartneroErrors too; their module loads only when they are asked for.
    "WebhookPayloadError": "._core.webhooks",
    "WebhookVerificationError": "._core.webhooks",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def client_for_key(
    api_key: str | None = None, **options: Any
) -> "AffiliateClient | ReferralClient | NewsletterClient":
    """The program client for the key's program type, asked of the key check (`GET /v1/test`).

    Args:
        api_key: The key; defaults to the PARTNERO_API_KEY environment variable.
        **options: Anything the program clients take (base_url, timeout, max_retries, ...).

    Raises:
        AuthenticationError: the key is not accepted.
        PartneroError: the replies do not say which program type the key belongs to.
    """
    from ._core.programs import CLIENT_NAMES
    from .affiliate import AffiliateClient  # every program type has the key check

    with AffiliateClient(api_key=api_key, **options) as probe:
        found = probe.key_program_type()
    if found not in _CLIENTS:
        raise PartneroError("The key check did not say which program type the key belongs to.")
    client: Any = getattr(import_module(f".{found}", __name__), CLIENT_NAMES[found])
    return client(api_key=api_key, **options)  # type: ignore[no-any-return]


async def async_client_for_key(
    api_key: str | None = None, **options: Any
) -> "AsyncAffiliateClient | AsyncReferralClient | AsyncNewsletterClient":
    """`client_for_key` for the async clients."""
    from ._core.programs import CLIENT_NAMES
    from .affiliate import AsyncAffiliateClient

    async with AsyncAffiliateClient(api_key=api_key, **options) as probe:
        found = await probe.key_program_type()
    if found not in _CLIENTS:
        raise PartneroError("The key check did not say which program type the key belongs to.")
    client: Any = getattr(import_module(f".{found}", __name__), "Async" + CLIENT_NAMES[found])
    return client(api_key=api_key, **options)  # type: ignore[no-any-return]


_CLIENTS = frozenset(
    {
        "affiliate",
        "referral",
        "newsletter",
    }
)

__all__ = [
    *_error_names,
    *_LAZY,
    "RequestOptions",
    "__version__",
    "async_client_for_key",
    "client_for_key",
]
