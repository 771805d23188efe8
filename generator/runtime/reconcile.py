"""Resolving a create whose outcome is unknown, so a write happens exactly once.

Partnero has no idempotency keys. When a create fails after the request was sent (a 5xx, a reset
connection, a timeout), the record may or may not exist. With reconciliation on (per client
`reconcile_writes=True`, per call `RequestOptions(reconcile=True)`), the client looks it up by
what the caller sent, where the API offers a lookup that names one record:

- sale (POST /v1/transactions, affiliate and refer-a-friend): by its `key`,
  GET /v1/transactions/{key}; the caller must give each sale a key of its own (Partnero does not
  make keys unique, and a read by key returns the newest);
- partner (POST /v1/partners): by `id` if given, else by `email` (unique per program);
- customer (POST /v1/customers): by `key` (unique per program);
- subscriber (POST /v1/subscribers, newsletter): by `email` (unique per program).

If the record is there, the call returns it as if the create had answered; if not, the create is
sent again. Everything else (sales without a key, batches of sales, coupons, webhooks,
state-changing GETs such as `leads.convert`) is not reconciled: the ambiguous error is raised as
before.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import attrs
import httpx


@attrs.frozen
class Lookup:
    """GET requests that may find the record, and the test that a reply shows it."""

    specs: tuple[dict[str, Any], ...]
    matches: Callable[[dict[str, Any]], bool]

    def requests(self) -> tuple[dict[str, Any], ...]:
        return self.specs

    def match(self, reply: httpx.Response) -> httpx.Response | None:
        """The reply rewritten as the create's `{"data": record}` when it holds the record."""
        try:
            data = json.loads(reply.content).get("data")
        except (ValueError, AttributeError, RecursionError):
            return None
        candidates = data if isinstance(data, list) else [data]
        for record in candidates:
            if isinstance(record, dict) and self.matches(record):
                return httpx.Response(200, json={"data": record, "status": 1}, request=reply.request)
        return None


def _text(body: dict[str, Any], name: str) -> str | None:
    value = body.get(name)
    return value if isinstance(value, str) and value else None


def _get(path: str, value: str) -> dict[str, Any]:
    return {"method": "GET", "url": path.format(quote(value, safe=""))}


def _same(name: str, value: str) -> Callable[[dict[str, Any]], bool]:
    return lambda record: isinstance(record.get(name), str) and record[name].lower() == value.lower()


def _transaction(body: dict[str, Any], program: str) -> Lookup | None:
    key = _text(body, "key")
    if program not in ("affiliate", "referral") or key is None or body.get("transactions"):
        return None
    return Lookup((_get("/v1/transactions/{}", key),), lambda r: r.get("key") == key)


def _partner(body: dict[str, Any], program: str) -> Lookup | None:
    if program != "affiliate":
        return None
    if (partner_id := _text(body, "id")) is not None:
        return Lookup((_get("/v1/partners/{}", partner_id),), lambda r: r.get("id") == partner_id)
    if (email := _text(body, "email")) is not None:
        search = {"method": "GET", "url": "/v1/partners:search", "params": {"email": email}}
        return Lookup((search,), _same("email", email))
    return None


def _customer(body: dict[str, Any], program: str) -> Lookup | None:
    key = _text(body, "key")
    if key is None or program not in ("affiliate", "referral"):
        return None
    return Lookup((_get("/v1/customers/{}", key),), lambda r: r.get("key") == key)


def _subscriber(body: dict[str, Any], program: str) -> Lookup | None:
    email = _text(body, "email")
    if email is None or program != "newsletter":
        return None
    return Lookup((_get("/v1/subscribers/{}", email),), _same("email", email))


_BY_ROUTE: dict[str, Callable[[dict[str, Any], str], Lookup | None]] = {
    "/v1/transactions": _transaction,
    "/v1/partners": _partner,
    "/v1/customers": _customer,
    "/v1/subscribers": _subscriber,
}


def find_lookup(spec: dict[str, Any], program: str) -> Lookup | None:
    """How to find what this create may have made, or None where the API offers no way."""
    if spec.get("method", "").upper() != "POST":
        return None
    build = _BY_ROUTE.get(spec.get("url", ""))
    body = spec.get("json")
    if build is None or not isinstance(body, dict):
        return None
    return build(body, program)
