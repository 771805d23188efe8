"""The mock's import structure: what import-linter cannot see."""

from __future__ import annotations

import ast
from pathlib import Path

import partnero_mock.domain
from partnero_mock.domain import webhooks
from partnero_mock.domain.program import ProgramRegistry

DOMAIN = Path(partnero_mock.domain.__file__).parent


def test_no_domain_module_hides_an_import_in_a_function_body() -> None:
    hidden = []
    for path in sorted(DOMAIN.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Import | ast.ImportFrom):
                    hidden.append(f"{path.relative_to(DOMAIN)}:{node.lineno}")
    assert hidden == []


def test_the_program_does_not_call_out_when_an_event_is_emitted() -> None:
    """Webhooks read emitted events; emitting only records them."""

    program = ProgramRegistry().get("test_affiliate_layout")
    assert program is not None
    webhooks.create_webhook(
        program, {"name": "n", "url": "https://example.com/h", "events": ["partner.created"]}
    )
    program.emit("partner.created", {"id": "p1"})
    assert [event.name for event in program.events] == ["partner.created"]
    assert program.deliveries == []
    webhooks.deliver_pending(program)
    webhooks.deliver_pending(program)  # each event is delivered once
    assert [delivery.event for delivery in program.deliveries] == ["partner.created"]
