"""Live mode, exercised against the mock standing in for Partnero over a real socket."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from contract_tests import run


def test_live_mode_detects_the_program_and_runs_read_only(partnero_mock: Any, tmp_path: Path) -> None:
    status = run.main(
        [
            "--url",
            partnero_mock.base_url,
            "--key",
            partnero_mock.api_key,
            "--reports",
            str(tmp_path),
            "--max-examples",
            "3",
        ]
    )
    assert status == 0
    assert list(tmp_path.glob("junit-*.xml")) and list(tmp_path.glob("har-*.json"))
    assert (tmp_path / "affiliate-view.json").exists()
    # Read-only: the HAR holds no write request.
    har = next(tmp_path.glob("har-*.json")).read_text()
    assert '"method": "POST"' not in har and '"method": "DELETE"' not in har


def test_writes_are_cleaned_up_afterwards(partnero_mock: Any, tmp_path: Path) -> None:
    key = partnero_mock.new_key("affiliate")
    args = ["--url", partnero_mock.base_url, "--key", key, "--reports", str(tmp_path), "--max-examples", "3"]
    run.main([*args, "--allow-writes", "--program", "affiliate"])
    headers = {"Authorization": f"Bearer {key}"}
    left = httpx.get(f"{partnero_mock.base_url}/partners", params={"limit": 250}, headers=headers).json()
    assert left["data"] == []


def test_program_type_is_read_from_the_program_route(partnero_mock: Any) -> None:
    for program in ("affiliate", "referral", "newsletter"):
        key = partnero_mock.new_key(program)
        with httpx.Client(
            base_url=partnero_mock.base_url.removesuffix("/v1"), headers={"Authorization": f"Bearer {key}"}
        ) as c:
            assert run.detect_program(c) == program
