"""The repository stands alone: a user's clone has no sibling folders and lives at any path.

Two guards. A grep of every tracked file for reads of the team's research folder beside the
checkout and for absolute paths of a machine. And the test suite collected from a copy of the
tracked tree in a temporary directory with nothing beside it, which fails when a module reads a
file outside the checkout at import time.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Spelt in pieces so that this file does not match its own patterns.
SIBLING = "sha" + "red"
FORBIDDEN = [
    re.compile(r"\.\./" + SIBLING + r"\b"),
    re.compile(SIBLING + r"/partnero-api"),
    re.compile(r"(?<![\w.])/(?:work|home|root|Users)/[\w.-]+"),
    re.compile(r"[A-Z]:\\\\Users\\\\"),
]
# Lock files record registry addresses, not paths of this machine.
NOT_SCANNED = {"package-lock.json"}


def _tracked() -> list[Path]:
    listing = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    return [ROOT / name for name in listing.split("\0") if name and Path(name).name not in NOT_SCANNED]


def test_no_tracked_file_reads_outside_the_checkout() -> None:
    hits = []
    tracked = _tracked()
    for path in tracked:
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError):
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if any(pattern.search(line) for pattern in FORBIDDEN):
                hits.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:120]}")
    print(f"\nstandalone: {len(tracked)} tracked files scanned, {len(hits)} outside references")
    assert hits == []


def test_the_patterns_catch_what_they_guard_against() -> None:
    samples = [
        'CATALOG = ROOT.parent / "' + SIBLING + '/partnero-api/endpoints.yaml"',
        "open('../" + SIBLING + "/partnero-api/conventions.md')",
        '"out": "/' + 'work/main/bench/results"',
        "cd /" + "home/dev/partnero-sdk",
    ]
    assert all(any(p.search(s) for p in FORBIDDEN) for s in samples)
    assert not any(p.search("https://api.partnero.com/v1/partners") for p in FORBIDDEN)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git to list the tracked files")
def test_suite_collects_from_a_copy_with_no_siblings(tmp_path: Path) -> None:
    clone = tmp_path / "partnero-sdk"
    for path in _tracked():
        if path.is_file():
            target = clone / path.relative_to(ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["partnero-sdk"]
    env = {
        **os.environ,
        # The copy's own packages come before the editable install of this checkout.
        "PYTHONPATH": os.pathsep.join(str(clone / part) for part in ("generated", "mock", "")),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    tail = proc.stdout[-3000:] + proc.stderr[-2000:]
    collected = re.search(r"(\d+) tests? collected", proc.stdout)
    print(f"\nstandalone: {collected.group(1) if collected else 0} tests collected from a sibling-less copy")
    assert proc.returncode == 0, tail
    assert collected and int(collected.group(1)) > 100, tail
    assert "error" not in proc.stdout.lower().split("collected")[-1], tail
