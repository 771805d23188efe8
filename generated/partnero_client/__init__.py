"""Typed Python client for the Partnero API.

An API key belongs to one program, and the program's type decides the API's shape, so there is a
client per program type: affiliate, referral, newsletter. They share configuration, retries, pagination and
errors. Program clients are imported on first use to keep `import partnero_client` light.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._core.errors import *  # noqa: F403
from ._core.errors import __all__ as _error_names
from ._core.http import RequestOptions
from ._core.pagination import AsyncPage, SyncPage
from ._core.response import RawResponse
from ._core.version import __version__

if TYPE_CHECKING:
    from ._core.transports import DefaultAioHttpClient as DefaultAioHttpClient
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
    # Imports aiohttp, so only on use (the aiohttp extra).
    "DefaultAioHttpClient": "._core.transports",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    *_error_names,
    *_LAZY,
    "AsyncPage",
    "RawResponse",
    "RequestOptions",
    "SyncPage",
    "__version__",
]
