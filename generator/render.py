"""Rendering: every generated file comes from a Jinja template in generator/templates.

openapi-python-client runs in-process, so its template environment gets the view's plan
(generator/plan.py) as a global; our own files (webhooks, API.md, the package root) are rendered
from the same environment and template folder.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemLoader
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from . import shapes, template_cache, webhooks_module
from .endpoint_copies import without_endpoint_copies
from .plan import ViewPlan, plan_view, shield_builtins

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"


class GenerationError(SystemExit):
    """openapi-python-client reported a problem with a view; nothing half-generated is kept."""


def _config(program: str, output: Path) -> Config:
    settings: dict[str, Any] = yaml.safe_load((HERE / "config.yaml").read_text(encoding="utf-8"))
    config_file = ConfigFile(**{**settings, "package_name_override": program})
    return Config.from_sources(config_file, MetaType.NONE, output / "view.json", "utf-8", True, output)


def _fail(program: str, errors: list[GeneratorError]) -> None:
    if errors:
        details = "\n".join(f"{e.header}: {e.detail}" for e in errors)
        raise GenerationError(f"openapi-python-client on the {program} view:\n{details}")


def parse_view(view: dict[str, Any], program: str, output: Path) -> tuple[GeneratorData, Config]:
    config = _config(program, output)
    with without_endpoint_copies():
        data = GeneratorData.from_dict(view, config=config)
    if isinstance(data, GeneratorError):
        _fail(program, [data])
        raise AssertionError  # unreachable: _fail raised
    return data, config


def plan_for(view: dict[str, Any], program: str, output: Path) -> ViewPlan:
    data, _ = parse_view(view, program, output)
    return plan_view(data, view, program)


def render_program(view: dict[str, Any], program: str, output: Path) -> ViewPlan:
    """Generate the package of one program view under `output`; returns its plan."""
    data, config = parse_view(view, program, output)
    plan = plan_view(data, view, program)
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
    project.env.bytecode_cache = template_cache.PROJECTS
    project.env.globals.update(plan=plan)
    project.env.filters.update(shield_builtins=shield_builtins)
    # The request shapes come first: resource modules import them.
    (output).mkdir(parents=True, exist_ok=True)
    with contextlib.redirect_stdout(io.StringIO()):  # it announces the output folder
        errors = list(project.build())
    _fail(program, errors)
    extra = {
        "webhooks.py": project.env.get_template("webhooks.py.jinja").render(
            events=webhooks_module.events(view), program=program
        ),
        "API.md": project.env.get_template("api.md.jinja").render(
            models=sorted(str(m.class_info.name) for m in data.models)
        ),
        "params.py": project.env.get_template("params.py.jinja").render(
            shapes=shapes.shapes(data, plan), program=program
        ),
    }
    for name, content in extra.items():
        (output / name).write_text(content, encoding="utf-8")
    return plan


def render_file(template: str, **context: Any) -> str:
    """A file outside the program packages (the package root, the version module)."""
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env.get_template(template).render(**context)
