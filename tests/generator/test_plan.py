"""The plan: every decision about the client's surface, made in Python and tested here."""

from __future__ import annotations

import difflib
import os
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client import Project

from generator.pipeline import load_source, program_views
from generator.plan import (
    PlanError,
    ViewPlan,
    doc_text,
    method_name,
    plan_view,
    read_as_is,
    retry_safe,
    shield_builtins,
)
from generator.render import TEMPLATES, parse_view, plan_for
from generator.views import operations

DECISIONS = Path(__file__).with_name("plan_decisions.txt")


def _ok(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


THING = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
PAGE_PROPS = {"links": {"type": "object"}, "meta": {"type": "object"}}


def _view(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "tags": [{"name": "things"}],
        "paths": paths,
        "components": {"schemas": {"Thing": THING, **(schemas or {})}},
    }


def _op(operation_id: str, responses: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"operationId": operation_id, "tags": ["things"], "responses": responses, **extra}


def _plan(tmp_path: Path, paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> ViewPlan:
    return plan_for(_view(paths, schemas), "affiliate", tmp_path)


def _one(plan: ViewPlan, name: str) -> Any:
    return next(op for op in plan.all_operations() if op.name == name)


REF = {"$ref": "#/components/schemas/Thing"}


def test_return_kinds_follow_the_reply_schema(tmp_path: Path) -> None:
    obj = lambda req, **props: {"type": "object", "required": req, "properties": props}  # noqa: E731
    paths = {
        "/things": {
            "get": _op("listThings", _ok(obj(["data"], data={"type": "array", "items": REF}, **PAGE_PROPS))),
            "post": _op("createThing", _ok(obj(["data"], data=REF))),
        },
        "/things/all": {"get": _op("allThings", _ok(obj(["data"], data={"type": "array", "items": REF})))},
        "/things/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": _op("getThing", _ok(obj([], data=REF, status={"type": "string"}))),
            "delete": _op("deleteThing", _ok(obj(["status"], status={"type": "string"}))),
            "put": _op("updateThing", _ok(obj([], data=REF)), **{"x-partnero-returns": "reply"}),
        },
        "/raw": {"get": _op("rawThing", {"200": {"description": "ok"}})},
    }
    plan = _plan(tmp_path, paths)
    kinds = {op.name: (op.returns, op.result, op.data_optional) for op in plan.all_operations()}
    assert kinds["list"] == ("page", "Thing", False)
    assert kinds["create"] == ("record", "Thing", False)
    assert kinds["all"] == ("list", "list[Thing]", False)
    # `data` optional in the schema: still the record, and its absence is checked at runtime.
    assert kinds["get"] == ("record", "Thing", True)
    assert kinds["delete"][0] == "status"
    assert kinds["update"][0] == "reply" and kinds["update"][1] != "Thing"
    assert kinds["raw"] == ("reply", "Any", False)


def test_a_bad_returns_override_is_refused(tmp_path: Path) -> None:
    paths = {"/things": {"get": _op("getThings", _ok(REF), **{"x-partnero-returns": "record"})}}
    with pytest.raises(PlanError, match="x-partnero-returns"):
        _plan(tmp_path, paths)


def test_method_names_drop_resource_and_program_words_unless_overridden() -> None:
    assert method_name("list_partners", "partners", "affiliate", None) == "list"
    assert method_name("update_partner_by_body", "partners", "affiliate", None) == "update_by_body"
    assert method_name("get_referral_customer_balance", "customers", "referral", None) == "get_balance"
    assert method_name("test_api_key", "test", "affiliate", None) == "api_key"
    assert method_name("test_api_key", "test", "affiliate", "check_key") == "check_key"
    # Nothing left after dropping: keep the operation name rather than an empty one.
    assert method_name("partners", "partners", "affiliate", None) == "partners"
    with pytest.raises(PlanError):
        method_name("test_api_key", "test", "affiliate", "Check-Key")


def test_two_operations_with_one_name_are_refused(tmp_path: Path) -> None:
    paths = {
        "/things": {"get": _op("getThing", _ok(REF))},
        "/things/other": {"get": _op("getThings", _ok(REF), **{"x-partnero-method": "get"})},
    }
    with pytest.raises(PlanError, match="both named 'get'"):
        _plan(tmp_path, paths)


def test_retry_safety_comes_from_the_method_and_the_state_changing_mark() -> None:
    assert retry_safe("get", {}) and retry_safe("PUT", {}) and retry_safe("delete", {})
    assert not retry_safe("post", {})
    assert not retry_safe("get", {"x-partnero-state-changing": True})


def _body_op(operation_id: str, schema: dict[str, Any]) -> dict[str, Any]:
    body = {"required": True, "content": {"application/json": {"schema": schema}}}
    return _op(
        operation_id,
        _ok({"type": "object", "required": ["data"], "properties": {"data": REF}}),
        requestBody=body,
    )


def test_an_update_wrapper_is_flattened_unless_a_field_clashes(tmp_path: Path) -> None:
    changes = {"type": "object", "properties": {"name": {"type": "string"}, "note": {"type": "string"}}}
    flat = {
        "type": "object",
        "required": ["update"],
        "properties": {"key": {"type": "string"}, "update": changes},
    }
    clash = {
        "type": "object",
        "required": ["update"],
        "properties": {"name": {"type": "string"}, "update": {"$ref": "#/components/schemas/Changes"}},
    }
    paths = {"/a": {"put": _body_op("updateThing", flat)}, "/b": {"put": _body_op("replaceThing", clash)}}
    plan = _plan(tmp_path, paths, {"Changes": changes})
    update, replace = _one(plan, "update"), _one(plan, "replace")
    assert update.changes is not None and update.changes.wire == "update"
    assert [(p.name, p.location, p.required) for p in update.keyword_params] == [
        ("name", "changes", False),
        ("note", "changes", False),
        ("key", "body", False),
    ]
    assert replace.changes is None
    assert {p.name for p in replace.keyword_params} == {"name", "update"}
    nested = next(p for p in replace.keyword_params if p.name == "update")
    assert nested.model == "Changes" and "ChangesParam" in nested.annotation


def test_path_parameters_come_first_then_required_keywords(tmp_path: Path) -> None:
    body = {
        "type": "object",
        "required": ["amount"],
        "properties": {"note": {"type": "string"}, "amount": {"type": "number"}},
    }
    op = _body_op("rewardThing", body)
    op["parameters"] = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    plan = _plan(tmp_path, {"/things/{id}/reward": {"post": op}})
    reward = _one(plan, "reward")
    assert [p.name for p in reward.path_params] == ["id"]
    assert [p.name for p in reward.keyword_params] == ["amount", "note"]
    assert [name for name, _ in reward.arg_docs] == ["id", "amount", "note", "request_options"]


def test_docs_keep_the_spec_line_breaks_and_no_others() -> None:
    prose = (
        "One long line that a wrapper would have cut somewhere in the middle of it, for sure, yes.\nSecond."
    )
    assert doc_text(prose) == prose
    assert doc_text('Say """hi"""  \n') == 'Say \\"\\"\\"hi\\"\\"\\"'


def test_builtin_list_is_named_explicitly_inside_resources() -> None:
    assert shield_builtins("list[Partner] | None") == "builtins.list[Partner] | None"
    assert shield_builtins("SyncPage[list[int]]") == "SyncPage[builtins.list[int]]"
    assert shield_builtins("builtins.list[int]") == "builtins.list[int]"


@pytest.fixture(scope="module")
def real_plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ViewPlan]:
    """The plans of the real views (parsing them takes a few seconds, so once per module)."""
    out = tmp_path_factory.mktemp("views")
    return {p: plan_for(v, p, out / p) for p, v in program_views(load_source()).items()}


