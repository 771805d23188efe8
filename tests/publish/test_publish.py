"""The publishing scripts: versioning rules, bundle checks, and (with node_modules) bundling and
Optic's breaking-change verdict."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.pipeline import load_source, program_views
from publish import dist, spec_diff
from publish._common import NODE_BIN, ROOT, SEMVER

needs_node = pytest.mark.skipif(not (NODE_BIN / "redocly").exists(), reason="node_modules not installed")


@pytest.mark.parametrize("version", ["1.0.0", "0.3.12", "2.0.0-rc.1", "1.2.3+build.5"])
def test_semantic_versions_are_accepted(version: str) -> None:
    assert SEMVER.match(version)


@pytest.mark.parametrize("version", ["1.0", "v1.0.0", "01.0.0", "1.0.0.0", ""])
def test_other_versions_are_refused(version: str) -> None:
    assert not SEMVER.match(version)


def test_the_source_version_is_semantic_and_has_a_changelog_section() -> None:
    version = load_source()["info"]["version"]
    assert SEMVER.match(version)
    dist.check_changelog(version)  # raises SystemExit when CHANGELOG.md lacks '## [version]'


def test_a_version_without_changelog_section_is_refused() -> None:
    with pytest.raises(SystemExit, match="CHANGELOG.md has no section"):
        dist.check_changelog("999.0.0")


def test_local_refs_that_resolve_pass() -> None:
    doc = {"a": {"$ref": "#/components/schemas/X"}, "components": {"schemas": {"X": {"type": "string"}}}}
    dist.check_refs(doc, "doc")


@pytest.mark.parametrize(
    ("ref", "message"),
    [("other.yaml#/X", "not local"), ("#/components/schemas/Missing", "does not resolve")],
)
def test_external_or_dangling_refs_fail(ref: str, message: str) -> None:
    doc = {"a": [{"$ref": ref}], "components": {"schemas": {"X": {}}}}
    with pytest.raises(SystemExit, match=message):
        dist.check_refs(doc, "doc")


@pytest.mark.parametrize(
    ("base", "head", "allowed"),
    [
        ("1.0.0", "2.0.0", True),
        ("1.4.2", "1.5.0", False),
        ("1.4.2", "1.4.3", False),
        ("1.0.0", "1.0.0", False),
        ("0.3.0", "0.4.0", True),
        ("0.3.0", "0.3.1", False),
        ("0.9.0", "1.0.0", True),
    ],
)
def test_breaking_changes_need_a_major_version(base: str, head: str, allowed: bool) -> None:
    assert spec_diff.version_allows_breaking(base, head) is allowed


def test_condensed_report_keeps_failures_and_summary() -> None:
    report = "\n".join(
        [
            "x Partnero API base.json",
            "Operations: 1 operation removed",
            "x  Checks: 0/80 passed",
            "✔ GET /v1/other: added",
            "x GET /v1/partners: removed",
            "  x [prevent operation removal] cannot remove an operation.",
            "  at base.json:36:1583",
            "Rerun this command with the --web flag",
        ]
    )
    kept = spec_diff.condensed(report).splitlines()
    assert "✔ GET /v1/other: added" not in kept
    assert "  at base.json:36:1583" in kept
    assert len(kept) == 6


@needs_node
def test_bundles_carry_one_version_and_match_the_views(tmp_path: Path) -> None:
    manifest = dist.bundle(ROOT, tmp_path)
    source = load_source()
    views = program_views(source)
    assert manifest["version"] == source["info"]["version"]
    assert set(manifest["documents"]) == {"partnero", *(f"partnero-{p}" for p in views)}
    for name, entry in manifest["documents"].items():
        as_yaml = yaml.safe_load((tmp_path / entry["yaml"]).read_text(encoding="utf-8"))
        as_json = json.loads((tmp_path / entry["json"]).read_text(encoding="utf-8"))
        assert as_yaml == as_json, name
        assert as_json["info"]["version"] == manifest["version"]
        assert as_json["openapi"].startswith("3.1")
        if entry["program"]:
            assert as_json["x-partnero-view"] == entry["program"]
            assert entry["operations"] == dist.operation_count(views[entry["program"]])


def _doc(paths: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1.0.0"}, "paths": paths}


@pytest.mark.skipif(not (NODE_BIN / "optic").exists(), reason="node_modules not installed")
def test_optic_flags_a_removed_operation_and_passes_an_added_one(tmp_path: Path) -> None:
    ok = {"responses": {"200": {"description": "ok"}}}
    one = _doc({"/a": {"get": {"operationId": "getA", **ok}}})
    two = _doc({"/a": {"get": {"operationId": "getA", **ok}}, "/b": {"get": {"operationId": "getB", **ok}}})
    for name, doc in {"one": one, "two": two}.items():
        (tmp_path / f"{name}.json").write_text(json.dumps(doc), encoding="utf-8")
    spec_diff.WORK.mkdir(parents=True, exist_ok=True)
    breaks, _ = spec_diff.optic_diff(tmp_path / "one.json", tmp_path / "two.json")
    assert not breaks
    breaks, report = spec_diff.optic_diff(tmp_path / "two.json", tmp_path / "one.json")
    assert breaks
    assert "GET /b" in spec_diff.condensed(report)
