"""The client's shape, decided once per view in plain Python: what each method is called, what it
takes, what it returns and how it is documented.

openapi-python-client parses the view into endpoints and typed properties; this module reads
those (and the view's own `x-partnero-*` extensions) and writes down every decision the templates
need as plain data. Templates only lay a plan out; they never inspect the spec to decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import AnyProperty, ModelProperty, Property
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonCode, PythonIdentifier, pascal_case, safe_for_docstring

from .views import operations

ReturnKind = Literal["record", "page", "list", "status", "reply"]
Location = Literal["path", "query", "header", "body", "changes"]
RETURN_KINDS: tuple[ReturnKind, ...] = ("record", "page", "list", "status", "reply")

# Methods that may be sent twice without booking anything twice; see retry_safe below.
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# The wrapper property some update bodies put their changes in; flattened into keywords.
_CHANGES = "update"


class PlanError(ValueError):
    """The view asks for something the plan cannot express (a bad override, a name clash)."""


def text(value: UntrustedString | PythonCode | str | None) -> str:
    """Raw text of an openapi-python-client string, for decisions (never emitted as code)."""
    if value is None:
        return ""
    if isinstance(value, UntrustedString):
        return value.get_untrusted_value()
    if isinstance(value, PythonCode):
        return value.as_unembedded_code()
    return str(value)


def code(value: PythonCode) -> str:
    return value.as_unembedded_code()


def doc_text(value: UntrustedString | str | None) -> str:
    """Spec prose made safe for a docstring, with the spec's own line breaks and no others."""
    cleaned = safe_for_docstring(text(value)).strip()
    return "\n".join(line.rstrip() for line in cleaned.splitlines())


def shield_builtins(annotation: str) -> str:
    """Inside a class that defines a method called `list`, the builtin must be named explicitly."""
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", annotation)


@dataclass(frozen=True)
class Param:
    """One argument of a method."""

    name: str
    wire: str
    location: Location
    annotation: str
    default: str | None  # Python source of the default; None when the argument is required
    doc: str
    # The request model a mapping given for this argument is turned into, if any.
    model: str | None = None
    # Every request model this argument may contain (itself or as list items).
    model_in_list: bool = False

    @property
    def required(self) -> bool:
        return self.default is None

    @property
    def declaration(self) -> str:
        annotation = shield_builtins(self.annotation)
        return f"{self.name}: {annotation}" + ("" if self.default is None else f" = {self.default}")


@dataclass(frozen=True)
class Operation:
    """One method of a resource, and the request behind it."""

    operation_id: str
    module: str
    resource: str
    name: str
    http_method: str
    path: str
    returns: ReturnKind
    envelope: str  # type of the whole parsed reply (what raw access exposes as `parsed`)
    result: str  # type the plain call returns; for a page, the type of one item
    params: tuple[Param, ...]
    body_model: str | None
    changes: Param | None  # the wrapper property flattened into keywords, if any
    changes_model: str | None
    retry_safe: bool
    summary: str
    description: str
    data_optional: bool = False  # the reply's `data` is optional in the schema but required here
    overloads: tuple[Overload, ...] = ()
    imports: tuple[str, ...] = ()  # import lines (relative to a resource module) for every type named

    @property
    def arg_docs(self) -> tuple[tuple[str, str], ...]:
        """(argument, description) for the `Args:` block, in signature order."""
        ordered = (*self.path_params, *self.keyword_params)
        return tuple((p.name, p.doc or _fallback_doc(p)) for p in ordered) + (
            ("request_options", "Per-call timeout, retries and extra headers (`RequestOptions`)."),
        )

    @property
    def path_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "path")

    @property
    def keyword_params(self) -> tuple[Param, ...]:
        """Keyword-only arguments: required first, so the signature reads in order of need."""
        return _required_first(p for p in self.params if p.location != "path")

    def in_location(self, *locations: Location) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location in locations)

    @property
    def signature(self) -> str:
        """The arguments in short: `id, *, email, name?` (a ? marks an optional one)."""
        keywords = [f"{p.name}{'' if p.required else '?'}" for p in self.keyword_params]
        return ", ".join([p.name for p in self.path_params] + (["*", *keywords] if keywords else []))

    @property
    def return_annotation(self) -> str:
        """What the plain call returns, in the sync client."""
        return f"SyncPage[{self.result}]" if self.returns == "page" else self.result

    @property
    def async_return_annotation(self) -> str:
        return f"AsyncPaginator[{self.result}]" if self.returns == "page" else self.result

    @property
    def returns_doc(self) -> str:
        return {
            "record": f"The `{self.result}` record inside the reply's `data`.",
            "page": f"The first page of `{self.result}` items; iterating it follows every later page.",
            "list": f"The `{self.result}` items inside the reply's `data`.",
            "status": f"The reply (`{self.result}`), which only confirms the request.",
            "reply": f"The whole reply (`{self.result}`).",
        }[self.returns]

    @property
    def raises_doc(self) -> tuple[str, ...]:
        lines = []
        if self.path_params:
            lines.append("TypeError, ValueError: a path argument is not a non-empty string or id.")
        if any(p.model for p in self.params):
            lines.append("TypeError: a nested argument does not have the documented shape.")
        lines.append("APIStatusError: the server answered with an error status (a subclass per status).")
        lines.append("APIConnectionError: the request did not get an answer (APITimeoutError on a timeout).")
        lines.append("ResponseValidationError: a successful reply does not fit the documented schema.")
        return tuple(lines)


