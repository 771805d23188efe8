"""openapi-python-client's parse without its defensive copies of endpoints.

Each step that fills in an endpoint (`add_parameters`, `_add_responses`, `sort_parameters`)
starts with `deepcopy(endpoint)` and returns the copy. Every caller (`Endpoint.from_data`,
`EndpointCollection.from_data`) rebinds its variable to the returned value and never looks at the
old endpoint again, so the copy protects nothing; it copies every property, model and
import set the endpoint holds, four times per operation, and was over a fifth of a generator run.
Within `without_endpoint_copies()`, the parser module's `deepcopy` hands an endpoint back as it
is (anything else is still copied). This holds for the reviewed release only (`REVIEWED`): with
another one the parse runs unchanged, and tests/generator/test_endpoint_copies.py fails until
the callers are read again.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import version
from typing import Any, TypeVar

from openapi_python_client.parser import openapi

REVIEWED = "0.29.1"
_T = TypeVar("_T")


def _copy_unless_endpoint(value: _T, memo: dict[int, Any] | None = None, _nil: Any = None) -> _T:
    return value if isinstance(value, openapi.Endpoint) else copy.deepcopy(value, memo)


@contextmanager
def without_endpoint_copies() -> Iterator[None]:
    if version("openapi-python-client") != REVIEWED:
        yield
        return
    parser: Any = openapi  # `deepcopy` is a name the module imported, not one it exports
    original, parser.deepcopy = parser.deepcopy, _copy_unless_endpoint
    try:
        yield
    finally:
        parser.deepcopy = original
