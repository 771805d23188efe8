"""The parse without endpoint copies gives what the parse with them gives, and copies no endpoint."""

from __future__ import annotations

import contextlib
import copy
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.parser import GeneratorData, openapi

from generator import endpoint_copies
from generator.endpoint_copies import without_endpoint_copies
from generator.pipeline import load_source, program_views
from generator.render import _config


def _parse(
    view: dict[str, Any], program: str, tmp_path: Path, *, patched: bool
) -> tuple[GeneratorData, list[str]]:
    """The view's parse, and for each value the parser module deep-copied, its type and whether
    the copy was a new object."""
    copies: list[str] = []
    parser: Any = openapi
    with without_endpoint_copies() if patched else contextlib.nullcontext():
        installed = parser.deepcopy

        def recording(value: Any, memo: dict[int, Any] | None = None, _nil: Any = None) -> Any:
            result = installed(value, memo)
            copies.append(f"{type(value).__name__} {'copied' if result is not value else 'as is'}")
            return result

        parser.deepcopy = recording
        try:
            data = GeneratorData.from_dict(view, config=_config(program, tmp_path))
        finally:
            parser.deepcopy = installed
    assert isinstance(data, GeneratorData)
    return data, copies


@pytest.fixture(scope="module")
def views() -> dict[str, dict[str, Any]]:
    return program_views(load_source())


def test_the_installed_release_is_the_reviewed_one() -> None:
    # Another release may use the old endpoint after a step: read Endpoint.from_data and
    # EndpointCollection.from_data again, then move REVIEWED.
    assert version("openapi-python-client") == endpoint_copies.REVIEWED


@pytest.mark.parametrize("program", ["newsletter", "referral"])
def test_the_parse_is_the_same_without_the_copies(
    views: dict[str, dict[str, Any]], program: str, tmp_path: Path
) -> None:
    with_copies, copies = _parse(views[program], program, tmp_path, patched=False)
    # Unpatched, the parser module copies endpoints and nothing else: the patch has work to do.
    assert copies and set(copies) == {"Endpoint copied"}
    without, copies = _parse(views[program], program, tmp_path, patched=True)
    assert copies and set(copies) == {"Endpoint as is"}
    assert without == with_copies
    # The comparison reaches into the endpoints: one changed summary is a difference.
    changed = copy.deepcopy(views[program])
    operation = next(op for item in changed["paths"].values() for op in item.values() if "summary" in op)
    operation["summary"] += " (changed)"
    assert _parse(changed, program, tmp_path, patched=True)[0] != with_copies


def test_the_patch_is_undone_on_leaving(views: dict[str, dict[str, Any]]) -> None:
    parser: Any = openapi
    before = parser.deepcopy
    with pytest.raises(RuntimeError), without_endpoint_copies():
        assert parser.deepcopy is not before
        raise RuntimeError
    assert parser.deepcopy is before
