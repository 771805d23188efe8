"""Consistency under concurrent load: nothing lost, no uniqueness violated."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
from partnero_mock.domain import partners
from partnero_mock.domain.errors import ValidationFailed
from partnero_mock.domain.program import ProgramRegistry
from partnero_mock.pytest_plugin import PartneroMock

CLIENTS = 8
CREATES_PER_CLIENT = 500
CONTESTED = 40  # e-mails every client tries to take


def test_concurrent_http_creates(partnero_mock: PartneroMock) -> None:
    url = f"{partnero_mock.base_url}/partners"
    contested_wins: list[int] = []
    lock = threading.Lock()

    def worker(number: int) -> int:
        created = 0
        wins = 0
        with httpx.Client(headers=partnero_mock.headers, timeout=30) as client:
            for index in range(CREATES_PER_CLIENT):
                response = client.post(url, json={"email": f"w{number}-{index}@example.com"})
                assert response.status_code == 200, response.text
                created += 1
                if index < CONTESTED:
                    contested = client.post(url, json={"email": f"shared-{index}@example.com"})
                    assert contested.status_code in (200, 422)
                    wins += contested.status_code == 200
        with lock:
            contested_wins.append(wins)
        return created

    with ThreadPoolExecutor(CLIENTS) as pool:
        totals = list(pool.map(worker, range(CLIENTS)))

    program = partnero_mock.program()
    assert sum(totals) == CLIENTS * CREATES_PER_CLIENT
    assert sum(contested_wins) == CONTESTED  # each shared e-mail was won exactly once
    everyone = program.partners.all()
    assert len(everyone) == CLIENTS * CREATES_PER_CLIENT + CONTESTED
    assert len({p.email.casefold() for p in everyone}) == len(everyone)
    assert len({p.id for p in everyone}) == len(everyone)
    assert len({p.key for p in everyone}) == len(everyone) == len(program.partner_links)
    assert partnero_mock.applied("createPartner") == len(everyone)
    # paging through the list sees every record exactly once
    seen: list[str] = []
    next_url: str | None = f"{url}?limit=250"
    with httpx.Client(headers=partnero_mock.headers) as client:
        while next_url:
            body = client.get(next_url).json()
            seen += [item["id"] for item in body["data"]]
            next_url = body["links"]["next"]
    assert sorted(seen) == sorted(p.id for p in everyone)


def test_concurrent_domain_creates_hold_the_program_lock() -> None:
    program = ProgramRegistry().get("test_affiliate_threads")
    assert program is not None
    failures: list[str] = []

    def worker(number: int) -> None:
        for index in range(CREATES_PER_CLIENT):
            for email in (f"t{number}-{index}@example.com", f"same-{index % 50}@example.com"):
                with program.lock:
                    try:
                        partners.create_partner(program, {"email": email})
                    except ValidationFailed as error:
                        failures.append(next(iter(error.errors)))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(program.partners) == CLIENTS * CREATES_PER_CLIENT + 50
    assert set(failures) == {"email"} and len(failures) == CLIENTS * CREATES_PER_CLIENT - 50