@dataclass(frozen=True)
class Overload:
    """A narrower signature of a method whose return type depends on the arguments given."""

    params: tuple[Param, ...]  # keyword arguments, as in Operation.keyword_params
    result: str


@dataclass(frozen=True)
class Resource:
    name: str
    class_name: str
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class ViewPlan:
    program: str
    resources: tuple[Resource, ...]
    by_module: Mapping[str, Operation] = field(repr=False)
    # Model class name -> Python names of its fields that hold a credential (`x-partnero-secret`).
    secrets: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def reads_as_is(self, prop: PropertyProtocol) -> bool:
        """See read_as_is (the templates reach decisions through the plan)."""
        return read_as_is(prop)

    def secret_fields(self, class_name: str) -> tuple[str, ...]:
        """Fields of a model whose values a repr must not show (signing secrets, login URLs)."""
        return self.secrets.get(class_name, ())

    def operation(self, endpoint: Endpoint) -> Operation:
        """The plan of one endpoint openapi-python-client parsed (templates look plans up here)."""
        return self.by_module[str(endpoint.name)]

    def resource(self, tag: str) -> Resource:
        return next(r for r in self.resources if r.name == tag)

    def all_operations(self) -> Iterable[Operation]:
        for resource in self.resources:
            yield from resource.operations

    def decisions(self) -> list[str]:
        """One line per method: its name, route, return kind and type, keyword arguments and retry
        safety. Tests compare this listing, so any change in the surface shows as a diff."""
        lines = []
        for op in self.all_operations():
            flattened = f" flattens {op.changes.wire}" if op.changes else ""
            retry = "retry-safe" if op.retry_safe else "no-retry"
            lines.append(
                f"{self.program}.{op.resource}.{op.name}({op.signature}) {op.http_method} {op.path}"
                f" -> {op.returns} {op.return_annotation}{flattened} {retry}"
            )
        return lines


# ---- decisions ---------------------------------------------------------------------------


# The property kinds whose templates keep the JSON value as it is: they have no `construct` macro.
_KEPT_AS_IS = (AnyProperty, BooleanProperty, FloatProperty, IntProperty, NoneProperty, StringProperty)


def read_as_is(prop: PropertyProtocol) -> bool:
    """Whether a model's from_dict keeps the reply's value of this property unchanged (a JSON
    scalar, or a union or list of scalars), so the value goes straight into the model's __init__."""
    if isinstance(prop, UnionProperty):
        return all(isinstance(inner, _KEPT_AS_IS) for inner in prop.inner_properties)
    if isinstance(prop, ListProperty):
        return isinstance(prop.inner_property, _KEPT_AS_IS)
    return isinstance(prop, _KEPT_AS_IS)


def method_name(operation_id: str, resource: str, program: str, override: str | None) -> str:
    """The operation id without the resource's own nouns and the program's name, so listPartners
    becomes partners.list and getReferralCustomerBalance customers.get_balance. An
    `x-partnero-method` on the operation overrides the rule where it gives a poor name."""
    if override:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", override):
            raise PlanError(f"x-partnero-method {override!r} of {operation_id} is not a method name")
        return override
    drop = {program}
    for word in resource.split("_"):
        drop |= {word, word.removesuffix("s")}
    words = [w for w in operation_id.split("_") if w not in drop]
    return "_".join(words) if words else operation_id


