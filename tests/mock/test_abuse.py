"""The mock stays bounded and quiet under abuse: odd text, invented keys, slow and vanishing clients."""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from partnero_mock import create_app
from partnero_mock.http.auth import MAX_KEY_LENGTH
from partnero_mock.options import ServerLimits
from partnero_mock.pytest_plugin import MockServer, start_server

from .conftest import Api

JSON = {"Content-Type": "application/json"}

# (program type, path, raw JSON body with a lone surrogate somewhere, field the 422 names)
SURROGATE_WRITES = [
    ("affiliate", "/v1/partners", '{"email": "a@example.com", "name": "x\\ud800y"}', "name"),
    ("affiliate", "/v1/partners", '{"email": "a@example.com", "tags": ["ok", "\\udfff"]}', "tags.1"),
    ("affiliate", "/v1/partners", '{"email": "a@example.com", "\\ud800": 1}', "?"),
    (
        "referral",
        "/v1/customers",
        '{"email": "b@example.com", "metadata": {"note": "\\ud83d"}}',
        "metadata.note",
    ),
    ("newsletter", "/v1/subscribers", '{"email": "c@example.com", "name": "\\udc00"}', "name"),
]


@pytest.mark.parametrize(("program_type", "path", "body", "field"), SURROGATE_WRITES)
def test_a_lone_surrogate_is_refused_before_anything_is_applied(
    api_for: Callable[[str], Api], app: Any, program_type: str, path: str, body: str, field: str
) -> None:
    api = api_for(program_type)
    response = api.post(path, content=body.encode(), headers=JSON)
    assert response.status_code == 422
    assert field in response.json()["errors"]
    assert app.state.mock.applied(api.key) == 0
    listed = api.get(path)
    assert listed.status_code == 200 and listed.json()["data"] == []


def test_a_paired_surrogate_escape_is_ordinary_text(affiliate: Api) -> None:
    body = '{"email": "emoji@example.com", "name": "\\ud83d\\ude00"}'
    created = affiliate.post("/v1/partners", content=body.encode(), headers=JSON)
    assert created.status_code == 200
    assert created.json()["data"]["name"] == "\U0001f600"
    assert affiliate.get(f"/v1/partners/{created.json()['data']['id']}").status_code == 200


def test_an_overlong_key_is_a_401_and_allocates_nothing(client: Any, app: Any) -> None:
    for length in (MAX_KEY_LENGTH + 1, 1_048_576):
        key = "test_affiliate_" + "k" * (length - len("test_affiliate_"))
        response = client.get("/v1/partners", headers={"Authorization": f"Bearer {key}"})
        assert response.status_code == 401
    assert app.state.mock.registry.all() == []
    longest = "test_affiliate_" + "k" * (MAX_KEY_LENGTH - len("test_affiliate_"))
    assert client.get("/v1/partners", headers={"Authorization": f"Bearer {longest}"}).status_code == 200


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/v1/nothing-here", 404),
        ("GET", "/v1/subscribers", 404),  # newsletter only, asked with an affiliate key
        ("DELETE", "/v1/leads/convert", 405),
        ("POST", "/v1/partners", 400),  # body is not JSON
        ("GET", "/v1/partners/nobody", 404),  # answered by the handler
    ],
)
def test_error_replies_leave_no_program_behind(
    affiliate: Api, app: Any, method: str, path: str, status: int
) -> None:
    body = b"{not json" if method == "POST" else b""
    response = affiliate.request(method, path, content=body, headers=JSON)
    assert response.status_code == status
    assert app.state.mock.registry.existing(affiliate.key) is None
    assert app.state.mock.registry.all() == []


def test_the_least_recently_used_program_is_forgotten_beyond_the_cap() -> None:
    from starlette.testclient import TestClient

    app = create_app(max_programs=2)
    keys = ["test_affiliate_lru_a", "test_affiliate_lru_b", "test_affiliate_lru_c"]
    with TestClient(app) as client:
        emails = iter(range(10))

        def create(key: str) -> None:
            headers = {"Authorization": f"Bearer {key}"}
            email = f"p{next(emails)}@example.com"
            assert client.post("/v1/partners", headers=headers, json={"email": email}).status_code == 200

        create(keys[0])
        create(keys[1])
        create(keys[0])  # a is now the more recently used of the two
        create(keys[2])
        registry = app.state.mock.registry
        assert len(registry.all()) == 2
        assert registry.existing(keys[1]) is None
        assert app.state.mock.applied(keys[0]) == 2 and app.state.mock.applied(keys[2]) == 1
        # a forgotten key starts afresh
        listed = client.get("/v1/partners", headers={"Authorization": f"Bearer {keys[1]}"})
        assert listed.json()["data"] == []


