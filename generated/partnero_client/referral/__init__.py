"""Typed client for Partnero referral programs (generated from the referral view)."""

from .client import AsyncReferralClient, ReferralClient

__all__ = ["AsyncReferralClient", "ReferralClient"]
