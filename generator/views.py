"""Derive one narrowed OpenAPI document per program type from the curated source document.

The source holds every program's variant of a shared path. Operations, parameters and `oneOf`
branches that belong to some program types only say so with `x-partnero-program`. A view keeps what
applies to its program, collapses each tagged `oneOf` to that program's single branch (the Python
generator ignores discriminators and would otherwise pick the first branch that parses), renames
operations listed under `x-partnero-operation-id`, takes a node's `description` from
`x-partnero-description` where that names the program (so a shared operation explains only the
view's program), sets a shared request body's `required` from `x-partnero-required` (the programs
that need one), leaves out parameters that are only another spelling of one the operation already
has (`x-partnero-alias-of`: a client sends the primary spelling, one keyword), and drops components
nothing references. Provenance (`x-partnero-evidence`: which
sources back a statement) stays in the source document; views are for the users of one program.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

PROGRAMS = ("affiliate", "referral", "newsletter")
PROGRAM_KEY = "x-partnero-program"
OPERATION_ID_KEY = "x-partnero-operation-id"
DESCRIPTION_KEY = "x-partnero-description"
EVIDENCE_KEY = "x-partnero-evidence"
ALIAS_KEY = "x-partnero-alias-of"
REQUIRED_KEY = "x-partnero-required"
SOURCE_ONLY_KEYS = (PROGRAM_KEY, OPERATION_ID_KEY, DESCRIPTION_KEY, EVIDENCE_KEY, ALIAS_KEY, REQUIRED_KEY)
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Json = Any


class ViewError(ValueError):
    """The source document marks programs in a way no view can be derived from."""


def programs_of(node: Json) -> tuple[str, ...]:
    """Programs a node applies to; an unmarked node applies to every program."""
    marked = node.get(PROGRAM_KEY) if isinstance(node, dict) else None
    if marked is None:
        return PROGRAMS
    unknown = set(marked) - set(PROGRAMS)
    if unknown:
        raise ViewError(f"unknown program type(s) {sorted(unknown)} in {PROGRAM_KEY}")
    return tuple(marked)


def derive_view(source: Json, program: str) -> Json:
    """Return a complete OpenAPI document with only `program`'s operations and schemas."""
    if program not in PROGRAMS:
        raise ViewError(f"unknown program type {program!r}")
    doc = copy.deepcopy(source)
    components = doc.pop("components", {})
    paths = {}
    for path, item in doc.get("paths", {}).items():
        kept = _narrow_path_item(item, program, components, where=path)
        if kept is not None:
            paths[path] = kept
    doc["paths"] = paths
    if "webhooks" in doc:
        # Deliveries are path items too; keep only the events of this program type.
        hooks = {}
        for event, item in doc["webhooks"].items():
            kept = _narrow_path_item(item, program, components, where=f"webhook {event}")
            if kept is not None:
                hooks[event] = kept
        doc["webhooks"] = hooks
    doc["components"] = _reachable_components(doc, components, program)
    doc["info"] = _narrow(doc["info"], program, components, where="info")
    doc["tags"] = _narrow(doc.get("tags", []), program, components, where="tags")
    doc["info"]["title"] = f"{source['info']['title']} ({program} programs)"
    doc["x-partnero-view"] = program
    _prune_unused_tags(doc)
    return _strip_markers(doc)


def _narrow_path_item(item: Json, program: str, components: Json, where: str) -> Json | None:
    operations = [m for m in HTTP_METHODS if m in item]
    for method in operations:
        operation = item[method]
        if program not in programs_of(operation):
            del item[method]
            continue
        renamed = operation.get(OPERATION_ID_KEY, {}).get(program)
        if renamed:
            operation["operationId"] = renamed
        item[method] = _narrow(operation, program, components, where=f"{method.upper()} {where}")
    if not any(m in item for m in HTTP_METHODS):
        return None
    return _narrow(item, program, components, where=where)


def _narrow(node: Json, program: str, components: Json, where: str) -> Json:
    if isinstance(node, list):
        kept = [n for n in node if program in programs_of(_resolve(n, components))]
        kept = _without_aliases(kept, components, where)
        return [_narrow(n, program, components, where) for n in kept]
    if not isinstance(node, dict):
        return node
    for union in ("oneOf", "anyOf"):
        if union in node and any(PROGRAM_KEY in _resolve(b, components) for b in node[union]):
            return _collapse(node, union, program, components, where)
    # Map entries (examples, properties, responses) marked for other programs are dropped too.
    narrowed = {
        k: _narrow(v, program, components, where)
        for k, v in node.items()
        if not (isinstance(v, dict) and program not in programs_of(_resolve(v, components)))
    }
    if "schema" in node and node.get("examples") and not narrowed.get("examples", True):
        del narrowed["examples"]  # all of a media type's examples were another program's
    description = _description_for(node, program, where)
    if description is not None:
        narrowed["description"] = description
    if REQUIRED_KEY in node:
        narrowed["required"] = program in _programs_listed(node[REQUIRED_KEY], where)
    return narrowed


