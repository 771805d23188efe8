"""Every method of every program client, against the mock: sync and async, plain and raw.

Arguments come from the spec's own examples (the request body example, each parameter's example),
turned into keyword arguments by the generator's plan, nested objects as plain mappings. Each call
runs against a fresh program seeded with the demo data the examples refer to (partner_123,
customer_123, lead 44, ...). A call must return what the plan promises (a record of the declared
model, a list, a page) or raise an APIStatusError the mock chose (a 404 for a record the examples do not
seed, a 422 for a rule the example breaks) only where EXPECTED_ERRORS says so; anything else fails.
"""

from __future__ import annotations

import asyncio
import copy
import importlib
import inspect
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_python_client.strings import PythonIdentifier
from partnero_client import APIStatusError, RawResponse
from partnero_client._core.pagination import AsyncPage, SyncPage
from partnero_mock.seed import load_seed

from generator.pipeline import load_source, program_views
from generator.plan import Operation, ViewPlan
from generator.render import plan_for
from generator.views import operations

from .conftest import OUTCOMES

DEMO_SEED = Path(__file__).resolve().parents[2] / "mock" / "partnero_mock" / "examples" / "demo-seed.yaml"
DEMO = {
    key.split("_")[1]: contents
    for key, contents in yaml.safe_load(DEMO_SEED.read_text(encoding="utf-8"))["programs"].items()
}
MODES = ("sync", "sync-raw", "async", "async-raw")

# The calls whose spec example cannot succeed against the demo data, and the status the mock gives
# them: every other call must succeed in all four forms, so its return is checked. An example that
# names the seeded record is what the reads need, so a create with it finds the record taken.
EXPECTED_ERRORS: dict[tuple[str, str], int] = {
    # the example's key, id or e-mail is the seeded record's
    ("affiliate", "createPartner"): 422,
    ("affiliate", "createCustomer"): 422,
    ("affiliate", "createPartnerReferralLink"): 422,
    ("referral", "createReferralCustomer"): 422,
    ("referral", "createCustomerReferralLink"): 422,
    ("newsletter", "createSubscriber"): 422,
    # the example names a coupon the demo data does not have
    ("affiliate", "createPromotionCode"): 422,
    # a restore or approval needs a record in the opposite state from the one the reads need
    ("affiliate", "restorePartner"): 400,
    ("affiliate", "restoreCustomer"): 400,
    ("affiliate", "restoreTransaction"): 400,
    ("affiliate", "approveCustomer"): 400,
    ("referral", "restoreReferralCustomer"): 400,
    # the partner's default link (the example) is the one link that cannot be deleted
    ("affiliate", "deletePartnerReferralLink"): 400,
    # deleting a program is two calls: the first returns the code the second needs
    ("affiliate", "deleteProgram"): 422,
    ("referral", "deleteReferralProgram"): 422,
    # the legacy routes' examples name no customer (key "example", an empty customer)
    ("affiliate", "legacyGetCustomer"): 404,
    ("affiliate", "legacyUpdateCustomer"): 404,
    ("affiliate", "legacyDeleteCustomer"): 404,
    ("affiliate", "legacyCreateCustomer"): 422,
    # a payout request needs approved rewards, which no seed section creates
    ("affiliate", "getPayoutRequest"): 404,
    ("affiliate", "approvePayoutRequest"): 404,
    ("affiliate", "markPayoutRequestPaid"): 404,
}
VIEWS = program_views(load_source())


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ViewPlan]:
    out = tmp_path_factory.mktemp("plans")
    return {program: plan_for(view, program, out / program) for program, view in VIEWS.items()}


def _cases() -> Iterator[tuple[str, str]]:
    for program, view in VIEWS.items():
        for _path, _method, op in operations(view):
            yield program, op["operationId"]


def _resolve(view: dict[str, Any], node: Any) -> Any:
    for _ in range(10):
        if not (isinstance(node, dict) and "$ref" in node):
            return node
        section, name = node["$ref"].split("/")[-2:]
        node = view["components"][section][name]
    return node


_NONE_GIVEN = object()


def _given_example(view: dict[str, Any], holder: dict[str, Any]) -> Any:
    """The example the spec gives a parameter or media type: `example`, the first of `examples`,
    or the schema's own; _NONE_GIVEN when it gives none."""
    if "example" in holder:
        return holder["example"]
    if holder.get("examples"):
        first = next(iter(holder["examples"].values()))
        return _resolve(view, first).get("value")
    schema = _resolve(view, holder.get("schema", {}))
    if isinstance(schema, dict) and "example" in schema:
        return schema["example"]
    return _NONE_GIVEN


def _example(view: dict[str, Any], holder: dict[str, Any]) -> Any:
    """The spec's example, or a minimal value made from the schema when it gives none."""
    given = _given_example(view, holder)
    return _minimal(view, holder.get("schema", {})) if given is _NONE_GIVEN else given


def _minimal(view: dict[str, Any], schema: Any) -> Any:
    schema = _resolve(view, schema)
    if not isinstance(schema, dict):
        return None
    for combined in ("oneOf", "anyOf", "allOf"):
        if schema.get(combined):
            return _minimal(view, schema[combined][0])
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
    for given in ("enum", "examples"):
        if schema.get(given):
            return schema[given][0]
    if "default" in schema:
        return schema["default"]
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        return {name: _minimal(view, props.get(name, {})) for name in schema.get("required", [])}
    if kind in ("integer", "number"):
        return schema.get("minimum", 1)
    if kind == "string":
        return _FORMATTED.get(schema.get("format", ""), "example")
    if kind == "array":
        return [_minimal(view, schema.get("items", {}))] * schema.get("minItems", 0)
    return True if kind == "boolean" else None


