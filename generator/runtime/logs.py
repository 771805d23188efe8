"""Request logging under the `partnero_client` logger, with credentials redacted.

`PARTNERO_LOG=info` logs each request, each response and each retry with its wait; `debug` adds
the (redacted) headers. The handler that setting installs stays quiet once the application has
configured logging itself (a handler on the root logger), so lines are never printed twice.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

import httpx

from .config import redact_url

if TYPE_CHECKING:
    from .calls import CallPlan, Retry
    from .outgoing import Outgoing

logger = logging.getLogger("partnero_client")

_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("<redacted>" if k.lower() in _SECRET_HEADERS else v) for k, v in headers.items()}


class _FallbackHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to stderr only while nothing else would: records also propagate to the root
    logger, and once that has handlers the application's own setup prints them."""

    def emit(self, record: logging.LogRecord) -> None:
        if logging.getLogger().handlers:
            return
        super().emit(record)


def configure_from_env() -> None:
    """`PARTNERO_LOG=debug` (or info) turns on logging to stderr without touching other loggers."""
    level = os.environ.get("PARTNERO_LOG", "").strip().upper()
    if level not in ("DEBUG", "INFO"):
        return
    logger.setLevel(level)
    if not any(isinstance(h, _FallbackHandler) for h in logger.handlers):
        handler = _FallbackHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


def _url(url: httpx.URL | str) -> str:
    return redact_url(str(url))


def request(outgoing: Outgoing, attempt: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        sent = outgoing.request  # the headers as httpx sends them (Host, Content-Length...)
        logger.debug(
            "request %s %s attempt=%d headers=%s",
            sent.method,
            _url(sent.url),
            attempt + 1,
            # BearerAuth adds the key as the request goes out, after this line is written.
            {**redact_headers(sent.headers), "authorization": "<redacted>"},
        )
    elif logger.isEnabledFor(logging.INFO):
        logger.info("request %s %s attempt=%d", outgoing.method, _url(outgoing.url), attempt + 1)


def response(outgoing: Outgoing, response: httpx.Response, elapsed: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "response %s %s -> %d in %.1f ms headers=%s",
            outgoing.method,
            _url(outgoing.url),
            response.status_code,
            elapsed * 1000,
            redact_headers(response.headers),
        )
    elif logger.isEnabledFor(logging.INFO):
        logger.info(
            "response %s %s -> %d in %.1f ms",
            outgoing.method,
            _url(outgoing.url),
            response.status_code,
            elapsed * 1000,
        )


def retry(plan: CallPlan, step: Retry) -> None:
    if not logger.isEnabledFor(logging.INFO):
        return
    url = _url(plan.outgoing.url)
    if step.give_up is not None:
        logger.info(
            "lookup %s %s after %s in %.2f s: no retries left, the record may exist",
            plan.outgoing.method,
            url,
            step.reason,
            step.delay,
        )
        return
    logger.info(
        "retry %s %s after %s in %.2f s (retry %d of %d)%s",
        plan.outgoing.method,
        url,
        step.reason,
        step.delay,
        plan.attempt + 1,
        plan.retries,
        ", looking the record up first" if step.lookup_first else "",
    )
