"""The mock's third-party packages come with the ``mock`` extra; without them, say so in one line.

``pip install partnero-client`` installs the client and, with it, the ``partnero-mock`` command and
the pytest plugin (they share one distribution). Serving needs starlette and uvicorn, and reading a
YAML seed file needs PyYAML, which only ``partnero-client[mock]`` installs.
"""

from __future__ import annotations

import importlib

INSTALL_HINT = "the Partnero mock needs the mock extra: pip install 'partnero-client[mock]'"
SERVER_PACKAGES = ("starlette", "uvicorn")


class MockExtraMissing(RuntimeError):
    """A package of the ``mock`` extra is not installed."""


def require(*modules: str) -> None:
    """Import each module, or raise :class:`MockExtraMissing` naming what is missing."""
    missing = []
    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    if missing:
        raise MockExtraMissing(f"{INSTALL_HINT} ({', '.join(missing)} not installed)")
