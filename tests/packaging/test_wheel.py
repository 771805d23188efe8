"""The distribution works for a user: a wheel installed into a fresh venv, mock fixture included."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

USER_TEST = """
from partnero_client import __version__
from partnero_client.affiliate import AffiliateClient


def test_fixture_and_client(partnero_mock):
    assert __version__
    with AffiliateClient(api_key=partnero_mock.api_key, base_url=partnero_mock.base_url) as client:
        partner = client.partners.create(email="user@example.com")
        assert client.partners.get(partner.id).email == "user@example.com"
    assert partnero_mock.applied("createPartner") == 1
"""


def _run(*cmd: str | Path, cwd: Path) -> str:
    result = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return result.stdout


def test_wheel_in_a_fresh_venv(tmp_path: Path) -> None:
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp_path / "dist", ROOT, cwd=tmp_path)
    wheel = next((tmp_path / "dist").glob("partnero_client-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "partnero_client/py.typed" in names and "partnero_mock/py.typed" in names
    assert not any(name.startswith(("generator/", "tests/", "openapi/")) for name in names)

    venv.create(tmp_path / "venv", with_pip=True)
    python = tmp_path / "venv" / "bin" / "python"
    _run(python, "-m", "pip", "install", "-q", f"{wheel}[mock]", "pytest", cwd=tmp_path)
    (tmp_path / "test_user.py").write_text(USER_TEST, encoding="utf-8")
    assert "1 passed" in _run(
        python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_user.py", cwd=tmp_path
    )
    assert "--port" in _run(tmp_path / "venv" / "bin" / "partnero-mock", "--help", cwd=tmp_path)
