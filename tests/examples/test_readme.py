"""The README's Python snippets that talk to the mock run as written (against a fresh mock)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
SNIPPETS = [block for block in re.findall(r"```python\n(.*?)```", README, re.S) if "127.0.0.1:4010" in block]


def test_the_readme_has_runnable_snippets() -> None:
    assert len(SNIPPETS) >= 2


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda s: s.splitlines()[0][:40])
def test_readme_snippet_runs(snippet: str, partnero_mock: Any) -> None:
    code = snippet.replace("http://127.0.0.1:4010", partnero_mock.base_url)
    exec(compile(code, "README.md", "exec"), {"__name__": "readme"})
