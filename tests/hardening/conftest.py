"""Collects the hardening figures and prints them in pytest's terminal summary, so every run
(CI included, where test output is captured) shows how many cases each group tried and whether
anything escaped.

Each area of issue 15 keeps an `Area` tally: cases tried, escapes (anything raised that is not a
PartneroError), hangs (a case slower than its bound), key leaks (the key in what an error shows)
and double-applied writes (counted by the mock). The summary prints all five for every area.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from partnero_client import PartneroError

FIGURES: dict[str, str] = {}
HANG_SECONDS = 10.0


def record(name: str, figures: str) -> None:
    FIGURES[name] = figures


@dataclass
class Area:
    name: str
    cases: int = 0
    escapes: int = 0
    hangs: int = 0
    key_leaks: int = 0
    double_applied: int = 0
    notes: dict[str, str] = field(default_factory=dict)

    def run(
        self, call: Callable[[], Any], *, key: str | None = None, hang_after: float = HANG_SECONDS
    ) -> Any:
        """Run one case: its result, or the exception it raised (never raised on)."""
        self.cases += 1
        started = time.monotonic()
        try:
            outcome: Any = call()
        except BaseException as exc:  # noqa: BLE001 - classifying exactly what came out
            outcome = exc
            if not isinstance(exc, PartneroError):
                self.escapes += 1
            self.leak_check(f"{exc!s}\n{exc!r}", key)
        if time.monotonic() - started > hang_after:
            self.hangs += 1
        return outcome

    def leak_check(self, text: str, key: str | None) -> None:
        if key is not None and key in text:
            self.key_leaks += 1

    def line(self) -> str:
        notes = "".join(f"; {k}: {v}" for k, v in self.notes.items())
        return (
            f"{self.cases} cases, {self.escapes} escapes, {self.hangs} hangs, {self.key_leaks} key leaks, "
            f"{self.double_applied} double-applied writes{notes}"
        )


AREAS: dict[str, Area] = {}


def area(name: str) -> Area:
    return AREAS.setdefault(name, Area(name))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    per_module: dict[str, Counter[str]] = {}
    for outcome in ("passed", "failed", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            nodeid = getattr(report, "nodeid", "")
            if nodeid.startswith("tests/hardening/") and getattr(report, "when", "call") == "call":
                per_module.setdefault(nodeid.split("::")[0], Counter())[outcome] += 1
    if not (FIGURES or per_module or AREAS):
        return
    terminalreporter.section("hardening figures")
    for module, counts in sorted(per_module.items()):
        terminalreporter.write_line(f"{module}: {dict(counts)}")
    for name, figures in sorted(FIGURES.items()):
        terminalreporter.write_line(f"{name}: {figures}")
    for name, tally in sorted(AREAS.items()):
        terminalreporter.write_line(f"{name}: {tally.line()}")