def success_reply(endpoint: Endpoint) -> Property | None:
    """The documented successful reply: the first 2xx one."""
    for response in endpoint.responses.patterns:
        span = response.status_code.range
        if span is not None and span[0] >= 200 and span[1] < 300:
            return response.prop
    return None


def _members(prop: Property) -> dict[str, tuple[Property, bool]]:
    """Properties of an object schema by wire name, each with whether it is required."""
    if not isinstance(prop, ModelProperty):
        return {}
    found = {text(p.name): (p, True) for p in prop.required_properties or []}
    found.update({text(p.name): (p, False) for p in prop.optional_properties or []})
    return found


def _unset_free(prop: Property) -> str:
    return code(prop.get_type_string(no_optional=True))


def return_kind(reply: Property | None, override: str | None) -> tuple[ReturnKind, str, bool]:
    """What the plain call returns, its type, and whether `data` must be checked for presence.

    A reply with `data` and pagination `links` and `meta` is a page; one whose `data` is a list is
    a list; any other `data` is the record the caller asked for, also where the schema marks it
    optional (Partnero sends it; a reply without it is refused as a misfit, never passed on as a
    half-empty envelope), unless it is optional and undescribed (`Any`): that reply is returned
    whole. A reply without `data` only confirms (status). `x-partnero-returns:
    reply` keeps the whole reply where `data` really is sometimes absent (the first and second
    step of deleting a program differ)."""
    if reply is None:
        return "reply", "Any", False
    whole = code(reply.get_type_string())
    members = _members(reply)
    if override is not None:
        if override != "reply":
            raise PlanError(f"x-partnero-returns supports only 'reply', not {override!r}")
        return "reply", whole, False
    if "data" not in members:
        return ("status" if members else "reply"), whole, False
    data, required = members["data"]
    if not required and isinstance(data, AnyProperty):
        # An undocumented `data` that may be absent is no record to return: keep the reply.
        return "reply", whole, False
    if isinstance(data, ListProperty):
        item = code(data.inner_property.get_type_string())
        if "links" in members and "meta" in members:
            return "page", item, not required
        return "list", f"list[{item}]", not required
    return "record", _unset_free(data), not required


def retry_safe(http_method: str, operation: Mapping[str, Any]) -> bool:
    """Whether sending the request twice cannot change the outcome. PUT and DELETE set a state;
    GET reads one, unless the operation is marked as changing state (`x-partnero-state-changing`,
    for GET routes such as leads/convert that book a sale)."""
    return http_method.upper() in _IDEMPOTENT and not operation.get("x-partnero-state-changing", False)


def _fallback_doc(param: Param) -> str:
    where = {"path": "Path parameter", "query": "Query parameter", "header": "Header"}.get(
        param.location, "Body field"
    )
    return f"{where} `{param.wire}`."


def _imports(endpoint: Endpoint, prefix: str) -> tuple[str, ...]:
    """Every import the method's signature and result may need; unused ones are pruned later."""
    found = set(endpoint.relative_imports)
    props: list[Property] = []
    if len(endpoint.bodies) == 1:
        for prop, _ in _members(endpoint.bodies[0].prop).values():
            props.append(prop)
            props.extend(p for p, _ in _members(prop).values())
    reply = success_reply(endpoint)
    if reply is not None and "data" in _members(reply):
        props.append(_members(reply)["data"][0])
    for prop in props:
        found |= set(prop.get_imports(prefix=prefix)) | set(prop.get_lazy_imports(prefix=prefix))
    return tuple(sorted(found))


def _param_doc(prop: Property, wire: str, python_name: str) -> str:
    doc = doc_text(prop.description)
    if wire != python_name:
        doc = (doc + "\n" if doc else "") + f"Sent as `{wire}`."
    return doc


def _request_model(prop: Property | PropertyProtocol) -> tuple[str | None, bool]:
    """The request model an argument takes, directly or as list items (for mapping coercion)."""
    if isinstance(prop, ModelProperty):
        return prop.class_info.name, False
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
        return prop.inner_property.class_info.name, True
    if isinstance(prop, UnionProperty):  # nullable: the model (or list of models) or None
        found = {_request_model(p) for p in prop.inner_properties} - {(None, False)}
        if len(found) == 1:
            return found.pop()
    return None, False


