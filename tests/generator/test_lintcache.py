"""A kept linter pass is replayed only for the very same bytes; any change lints again."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from generator import lintcache, speclint


def _counting_linter(monkeypatch: pytest.MonkeyPatch, runs: Path) -> None:
    """One fake linter that records each real run and fails on a spec containing 'bad'."""
    code = (
        "import sys; open(sys.argv[1], 'a').write('run\\n'); text = open(sys.argv[2]).read(); "
        "print('findings' if 'bad' in text else 'clean'); sys.exit('bad' in text)"
    )

    def commands(files: Sequence[Path]) -> list[tuple[str, list[str]]]:
        return [("fake", [sys.executable, "-c", code, str(runs), *map(str, files)])]

    monkeypatch.setattr(speclint, "_commands", commands)


def _lint(spec: Path, cache: lintcache.LintCache) -> bool:
    return speclint.start(spec, [], cache).finish()


def test_unchanged_bytes_replay_and_a_changed_spec_lints_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    runs, spec = tmp_path / "runs.txt", tmp_path / "spec.yaml"
    _counting_linter(monkeypatch, runs)
    cache = lintcache.LintCache(tmp_path / "cache")
    spec.write_text("openapi: 3.1.0\n", encoding="utf-8")
    assert _lint(spec, cache) and _lint(spec, cache)
    assert runs.read_text().count("run") == 1  # the second verdict was replayed
    assert "kept from an earlier run" in capsys.readouterr().out.split("$ ")[-1]

    spec.write_text("openapi: 3.1.0\nbad: true\n", encoding="utf-8")
    assert not _lint(spec, cache)  # the changed spec was linted, and its findings shown
    assert runs.read_text().count("run") == 2
    assert "findings" in capsys.readouterr().out
    assert not _lint(spec, cache)  # a failure is never kept: the linter runs again
    assert runs.read_text().count("run") == 3
    spec.write_text("openapi: 3.1.0\n", encoding="utf-8")
    assert _lint(spec, cache)  # back to bytes that passed before: replayed
    assert runs.read_text().count("run") == 3


def test_a_changed_linter_config_or_version_lints_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.1.0\n", encoding="utf-8")
    config = tmp_path / "redocly.yaml"
    config.write_text("extends: [recommended]\n", encoding="utf-8")
    monkeypatch.setattr(lintcache, "LINTER_INPUTS", (str(config),))
    before = lintcache.key("redocly", ["redocly", "lint", str(spec)], [spec])
    config.write_text("extends: [recommended-strict]\n", encoding="utf-8")
    assert lintcache.key("redocly", ["redocly", "lint", str(spec)], [spec]) != before


def test_a_spec_referring_to_another_file_is_never_cached(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("a:\n  $ref: '#/components/schemas/X'\n", encoding="utf-8")
    assert lintcache.key("redocly", ["redocly"], [spec]) is not None
    spec.write_text("a:\n  $ref: 'other.yaml#/components/schemas/X'\n", encoding="utf-8")
    assert lintcache.key("redocly", ["redocly"], [spec]) is None


def test_a_damaged_entry_counts_as_missing(tmp_path: Path) -> None:
    cache = lintcache.LintCache(tmp_path)
    (tmp_path / "k.json").write_text("{not json", encoding="utf-8")
    assert cache.get("k") is None
    cache.put("k", 1, "out")
    assert cache.get("k") == (1, "out")
