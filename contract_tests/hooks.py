"""Schemathesis hooks for CLI runs (loaded through SCHEMATHESIS_HOOKS by contract_tests.run).

Registers our own checks and, when writes are allowed against a live API, records every record
the run creates so the runner can delete it afterwards.
"""

from __future__ import annotations

import json
import os
from typing import Any

import schemathesis

from . import checks  # noqa: F401  (registers our own contract checks)

CREATED_LOG = "PARTNERO_CONTRACT_CREATED_LOG"


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    log = os.environ.get(CREATED_LOG)
    if not log or case.method.upper() != "POST" or not 200 <= response.status_code < 300:
        return
    try:
        data = json.loads(response.content).get("data")
    except (ValueError, AttributeError):
        return
    for record in data if isinstance(data, list) else [data]:
        if isinstance(record, dict):
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(json.dumps({"path": case.path, "record": record}) + "\n")
