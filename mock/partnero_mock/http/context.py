"""What a handler gets to see of a request."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.program import Program
from .params import Params


@dataclass
class Ctx:
    program: Program
    params: Params
    path_params: dict[str, str]
    method: str
    base_url: str
    path: str

    @property
    def body(self) -> dict[str, Any]:
        return self.params.body

    @property
    def data(self) -> dict[str, Any]:
        """Query and body merged (query wins), the input most handlers validate."""
        return self.params.merged

    def path_param(self, name: str) -> str:
        return self.path_params[name]
