"""Request logging under the `partnero_client` logger, with credentials redacted."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

logger = logging.getLogger("partnero_client")

_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("<redacted>" if k.lower() in _SECRET_HEADERS else v) for k, v in headers.items()}


def configure_from_env() -> None:
    """`PARTNERO_LOG=debug` (or info) turns on logging to stderr without touching other loggers."""
    level = os.environ.get("PARTNERO_LOG", "").strip().upper()
    if level not in ("DEBUG", "INFO"):
        return
    logger.setLevel(level)
    if not any(getattr(h, "_partnero", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler._partnero = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
