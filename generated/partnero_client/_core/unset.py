"""`UNSET`: the value of a field the reply left out (or an argument the caller did not pass).

One object for every program's models and endpoints. Code tests for it with `is UNSET`, so it
must stay the same object when a model is pickled (caches, Celery, multiprocessing) or copied.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal


class Unset:
    """The type of `UNSET`; calling it gives `UNSET` again, never a second instance."""

    __slots__ = ()
    _instance: ClassVar[Unset | None] = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    # pickle stores a reference to the module-level name, and unpickling looks it up again;
    # copy and deepcopy hand back the object itself.
    def __reduce__(self) -> str:
        return "UNSET"

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Unset:
        return self


UNSET: Unset = Unset()

__all__ = ["UNSET", "Unset"]
