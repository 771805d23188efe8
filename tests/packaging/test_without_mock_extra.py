"""Installed without the ``mock`` extra, the mock's command and plugin say what to install.

The packages of the extra are hidden from a child interpreter (a ``None`` entry in
``sys.modules`` makes their import fail, as it does when they are not installed).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

HIDE = "import sys\nfor name in {names!r}: sys.modules[name] = None\n"


def _run(names: tuple[str, ...], code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", HIDE.format(names=names) + code],
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("missing", [("uvicorn",), ("starlette",), ("starlette", "uvicorn")])
def test_command_prints_one_line_hint(missing: tuple[str, ...]) -> None:
    proc = _run(missing, "from partnero_mock.cli import main\nmain(['--port', '0'])")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "pip install 'partnero-client[mock]'" in lines[0]
    assert all(name in lines[0] for name in missing)


def test_yaml_seed_needs_pyyaml_and_says_so() -> None:
    proc = _run(("yaml",), "from partnero_mock.cli import main\nmain(['--seed', 'demo.yaml'])")
    assert proc.returncode == 1
    assert "partnero-client[mock]" in proc.stderr and "yaml" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_plugin_fixture_names_the_extra() -> None:
    proc = _run(
        ("uvicorn",),
        "from partnero_mock.pytest_plugin import start_server\n"
        "from partnero_mock.extra import MockExtraMissing\n"
        "try:\n    start_server()\nexcept MockExtraMissing as exc:\n    print('hint:', exc)\n",
    )
    assert proc.returncode == 0, proc.stderr
    assert "hint: the Partnero mock needs the mock extra" in proc.stdout
    assert "uvicorn not installed" in proc.stdout
