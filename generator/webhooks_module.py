"""What `<program>/webhooks.py` offers: a delivery parser that types `data` per event name.

The view's 3.1 `webhooks` section names each event's payload schema; where the payload's `data`
is a component, its generated model parses it. The verification itself is the runtime's
(`_core/webhooks.py`), written once for every program.
"""

from __future__ import annotations

import re
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


def event_class(event: str) -> str:
    """`partner.created` -> `PartnerCreatedEvent`: the class of one event name's deliveries."""
    return "".join(part.capitalize() for part in re.split(r"[^A-Za-z0-9]+", event) if part) + "Event"


def events(view: dict[str, Any]) -> dict[str, Any]:
    """What the webhooks template lays out: per typed event its class and data model, and every
    event name described."""
    models = event_models(view)
    classes = {event: event_class(event) for event in models}
    if len(set(classes.values())) != len(classes):
        raise ValueError(f"two webhook events give one class name: {classes}")
    return {"models": models, "classes": classes, "names": sorted(view.get("webhooks", {}))}
