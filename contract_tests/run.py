"""Run the contract checks with the schemathesis CLI against any Partnero server.

    python -m contract_tests.run --url URL [--key KEY] [--program TYPE] [--allow-writes]

The key's program type is detected with `GET /v1/program` unless given, and that program's view
of the spec is checked. Without --allow-writes only safe methods run (and the GET routes that
change state, lead convert and reject, are left out). With it, every record the run creates is
deleted afterwards. 429 replies are honoured through Retry-After. JUnit and HAR reports go to
reports/. Exit status is schemathesis's.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import httpx

from generator.pipeline import ROOT, load_source, program_views

from .hooks import CREATED_LOG

STATE_CHANGING_GETS = ("/v1/leads/convert", "/v1/leads/reject")
# collection path of a create -> how to delete what it made
CLEANUP: dict[str, tuple[str, str]] = {
    "/v1/partners": ("DELETE", "/v1/partners/{id}"),
    "/v1/customers": ("DELETE", "/v1/customers/{key}"),
    "/v1/transactions": ("DELETE", "/v1/transactions/{key}"),
    "/v1/webhooks": ("DELETE", "/v1/webhooks/{key}"),
    "/v1/partner_referral_links": ("DELETE", "/v1/partner_referral_links/{id}"),
    "/v1/leads": ("DELETE", "/v1/leads/{id}"),
}


def detect_program(client: httpx.Client) -> str:
    reply = client.get("/v1/program")
    reply.raise_for_status()
    data = reply.json().get("data", {})
    if "esp_type" in data:
        return "newsletter"
    kind = str(data.get("program", {}).get("type", "")).lower()
    if kind not in ("affiliate", "referral"):
        raise SystemExit(f"cannot tell the program type from GET /v1/program: {kind!r}")
    return kind


def _cleanup(client: httpx.Client, log: Path) -> tuple[int, int]:
    removed = failed = 0
    if not log.exists():
        return removed, failed
    for line in reversed(log.read_text(encoding="utf-8").splitlines()):
        entry: dict[str, Any] = json.loads(line)
        rule = CLEANUP.get(entry["path"])
        record = entry["record"]
        if rule is None:
            continue
        method, template = rule
        field = template[template.index("{") + 1 : template.index("}")]
        value = record.get(field) or record.get("id") or record.get("key")
        if value is None:
            continue
        reply = client.request(method, template.replace("{" + field + "}", str(value)))
        if reply.status_code < 400 or reply.status_code == 404:  # 404: already gone
            removed += 1
        else:
            failed += 1
    return removed, failed


def _read_only_config(folder: Path) -> Path:
    """The project's settings, plus: the coverage phase's probes of undocumented methods only
    use OPTIONS and TRACE, since a probing POST or DELETE would change a live program."""
    path = folder / "schemathesis.toml"
    base = (ROOT / "schemathesis.toml").read_text(encoding="utf-8")
    path.write_text(
        base + '\n[phases.coverage]\nunexpected-methods = ["options", "trace"]\n', encoding="utf-8"
    )
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--url", default=os.environ.get("PARTNERO_BASE_URL", "https://api.partnero.com"))
    parser.add_argument("--key", default=os.environ.get("PARTNERO_API_KEY"))
    parser.add_argument("--program", choices=("affiliate", "referral", "newsletter"))
    parser.add_argument(
        "--allow-writes", action="store_true", default=os.environ.get("PARTNERO_ALLOW_WRITES") == "1"
    )
    parser.add_argument("--max-examples", type=int, default=10)
    parser.add_argument("--reports", type=Path, default=ROOT / "reports")
    args = parser.parse_args(argv)
    if not args.key:
        parser.error("an API key is needed: --key or PARTNERO_API_KEY")
    base = args.url.rstrip("/").removesuffix("/v1")
    headers = {"Authorization": f"Bearer {args.key}", "Accept": "application/json"}
    with httpx.Client(base_url=base, headers=headers, timeout=30) as client:
        program = args.program or detect_program(client)
        args.reports.mkdir(parents=True, exist_ok=True)
        view_path = args.reports / f"{program}-view.json"
        view_path.write_text(json.dumps(program_views(load_source())[program]), encoding="utf-8")
        cmd = [
            str(Path(sys.executable).parent / "st"),
            "run",
            str(view_path),
            "--url", base,
            "-H", f"Authorization: Bearer {args.key}",
            "--max-examples", str(args.max_examples),
            "--seed", "20261123",
            "--generation-deterministic",
            "--rate-limit", "auto",
            "--report", "junit,har",
            "--report-dir", str(args.reports),
            "--output-sanitize", "true",
            "--exclude-deprecated",
        ]  # fmt: skip
        with tempfile.TemporaryDirectory() as tmp:
            if not args.allow_writes:
                cmd[1:1] = ["--config-file", str(_read_only_config(Path(tmp)))]
                cmd += ["--include-method", "GET"]
                for path in STATE_CHANGING_GETS:
                    cmd += ["--exclude-path", path]
            log = Path(tmp) / "created.jsonl"
            env = {**os.environ, "SCHEMATHESIS_HOOKS": "contract_tests.hooks", "PYTHONPATH": str(ROOT)}
            if args.allow_writes:
                env[CREATED_LOG] = str(log)
            print(
                f"checking the {program} view against {base} ({'with' if args.allow_writes else 'no'} writes)"
            )
            status = subprocess.run(cmd, env=env, cwd=ROOT).returncode
            if args.allow_writes:
                removed, failed = _cleanup(client, log)
                print(f"cleanup: removed {removed} created records, {failed} could not be removed")
    return status


if __name__ == "__main__":
    sys.exit(main())
