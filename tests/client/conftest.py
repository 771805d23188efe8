"""Prints the every-method figures (tests/client/test_every_method.py) in pytest's terminal
summary: how many calls each form made and how they ended."""

from __future__ import annotations

from collections import Counter
from typing import Any

OUTCOMES: Counter[str] = Counter()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not OUTCOMES:
        return
    terminalreporter.section("every-method figures")
    total = sum(OUTCOMES.values())
    successes = sum(n for name, n in OUTCOMES.items() if name.endswith("success"))
    terminalreporter.write_line(
        f"{total} calls against the mock, {successes} successful, the rest error statuses:"
    )
    for name, count in sorted(OUTCOMES.items()):
        terminalreporter.write_line(f"  {name}: {count}")
