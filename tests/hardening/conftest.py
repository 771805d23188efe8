"""Collects the hardening figures and prints them in pytest's terminal summary, so every run
(CI included, where test output is captured) shows how many cases each group tried and whether
anything escaped."""

from __future__ import annotations

from collections import Counter
from typing import Any

FIGURES: dict[str, str] = {}


def record(name: str, figures: str) -> None:
    FIGURES[name] = figures


def pytest_terminal_summary(terminalreporter: Any) -> None:
    per_module: dict[str, Counter[str]] = {}
    for outcome in ("passed", "failed", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            nodeid = getattr(report, "nodeid", "")
            if nodeid.startswith("tests/hardening/") and getattr(report, "when", "call") == "call":
                per_module.setdefault(nodeid.split("::")[0], Counter())[outcome] += 1
    if not (FIGURES or per_module):
        return
    terminalreporter.section("hardening figures")
    for module, counts in sorted(per_module.items()):
        terminalreporter.write_line(f"{module}: {dict(counts)}")
    for name, figures in sorted(FIGURES.items()):
        terminalreporter.write_line(f"{name}: {figures}")
