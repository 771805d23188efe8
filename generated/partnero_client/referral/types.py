"""Contains some shared types for properties"""

from typing import TYPE_CHECKING, Any

from .._core.unset import UNSET, Unset

if TYPE_CHECKING:
    from .._core.filetypes import File as File
    from .._core.filetypes import FileContent as FileContent
    from .._core.filetypes import FileTypes as FileTypes
    from .._core.filetypes import RequestFiles as RequestFiles
    from .._core.filetypes import Response as Response

_LAZY = ("File", "FileContent", "FileTypes", "RequestFiles", "Response")


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from .._core import filetypes

    return getattr(filetypes, name)


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