def _body_param(prop: Property, required: bool, location: Location, force_optional: bool = False) -> Param:
    name = str(prop.python_name)
    wire = text(prop.name)
    model, in_list = _request_model(prop)
    if required and not force_optional:
        annotation, default = code(prop.get_type_string()), None
    elif force_optional:
        annotation, default = f"{_unset_free(prop)} | Unset", "UNSET"
    else:
        annotation, default = code(prop.get_type_string()), "UNSET"
    if model:  # a plain mapping of the model's shape is accepted too (see generator/shapes.py)
        annotation = re.sub(rf"\b{model}\b", f"{model} | {model}Param", annotation)
    return Param(name, wire, location, annotation, default, _param_doc(prop, wire, name), model, in_list)


def _plain_param(prop: Property, location: Location, described: Mapping[str, str]) -> Param:
    """A path, query or header argument. Its description is the parameter's own (the schema's
    when the parameter has none), from the view: openapi-python-client keeps only the schema's."""
    name = str(prop.python_name)
    wire = text(prop.name)
    declaration = code(prop.to_string())
    annotation, _, default = declaration.partition(" = ")
    annotation = annotation.split(": ", 1)[1]
    doc = doc_text(described.get(wire)) if described.get(wire) else _param_doc(prop, wire, name)
    return Param(name, wire, location, annotation, default or None, doc)


def parameter_docs(operation: Mapping[str, Any], parameters: Mapping[str, Any]) -> dict[str, str]:
    """Wire name -> description of the operation's parameters (`$ref`s to components resolved)."""
    found = {}
    for entry in operation.get("parameters", []):
        if isinstance(entry, Mapping) and "$ref" in entry:
            entry = parameters.get(str(entry["$ref"]).rsplit("/", 1)[-1], {})
        if isinstance(entry, Mapping) and entry.get("name") and entry.get("description"):
            found[str(entry["name"])] = str(entry["description"])
    return found


def _body(endpoint: Endpoint, taken: set[str]) -> tuple[list[Param], str | None, Param | None, str | None]:
    """Keyword arguments from the request body: its fields, with an `update` wrapper's fields
    flattened in when none of them clashes with another argument."""
    if len(endpoint.bodies) != 1:
        return [], None, None, None
    body = endpoint.bodies[0].prop
    if not isinstance(body, ModelProperty):
        annotation = code(body.get_type_string())
        return [Param("body", "body", "body", annotation, None, doc_text(body.description))], None, None, None
    members = _members(body)
    wrapper = members.get(_CHANGES)
    inner = _members(wrapper[0]) if wrapper else {}
    others = {str(p.python_name) for w, (p, _) in members.items() if w != _CHANGES}
    flatten = bool(inner) and not ({str(p.python_name) for p, _ in inner.values()} & (others | taken))
    params: list[Param] = []
    changes: Param | None = None
    changes_model: str | None = None
    for wire, (prop, required) in members.items():
        if wire == _CHANGES and flatten and wrapper is not None:
            changes = _body_param(prop, required, "body")
            changes_model = changes.model
            for inner_prop, inner_required in inner.values():
                params.append(
                    _body_param(
                        inner_prop, inner_required and required, "changes", not (inner_required and required)
                    )
                )
        else:
            params.append(_body_param(prop, required, "body"))
    return params, body.class_info.name, changes, changes_model


def plan_operation(
    endpoint: Endpoint,
    operation: Mapping[str, Any],
    resource: str,
    program: str,
    described: Mapping[str, str] | None = None,
) -> Operation:
    module = str(endpoint.name)
    described = described or {}
    path_params = [_plain_param(p, "path", described) for p in endpoint.path_parameters]
    query = [_plain_param(p, "query", described) for p in endpoint.query_parameters]
    headers = [_plain_param(p, "header", described) for p in endpoint.header_parameters]
    taken = {p.name for p in path_params + query + headers}
    body, body_model, changes, changes_model = _body(endpoint, taken)
    params = tuple(path_params + body + query + headers)
    names = [p.name for p in params]
    if len(set(names)) != len(names) or "request_options" in names:
        raise PlanError(f"{module}: arguments clash: {names}")
    kind, result, data_optional = return_kind(success_reply(endpoint), operation.get("x-partnero-returns"))
    reply = success_reply(endpoint)
    return Operation(
        operation_id=module,
        module=module,
        resource=resource,
        name=method_name(module, resource, program, operation.get("x-partnero-method")),
        http_method=endpoint.method.upper(),
        path=text(endpoint.path),
        returns=kind,
        envelope=code(reply.get_type_string()) if reply is not None else "Any",
        result=result,
        params=params,
        body_model=body_model,
        changes=changes,
        changes_model=changes_model,
        retry_safe=retry_safe(endpoint.method, operation),
        summary=doc_text(endpoint.summary) or module,
        description=doc_text(endpoint.description),
        data_optional=data_optional,
        overloads=_overloads([p for p in params if p.location != "path"], reply),
        imports=_imports(endpoint, "..."),
    )


