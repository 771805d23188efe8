"""`make generate`: source spec -> one view per program type -> one client package per view.

Everything is written into a fresh temporary tree and then mirrored onto `generated/`, so stale
files never survive and two runs give identical bytes. `--check` compares instead of writing.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import yaml

from . import lintcache, speclint
from .views import PROGRAMS, derive_view, operations

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "openapi" / "partnero.yaml"
GENERATED = ROOT / "generated"
HERE = Path(__file__).resolve().parent
PACKAGE = "partnero_client"


FRAGMENTS = ROOT / "openapi" / "fragments"
VIEWS = ROOT / "build" / "views"

# libyaml's parser and emitter give the same documents and text as the pure-Python ones, about
# eight times faster (loading the source took ~1.5 s of every `make generate`).
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def load_source() -> dict[str, Any]:
    """The source document, with any work-in-progress fragments folded in.

    Fragments (`openapi/fragments/*.yaml`, each with `tags`, `paths` and `components`) let several
    people extend the spec at once; they are merged into partnero.yaml before landing.
    PARTNERO_SPEC_FRAGMENTS=0 leaves them out."""
    with SOURCE.open(encoding="utf-8") as fh:
        doc: dict[str, Any] = yaml.load(fh, Loader=_Loader)
    use_fragments = FRAGMENTS.is_dir() and os.environ.get("PARTNERO_SPEC_FRAGMENTS", "1") != "0"
    for fragment_path in sorted(FRAGMENTS.glob("*.yaml")) if use_fragments else []:
        fragment = yaml.load(fragment_path.read_text(encoding="utf-8"), Loader=_Loader) or {}
        _merge_fragment(doc, fragment, fragment_path.name)
    return doc


def _merge_fragment(doc: dict[str, Any], fragment: dict[str, Any], name: str) -> None:
    known_tags = {t["name"] for t in doc.get("tags", [])}
    doc.setdefault("tags", []).extend(t for t in fragment.get("tags", []) if t["name"] not in known_tags)
    for section in ("paths", "webhooks"):
        for path, item in fragment.get(section, {}).items():
            target = doc.setdefault(section, {}).setdefault(path, {})
            clash = set(target) & set(item)
            if clash:
                raise SystemExit(f"{name}: {section} {path} already has {sorted(clash)}")
            target.update(item)
    for kind, entries in fragment.get("components", {}).items():
        target = doc.setdefault("components", {}).setdefault(kind, {})
        clash = set(target) & set(entries)
        if clash:
            raise SystemExit(f"{name}: components/{kind} already has {sorted(clash)}")
        target.update(entries)


def program_views(source: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every program view that has at least one operation."""
    views = {p: derive_view(source, p) for p in PROGRAMS}
    return {p: v for p, v in views.items() if any(True for _ in operations(v))}


def _bin(name: str) -> str:
    """A tool from the interpreter's own environment (the project venv)."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def _run(cmd: list[str], **kwargs: object) -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"command failed ({result.returncode}): {' '.join(cmd)}")


def _version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def _write_top_level(package: Path, programs: list[str]) -> None:
    from . import render

    (package / "__init__.py").write_text(
        render.render_file("partnero_init.py.jinja", programs=programs), encoding="utf-8"
    )
    (package / "py.typed").write_text("", encoding="utf-8")


def write_views(views: dict[str, dict[str, Any]], directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for program, view in views.items():
        text = yaml.dump(view, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
        paths.append(directory / f"{program}.yaml")
        paths[-1].write_text(text, encoding="utf-8")
    return paths


def build(workdir: Path, views: dict[str, dict[str, Any]] | None = None) -> Path:
    """Generate the whole package under `workdir` and return its path."""
    # Imported here, not at the top: openapi-python-client and Jinja take about a second to
    # import, and `main` starts the linters (the longest jobs) before that second is spent.
    from . import render

    package = workdir / PACKAGE
    shutil.copytree(HERE / "runtime", package / "_core", ignore=shutil.ignore_patterns("__pycache__"))
    version = render.render_file("version.py.jinja", version=_version())
    (package / "_core" / "version.py").write_text(version, encoding="utf-8")
    views = program_views(load_source()) if views is None else views
    for program, view in views.items():
        render.render_program(view, program, package / program)
    _write_top_level(package, list(views))
    ruff_config = str(ROOT / "pyproject.toml")
    # Templates import every type an operation might name; drop the unused ones, __init__ files too.
    # (ruff only removes unused imports from __init__ files with this option; ruff is pinned.)
    prune = ["--fix", "--unsafe-fixes", "--select", "F401", "--quiet", "--exit-zero"]
    prune += ["--config", "lint.ignore-init-module-imports=false"]
    _run([_bin("ruff"), "check", "--config", ruff_config, *prune, str(package)])
    # The same exceptions as pyproject's per-file-ignores for generated code (its globs cannot
    # see the temporary tree).
    generated_rules = ["--ignore", "E501,E402"]
    _run([_bin("ruff"), "check", "--config", ruff_config, "--fix", *generated_rules, "--quiet", str(package)])
    _run([_bin("ruff"), "format", "--config", ruff_config, "--quiet", str(package)])
    return package


def _files(root: Path) -> set[Path]:
    return {p.relative_to(root) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def differences(built: Path, committed: Path) -> list[str]:
    new, old = _files(built), _files(committed) if committed.exists() else set()
    changed = [str(p) for p in sorted(new & old) if not filecmp.cmp(built / p, committed / p, shallow=False)]
    return (
        [f"added    {p}" for p in sorted(new - old)]
        + [f"removed  {p}" for p in sorted(old - new)]
        + [f"changed  {p}" for p in changed]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh build")
    parser.add_argument(
        "--write-views", metavar="DIR", type=Path, help="only write each program view as YAML"
    )
    parser.add_argument("--out", metavar="DIR", type=Path, help="write the package under DIR, not generated/")
    parser.add_argument(
        "--lint",
        metavar="VIEWS_DIR",
        type=Path,
        nargs="?",
        const=VIEWS,
        help="lint the source and the views (written to VIEWS_DIR) while generating; "
        "leave the output alone if a linter fails",
    )
    parser.add_argument(
        "--lint-cache",
        metavar="DIR",
        type=Path,
        help="with --lint: keep each linter's result in DIR and replay it while the linted bytes, "
        "the linter configs and versions are unchanged (generator/lintcache.py)",
    )
    args = parser.parse_args(argv)
    views = program_views(load_source())
    if args.write_views:
        write_views(views, args.write_views)
        return 0
    linters = None
    if args.lint:
        shutil.rmtree(args.lint, ignore_errors=True)
        cache = lintcache.LintCache(args.lint_cache.resolve()) if args.lint_cache else None
        linters = speclint.start(SOURCE.relative_to(ROOT), write_views(views, args.lint), cache)
    with tempfile.TemporaryDirectory(prefix="partnero-gen-") as tmp:
        try:
            built = build(Path(tmp), views)
        finally:  # the linters' findings are shown even when the build fails
            lint_ok = linters.finish() if linters is not None else True
        if not lint_ok:
            print(f"the spec has lint findings; {args.out or GENERATED} is left as it was")
            return 1
        target = (args.out or GENERATED).resolve() / PACKAGE
        diff = differences(built, target)
        if args.check:
            if diff:
                print("generated/ is out of date; run `make generate`:", *diff, sep="\n  ")
                return 1
            print("generated/ matches the spec and templates")
            return 0
        if diff:
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(built, target)
        print(f"generated {target} ({len(_files(built))} files, {len(diff)} changed)")
    return 0
