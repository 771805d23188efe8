"""Plain-mapping shapes of the request models: one `TypedDict` per model a method accepts.

`partners.create(referring_partner={"key": "ref_1"})` type-checks against `PartnerReferenceParam`
and the runtime checks the mapping's keys against the same class before anything is sent. Keys
are the wire names; values are plain JSON types (nested models as their own shapes, enums as
`Literal`s, dates as ISO strings), because the mapping is read as the model's JSON form.
"""

from __future__ import annotations

import keyword
from collections.abc import Iterable
from dataclasses import dataclass

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import LiteralEnumProperty, ModelProperty, Property
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty

from .plan import ViewPlan, doc_text, text


@dataclass(frozen=True)
class Field:
    key: str
    annotation: str
    required: bool
    doc: str


@dataclass(frozen=True)
class Shape:
    model: str
    name: str
    fields: tuple[Field, ...]
    doc: str

    @property
    def free_form(self) -> bool:
        """An object with no declared fields takes any keys: no TypedDict, a plain dict."""
        return not self.fields

    @property
    def class_syntax(self) -> bool:
        """Class syntax needs keys that are identifiers; others use the functional form."""
        return all(f.key.isidentifier() and not keyword.iskeyword(f.key) for f in self.fields)


def shape_name(model: str) -> str:
    return f"{model}Param"


def _annotation(prop: Property | PropertyProtocol, needed: list[str]) -> str:
    if isinstance(prop, ModelProperty):
        needed.append(prop.class_info.name)
        return shape_name(prop.class_info.name)
    if isinstance(prop, ListProperty):
        return f"list[{_annotation(prop.inner_property, needed)}]"
    if isinstance(prop, UnionProperty):
        parts = dict.fromkeys(_annotation(p, needed) for p in prop.inner_properties)
        return " | ".join(parts)
    if isinstance(prop, LiteralEnumProperty):
        return "Literal[" + ", ".join(repr(v) for v in sorted(prop.values, key=str)) + "]"
    if isinstance(prop, ConstProperty):
        return f"Literal[{prop.value.python_code}]"
    if isinstance(prop, NoneProperty):
        return "None"
    if isinstance(prop, BooleanProperty):
        return "bool"
    if isinstance(prop, IntProperty):
        return "int"
    if isinstance(prop, FloatProperty):
        return "float"
    if isinstance(prop, StringProperty | DateProperty | DateTimeProperty | UuidProperty):
        return "str"
    if isinstance(prop, ModelProperty):  # pragma: no cover - handled above
        return "Any"
    return "Any"


def _shape(model: ModelProperty, needed: list[str]) -> Shape:
    fields = []
    groups = ((True, model.required_properties or []), (False, model.optional_properties or []))
    for required, props in groups:
        for prop in props:
            doc = doc_text(prop.description)
            fields.append(Field(text(prop.name), _annotation(prop, needed), required, doc))
    name = model.class_info.name
    return Shape(name, shape_name(name), tuple(fields), doc_text(model.description))


def shapes(data: GeneratorData, plan: ViewPlan) -> tuple[Shape, ...]:
    """A shape for every request model an argument accepts, and every model nested in those."""
    models = {str(m.class_info.name): m for m in data.models}
    wanted = [p.model for op in plan.all_operations() for p in op.params if p.model]
    done: dict[str, Shape] = {}
    while wanted:
        name = wanted.pop()
        if name in done or name not in models:
            continue
        nested: list[str] = []
        done[name] = _shape(models[name], nested)
        wanted.extend(nested)
    return tuple(done[name] for name in sorted(done))


def names(found: Iterable[Shape]) -> list[str]:
    return [s.name for s in found]
