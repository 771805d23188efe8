"""The program views' Jinja environments compile each template once between them."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader

from generator.template_cache import InProcessBytecodeCache


def _environment(folder: Path, cache: InProcessBytecodeCache) -> Environment:
    return Environment(loader=FileSystemLoader(str(folder)), bytecode_cache=cache)


def test_a_second_environment_reuses_the_compiled_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "t.jinja").write_text("{{ x }}!", encoding="utf-8")
    compiled: list[str | None] = []
    original = Environment.compile

    def counting(self: Environment, source: object, name: str | None = None, *args: object) -> object:
        compiled.append(name)
        return original(self, source, name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Environment, "compile", counting)
    cache = InProcessBytecodeCache()
    assert _environment(tmp_path, cache).get_template("t.jinja").render(x=1) == "1!"
    assert _environment(tmp_path, cache).get_template("t.jinja").render(x=2) == "2!"
    assert compiled == ["t.jinja"]
    # A changed template is compiled again, never served from the cache.
    (tmp_path / "t.jinja").write_text("{{ x }}?", encoding="utf-8")
    assert _environment(tmp_path, cache).get_template("t.jinja").render(x=3) == "3?"
    assert compiled == ["t.jinja", "t.jinja"]
