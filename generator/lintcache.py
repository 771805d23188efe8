"""Linter results kept between runs, keyed by every byte that decides them (`make generate` only).

An edit to templates or the generator leaves the spec, and so every linter's verdict, as it was:
a pass is replayed instead of linting the same bytes again, the way ruff and mypy keep theirs
(speclint keeps passes only).
The key is a hash of the linter's command line (its files, by the paths its output names), the
bytes of each linted file, and the linters' configuration and pinned versions (`LINTER_INPUTS`);
a change to any of them is a different key, so a stale result is never shown. A file with a
`$ref` to another file is never cached (the key would not see that file). `make lint-spec` and
CI lint from scratch; `rm -rf build/lint-cache` forgets everything.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What decides a verdict besides the linted files: the rules and the exact linter versions.
LINTER_INPUTS = ("redocly.yaml", ".spectral.mjs", "package.json", "package-lock.json")
_EXTERNAL_REF = re.compile(rb"""\$ref["']?\s*:(?!\s*["']?#)""")


def key(name: str, cmd: Sequence[str], files: Sequence[Path]) -> str | None:
    """The cache key of one linter run over `files`, or None when it must not be cached."""
    digest = hashlib.sha256(json.dumps([name, list(cmd)]).encode())
    linted = [ROOT / f for f in files]
    for path in [*linted, *(ROOT / p for p in LINTER_INPUTS)]:
        data = path.read_bytes() if path.exists() else b""
        if path in linted and _EXTERNAL_REF.search(data):
            return None
        digest.update(f"{path}\0{path.exists()}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


class LintCache:
    """One JSON file per key under `directory`: the linter's exit code and output."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def get(self, cache_key: str) -> tuple[int, str] | None:
        try:
            entry = json.loads((self.directory / f"{cache_key}.json").read_text(encoding="utf-8"))
            return int(entry["returncode"]), str(entry["output"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, cache_key: str, returncode: int, output: str) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        entry = json.dumps({"returncode": returncode, "output": output})
        partial = self.directory / f"{cache_key}.json.partial"
        partial.write_text(entry, encoding="utf-8")
        partial.replace(self.directory / f"{cache_key}.json")  # never a half-written entry
