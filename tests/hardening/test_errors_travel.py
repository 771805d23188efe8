"""Issue 15.7: every PartneroError subclass survives pickle, copy and deepcopy with its attributes,
so an error raised in a ProcessPoolExecutor worker reaches the parent as itself."""

from __future__ import annotations

import copy
import pickle
from concurrent.futures import ProcessPoolExecutor

import partnero_client
import partnero_client._core.webhooks  # noqa: F401 - its errors are PartneroErrors too
import pytest
from partnero_client import (
    APIStatusError,
    NotFoundError,
    PaginationError,
    PartneroError,
    ResponseTooLargeError,
    ResponseValidationError,
)

from .conftest import area


def _all_subclasses(cls: type[PartneroError]) -> list[type[PartneroError]]:
    found = [cls]
    for sub in cls.__subclasses__():
        found += _all_subclasses(sub)
    return sorted(set(found), key=lambda c: c.__name__)


def _example(cls: type[PartneroError]) -> PartneroError:
    if issubclass(cls, APIStatusError):
        return cls(
            "nope",
            status_code=404,
            body={"message": "nope", "errors": {"email": ["taken"]}},
            headers={"X-Request-Id": "r1"},
            attempts=2,
            earlier_attempt_may_have_applied=True,
        )
    if issubclass(cls, PaginationError):
        return cls("loop")
    if issubclass(cls, ResponseValidationError):
        return cls("misfit", status_code=200, body={"data": 5})
    if issubclass(cls, ResponseTooLargeError):
        return cls("too large", status_code=200, limit=10)
    return cls("something failed")


CLASSES = _all_subclasses(PartneroError)
AREA = area("15.7 errors pickle and copy")


def test_every_error_class_of_the_hierarchy_is_exported() -> None:
    core = {c.__name__ for c in CLASSES if c.__module__ == "partnero_client._core.errors"}
    assert core <= set(partnero_client.__all__)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_every_error_survives_pickle_copy_and_deepcopy(cls: type[PartneroError]) -> None:
    error = _example(cls)
    for clone in (
        pickle.loads(pickle.dumps(error)),
        pickle.loads(pickle.dumps(error, protocol=0)),
        copy.copy(error),
        copy.deepcopy(error),
    ):
        AREA.cases += 1
        assert type(clone) is cls
        assert str(clone) == str(error)
        assert vars(clone) == vars(error)


def _raise_not_found() -> None:
    raise _example(NotFoundError)


def test_an_error_in_a_worker_process_reaches_the_parent_as_itself() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        outcome = AREA.run(lambda: pool.submit(_raise_not_found).result(timeout=60))
    AREA.notes["classes"] = f"{len(CLASSES)}, each through pickle (2 protocols), copy, deepcopy"
    assert isinstance(outcome, NotFoundError), outcome
    assert outcome.status_code == 404 and outcome.headers == {"X-Request-Id": "r1"}
