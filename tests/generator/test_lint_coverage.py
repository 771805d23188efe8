"""What the spec linters catch, with one planted defect per kind of check.

`make lint-spec` runs redocly and spectral (generator/speclint.py). openapi-spec-validator used to
run too, and spectral checked every example a second time after redocly; both were dropped to make
`make generate` faster. These tests show nothing was lost: each kind of defect openapi-spec-validator
reports, and each kind of example check, is still reported by at least one of the two linters that
run, at the place of the defect. Each defect is planted alone in a copy of a small valid document
(one redocly run and one spectral run for all of them).
"""

from __future__ import annotations

import copy
import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from generator import speclint

Doc = dict[str, Any]

BASE: Doc = {
    "openapi": "3.1.0",
    "info": {
        "title": "Planted",
        "version": "1.0.0",
        "description": "A small valid document; each test copy gets one defect.",
        "license": {"name": "MIT", "url": "https://opensource.org/licenses/MIT"},
        "contact": {"email": "dev@things.test"},
    },
    "servers": [{"url": "https://api.things.test"}],
    "security": [{"key": []}],
    "tags": [{"name": "things", "description": "Things."}],
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "getThing",
                "summary": "Get",
                "description": "Get a thing.",
                "tags": ["things"],
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "description": "Id.",
                        "schema": {"type": "string"},
                        "example": "t1",
                    },
                    {
                        "name": "limit",
                        "in": "query",
                        "description": "Limit.",
                        "schema": {"type": "integer", "default": 10},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "OK",
                        "headers": {
                            "X-Count": {"description": "Count.", "schema": {"type": "integer"}, "example": 3}
                        },
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Thing"},
                                "examples": {"one": {"value": {"id": "t1", "size": 2}}},
                            }
                        },
                    },
                    "404": {
                        "description": "Missing",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    },
                },
            }
        },
        "/others": {
            "get": {
                "operationId": "listOthers",
                "summary": "List",
                "description": "List others.",
                "tags": ["things"],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Other"}}},
                    },
                    "400": {
                        "description": "Bad",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Other"}}},
                    },
                },
            }
        },
    },
    "components": {
        "securitySchemes": {"key": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Thing": {
                "type": "object",
                "description": "A thing.",
                "required": ["id"],
                "properties": {"id": {"type": "string"}, "size": {"type": "integer", "default": 1}},
                "example": {"id": "t2"},
            },
            "Other": {
                "type": "object",
                "description": "Another.",
                "allOf": [{"$ref": "#/components/schemas/Thing"}],
                "required": ["id"],
                "properties": {"note": {"type": "string"}},
            },
        },
    },
}


def _get(doc: Doc) -> Doc:
    operation: Doc = doc["paths"]["/things/{id}"]["get"]
    return operation


def _schema(doc: Doc, name: str) -> Doc:
    schema: Doc = doc["components"]["schemas"][name]
    return schema


def _ok_response(doc: Doc) -> Doc:
    response: Doc = _get(doc)["responses"]["200"]
    return response


def _ok_example(doc: Doc) -> Doc:
    example: Doc = _ok_response(doc)["content"]["application/json"]["examples"]["one"]["value"]
    return example


_GET = ["paths", "/things/{id}", "get"]
_OK = [*_GET, "responses", "200"]

# name -> (JSON path of the defect, how to plant it)
Plant = tuple[list[str], Callable[[Doc], None]]
# What openapi-spec-validator checked: the document's structure and its schemas' keywords, refs,
# operation ids, path parameters, duplicate parameters, required properties beside an allOf,
# defaults and tag names.
VALIDATOR_KINDS: dict[str, Plant] = {
    "unknown field": ([*_GET, "summry"], lambda d: _get(d).update(summry="x")),
    "unknown schema type": (
        ["components", "schemas", "Thing", "properties", "size", "type"],
        lambda d: _schema(d, "Thing")["properties"]["size"].update(type="integr"),
    ),
    "keyword of the wrong type": (
        ["components", "schemas", "Thing", "properties", "id", "minLength"],
        lambda d: _schema(d, "Thing")["properties"]["id"].update(minLength="one"),
    ),
    "unresolved $ref": (
        ["components", "schemas", "Other", "allOf", "0"],
        lambda d: _schema(d, "Other")["allOf"][0].update({"$ref": "#/components/schemas/Nope"}),
    ),
    "duplicate operationId": (
        ["paths", "/others", "get", "operationId"],
        lambda d: d["paths"]["/others"]["get"].update(operationId="getThing"),
    ),
    "path parameter not declared": (
        [*_GET, "parameters", "0"],
        lambda d: _get(d)["parameters"][0].update(name="key"),
    ),
    "duplicate parameter": (
        [*_GET, "parameters", "2"],
        lambda d: _get(d)["parameters"].append(dict(_get(d)["parameters"][1])),
    ),
    "required property undefined beside allOf": (
        ["components", "schemas", "Other", "required", "0"],
        lambda d: _schema(d, "Other").update(required=["idd"]),
    ),
    "schema default of the wrong type": (
        ["components", "schemas", "Thing", "properties", "size", "default"],
        lambda d: _schema(d, "Thing")["properties"]["size"].update(default="big"),
    ),
    "parameter default of the wrong type": (
        [*_GET, "parameters", "1", "schema", "default"],
        lambda d: _get(d)["parameters"][1]["schema"].update(default="ten"),
    ),
    "duplicate tag": (["tags", "1"], lambda d: d["tags"].append({"name": "things", "description": "Again."})),
}
# Examples, which spectral checked after redocly (openapi-spec-validator does not look at them).
EXAMPLE_KINDS: dict[str, Plant] = {
    "media-type example": (
        [*_OK, "content", "application/json", "examples", "one", "value"],
        lambda d: _ok_example(d).update(size="two"),
    ),
    "media-type example with an undeclared property": (
        [*_OK, "content", "application/json", "examples", "one", "value"],
        lambda d: _ok_example(d).update(colour="red"),
    ),
    "parameter example": (
        [*_GET, "parameters", "0", "example"],
        lambda d: _get(d)["parameters"][0].update(example=5),
    ),
    "header example": (
        [*_OK, "headers", "X-Count", "example"],
        lambda d: _ok_response(d)["headers"]["X-Count"].update(example="many"),
    ),
    "schema example": (
        ["components", "schemas", "Thing", "example"],
        lambda d: _schema(d, "Thing").update(example={"id": 3}),
    ),
}
KINDS = {**VALIDATOR_KINDS, **EXAMPLE_KINDS}