# A value the server accepts for each string format the spec uses, where "example" is not one.
_FORMATTED = {"uri": "https://example.com/hook", "email": "someone@example.com", "date": "2024-01-31"}


def _raw_operation(view: dict[str, Any], operation_id: str) -> tuple[str, dict[str, Any]]:
    for _method, path, op in operations(view):
        if op["operationId"] == operation_id:
            shared = view["paths"][path].get("parameters", [])
            return path, {**op, "parameters": [*shared, *op.get("parameters", [])]}
    raise KeyError(operation_id)


def _arguments(view: dict[str, Any], op: Operation, raw: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    """Positional path arguments and keyword arguments for one call, from the examples."""
    by_wire = {}
    for entry in raw.get("parameters", []):
        entry = _resolve(view, entry)
        # An optional parameter is sent only when the spec gives an example for it: a made-up
        # value for every filter at once (`key=ref_123&email=example`) names nothing.
        if entry.get("required") or _given_example(view, entry) is not _NONE_GIVEN:
            by_wire[(entry["in"], entry["name"])] = _example(view, entry)
    positional = [by_wire.get(("path", p.wire)) for p in op.path_params]
    keywords: dict[str, Any] = {}
    for p in op.in_location("query"):
        value = by_wire.get(("query", p.wire))
        if value is not None:
            keywords[p.name] = value
    media = raw.get("requestBody", {}).get("content", {}).get("application/json")
    body = copy.deepcopy(_example(view, media)) if media else None
    if isinstance(body, dict):
        names = {p.wire: p.name for p in op.in_location("body")}
        inner = {p.wire: p.name for p in op.in_location("changes")}
        for wire, value in body.items():
            if op.changes is not None and wire == op.changes.wire and isinstance(value, dict):
                keywords.update({inner[k]: v for k, v in value.items() if k in inner})
            elif wire in names:
                keywords[names[wire]] = value
    return positional, keywords


def _client(program: str, key: str, base_url: str, http: Any) -> Any:
    module = importlib.import_module(f"partnero_client.{program}")
    is_async = isinstance(http, httpx.AsyncClient)
    name = f"{'Async' if is_async else ''}{program.capitalize()}Client"
    return getattr(module, name)(api_key=key, base_url=base_url, http_client=http)


def _fresh_program(partnero_mock: Any, program: str) -> str:
    key: str = partnero_mock.new_key(program)
    load_seed(partnero_mock.state, {"programs": {key: DEMO[program]}})
    return key


def _check(program: str, op: Operation, result: Any, raw: bool, is_async: bool) -> None:
    if raw:
        assert isinstance(result, RawResponse) and 200 <= result.status_code < 300
        assert result.parsed is not None
        result = result.parse()
    if op.returns == "page":
        assert isinstance(result, AsyncPage if is_async else SyncPage)
    elif op.returns == "list":
        assert isinstance(result, list)
    elif op.returns == "record" and op.result != "Any" and " | " not in op.result:
        models = importlib.import_module(f"partnero_client.{program}.models")
        assert isinstance(result, getattr(models, op.result)), (op.name, type(result))


@pytest.fixture(scope="module")
def sync_http() -> Iterator[httpx.Client]:
    """One connection pool for the module's sync calls (a client per call costs an SSL context)."""
    with httpx.Client() as http:
        yield http


@pytest.mark.parametrize(("program", "operation_id"), list(_cases()))
def test_every_method(
    program: str,
    operation_id: str,
    plans: dict[str, ViewPlan],
    partnero_mock: Any,
    sync_http: httpx.Client,
) -> None:
    """One operation in all four forms, each on a freshly seeded program."""
    view = VIEWS[program]
    op = next(
        o for o in plans[program].all_operations() if o.module == str(PythonIdentifier(operation_id, ""))
    )
    positional, keywords = _arguments(view, op, _raw_operation(view, operation_id)[1])

    def method_of(client: Any, raw: bool) -> Any:
        return getattr(getattr(client.with_raw_response if raw else client, op.resource), op.name)

    results: list[tuple[str, Any]] = []
    for raw in (False, True):
        client = _client(program, _fresh_program(partnero_mock, program), partnero_mock.base_url, sync_http)
        mode = f"sync{'-raw' * raw}"
        try:
            results.append((mode, method_of(client, raw)(*positional, **keywords)))
        except APIStatusError as exc:
            assert exc.status_code in (400, 404, 409, 422), (mode, exc)
            results.append((mode, exc))

    async def run_async() -> None:
        async with httpx.AsyncClient() as http:
            for raw in (False, True):
                client = _client(
                    program, _fresh_program(partnero_mock, program), partnero_mock.base_url, http
                )
                mode = f"async{'-raw' * raw}"
                try:
                    outcome = method_of(client, raw)(*positional, **keywords)
                    results.append((mode, await outcome if inspect.isawaitable(outcome) else outcome))
                except APIStatusError as exc:
                    assert exc.status_code in (400, 404, 409, 422), (mode, exc)
                    results.append((mode, exc))

    asyncio.run(run_async())
    assert [mode for mode, _ in results] == list(MODES)
    for mode, result in results:
        if isinstance(result, APIStatusError):
            OUTCOMES[f"{mode}: status {result.status_code}"] += 1
            continue
        OUTCOMES[f"{mode}: success"] += 1
        _check(program, op, result, mode.endswith("raw"), mode.startswith("async"))
    # The four forms agree, and on what this call is expected to give with its example.
    kinds = {r.status_code if isinstance(r, APIStatusError) else "ok" for _, r in results}
    assert kinds == {EXPECTED_ERRORS.get((program, operation_id), "ok")}, results
