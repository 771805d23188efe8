"""Write `<program>/webhooks.py`: a delivery parser that types `data` per event name.

The view's 3.1 `webhooks` section names each event's payload schema; where the payload's `data`
is a component, its generated model parses it. The verification itself is the runtime's
(`_core/webhooks.py`), written once for every program.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.strings import ClassName

_REF = "#/components/schemas/"


def _schema(view: dict[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 10:
        node = view.get("components", {}).get("schemas", {}).get(node["$ref"].removeprefix(_REF), {})
        seen += 1
    return node


def _data_model(view: dict[str, Any], operation: dict[str, Any]) -> str | None:
    payload = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    envelope = _schema(view, payload)
    parts = (
        [envelope, *(_schema(view, p) for p in envelope.get("allOf", []))]
        if isinstance(envelope, dict)
        else []
    )
    for part in parts:
        data = part.get("properties", {}).get("data") if isinstance(part, dict) else None
        if isinstance(data, dict) and "$ref" in data and data["$ref"].startswith(_REF):
            target = _schema(view, data)
            if isinstance(target, dict) and target.get("type") == "object":
                return str(ClassName(data["$ref"].removeprefix(_REF), ""))
    return None


def event_models(view: dict[str, Any]) -> dict[str, str]:
    """Event name -> generated model class of its `data`, for every typed event of the view."""
    found = {}
    for event, item in view.get("webhooks", {}).items():
        model = _data_model(view, item.get("post", {}))
        if model:
            found[event] = model
    return dict(sorted(found.items()))


def render(view: dict[str, Any], program: str) -> str:
    models = event_models(view)
    imports = "".join(f"from .models import {name}\n" for name in sorted(set(models.values())))
    table = "".join(f'    "{event}": {model}.from_dict,\n' for event, model in models.items())
    events = ", ".join(sorted(view.get("webhooks", {}))) or "none described"
    return f'''"""Webhook deliveries of {program} programs: verify, then parse with `data` typed per event.

Events described for this program type: {events}.
"""

from collections.abc import Callable, Mapping
from typing import Any

from .._core.errors import MODEL_MISFITS
from .._core.webhooks import (
    WebhookEvent,
    WebhookPayloadError,
    WebhookVerificationError,
    build_event,
    read_envelope,
    signature_from,
    verify_signature,
)
{imports}
DATA_PARSERS: dict[str, Callable[[Mapping[str, Any]], Any]] = {{
{table}}}


def construct_event(payload: bytes, signature: str | None, secret: str) -> WebhookEvent[Any]:
    """Check the `Signature` header against the raw body, then parse the envelope.

    `data` is the event's model when the event is known, otherwise the decoded JSON as sent.
    Raises WebhookVerificationError (bad or missing signature) or WebhookPayloadError.
    """
    envelope = read_envelope(payload, signature, secret)
    data = envelope.get("data")
    parse = DATA_PARSERS.get(envelope["event"])
    if parse is not None and isinstance(data, Mapping):
        try:
            data = parse(data)
        except MODEL_MISFITS as exc:
            message = f"The {{envelope['event']}} data does not fit its schema: {{exc}}"
            raise WebhookPayloadError(message) from None
    return build_event(envelope, data)


__all__ = [
    "DATA_PARSERS",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "construct_event",
    "signature_from",
    "verify_signature",
]
'''
