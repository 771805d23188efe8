"""A stateful fake of the Partnero REST API for tests (see ``mock/README.md``).

The exports are loaded on first access so that importing the package (for example through its
pytest plugin) does not require starlette or uvicorn until a server is actually built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app
    from .options import MockOptions
    from .state import MockState

__all__ = ["MockOptions", "MockState", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from .app import create_app

        return create_app
    if name == "MockOptions":
        from .options import MockOptions

        return MockOptions
    if name == "MockState":
        from .state import MockState

        return MockState
    raise AttributeError(f"module 'partnero_mock' has no attribute {name!r}")
