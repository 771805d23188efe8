"""`make dist`: bundle the source document and every program view, as YAML and JSON, into dist/.

    dist/partnero.{yaml,json}              the source document, every program type's variants
    dist/partnero-<program>.{yaml,json}    one narrowed view per program type (what clients use)
    dist/manifest.json                     version, files and operation counts
    dist/CHANGELOG.md                      a copy of CHANGELOG.md

The one version is `info.version` of the source document (openapi/partnero.yaml); every bundle
carries it, it must be a semantic version, and CHANGELOG.md must have a section for it. Bundling
is done by `redocly bundle`; afterwards every `$ref` must be local to its document and resolve.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

from ._common import DIST, ROOT, SEMVER, SOURCE_NAME, Json, node_tool, source_documents, write_json

CHANGELOG = ROOT / "CHANGELOG.md"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operation_count(doc: Json) -> int:
    return sum(1 for item in doc.get("paths", {}).values() for m in HTTP_METHODS if m in item)


def check_refs(doc: Json, name: str) -> None:
    """Every `$ref` in a bundle points inside the same document, at something that exists."""

    def resolve(pointer: str) -> None:
        node = doc
        for raw in pointer[2:].split("/") if pointer != "#" else []:
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            elif isinstance(node, dict) and part in node:
                node = node[part]
            else:
                raise SystemExit(f"{name}: $ref {pointer} does not resolve")

    def walk(node: Json) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                if not (ref == "#" or ref.startswith("#/")):
                    raise SystemExit(f"{name}: $ref {ref} is not local after bundling")
                resolve(ref)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(doc)


def check_changelog(version: str) -> None:
    text = CHANGELOG.read_text(encoding="utf-8") if CHANGELOG.exists() else ""
    if not re.search(rf"^## \[{re.escape(version)}\]", text, flags=re.MULTILINE):
        raise SystemExit(
            f"CHANGELOG.md has no section '## [{version}]' for info.version {version}; "
            "add one that says what changed in the spec"
        )


def bundle(tree: Path, out: Path) -> Json:
    """Bundle the spec of the source tree `tree` into `out`; return the manifest."""
    source, views = source_documents(tree)
    version = str(source.get("info", {}).get("version", ""))
    if not SEMVER.match(version):
        raise SystemExit(f"info.version {version!r} of the source document is not a semantic version")
    documents = {SOURCE_NAME: source, **{f"{SOURCE_NAME}-{p}": view for p, view in views.items()}}
    programs = {SOURCE_NAME: None, **{f"{SOURCE_NAME}-{p}": p for p in views}}
    manifest: Json = {"version": version, "documents": {}}
    out.mkdir(parents=True, exist_ok=True)
    for stale in [*out.glob("*.yaml"), *out.glob("*.json")]:
        stale.unlink()
    with tempfile.TemporaryDirectory(prefix="partnero-dist-") as tmp:
        raw, bundled = Path(tmp) / "raw", Path(tmp) / "bundled"
        raw.mkdir()
        for name, doc in documents.items():
            doc["info"]["version"] = version
            text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)
            (raw / f"{name}.yaml").write_text(text, encoding="utf-8")
        node_tool("redocly", "bundle", *(str(raw / f"{n}.yaml") for n in documents), "-o", str(bundled))
        for name in documents:
            text = (bundled / f"{name}.yaml").read_text(encoding="utf-8")
            doc = yaml.safe_load(text)
            check_refs(doc, name)
            if doc["info"]["version"] != version:
                raise SystemExit(f"{name}: info.version changed while bundling")
            (out / f"{name}.yaml").write_text(text, encoding="utf-8")
            write_json(out / f"{name}.json", doc)
            manifest["documents"][name] = {
                "program": programs[name],
                "title": doc["info"]["title"],
                "yaml": f"{name}.yaml",
                "json": f"{name}.json",
                "operations": operation_count(doc),
            }
    write_json(out / "manifest.json", manifest)
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=DIST, help="output folder (default: dist/)")
    args = parser.parse_args(argv)
    manifest = bundle(ROOT, args.out)
    check_changelog(manifest["version"])
    shutil.copyfile(CHANGELOG, args.out / "CHANGELOG.md")
    for name, entry in manifest["documents"].items():
        print(f"{args.out.name}/{name}.{{yaml,json}}  {entry['operations']} operations")
    print(f"version {manifest['version']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
