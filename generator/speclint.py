"""`make lint-spec`: redocly and spectral over the source and every view.

Each linter covers what the other does not, and each check runs once: redocly validates every
example strictly (media types, parameters, schemas), so spectral's ruleset (.spectral.mjs) keeps
its own example check only where redocly has none (headers) and for schema defaults. Everything
openapi-spec-validator checked is caught by one of the two (tests/generator/test_lint_coverage.py
plants one defect per kind), so it no longer runs: it took about a fifth of `make generate`.

The linters are independent and each takes seconds, so they run as concurrent processes; their
outputs are printed whole, one linter after another in a fixed order, so a run reads the same as
when they ran in turn. `start()` returns at once, which lets the generator build the package while
the linters work (`python -m generator --lint`).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from . import lintcache
from .lintcache import LintCache

ROOT = Path(__file__).resolve().parent.parent
NODE_BIN = ROOT / "node_modules" / ".bin"
# The linters run on the Node pinned in package.json rather than whatever `node` is on PATH:
# Node 22.1+ keeps the compiled code of the CLIs' modules between runs (NODE_COMPILE_CACHE, like
# Python's __pycache__), where Node 20 compiled about a second of JavaScript on every start.
NODE = NODE_BIN / "node"
# Under build/ unless the caller chose a place (bench/generate.sh keeps its scratch tree apart);
# V8 checks each entry against the module's source, so a stale entry is never used.
NODE_COMPILE_CACHE = ROOT / "build" / "node-compile-cache"
SPECTRAL_RULESET = ".spectral.mjs"  # relative to ROOT, the linters' working directory
# Linting stays on this machine: no usage report or update check goes out from a build.
_QUIET = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
# redocly prints Node's version warnings in a box; they are not findings about the spec.
_REDOCLY_NOISE = re.compile(r"^(npm warn|.*Node\.js 20|.*nodejs\.org|\s*[║╔╚])")


def _commands(files: Sequence[Path]) -> list[tuple[str, list[str]]]:
    names = [str(f) for f in files]
    node = [str(NODE)] if NODE.exists() else []  # else the CLI's own `#!/usr/bin/env node`
    spectral = [
        *node,
        str(NODE_BIN / "spectral"),
        "lint",
        f"--ruleset={SPECTRAL_RULESET}",
        "--fail-severity=warn",
    ]
    return [
        ("redocly", [*node, str(NODE_BIN / "redocly"), "lint", "--format=stylish", *names]),
        ("spectral", [*spectral, *names]),
    ]


def _shown(cmd: Sequence[str]) -> str:
    """The command as a reader would type it: the tool's name, not the Node that runs it."""
    tool = 1 if cmd[0] == str(NODE) else 0
    return " ".join([Path(cmd[tool]).name, *cmd[tool + 1 :]])


def _environment() -> dict[str, str]:
    return {"NODE_COMPILE_CACHE": str(NODE_COMPILE_CACHE), **os.environ, **_QUIET}


class Linters:
    """The linters, running (or, with a cache, replaying a result for the very same inputs)."""

    def __init__(self, files: Sequence[Path], cache: LintCache | None = None) -> None:
        self._cache = cache
        self._running: list[tuple[str, list[str], str | None, subprocess.Popen[bytes] | tuple[int, str]]] = []
        for name, cmd in _commands(files):
            cache_key = lintcache.key(name, cmd, files) if cache is not None else None
            cached = cache.get(cache_key) if cache is not None and cache_key is not None else None
            run = cached or subprocess.Popen(
                cmd, cwd=ROOT, env=_environment(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT
            )
            self._running.append((name, cmd, cache_key, run))

    def finish(self) -> bool:
        """Wait for every linter, print their outputs in order; True when every one passed."""
        ok = True
        for name, cmd, cache_key, run in self._running:
            shown = _shown(cmd)
            if isinstance(run, tuple):
                returncode, text = run
                shown += f"  (result kept from an earlier run over the same bytes, {self._where()})"
            else:
                out, _ = run.communicate()
                returncode, text = run.returncode, out.decode("utf-8", errors="replace")
                # Only a pass is kept: a failure may come from the tool rather than the spec
                # (a crash, a signal), and a spec with findings is about to be edited anyway.
                if self._cache is not None and cache_key is not None and returncode == 0:
                    self._cache.put(cache_key, returncode, text)
            if name == "redocly":
                lines = text.splitlines(keepends=True)
                text = "".join(line for line in lines if not _REDOCLY_NOISE.match(line))
            sys.stdout.write(f"$ {shown}\n{text}")
            if returncode != 0:
                sys.stdout.write(f"{name} failed ({returncode})\n")
                ok = False
        sys.stdout.flush()
        return ok

    def _where(self) -> str:
        assert self._cache is not None
        where = self._cache.directory
        return str(where.relative_to(ROOT)) if where.is_relative_to(ROOT) else str(where)


def start(source: Path, views: Sequence[Path], cache: LintCache | None = None) -> Linters:
    return Linters([source, *views], cache)


def main(argv: Sequence[str] | None = None) -> int:
    files = [Path(a) for a in (sys.argv[1:] if argv is None else argv)]
    if not files:
        raise SystemExit("usage: python -m generator.speclint SPEC [VIEW ...]")
    return 0 if Linters(files).finish() else 1


if __name__ == "__main__":
    sys.exit(main())
