"""The spec linters run at once but report in a fixed order, and a failing one stops generation."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from generator import pipeline, speclint


def _script(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def _fake_linters(monkeypatch: pytest.MonkeyPatch, *, spectral_fails: bool) -> None:
    def commands(files: Sequence[Path]) -> list[tuple[str, list[str]]]:
        return [
            # The slowest linter comes first, so a result printed in finishing order would differ.
            ("redocly", _script("import time; time.sleep(0.3); print('npm' + ' warn'); print('valid')")),
            ("spectral", _script(f"import sys; print('findings'); sys.exit({int(spectral_fails)})")),
        ]

    monkeypatch.setattr(speclint, "_commands", commands)


def test_outputs_come_in_a_fixed_order_and_together(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _fake_linters(monkeypatch, spectral_fails=False)
    started = time.monotonic()
    assert speclint.start(Path("spec.yaml"), []).finish() is True
    assert time.monotonic() - started < 3  # concurrent, though each is a process of its own
    out = capsys.readouterr().out
    assert out.index("valid") < out.index("findings")
    assert "npm warn" not in out  # redocly's Node warnings are filtered as before


def test_a_failing_linter_leaves_the_output_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fake_linters(monkeypatch, spectral_fails=True)

    def build(workdir: Path, views: object = None) -> Path:
        package = workdir / pipeline.PACKAGE
        package.mkdir()
        (package / "new.py").write_text("", encoding="utf-8")
        return package

    monkeypatch.setattr(pipeline, "build", build)
    out = tmp_path / "out"
    assert pipeline.main(["--lint", str(tmp_path / "views"), "--out", str(out)]) == 1
    assert not out.exists()
    assert "spectral failed (1)" in capsys.readouterr().out
    assert sorted(p.name for p in (tmp_path / "views").iterdir()) == [
        f"{p}.yaml" for p in sorted(pipeline.program_views(pipeline.load_source()))
    ]


def test_the_linters_run_on_the_pinned_node_with_its_compile_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speclint, "NODE", Path(sys.executable))  # a file that exists
    commands = dict(speclint._commands([Path("spec.yaml")]))
    assert [cmd[:2] for cmd in commands.values()] == [
        [sys.executable, str(speclint.NODE_BIN / "redocly")],
        [sys.executable, str(speclint.NODE_BIN / "spectral")],
    ]
    assert speclint._shown(commands["redocly"]) == "redocly lint --format=stylish spec.yaml"
    monkeypatch.delenv("NODE_COMPILE_CACHE", raising=False)
    assert speclint._environment()["NODE_COMPILE_CACHE"] == str(
        speclint.ROOT / "build" / "node-compile-cache"
    )
    monkeypatch.setenv("NODE_COMPILE_CACHE", "elsewhere")  # bench/generate.sh keeps its own
    assert speclint._environment()["NODE_COMPILE_CACHE"] == "elsewhere"


def test_without_the_pinned_node_each_cli_starts_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speclint, "NODE", Path("no-such-node"))
    commands = dict(speclint._commands([Path("spec.yaml")]))
    assert commands["spectral"][0] == str(speclint.NODE_BIN / "spectral")
    assert speclint._shown(commands["spectral"]).startswith("spectral lint ")


@pytest.mark.skipif(not speclint.NODE.exists(), reason="node_modules not installed")
def test_the_pinned_node_keeps_a_compile_cache() -> None:
    # Node 20 has no compile cache: with it, NODE_COMPILE_CACHE would be ignored silently.
    out = subprocess.run(
        [str(speclint.NODE), "-p", "typeof require('node:module').enableCompileCache"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip() == "function"


def test_the_linters_start_before_the_generator_loads_its_libraries() -> None:
    # `python -m generator --lint` starts the linters right after writing the views; the
    # generator's libraries (openapi-python-client, Jinja: about a second) load afterwards.
    libraries = "{'openapi_python_client', 'jinja2'}"
    code = f"import sys, generator.pipeline; print(sorted({libraries} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
