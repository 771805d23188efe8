"""pyright --strict on user_code.py (mypy --strict checks it in `make lint`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"


@pytest.mark.skipif(not PYRIGHT.exists(), reason="pyright is installed by `npm ci` (package.json)")
def test_user_code_passes_pyright_strict(tmp_path: Path) -> None:
    config = {
        "typeCheckingMode": "strict",
        "pythonVersion": f"{sys.version_info.major}.{sys.version_info.minor}",
    }
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    result = subprocess.run(
        [
            *[str(PYRIGHT), "--project", str(tmp_path), "--pythonpath", sys.executable, "--outputjson"],
            str(Path(__file__).with_name("user_code.py")),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(result.stdout)
    problems = [f"{d['range']['start']['line'] + 1}: {d['message']}" for d in report["generalDiagnostics"]]
    assert report["summary"]["filesAnalyzed"] == 1
    assert problems == [], "\n".join(problems)
