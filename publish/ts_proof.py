"""`make ts-proof`: generate a TypeScript client from every bundled view, type-check it, run it.

1. For each view in dist/ (run `make dist` first): `openapi-typescript` writes the view's types to
   publish/ts/generated/<program>.ts, and a small `create<Program>Client()` on openapi-fetch
   beside it.
2. `tsc --strict` type-checks all of it together with publish/ts/proof.ts (which also asserts,
   with @ts-expect-error, that wrong calls do not compile) and emits publish/ts/out/.
3. The mock is started on a free loopback port, `node out/proof.js` creates a partner with a
   `test_affiliate_...` key and reads it back, and the mock is stopped, also on failure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from ._common import DIST, ROOT, load_manifest, node_tool

TS = ROOT / "publish" / "ts"
GENERATED = TS / "generated"
OUT = TS / "out"

CLIENT_TEMPLATE = """\
// Written by publish/ts_proof.py from dist/{yaml}; do not edit.
import createClient, {{ type Client }} from "openapi-fetch";

import type {{ paths }} from "./{program}.js";

export type {{ paths as {Program}Paths }};

/** A client for one {program} program: its API key decides the program. */
export function create{Program}Client(baseUrl: string, apiKey: string): Client<paths> {{
  return createClient<paths>({{
    baseUrl,
    headers: {{ Authorization: `Bearer ${{apiKey}}`, Accept: "application/json" }},
  }});
}}
"""


def generate() -> list[str]:
    manifest = load_manifest()
    shutil.rmtree(GENERATED, ignore_errors=True)
    GENERATED.mkdir(parents=True)
    programs = []
    for entry in manifest["documents"].values():
        program = entry["program"]
        if program is None:
            continue
        node_tool(
            "openapi-typescript", str(DIST / entry["yaml"]), "--output", str(GENERATED / f"{program}.ts")
        )
        client = CLIENT_TEMPLATE.format(yaml=entry["yaml"], program=program, Program=program.capitalize())
        (GENERATED / f"{program}-client.ts").write_text(client, encoding="utf-8")
        programs.append(program)
    print(f"generated TypeScript clients for {', '.join(programs)} (openapi-typescript + openapi-fetch)")
    return programs


def typecheck() -> None:
    shutil.rmtree(OUT, ignore_errors=True)
    node_tool("tsc", "--project", str(TS / "tsconfig.json"), "--strict")
    print("tsc --strict: no errors")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_up(url: str, mock: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if mock.poll() is not None:
            raise SystemExit(f"the mock exited with {mock.returncode} before answering")
        try:
            urllib.request.urlopen(f"{url}/v1/test", timeout=1).close()
            return
        except urllib.error.HTTPError:
            return  # any HTTP answer (401 without a key) means it is up
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"the mock did not answer at {url} within {timeout:.0f} s")


def run_against_mock() -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    mock_bin = Path(sys.executable).parent / "partnero-mock"
    log_path = ROOT / "build" / "ts-proof-mock.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log:
        mock = subprocess.Popen(
            [str(mock_bin), "--host", "127.0.0.1", "--port", str(port)], stdout=log, stderr=subprocess.STDOUT
        )
        try:
            _wait_until_up(url, mock)
            env = {**os.environ, "PARTNERO_BASE_URL": url}
            env.pop("PARTNERO_API_KEY", None)  # the proof makes its own test_affiliate_ key
            result = subprocess.run(["node", str(OUT / "proof.js")], cwd=TS, env=env)
            if result.returncode != 0:
                raise SystemExit(f"the TypeScript proof failed against the mock (mock log: {log_path})")
        finally:
            mock.terminate()
            try:
                mock.wait(timeout=10)
            except subprocess.TimeoutExpired:
                mock.kill()
                mock.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--no-run", action="store_true", help="generate and type-check only")
    args = parser.parse_args(argv)
    programs = generate()
    if "affiliate" not in programs:
        raise SystemExit("dist/ has no affiliate view; the proof creates an affiliate partner")
    typecheck()
    if not args.no_run:
        run_against_mock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
