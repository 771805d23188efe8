"""Descriptions are written for the users of one program view.

Which client or page a statement comes from is provenance: it lives in `x-partnero-evidence` in the
source document, never in the text a view (and so the generated docstrings and the HTML reference)
shows. And a view explains its own program only, not how the other program types differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import GENERATED, PACKAGE, load_source, program_views

SOURCE = load_source()
VIEWS = program_views(SOURCE)

# Partnero's own clients (and third-party ones) that the research behind the spec relied on.
OTHER_CLIENTS = re.compile(r"\bn8n\b|\bPHP\b|WordPress|\bplugin\b|third-party|\bSDK\b", re.IGNORECASE)
OTHER_PROGRAMS = {
    "affiliate": re.compile(r"refer-a-friend|newsletter", re.IGNORECASE),
    "referral": re.compile(r"\baffiliate|newsletter", re.IGNORECASE),
    "newsletter": re.compile(r"\baffiliate|refer-a-friend", re.IGNORECASE),
}
TEXT_KEYS = ("description", "summary")


def _texts(node: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """(where, text) of every description and summary, example values left out (they are data)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in TEXT_KEYS and isinstance(value, str):
                yield f"{where}/{key}", value
            elif key not in ("value", "example"):
                yield from _texts(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _texts(item, f"{where}[{index}]")


def _evidence(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "x-partnero-evidence":
                yield value
            else:
                yield from _evidence(value)
    elif isinstance(node, list):
        for item in node:
            yield from _evidence(item)


@pytest.mark.parametrize("program", sorted(VIEWS))
def test_no_description_names_another_client_as_its_source(program: str) -> None:
    named = [f"{where}: {text[:90]}" for where, text in _texts(VIEWS[program]) if OTHER_CLIENTS.search(text)]
    assert named == []


def test_generated_docstrings_name_no_other_client() -> None:
    package = Path(GENERATED) / PACKAGE
    named = sorted(
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if OTHER_CLIENTS.search(path.read_text(encoding="utf-8"))
    )
    assert named == []


@pytest.mark.parametrize("program", sorted(VIEWS))
def test_descriptions_stay_within_their_program(program: str) -> None:
    texts = [(w, t) for w, t in _texts(VIEWS[program]) if w != "/info/summary"]
    foreign = [f"{where}: {text[:90]}" for where, text in texts if OTHER_PROGRAMS[program].search(text)]
    assert foreign == []


def test_provenance_is_kept_as_evidence_in_the_source() -> None:
    evidence = list(_evidence(SOURCE))
    print(f"\nx-partnero-evidence entries in the source: {len(evidence)}")
    assert evidence and all(isinstance(text, str) and text.strip() for text in evidence)
    assert any(OTHER_CLIENTS.search(text) for text in evidence)
    assert not any(True for view in VIEWS.values() for _ in _evidence(view))
