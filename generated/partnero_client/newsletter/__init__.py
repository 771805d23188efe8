"""Typed client for Partnero newsletter programs (generated from the newsletter view)."""

from .client import AsyncNewsletterClient, NewsletterClient

__all__ = ["AsyncNewsletterClient", "NewsletterClient"]
