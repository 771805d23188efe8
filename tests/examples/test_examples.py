"""Every script in examples/ runs cleanly against a fresh mock program."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SCRIPTS = sorted(p for p in EXAMPLES.glob("*.py") if not p.name.startswith("_"))

EXPECTED_OUTPUT = {
    "partners_quickstart.py": ["created", "restored; status now active"],
    "errors_and_retries.py": ["404:", "422 on: email", "raw reply:"],
    "async_partners.py": ["created 6 partners concurrently", "iterated 6 partners"],
    "webhook_receiver.py": ["genuine delivery -> 200", "tampered delivery -> 401"],
}


def test_every_example_has_expectations() -> None:
    assert sorted(p.name for p in SCRIPTS) == sorted(EXPECTED_OUTPUT)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_example_runs(script: Path, partnero_mock: Any) -> None:
    env = {
        **os.environ,
        "PARTNERO_BASE_URL": partnero_mock.base_url,
        "PARTNERO_API_KEY": partnero_mock.api_key,
    }
    result = subprocess.run(
        [sys.executable, str(script)], cwd=EXAMPLES, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    for expected in EXPECTED_OUTPUT[script.name]:
        assert expected in result.stdout, result.stdout