def test_the_listed_decisions_match_the_committed_listing(real_plans: dict[str, ViewPlan]) -> None:
    """Every method's name, route, return kind and type, arguments and retry safety. A change in
    the surface shows up here as a diff; PARTNERO_UPDATE_PLAN=1 rewrites the listing."""
    current = [line for plan in real_plans.values() for line in plan.decisions()]
    if os.environ.get("PARTNERO_UPDATE_PLAN") == "1":
        DECISIONS.write_text("\n".join(current) + "\n", encoding="utf-8")
    committed = DECISIONS.read_text(encoding="utf-8").splitlines()
    diff = "\n".join(difflib.unified_diff(committed, current, "committed", "current", lineterm=""))
    assert not diff, f"the client's surface changed (PARTNERO_UPDATE_PLAN=1 to accept):\n{diff}"


def test_every_operation_of_every_view_is_planned(real_plans: dict[str, ViewPlan]) -> None:
    for program, view in program_views(load_source()).items():
        ids = {op.operation_id for op in real_plans[program].all_operations()}
        assert len(ids) == sum(1 for _ in operations(view)) > 0


def _methods(program: str) -> dict[tuple[str, str], Any]:
    """(resource, method) -> the generated sync method, for every resource of a program client."""
    import importlib
    import inspect

    client_module = importlib.import_module(f"partnero_client.{program}.client")
    client_class = getattr(client_module, f"{program.capitalize()}Client")
    found = {}
    for resource, attribute in vars(client_class).items():
        if not isinstance(attribute, cached_property) or resource == "with_raw_response":
            continue
        api = importlib.import_module(f"partnero_client.{program}.api.{resource}")
        cls = next(c for n, c in vars(api).items() if n.endswith("Resource") and not n.startswith("Async"))
        for name, member in inspect.getmembers(cls, inspect.isfunction):
            if not name.startswith("_"):
                found[(resource, name)] = member
    return found