def test_the_cli_offers_the_bounds() -> None:
    from partnero_mock.cli import build_parser

    args = build_parser().parse_args(
        [
            "--max-programs",
            "5",
            "--header-timeout",
            "2.5",
            "--keep-alive-timeout",
            "3",
            "--limit-concurrency",
            "7",
        ]
    )
    assert (args.max_programs, args.header_timeout, args.keep_alive_timeout, args.limit_concurrency) == (
        5,
        2.5,
        3,
        7,
    )


# -- connections over a real socket ----------------------------------------------------------------


@pytest.fixture(scope="module")
def bounded_server() -> Iterator[MockServer]:
    server = start_server(
        limits=ServerLimits(header_timeout=0.5, keep_alive_timeout=1, limit_concurrency=None)
    )
    try:
        yield server
    finally:
        server.stop()


def _connect(server: MockServer) -> socket.socket:
    host, port = server.url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=5)
    return sock


def _closed_within(sock: socket.socket, seconds: float) -> bool:
    """Whether the server closes ``sock`` within ``seconds`` (reading and discarding any reply)."""
    sock.settimeout(seconds)
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            if sock.recv(4096) == b"":
                return True
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True
    return False


def test_a_connection_that_sends_nothing_is_closed(bounded_server: MockServer) -> None:
    with _connect(bounded_server) as sock:
        assert _closed_within(sock, 3.0)


def test_a_slowloris_client_is_cut_off_while_a_prompt_one_is_served(bounded_server: MockServer) -> None:
    with _connect(bounded_server) as slow, _connect(bounded_server) as prompt:
        slow.sendall(b"GET /v1/partners HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        time.sleep(0.3)
        slow.sendall(b"X-Slow: 1\r\n")  # a byte now and then must not extend the deadline
        prompt.sendall(b"GET /v1/partners HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        assert prompt.recv(64).startswith(b"HTTP/1.1 401")
        assert _closed_within(slow, 3.0)


def test_a_kept_alive_connection_gets_the_same_deadline_for_its_next_request(
    bounded_server: MockServer,
) -> None:
    with _connect(bounded_server) as sock:
        sock.sendall(b"GET /v1/partners HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert sock.recv(64).startswith(b"HTTP/1.1 401")
        started = time.monotonic()
        sock.sendall(b"GET /v1/partners HTTP/1.1\r\n")  # stops the keep-alive timer, never finishes
        assert _closed_within(sock, 3.0)
        assert time.monotonic() - started < 3.0


def test_connections_beyond_the_limit_answer_503() -> None:
    server = start_server(limits=ServerLimits(header_timeout=5, limit_concurrency=2))
    try:
        with _connect(server), _connect(server), _connect(server) as third:
            time.sleep(0.2)
            third.sendall(b"GET /v1/partners HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            assert third.recv(64).startswith(b"HTTP/1.1 503")
    finally:
        server.stop()


# -- a client that hangs up ---------------------------------------------------------------------------


def test_a_client_disconnect_is_one_debug_line_and_applies_nothing(caplog: pytest.LogCaptureFixture) -> None:
    app = create_app()
    key = "test_affiliate_gone"
    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/v1/partners",
        "raw_path": b"/v1/partners",
        "query_string": b"",
        "root_path": "",
        "headers": [
            (b"host", b"127.0.0.1"),
            (b"authorization", f"Bearer {key}".encode()),
            (b"content-type", b"application/json"),
            (b"content-length", b"64"),
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 4010),
    }
    messages = iter(
        [
            {"type": "http.request", "body": b'{"email": "gone@', "more_body": True},
            {"type": "http.disconnect"},
        ]
    )

    async def receive() -> dict[str, Any]:
        return next(messages)

    async def send(message: dict[str, Any]) -> None:
        pass

    with caplog.at_level(logging.DEBUG, logger="partnero_mock"):
        asyncio.run(app(scope, receive, send))
    records = [r for r in caplog.records if r.name.startswith("partnero_mock")]
    assert [(r.levelno, r.exc_info) for r in records] == [(logging.DEBUG, None)]
    assert "\n" not in records[0].getMessage() and "disconnect" in records[0].getMessage()
    assert app.state.mock.applied(key) == 0
