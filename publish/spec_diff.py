"""`make spec-diff BASE=<git ref>`: breaking changes of the spec between a revision and the work tree.

The base revision is read with `git archive` (nothing in the repository changes), bundled with
the generator of that revision exactly as `make dist` bundles the work tree, and every bundle (the
source document and each program view) is compared with Optic's breaking-change rules
(`optic diff BASE HEAD --check`). A view that disappeared counts as breaking; a new one does not.

Exit status: 0 when nothing breaks, or when it breaks and the version says so (major raised; minor
raised while the major version is 0); 1 otherwise. The report is also written to
build/spec-diff/report.txt, Optic's full output per bundle to build/spec-diff/<bundle>.optic.txt.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

from ._common import NODE_BIN, ROOT, Json, write_json
from .dist import bundle

WORK = ROOT / "build" / "spec-diff"


def export_revision(ref: str, target: Path) -> str:
    """Write the tree of `ref` into `target` without touching the repository; return the commit."""
    commit = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    if commit.returncode != 0:
        raise SystemExit(f"{ref!r} is not a commit in this repository")
    archive = subprocess.run(
        ["git", "archive", "--format=tar", commit.stdout.strip()], cwd=ROOT, capture_output=True
    )
    if archive.returncode != 0:
        raise SystemExit(archive.stderr.decode(errors="replace"))
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(target, filter="data")
    return commit.stdout.strip()


def _version_tuple(version: str) -> tuple[int, int, int]:
    major, minor, patch = version.split("+")[0].split("-")[0].split(".")
    return int(major), int(minor), int(patch)


def version_allows_breaking(base: str, head: str) -> bool:
    b, h = _version_tuple(base), _version_tuple(head)
    if b[0] == 0 and h[0] == 0:
        return h[1] > b[1]
    return h[0] > b[0]


def same_version(bundle: Path, version: str) -> Path:
    """A copy of `bundle` with `version` as info.version, for Optic.

    Optic skips its breaking-change rules when the major version went up; this report wants
    every breaking change listed, and judges the version bump itself."""
    doc = json.loads(bundle.read_text(encoding="utf-8"))
    doc["info"]["version"] = version
    copy = bundle.with_name(f"{bundle.stem}.for-optic.json")
    write_json(copy, doc)
    return copy


def optic_diff(base: Path, head: Path) -> tuple[bool, str]:
    """Optic's verdict (True when something breaks) and its report for two bundles.

    `--validation loose`: Optic's own OpenAPI 3.1 schema rejects valid link `requestBody`
    expressions; validity is `make lint-spec`'s job, this only compares."""
    result = subprocess.run(
        [str(NODE_BIN / "optic"), "diff", str(base), str(head), "--check", "--severity", "error",
         "--validation", "loose"],
        cwd=WORK, capture_output=True, text=True,
        env={**os.environ, "OPTIC_TELEMETRY_LEVEL": "off", "NO_COLOR": "1"},
    )  # fmt: skip
    text = (result.stdout + result.stderr).strip()
    if result.returncode not in (0, 1) or (result.returncode == 1 and "Checks:" not in text):
        raise SystemExit(f"optic failed ({result.returncode}):\n{text}")
    return result.returncode == 1, text


def condensed(report: str) -> str:
    """Optic's summary lines, and each failed check with where it is. Under a removed operation
    only the removal itself is kept (Optic lists every response property of it as well); the full
    report is in build/spec-diff/<bundle>.optic.txt."""
    keep: list[str] = []
    previous = ""
    removed_operation = False
    for line in report.splitlines():
        stripped = line.strip()
        depth = len(line) - len(line.lstrip())
        if stripped and depth == 0:
            removed_operation = bool(re.match(r"^x [A-Z]+ \S+: removed$", stripped))
        nested_in_removal = removed_operation and depth > 2
        if not nested_in_removal and (
            stripped.startswith(("Operations:", "x "))
            or "Checks:" in stripped
            or (stripped.startswith("at ") and previous.startswith("x ["))
        ):
            keep.append(line.rstrip())
        if stripped:
            previous = stripped
    return "\n".join(keep)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("base", help="git ref to compare the work tree with (branch, tag, commit)")
    args = parser.parse_args(argv)
    if not (NODE_BIN / "optic").exists():
        raise SystemExit("node_modules/.bin/optic is missing; run `npm ci` (make spec-diff does)")
    shutil.rmtree(WORK, ignore_errors=True)
    (WORK / "tree").mkdir(parents=True)
    commit = export_revision(args.base, WORK / "tree")
    base_manifest: Json = bundle(WORK / "tree", WORK / "base")
    head_manifest: Json = bundle(ROOT, WORK / "head")
    shutil.rmtree(WORK / "tree")
    lines = [
        f"spec diff: {args.base} ({commit[:12]}, version {base_manifest['version']}) "
        f"-> work tree (version {head_manifest['version']})",
        "",
    ]
    breaking: list[str] = []
    names = list(dict.fromkeys([*base_manifest["documents"], *head_manifest["documents"]]))
    for name in names:
        if name not in head_manifest["documents"]:
            breaking.append(name)
            lines += [f"== {name}: removed (breaking: every operation of it is gone)", ""]
            continue
        if name not in base_manifest["documents"]:
            lines += [f"== {name}: new", ""]
            continue
        base_file = WORK / "base" / base_manifest["documents"][name]["json"]
        head_file = WORK / "head" / head_manifest["documents"][name]["json"]
        breaks, report = optic_diff(base_file, same_version(head_file, base_manifest["version"]))
        if breaks:
            breaking.append(name)
        lines += [f"== {name}: {'BREAKING' if breaks else 'no breaking changes'}", condensed(report), ""]
        (WORK / f"{name}.optic.txt").write_text(report + "\n", encoding="utf-8")
    base_version, head_version = base_manifest["version"], head_manifest["version"]
    status = 0
    if breaking:
        if version_allows_breaking(base_version, head_version):
            lines.append(
                f"breaking changes in {', '.join(breaking)}; version {base_version} -> {head_version} says so"
            )
        else:
            status = 1
            lines.append(
                f"breaking changes in {', '.join(breaking)}, but info.version went {base_version} -> "
                f"{head_version}: raise the major version (see CHANGELOG.md)"
            )
    else:
        lines.append(f"no breaking changes (version {base_version} -> {head_version})")
    text = "\n".join(lines) + "\n"
    (WORK / "report.txt").write_text(text, encoding="utf-8")
    write_json(WORK / "summary.json", {"base": commit, "breaking": breaking, "status": status})
    sys.stdout.write(text)
    return status


if __name__ == "__main__":
    sys.exit(main())
