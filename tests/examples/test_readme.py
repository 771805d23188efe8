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


def test_the_first_screen_serves_users_then_contributors() -> None:
    first = README.splitlines()[:40]
    text = "\n".join(first)
    install = next(i for i, line in enumerate(first) if 'pip install "partnero-client[mock]"' in line)
    serve = next(i for i, line in enumerate(first) if "partnero-mock --port 4010" in line)
    call = next(i for i, line in enumerate(first) if "127.0.0.1:4010" in line and "Client(" in line)
    contribute = [i for i, line in enumerate(first) if line.startswith(("$ make generate", "$ make test"))]
    assert install < serve < call < min(contribute), "install, mock and first call come before contributing"
    assert len(contribute) == 2
    assert "make mock" not in "\n".join(first[: min(contribute)]), (
        "users start the mock without the dev toolchain"
    )
    assert "Python ≥ 3.11" in text and "Node.js ≥ 20" in text
