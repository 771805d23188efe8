"""The client's exceptions; the hierarchy is shared by every program's client."""

from .._core.errors import *  # noqa: F403
from .._core.errors import __all__ as __all__