def _programs_listed(value: Json, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or set(value) - set(PROGRAMS):
        raise ViewError(f"{where}: {REQUIRED_KEY} must list program types")
    return tuple(value)


def _without_aliases(items: list[Json], components: Json, where: str) -> list[Json]:
    """Parameters other than the alternative spellings of a parameter in the same list.

    An alias stays in the source (servers and other tools may want it); in a view it would be a
    second keyword for the same filter."""
    resolved = [_resolve(item, components) for item in items]
    names = {r.get("name") for r in resolved if isinstance(r, dict) and "in" in r and ALIAS_KEY not in r}
    kept = []
    for item, parameter in zip(items, resolved, strict=True):
        primary = parameter.get(ALIAS_KEY) if isinstance(parameter, dict) else None
        if primary is None:
            kept.append(item)
        elif primary not in names:
            raise ViewError(f"{where}: {parameter.get('name')} is an alias of {primary}, which is missing")
    return kept


def _description_for(node: Json, program: str, where: str) -> str | None:
    """The program's own wording of a node's description, if the source gives one."""
    per_program = node.get(DESCRIPTION_KEY)
    if per_program is None:
        return None
    if not isinstance(per_program, dict) or set(per_program) - set(PROGRAMS):
        raise ViewError(f"{where}: {DESCRIPTION_KEY} must map program types to text")
    text = per_program.get(program)
    return text if isinstance(text, str) else None


def _collapse(node: Json, union: str, program: str, components: Json, where: str) -> Json:
    """Replace a union of program variants with this program's variant."""
    branches = [b for b in node[union] if program in programs_of(_resolve(b, components))]
    if len(branches) != 1:
        raise ViewError(f"{where}: {len(branches)} {union} branches for {program}; need exactly one")
    rest = {k: v for k, v in node.items() if k not in (union, "discriminator")}
    if rest:
        return _narrow({"allOf": [branches[0]], **rest}, program, components, where)
    return _narrow(branches[0], program, components, where)


def _resolve(node: Json, components: Json) -> Json:
    """Follow a local `$ref` once, so markers on referenced parameters and schemas count."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref.startswith("#/components/"):
            kind, name = ref[len("#/components/") :].split("/", 1)
            return components.get(kind, {}).get(name, {})
    return node


def _refs(node: Json) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _reachable_components(doc: Json, components: Json, program: str) -> Json:
    """Narrowed copies of the components the view reaches, directly or through each other.

    Components nothing reaches are dropped unnarrowed: they may hold unions with no branch for
    this program at all."""
    kept: Json = {kind: {} for kind in components}
    kept["securitySchemes"] = components.get("securitySchemes", {})
    pending = list(_refs(doc))
    while pending:
        ref = pending.pop()
        if not ref.startswith("#/components/"):
            continue
        kind, name = ref[len("#/components/") :].split("/", 1)
        if name in kept.get(kind, {}) or name not in components.get(kind, {}):
            continue
        narrowed = _narrow(components[kind][name], program, components, where=ref)
        kept[kind][name] = narrowed
        pending.extend(_refs(narrowed))
    # Source order, so views read like the source and diff cleanly.
    return {
        kind: {name: kept[kind][name] for name in components[kind] if name in kept[kind]}
        for kind in components
        if kept.get(kind)
    }


def _prune_unused_tags(doc: Json) -> None:
    used = {
        tag
        for item in doc["paths"].values()
        for method in HTTP_METHODS
        if method in item
        for tag in item[method].get("tags", [])
    }
    doc["tags"] = [t for t in doc.get("tags", []) if t["name"] in used]


def _strip_markers(node: Json) -> Json:
    if isinstance(node, dict):
        return {k: _strip_markers(v) for k, v in node.items() if k not in SOURCE_ONLY_KEYS}
    if isinstance(node, list):
        return [_strip_markers(n) for n in node]
    return node


def operations(doc: Json) -> Iterator[tuple[str, str, Json]]:
    """Yield (method, path, operation) for every operation of a document."""
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]
