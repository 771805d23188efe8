"""Shared fixtures for the mock's own tests."""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest

with warnings.catch_warnings():
    # starlette's TestClient warns that it prefers httpx2; the behaviour under test is unaffected
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from partnero_mock import create_app
from partnero_mock.domain.clock import FrozenClock
from partnero_mock.domain.ids import IdGenerator
from partnero_mock.domain.program import Program, ProgramRegistry

_counter = itertools.count()


def fresh_key(program_type: str = "affiliate") -> str:
    return f"test_{program_type}_{next(_counter)}"


class Api:
    """A TestClient bound to one API key."""

    def __init__(self, client: TestClient, key: str) -> None:
        self.client = client
        self.key = key
        self.headers = {"Authorization": f"Bearer {key}", "Accept": "application/json"}

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        return self.client.request(method, path, headers=headers, **kwargs)

    def get(self, path: str, **kwargs: Any) -> Any:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> Any:
        return self.request("POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any) -> Any:
        return self.request("PUT", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> Any:
        return self.request("DELETE", path, **kwargs)


@pytest.fixture
def app() -> Any:
    return create_app(seed=1234)


@pytest.fixture
def client(app: Any) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def api_for(client: TestClient) -> Callable[[str], Api]:
    def make(program_type: str = "affiliate") -> Api:
        return Api(client, fresh_key(program_type))

    return make


@pytest.fixture
def affiliate(api_for: Callable[[str], Api]) -> Api:
    return api_for("affiliate")


@pytest.fixture
def referral(api_for: Callable[[str], Api]) -> Api:
    return api_for("referral")


@pytest.fixture
def newsletter(api_for: Callable[[str], Api]) -> Api:
    return api_for("newsletter")


@pytest.fixture
def registry() -> ProgramRegistry:
    return ProgramRegistry(clock=FrozenClock(), ids=IdGenerator(42))


@pytest.fixture
def program(registry: ProgramRegistry) -> Program:
    found = registry.get(fresh_key("affiliate"))
    assert found is not None
    return found


@pytest.fixture
def referral_program(registry: ProgramRegistry) -> Program:
    found = registry.get(fresh_key("referral"))
    assert found is not None
    return found


@pytest.fixture
def newsletter_program(registry: ProgramRegistry) -> Program:
    found = registry.get(fresh_key("newsletter"))
    assert found is not None
    return found