def _overloads(body: list[Param], reply: Property | None) -> tuple[Overload, ...]:
    """A body that takes either one record's fields or a list of them (one sale, or a batch under
    `transactions`), answered with a record or a list, gets an overload per form, so the call with
    one record's fields is typed as returning one record."""
    members = _members(reply) if reply is not None else {}
    data = members.get("data", (None, False))[0]
    batch = [p for p in body if p.model_in_list and not p.required]
    if not isinstance(data, UnionProperty) or len(batch) != 1:
        return ()
    single = [p for p in data.inner_properties if not isinstance(p, ListProperty)]
    many = [p for p in data.inner_properties if isinstance(p, ListProperty)]
    if len(single) != 1 or len(many) != 1:
        return ()
    listed = batch[0]
    rest = tuple(p for p in body if p is not listed)
    required_list = Param(
        listed.name, listed.wire, listed.location, _strip_unset(listed.annotation), None,
        listed.doc, listed.model, listed.model_in_list,
    )  # fmt: skip
    return (
        Overload(_required_first(rest), code(single[0].get_type_string())),
        Overload(_required_first((required_list, *rest)), code(many[0].get_type_string())),
    )


def _required_first(params: Iterable[Param]) -> tuple[Param, ...]:
    return tuple(sorted(params, key=lambda p: not p.required))


def _strip_unset(annotation: str) -> str:
    """The annotation of an argument that must be given: neither UNSET nor None."""
    return " | ".join(part for part in annotation.split(" | ") if part not in ("Unset", "None"))


def plan_view(data: GeneratorData, view: Mapping[str, Any], program: str) -> ViewPlan:
    """The plan of every operation of one program view."""
    by_id: dict[str, Mapping[str, Any]] = {}
    for _method, path, op in operations(dict(view)):
        shared = view.get("paths", {}).get(path, {}).get("parameters", [])
        # Parameters of the path item apply to each of its operations.
        by_id[_snake(op["operationId"])] = {**op, "parameters": [*shared, *op.get("parameters", [])]}
    resources = []
    by_module: dict[str, Operation] = {}
    for tag, collection in data.endpoint_collections_by_tag.items():
        ops = []
        for endpoint in collection.endpoints:
            raw_op = by_id.get(str(endpoint.name), {})
            described = parameter_docs(raw_op, view.get("components", {}).get("parameters", {}))
            planned = plan_operation(endpoint, raw_op, str(tag), program, described)
            ops.append(planned)
            by_module[planned.module] = planned
        seen: dict[str, str] = {}
        for op in ops:
            if op.name in seen:
                raise PlanError(f"{tag}: {seen[op.name]} and {op.module} are both named {op.name!r}")
            seen[op.name] = op.module
        resources.append(Resource(str(tag), _pascal(str(tag)), tuple(ops)))
    return ViewPlan(program, tuple(resources), by_module, secret_fields_of(data, view))


SECRET_KEY = "x-partnero-secret"


def secret_fields_of(data: GeneratorData, view: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """Model class name -> fields marked `x-partnero-secret` in the model's component schema."""
    schemas = view.get("components", {}).get("schemas", {})
    found: dict[str, tuple[str, ...]] = {}
    for model in data.models:
        # Component models are named by their reference, "/components/schemas/<name>".
        schema = schemas.get(text(model.name).rsplit("/", 1)[-1], {})
        marked = {name for name, prop in schema.get("properties", {}).items() if prop.get(SECRET_KEY)}
        props = [*(model.required_properties or []), *(model.optional_properties or [])]
        names = tuple(sorted(str(p.python_name) for p in props if text(p.name) in marked))
        if names:
            found[model.class_info.name] = names
    return found


def _snake(operation_id: str) -> str:
    return str(PythonIdentifier(operation_id, ""))


def _pascal(name: str) -> str:
    return pascal_case(name)
