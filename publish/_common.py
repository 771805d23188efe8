"""Shared helpers for the publish scripts: paths, the Node tools, the documents of a source tree."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
NODE_BIN = ROOT / "node_modules" / ".bin"
SOURCE_NAME = "partnero"

Json = Any

# Semantic versioning 2.0.0 (https://semver.org), as the API description's info.version.
SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$"
)

# Runs inside a source tree (cwd) with that tree's own generator, so an older revision of the spec
# is narrowed into views by the rules that were in force at that revision.
_EXPORT_SNIPPET = """
import json, sys
sys.path.insert(0, ".")
from generator import pipeline
from generator.views import derive_view, operations, PROGRAMS
if hasattr(pipeline, "load_source"):
    source = pipeline.load_source()
else:
    import yaml
    source = yaml.safe_load(open("openapi/partnero.yaml", encoding="utf-8"))
if hasattr(pipeline, "program_views"):
    views = pipeline.program_views(source)
else:
    views = {p: derive_view(source, p) for p in PROGRAMS}
    views = {p: v for p, v in views.items() if any(True for _ in operations(v))}
json.dump({"source": source, "views": views}, sys.stdout)
"""


def source_documents(tree: Path) -> tuple[Json, dict[str, Json]]:
    """The merged source document and its program views, as the generator in `tree` derives them."""
    result = subprocess.run(
        [sys.executable, "-c", _EXPORT_SNIPPET],
        cwd=tree,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        raise SystemExit(f"could not load the spec in {tree}")
    loaded = json.loads(result.stdout)
    return loaded["source"], loaded["views"]


def node_tool(name: str, *args: str, quiet: bool = True, env: dict[str, str] | None = None) -> str:
    """Run a pinned tool from node_modules/.bin; return its stdout, fail with its output on error."""
    tool = NODE_BIN / name
    if not tool.exists():
        raise SystemExit(f"{tool} is missing; run `npm ci` (the Makefile targets do)")
    result = subprocess.run(
        [str(tool), *args], cwd=ROOT, capture_output=True, text=True, env={**os.environ, **(env or {})}
    )
    if result.returncode != 0 or not quiet:
        sys.stderr.write(_without_node_notice(result.stdout + result.stderr))
    if result.returncode != 0:
        raise SystemExit(f"{name} failed ({result.returncode}): {' '.join(args)}")
    return result.stdout


def _without_node_notice(text: str) -> str:
    """Drop @redocly/cli's boxed Node.js 20 end-of-life notice."""
    lines = [line for line in text.splitlines() if not re.match(r"^\s*[║╔╚]", line)]
    return "\n".join(lines).strip() + ("\n" if lines else "")


def write_json(path: Path, doc: Json) -> None:
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def load_manifest() -> Json:
    manifest = DIST / "manifest.json"
    if not manifest.exists():
        raise SystemExit("dist/manifest.json is missing; run `make dist` first")
    return json.loads(manifest.read_text(encoding="utf-8"))