def test_help_documents_every_argument_with_the_spec_text(real_plans: dict[str, ViewPlan]) -> None:
    """Args/Returns/Raises on every method; every argument listed; the spec's description
    verbatim, so no line break that the spec did not have (the old double wrapping)."""
    import inspect

    for program, plan in real_plans.items():
        methods = _methods(program)
        assert len(methods) == sum(1 for _ in plan.all_operations())
        for op in plan.all_operations():
            method = methods[(op.resource, op.name)]
            doc = inspect.getdoc(method) or ""
            args = doc.split("Args:\n", 1)[1].split("\n\nReturns:\n", 1)[0]
            listed = [line.split(":", 1)[0].strip() for line in args.splitlines() if line[4:5] != " "]
            arguments = [n for n in inspect.signature(method).parameters if n != "self"]
            assert listed == arguments, (program, op.name)
            assert "\nRaises:\n" in doc and op.summary in doc
            assert op.description in doc, (program, op.name)


def test_fields_marked_secret_are_listed_per_model(real_plans: dict[str, ViewPlan]) -> None:
    assert real_plans["affiliate"].secret_fields("Webhook") == ("signature",)
    assert real_plans["affiliate"].secret_fields("PartnerSignInUrl") == ("url",)
    assert real_plans["newsletter"].secret_fields("Webhook") == ("signature",)
    assert real_plans["affiliate"].secret_fields("Partner") == ()


def test_only_the_program_deletion_returns_the_whole_reply(real_plans: dict[str, ViewPlan]) -> None:
    """Deleting a program is a two-step exchange whose replies differ (a confirmation code is
    sent, then the program is gone), so it alone is marked to return the reply; any other call
    returns its record, page, list or status."""
    whole = [
        f"{program}.{op.resource}.{op.name}"
        for program, plan in real_plans.items()
        for op in plan.all_operations()
        if op.returns == "reply"
    ]
    assert whole == ["affiliate.program.delete", "referral.program.delete", "newsletter.program.delete"]


def test_every_argument_has_a_description_in_the_spec(real_plans: dict[str, ViewPlan]) -> None:
    """No `Args:` line falls back to the generic 'Body field `x`.': each argument's meaning is
    written in the spec (per program where it differs)."""
    offenders = [
        f"{program}.{op.resource}.{op.name}({param.name})"
        for program, plan in real_plans.items()
        for op in plan.all_operations()
        for param in (*op.path_params, *op.keyword_params)
        if not param.doc
    ]
    assert offenders == [], f"{len(offenders)} arguments without a description: {', '.join(offenders)}"


def test_values_kept_as_they_are_are_the_kinds_without_a_construct_template(tmp_path: Path) -> None:
    # from_dict passes such values straight to __init__ and the list and union templates assign
    # them as they are, so a kind read as is must be one whose template converts nothing.
    thing = {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string"},
            "count": {"type": "integer"},
            "share": {"type": "number"},
            "active": {"type": "boolean"},
            "nickname": {"type": ["string", "null"]},
            "labels": {"type": "array", "items": {"type": "string"}},
            "extra": {},
            "created_at": {"type": "string", "format": "date-time"},
            "kind": {"type": "string", "enum": ["a", "b"]},
            "parent": {"$ref": "#/components/schemas/Other"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Other"}},
            "stamps": {"type": "array", "items": {"type": "string", "format": "date-time"}},
            "when": {"type": ["string", "null"], "format": "date-time"},
        },
    }
    other = {"type": "object", "properties": {"id": {"type": "string"}}}
    view = _view({"/things": {"get": _op("listThings", _ok(REF))}}, {"Thing": thing, "Other": other})
    data, config = parse_view(view, "affiliate", tmp_path)
    model = next(m for m in data.models if str(m.class_info.name) == "Thing")
    kept = {str(p.python_name): read_as_is(p) for p in model.required_properties + model.optional_properties}
    assert kept == {
        **dict.fromkeys(["id", "count", "share", "active", "nickname", "labels", "extra"], True),
        **dict.fromkeys(["created_at", "kind", "parent", "children", "stamps", "when"], False),
    }
    env = Project(openapi=data, config=config, custom_template_path=TEMPLATES).env
    env.globals.update(plan=plan_view(data, view, "affiliate"))
    for prop in model.required_properties + model.optional_properties:
        scalars = getattr(prop, "inner_properties", None) or [getattr(prop, "inner_property", prop)]
        for scalar in scalars:
            module = env.get_template(f"property_templates/{scalar.template}").module
            assert hasattr(module, "construct") != read_as_is(scalar), scalar.template
