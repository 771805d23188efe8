"""What a handler gets to see of a request."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from starlette.requests import Request

from ..domain.errors import ValidationFailed
from ..domain.program import Program
from .params import Params


@dataclass
class Ctx:
    program: Program
    params: Params
    path_params: dict[str, str]
    method: str
    path: str
    request: Request

    @cached_property
    def base_url(self) -> str:
        """scheme://host[:port][root_path] of this request, never the real API host.

        Computed on first use: only list replies (their page links) need it.
        """
        return str(self.request.base_url).rstrip("/")

    @property
    def body(self) -> dict[str, Any]:
        return self.params.body

    @property
    def data(self) -> dict[str, Any]:
        """Query and body merged (query wins), the input most handlers validate."""
        return self.params.merged

    def path_param(self, name: str) -> str:
        return self.path_params[name]

    def text(self, *names: str) -> str | None:
        """The first of ``names`` given as a parameter; 422 when it is not a string."""
        value = self.params.get(*names)
        if value is not None and not isinstance(value, str):
            raise ValidationFailed.single(names[0], f"The {names[0]} must be a string.")
        return value
