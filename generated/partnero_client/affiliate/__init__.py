"""Typed client for Partnero affiliate programs (generated from the affiliate view)."""

from .client import AffiliateClient, AsyncAffiliateClient

__all__ = ["AsyncAffiliateClient", "AffiliateClient"]
