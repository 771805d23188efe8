"""The mock against a hostile client: raw requests no well-behaved client would send.

Every catalog route of every program type gets hostile path segments, query values and bodies.
The mock must never answer 5xx, must always answer JSON, and its state must stay consistent with
what it acknowledged.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

import pytest
from partnero_mock import create_app
from starlette.testclient import TestClient

from tests import catalog

from .conftest import record

ROUTES = sorted(catalog.routes())
INJECTIONS = [
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "${jndi:ldap://x}",
    "../../etc/passwd",
    "\u0000",
    "🎉" * 50,
]
SEGMENTS = ["..%2F..%2Fadmin", "%2F", "ü𝄞名前", "a%00b", "%E2%80%AE", "x" * 5000, "%25%32%46"]
BODIES: list[tuple[str, bytes]] = [
    ("invalid utf-8", b'{"email": "\xff\xfe\xfd"}'),
    ("truncated json", b'{"email": "a@example.com", "name": '),
    ("deeply nested", b'{"a": ' * 100_000 + b"1" + b"}" * 100_000),
    ("ten megabytes", b'{"name": "' + b"x" * 10_000_000 + b'"}'),
    ("a string", b'"just a string"'),
    ("a huge number", b'{"amount": 1e999999, "limit": 99999999999999999999999}'),
    ("injection in every field", b""),
]
QUERIES = [
    {"limit": "99999999999999999999999999"},
    {"limit": "-1", "page": "0"},
    {"page": "1e9"},
    {"limit": "NaN", "page": "ü"},
    {"partner.key": "' OR 1=1 --", "email": "<script>"},
]


def _key(program: str) -> str:
    return f"test_{program}_hostile"


def _path(template: str, segment: str) -> str:
    return re.sub(r"\{[^}]+\}", segment, template)


def _injection_body() -> bytes:
    fields = [
        "email",
        "name",
        "surname",
        "key",
        "id",
        "password",
        "url",
        "code",
        "amount",
        "update",
        "partner",
    ]
    return json.dumps({f: INJECTIONS[i % len(INJECTIONS)] for i, f in enumerate(fields)}).encode()


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(), raise_server_exceptions=False)


def _check(response: Any, where: str, counts: Counter[str], problems: list[str]) -> None:
    counts["requests"] += 1
    counts[f"{response.status_code // 100}xx"] += 1
    if response.status_code >= 500:
        problems.append(f"{where}: {response.status_code}")
    if response.headers.get("content-type") != "application/json":
        problems.append(f"{where}: content-type {response.headers.get('content-type')!r}")
    else:
        try:
            json.loads(response.content)
        except ValueError:
            problems.append(f"{where}: body is not JSON")


def test_hostile_requests_on_every_route(client: TestClient) -> None:
    counts: Counter[str] = Counter()
    problems: list[str] = []
    for program, method, template in ROUTES:
        headers = {"Authorization": f"Bearer {_key(program)}", "Content-Type": "application/json"}
        for segment in SEGMENTS if "{" in template else [""]:
            path = _path(template, segment)
            for query in QUERIES:
                r = client.request(method, path, params=query, headers=headers)
                _check(r, f"{method} {path} {query}", counts, problems)
            for label, body in BODIES:
                payload = _injection_body() if label == "injection in every field" else body
                r = client.request(method, path, content=payload, headers=headers)
                _check(r, f"{method} {path} [{label}]", counts, problems)
    summary = f"{counts['requests']} requests, {len(problems)} problems (5xx or non-JSON); "
    summary += str(dict(sorted(counts.items())))
    print(f"\nhostile client: {summary}")
    record("hostile client, every catalog route", summary)
    assert problems == []
    assert counts["requests"] > 1500


def test_rejected_bodies_are_client_errors(client: TestClient) -> None:
    headers = {"Authorization": f"Bearer {_key('affiliate')}", "Content-Type": "application/json"}
    expected = {"invalid utf-8": 400, "truncated json": 400, "deeply nested": 400, "ten megabytes": 413}
    for label, body in BODIES:
        if label in expected:
            r = client.post("/v1/partners", content=body, headers=headers)
            assert r.status_code == expected[label], (label, r.status_code, r.text[:200])
            assert r.json()["status"] == 0


def test_state_stays_consistent_with_what_was_acknowledged(client: TestClient) -> None:
    key = "test_affiliate_hostile_consistency"
    headers = {"Authorization": f"Bearer {key}"}
    acknowledged: set[str] = set()
    for n, name in enumerate(INJECTIONS * 3):
        r = client.post("/v1/partners", json={"email": f"p{n}@example.com", "name": name}, headers=headers)
        if r.status_code < 300:
            acknowledged.add(r.json()["data"]["id"])
        r = client.post("/v1/partners", json={"email": f"p{n}@example.com"}, headers=headers)  # duplicate
        assert r.status_code == 422
    for partner_id in sorted(acknowledged)[::2]:
        r = client.delete(f"/v1/partners/{partner_id}", headers=headers)
        assert r.status_code == 200
        acknowledged.discard(partner_id)
    program = client.app.state.mock.program(key)  # type: ignore[attr-defined]
    assert {p.id for p in program.partners} == acknowledged
    listed, page = [], 1
    while True:
        body = client.get("/v1/partners", params={"limit": 7, "page": page}, headers=headers).json()
        listed += [p["id"] for p in body["data"]]
        if not body["links"]["next"]:
            break
        page += 1
    assert sorted(listed) == sorted(acknowledged)
