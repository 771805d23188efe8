"""The pytest plugin's live server and the command line parser."""

from __future__ import annotations

import httpx
import pytest
from partnero_mock.cli import build_parser
from partnero_mock.pytest_plugin import PartneroMock


def test_fixture_serves_real_http(partnero_mock: PartneroMock) -> None:
    assert partnero_mock.base_url.startswith("http://127.0.0.1:")
    response = httpx.post(
        f"{partnero_mock.base_url}/partners",
        json={"email": "live@example.com"},
        headers=partnero_mock.headers,
    )
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    program = partnero_mock.program()
    assert [p.email for p in program.partners] == ["live@example.com"]
    assert partnero_mock.applied("createPartner") == 1
    listed = httpx.get(f"{partnero_mock.base_url}/partners", headers=partnero_mock.headers).json()
    assert listed["meta"]["path"] == f"{partnero_mock.base_url}/partners"


def test_each_test_gets_a_fresh_key(partnero_mock: PartneroMock) -> None:
    listed = httpx.get(f"{partnero_mock.base_url}/partners", headers=partnero_mock.headers).json()
    assert listed["data"] == []
    other = partnero_mock.new_key("referral")
    assert other != partnero_mock.api_key and other.startswith("test_referral_")
    with pytest.raises(ValueError):
        partnero_mock.new_key("enterprise")


def test_reset_fault_drops_the_connection(partnero_mock: PartneroMock) -> None:
    with pytest.raises(httpx.HTTPError):
        httpx.get(
            f"{partnero_mock.base_url}/partners",
            headers={**partnero_mock.headers, "X-Mock-Fault": "reset"},
        )


def test_cli_parser_defaults() -> None:
    args = build_parser().parse_args(["--host", "0.0.0.0", "--port", "4010", "--seed", "demo.yaml"])
    assert (args.host, args.port, args.seed, args.fault_rate) == ("0.0.0.0", 4010, "demo.yaml", 0.0)


def test_plugin_imports_without_server_dependencies() -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "for name in ('starlette', 'uvicorn', 'yaml', 'httpx'):\n"
        "    sys.modules[name] = None\n"
        "import partnero_mock.pytest_plugin as plugin\n"
        "assert hasattr(plugin, 'partnero_mock')\n"
        "import partnero_mock\n"
        "assert 'starlette' not in [m for m in sys.modules if sys.modules[m] is not None]\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
