"""The spec covers the whole catalog: every (program, method, path) of endpoints.yaml is an
operation of that program's view, and every documented example fits its schema."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from generator.pipeline import load_source, program_views
from generator.views import operations
from tests import catalog

ENTRIES = catalog.route_entries()
VIEWS = program_views(load_source())


def test_every_catalog_entry_is_in_its_programs_view() -> None:
    present = {
        (program, method.upper(), path)
        for program, view in VIEWS.items()
        for method, path, _ in operations(view)
    }
    wanted = {(e["program"], e["method"], e["path"]) for e in ENTRIES}
    missing = sorted(wanted - present)
    print(f"\ncatalog coverage: {len(wanted) - len(missing)}/{len(wanted)}")
    assert missing == [], "missing from the views:\n" + "\n".join(" ".join(m) for m in missing)


def test_views_hold_nothing_the_catalog_does_not_know() -> None:
    wanted = {(e["program"], e["method"], e["path"]) for e in ENTRIES}
    extra = sorted(
        (program, method.upper(), path)
        for program, view in VIEWS.items()
        for method, path, _ in operations(view)
        if (program, method.upper(), path) not in wanted
    )
    assert extra == []


def test_operation_ids_follow_the_catalog() -> None:
    by_route = {(e["program"], e["method"], e["path"]): e["operation"] for e in ENTRIES}
    wrong = [
        (route, op["operationId"], by_route[route])
        for program, view in VIEWS.items()
        for method, path, op in operations(view)
        if (route := (program, method.upper(), path)) in by_route and op["operationId"] != by_route[route]
    ]
    assert wrong == []


def test_deprecated_routes_are_marked() -> None:
    deprecated = {(e["program"], e["method"], e["path"]) for e in ENTRIES if e.get("deprecated")}
    unmarked = [
        (program, method, path)
        for program, view in VIEWS.items()
        for method, path, op in operations(view)
        if (program, method.upper(), path) in deprecated and not op.get("deprecated")
    ]
    assert unmarked == []


def _resolved(view: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        kind, name = node["$ref"].removeprefix("#/components/").split("/", 1)
        node = view["components"][kind][name]
    return node


def _examples(view: dict[str, Any]) -> list[tuple[str, dict[str, Any], Any]]:
    """(where, schema, example value) for every media-type example of the view."""
    found = []
    for method, path, op in operations(view):
        bodies = [("request", _resolved(view, op.get("requestBody", {})))]
        bodies += [(status, _resolved(view, r)) for status, r in op.get("responses", {}).items()]
        for label, holder in bodies:
            for media in holder.get("content", {}).values():
                for name, example in media.get("examples", {}).items():
                    example = _resolved(view, example)
                    if "value" in example:
                        found.append(
                            (f"{method.upper()} {path} {label} {name}", media["schema"], example["value"])
                        )
    return found


@pytest.mark.parametrize("program", sorted(VIEWS))
def test_every_documented_example_fits_its_schema(program: str) -> None:
    view = VIEWS[program]
    validator_cls = jsonschema.validators.validator_for(
        {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    )
    failures = []
    examples = _examples(view)
    for where, schema, value in examples:
        # The schema inside a document that carries the components, so local $refs resolve.
        document = {**schema, "components": view.get("components", {})}
        errors = list(validator_cls(document).iter_errors(value))
        if errors:
            failures.append(f"{where}: {errors[0].message[:160]}")
    print(f"\n{program}: {len(examples)} examples checked")
    assert examples and failures == []


SHARED_ERRORS = {"401", "403", "404", "405", "422", "429", "5XX"}


@pytest.mark.parametrize("program", sorted(VIEWS))
def test_every_operation_is_fully_described(program: str) -> None:
    problems = []
    for method, path, op in operations(VIEWS[program]):
        where = f"{method.upper()} {path}"
        if SHARED_ERRORS - set(op["responses"]):
            problems.append(f"{where}: lacks {sorted(SHARED_ERRORS - set(op['responses']))}")
        if len(op.get("tags", [])) != 1:
            problems.append(f"{where}: {len(op.get('tags', []))} tags")
        if not op.get("summary") or not op.get("description"):
            problems.append(f"{where}: no summary or description")
        if not any(code.startswith("2") for code in op["responses"]):
            problems.append(f"{where}: no success response")
        if op.get("security") != [{"bearerAuth": []}]:
            problems.append(f"{where}: no bearer security")
    assert problems == []


def test_known_unknown_entries_name_no_route() -> None:
    """Operations the docs name without a URL stay out of the spec until a source gives one."""
    unknown = [e for e in catalog.entries() if not catalog.is_route(e)]
    in_views = {op["operationId"] for view in VIEWS.values() for _, _, op in operations(view)}
    assert unknown, "the catalog records Get coupon and Delete coupon as known-unknown"
    assert [e["operation"] for e in unknown if e["operation"] in in_views] == []
    assert [e["operation"] for e in unknown if not e.get("note")] == []