def _planted(name: str) -> Doc:
    doc = copy.deepcopy(BASE)
    KINDS[name][1](doc)
    return doc


needs_node = pytest.mark.skipif(
    not (speclint.NODE_BIN / "spectral").exists(), reason="node_modules not installed"
)


@pytest.mark.parametrize("name", sorted(VALIDATOR_KINDS))
def test_openapi_spec_validator_checked_this_kind(name: str) -> None:
    validate(copy.deepcopy(BASE))
    with pytest.raises(Exception):  # noqa: B017, PT011 - its errors have no common base class
        validate(_planted(name))


def _json_stream(text: str) -> Iterator[Any]:
    """redocly prints one JSON document per linted file, back to back."""
    decoder, at = json.JSONDecoder(), 0
    while text[at:].strip():
        while text[at].isspace():
            at += 1
        value, at = decoder.raw_decode(text, at)
        yield value


def _pointer_path(pointer: str) -> list[str]:
    parts = pointer.lstrip("#").split("/")[1:]
    return [p.replace("~1", "/").replace("~0", "~") for p in parts]


def _findings(tmp_path: Path) -> dict[str, list[tuple[str, list[str]]]]:
    """file stem -> (linter:rule, JSON path) of every finding, from one run of each linter."""
    files = {"base": BASE} | {f"plant{i}": _planted(n) for i, n in enumerate(KINDS)}
    for stem, doc in files.items():
        (tmp_path / f"{stem}.json").write_text(json.dumps(doc, indent=1), encoding="utf-8")
    names = [f"{stem}.json" for stem in files]
    # Each linter as speclint runs it (its Node, its CLI), up to its `lint` subcommand.
    commands = {
        name: cmd[: cmd.index("lint") + 1] for name, cmd in speclint._commands([Path(n) for n in names])
    }
    found: dict[str, list[tuple[str, list[str]]]] = {stem: [] for stem in files}
    config = speclint.ROOT / "redocly.yaml"
    redocly = [*commands["redocly"], f"--config={config}", "--format=json", *names]
    out = subprocess.run(redocly, cwd=tmp_path, capture_output=True, text=True, check=False).stdout
    for report in _json_stream(out):
        for problem in report["problems"]:
            for location in problem["location"]:
                stem = Path(location["source"]["ref"]).stem
                found[stem].append((f"redocly:{problem['ruleId']}", _pointer_path(location["pointer"])))
    ruleset = speclint.ROOT / speclint.SPECTRAL_RULESET
    spectral = [*commands["spectral"], f"--ruleset={ruleset}", "--format=json", "--quiet", *names]
    out = subprocess.run(spectral, cwd=tmp_path, capture_output=True, text=True, check=False).stdout
    for result in json.loads(out):
        path = [str(p) for p in result["path"]]
        found[Path(result["source"]).stem].append((f"spectral:{result['code']}", path))
    return found


@needs_node
def test_every_kind_is_caught_by_a_linter_that_runs(tmp_path: Path) -> None:
    found = _findings(tmp_path)
    assert found["base"] == []
    caught = {}
    for i, name in enumerate(KINDS):
        at = KINDS[name][0]
        # At the defect or inside it; a structural finding may name the object holding the field.
        rules = {rule for rule, path in found[f"plant{i}"] if path[: len(at)] == at or path == at[:-1]}
        caught[name] = sorted(rules)
    assert {name: rules for name, rules in caught.items() if not rules} == {}
    # The strict examples are redocly's alone now; spectral still checks defaults and headers.
    strict = caught["media-type example with an undeclared property"]
    assert strict == ["redocly:no-invalid-media-type-examples"]
    assert any(rule.startswith("spectral:") for rule in caught["header example"])
    assert any(rule.startswith("spectral:") for rule in caught["schema default of the wrong type"])
