"""Which operations must never be sent twice, read from the spec for the templates.

A GET is normally safe to repeat, but a few of Partnero's change state (`leads.convert` books a
sale). The spec marks those with `x-partnero-state-changing: true`; their endpoint modules then
set `RequestSpec["retry_safe"] = False`, which the runtime's retry rules obey (see
runtime/retry.py). openapi-python-client does not hand extensions to templates, so the decision
is made here and given to the templates as a generated Jinja file.
"""

from __future__ import annotations

import json
from typing import Any

STATE_CHANGING_KEY = "x-partnero-state-changing"
FACTS_TEMPLATE = "view_facts.jinja"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def state_changing_routes(view: dict[str, Any]) -> list[str]:
    """`"get /v1/leads/convert"`-style keys (as the templates see endpoints) of marked operations."""
    routes = []
    for path, item in view.get("paths", {}).items():
        for method in _METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and operation.get(STATE_CHANGING_KEY) is True:
                routes.append(f"{method} {path}")
    return sorted(routes)


def facts_template(view: dict[str, Any]) -> str:
    """The Jinja file the endpoint template imports its per-view facts from."""
    return "{% set not_retry_safe = " + json.dumps(state_changing_routes(view)) + " %}\n"
