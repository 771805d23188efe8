"""`make bench`: B1-B8 side by side in one run; prints a table and writes bench/results/<UTC>.json.

B1-B5 run under pytest-benchmark (bench/test_bench.py), B6 with `python -X importtime`, B7 with
hyperfine on bench/generate.sh, B8 with wrk against the mock and Prism. Benchmarks never fail:
a goal that is missed is reported as such, and the exit code is 0 unless the harness itself broke.

Ratios are taken inside one run: each side's median per interleaved repetition, then the median of
the per-repetition ratios, so slow drift in a shared machine's load hits both sides alike.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import yaml
from servers import (
    CUSTOMER_KEY,
    PARTNER_ID,
    READ_KEY,
    ROOT,
    TXN_KEY,
    WRITE_KEY,
    floor_server,
    mock_server,
    prism_server,
)

HERE = Path(__file__).resolve().parent
PY = sys.executable
PARTNERS_PAGES = 40  # B4: 10,000 partners at 250 a page
PYTEST_BENCHES = {"B1", "B2", "B3", "B4", "B5"}  # the ones in test_bench.py
WRK_DIR = HERE / "wrk"


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, text=True, capture_output=True, **kwargs)


def loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


# --- B1-B5: pytest-benchmark --------------------------------------------------------------------


def pytest_benchmarks(workdir: Path, reps: int, only: set[str]) -> dict[str, Any]:
    out = workdir / "pytest-benchmark.json"
    cmd = [PY, "-m", "pytest", str(HERE / "test_bench.py"), "-p", "no:cacheprovider", "-o", "addopts="]
    cmd += ["-k", " or ".join(f"test_{b.lower()}_" for b in sorted(only) if b in PYTEST_BENCHES)]
    cmd += ["-q", "--benchmark-only", f"--benchmark-json={out}", "--benchmark-columns=median,iqr,rounds"]
    cmd += ["--benchmark-sort=name"]
    env = {**os.environ, "BENCH_REPS": str(reps)}
    proc = subprocess.run(cmd, cwd=ROOT, env=env, text=True, capture_output=True)
    (workdir / "pytest.log").write_text(proc.stdout + proc.stderr)
    if not out.exists():
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        raise SystemExit("pytest-benchmark wrote no results")
    if proc.returncode != 0:
        log(
            f"pytest exited {proc.returncode} (some sanity check failed); see the log:\n{proc.stdout[-3000:]}"
        )
    data: dict[str, Any] = json.loads(out.read_text())
    return data


def summarise_pairs(data: dict[str, Any]) -> dict[str, Any]:
    """Per benchmark: each impl's median of medians, and per-repetition ratios against `raw`."""
    per: dict[str, dict[str, dict[int, float]]] = defaultdict(lambda: defaultdict(dict))
    for entry in data["benchmarks"]:
        info = entry["extra_info"]
        per[info["bench"]][info["impl"]][int(info["rep"])] = float(entry["stats"]["median"])
        if "cpu_s" in info:  # B4 and B5 also record the benchmark process's CPU time
            per[info["bench"] + "-cpu"][info["impl"]][int(info["rep"])] = float(info["cpu_s"])
    summary: dict[str, Any] = {}
    for bench, impls in sorted(per.items()):
        raw = impls["raw"]
        item: dict[str, Any] = {
            "median_s": {impl: statistics.median(reps.values()) for impl, reps in impls.items()},
            "per_rep_s": {impl: [reps[r] for r in sorted(reps)] for impl, reps in impls.items()},
            "ratio_vs_raw": {},
        }
        for impl, reps in impls.items():
            if impl == "raw":
                continue
            # "client-aiohttp" is compared with "raw-aiohttp"; everything else with "raw".
            base = impls.get(impl.replace("client", "raw"), raw) if impl.startswith("client-") else raw
            ratios = [reps[r] / base[r] for r in sorted(reps) if r in base]
            item["ratio_vs_raw"][impl] = {
                "median": statistics.median(ratios),
                "min": min(ratios),
                "max": max(ratios),
                "per_rep": [round(x, 3) for x in ratios],
            }
        summary[bench] = item
    return summary


# --- B6: a fresh process's first call, in a clean venv with only the wheel -------------------------

FIRST_CALL = {
    # What a user's script does first: import, construct, one call (and the reply parsed).
    "client": (
        "import sys\n"
        "from partnero_client.affiliate import AffiliateClient\n"
        "client = AffiliateClient(api_key=sys.argv[2], base_url=sys.argv[1])\n"
        "assert client.partners.get(sys.argv[3]).id == sys.argv[3]\n"
    ),
    "httpx": (
        "import sys\n"
        "import httpx\n"
        "http = httpx.Client(base_url=sys.argv[1], headers={'Authorization': 'Bearer ' + sys.argv[2]})\n"
        "assert http.get('/v1/partners/' + sys.argv[3]).json()['data']['id'] == sys.argv[3]\n"
    ),
    # Context: what importing attrs (the models' base, by design) adds to httpx on its own.
    "httpx+attrs": (
        "import sys\n"
        "import attrs, httpx\n"
        "http = httpx.Client(base_url=sys.argv[1], headers={'Authorization': 'Bearer ' + sys.argv[2]})\n"
        "assert http.get('/v1/partners/' + sys.argv[3]).json()['data']['id'] == sys.argv[3]\n"
    ),
    # The floor: the standard library alone.
    "http.client": (
        "import sys, json, http.client, urllib.parse\n"
        "url = urllib.parse.urlsplit(sys.argv[1])\n"
        "conn = http.client.HTTPConnection(url.hostname, url.port)\n"
        "auth = {'Authorization': 'Bearer ' + sys.argv[2]}\n"
        "conn.request('GET', '/v1/partners/' + sys.argv[3], headers=auth)\n"
        "assert json.loads(conn.getresponse().read())['data']['id'] == sys.argv[3]\n"
    ),
}


def clean_venv(workdir: Path) -> Path:
    """A new venv holding the built wheel and its dependencies only (no dev tools, no extras)."""
    dist = workdir / "dist"
    proc = run([PY, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)])
    if proc.returncode != 0:
        raise RuntimeError(f"pip wheel failed: {proc.stderr[-1500:]}")
    wheel = next(dist.glob("partnero_client-*.whl"))
    venv_dir = workdir / "clean-venv"
    proc = run([PY, "-m", "venv", str(venv_dir)])
    if proc.returncode != 0:
        raise RuntimeError(f"venv failed: {proc.stderr[-1500:]}")
    python = venv_dir / "bin" / "python"
    proc = run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)])
    if proc.returncode != 0:
        raise RuntimeError(f"installing the wheel failed: {proc.stderr[-1500:]}")
    return python


def first_call_ms(python: Path, script: str, origin: str) -> tuple[float, float]:
    """(wall, CPU) milliseconds of one fresh interpreter running the script, from spawn to exit.

    CPU is the child's own user + system time: what the import and the call cost, without the
    waits for a loaded machine's scheduler or for the server's reply (the same for both sides).
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(
        [str(python), "-c", script, origin, READ_KEY, PARTNER_ID], cwd="/", capture_output=True, text=True
    )
    elapsed = (time.perf_counter() - started) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(f"first call failed: {proc.stderr[-1500:]}")
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return elapsed, cpu


def _paired(samples: dict[str, list[tuple[float, float]]], which: int, side: str = "client") -> list[float]:
    """Per-round side - httpx differences: both sides of a round saw the same machine load."""
    return [c[which] - h[which] for c, h in zip(samples[side], samples["httpx"], strict=True)]


def _quartiles(values: list[float]) -> list[float]:
    q1, _, q3 = statistics.quantiles(values, n=4)
    return [round(q1, 1), round(q3, 1)]


def bench_first_call(workdir: Path, runs: int) -> dict[str, Any]:
    try:
        python = clean_venv(workdir)
    except (RuntimeError, StopIteration) as exc:
        return {"error": str(exc)[:500]}
    installed = run([str(python), "-m", "pip", "list", "--format=freeze", "--disable-pip-version-check"])
    with mock_server(workdir / "b6") as origin:
        for script in FIRST_CALL.values():  # compile .pyc files, warm the page cache
            first_call_ms(python, script, origin)
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in FIRST_CALL}
        for round_ in range(runs):  # interleaved, the order reversed every other round
            names = list(FIRST_CALL) if round_ % 2 == 0 else list(reversed(FIRST_CALL))
            for name in names:
                samples[name].append(first_call_ms(python, FIRST_CALL[name], origin))
    wall = {name: [w for w, _ in values] for name, values in samples.items()}
    cpu = {name: [c for _, c in values] for name, values in samples.items()}
    medians = {name: statistics.median(values) for name, values in wall.items()}
    minima = {name: min(values) for name, values in wall.items()}
    paired_wall, paired_cpu = _paired(samples, 0), _paired(samples, 1)
    return {
        "runs": runs,
        "venv_packages": installed.stdout.split(),
        "median_ms": {k: round(v, 1) for k, v in medians.items()},
        "min_ms": {k: round(v, 1) for k, v in minima.items()},
        "cpu_median_ms": {k: round(statistics.median(v), 1) for k, v in cpu.items()},
        "samples_ms": {k: [round(x, 1) for x in v] for k, v in wall.items()},
        "cpu_samples_ms": {k: [round(x, 1) for x in v] for k, v in cpu.items()},
        # The figure: the median of the per-round differences (wall, and the child's CPU time).
        "delta_ms": round(statistics.median(paired_wall), 1),
        "cpu_delta_ms": round(statistics.median(paired_cpu), 1),
        "cpu_delta_range_ms": [round(min(paired_cpu), 1), round(max(paired_cpu), 1)],
        "cpu_delta_quartiles_ms": _quartiles(paired_cpu),
        # attrs alone (context for the figure: the models are attrs classes by design).
        "attrs_cpu_delta_ms": round(statistics.median(_paired(samples, 1, "httpx+attrs")), 1),
        # Context, not the figure: interference only adds CPU time, so each side's fastest run is
        # the nearest to its own cost (timeit's rule); but the two minima come from different runs.
        "cpu_min_delta_ms": round(min(cpu["client"]) - min(cpu["httpx"]), 1),
        "attrs_cpu_min_delta_ms": round(min(cpu["httpx+attrs"]) - min(cpu["httpx"]), 1),
        # Kept for comparison with older runs: differences of each side's own median and minimum.
        "median_delta_ms": round(medians["client"] - medians["httpx"], 1),
        "min_delta_ms": round(minima["client"] - minima["httpx"], 1),
    }


# --- B3 memory: 10,000 parsed partners against the same items as plain dicts ---------------------

MEMORY_SCRIPT = """
import gc, json, sys, tracemalloc
from partnero_client.affiliate.models.partner import Partner
pages = [open(p, "rb").read() for p in sys.argv[1:]]

def retained(build):
    gc.collect()
    tracemalloc.start()
    kept = build()
    gc.collect()
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return len(kept), size

n, dicts = retained(lambda: [item for page in pages for item in json.loads(page)["data"]])
m, models = retained(lambda: [Partner.from_dict(item) for page in pages for item in json.loads(page)["data"]])
assert n == m
print(json.dumps({"items": n, "dicts_bytes": dicts, "models_bytes": models}))
"""


def bench_memory(workdir: Path) -> dict[str, Any]:
    """Bytes kept alive by the parsed items of all 40 pages: models vs json.loads' dicts."""
    files: list[Path] = []
    with mock_server(workdir / "b3mem") as origin:
        url: str | None = "/v1/partners?limit=250"
        with httpx.Client(base_url=origin, headers={"Authorization": f"Bearer {READ_KEY}"}) as http:
            while url:
                reply = http.get(url)
                files.append(workdir / f"page-{len(files)}.json")
                files[-1].write_bytes(reply.content)
                url = reply.json()["links"]["next"]
    proc = run([PY, "-c", MEMORY_SCRIPT, *map(str, files)])
    if proc.returncode != 0:
        return {"error": proc.stderr[-1000:]}
    data = json.loads(proc.stdout)
    return {
        "items": data["items"],
        "dicts_mb": data["dicts_bytes"] / 1e6,
        "models_mb": data["models_bytes"] / 1e6,
        "ratio": round(data["models_bytes"] / data["dicts_bytes"], 3),
    }


# --- B7: make generate -------------------------------------------------------------------------


def bench_generate(workdir: Path, runs: int) -> dict[str, Any]:
    """Cold (every linter runs, the figure the goal is about), then warm (unchanged spec: the
    linters' results are replayed from the lint cache, as in a `make generate` after a template
    edit). hyperfine's warm-up run doubles as the check that the generator works at all right now,
    and, warm, fills the cache."""
    cold = _hyperfine_generate(workdir, runs, warm=False)
    if "error" in cold:
        return cold
    shutil.rmtree(workdir / "generate" / "lint-cache", ignore_errors=True)
    warm = _hyperfine_generate(workdir, runs, warm=True)
    return {**cold, "warm": warm}


def _hyperfine_generate(workdir: Path, runs: int, *, warm: bool) -> dict[str, Any]:
    scratch = workdir / "generate"
    out = workdir / "hyperfine.json"
    script = f"{HERE / 'generate.sh'} {scratch}" + (" --warm" if warm else "")
    cmd = ["hyperfine", "--style", "none", "--warmup", "1", "--runs", str(runs), "--export-json", str(out)]
    cmd += ["-n", "make generate" + (" (warm lint cache)" if warm else ""), script]
    proc = run(cmd)
    findings = None
    if proc.returncode != 0:
        detail = run(script.split())
        lines = [line for line in (detail.stdout + detail.stderr).splitlines() if "npm warn" not in line]
        if not any("lint findings" in line for line in lines):
            return {"error": "bench/generate.sh failed: " + " / ".join(lines[-6:])}
        # The linters found something: every step still ran to the end (only the copy onto the
        # output was skipped), so the time is still the time of `make generate`.
        findings = " / ".join(line for line in lines if "failed (" in line)
        proc = run([*cmd[:1], "--ignore-failure", *cmd[1:]])
        if proc.returncode != 0:
            return {"error": "hyperfine failed: " + proc.stderr[-500:]}
    result = json.loads(out.read_text())["results"][0]
    return {
        "lint_findings": findings,
        "runs": runs,
        "median_s": round(result["median"], 3),
        "times_s": [round(t, 3) for t in result["times"]],
        "cpu_mean_s": round(result["user"] + result["system"], 3),
    }


# --- B8: mock vs Prism under wrk ------------------------------------------------------------------


def wrk(url: str, script: Path, duration: int, args: list[str]) -> dict[str, Any]:
    cmd = ["wrk", "-t2", "-c16", f"-d{duration}s", "--timeout", "5s", "-s", str(script), url, "--", *args]
    proc = run(cmd)
    if proc.returncode != 0:
        raise RuntimeError(f"wrk failed: {proc.stderr}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", proc.stdout).group(1))  # type: ignore[union-attr]
    total = int(re.search(r"(\d+) requests in", proc.stdout).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", proc.stdout)
    errors = re.search(r"Socket errors:.*", proc.stdout)
    return {
        "rps": rps,
        "requests": total,
        "non_2xx": int(bad.group(1)) if bad else 0,
        "socket_errors": errors.group(0) if errors else "",
    }


def view_has(view: Path, path: str, method: str) -> bool:
    doc = yaml.safe_load(view.read_text())
    return method in (doc.get("paths", {}).get(path) or {})


def bench_servers(workdir: Path, duration: int, rounds: int) -> dict[str, Any]:
    views = workdir / "views"
    proc = run([PY, "-m", "generator", "--write-views", str(views)])
    if proc.returncode != 0:
        return {"error": f"--write-views failed: {proc.stderr[-1500:]}"}
    view = views / "affiliate.yaml"
    scenarios: dict[str, tuple[str, Path, list[str]]] = {
        "GET partner": (f"/v1/partners/{PARTNER_ID}", WRK_DIR / "get.lua", [READ_KEY]),
        "POST transaction": ("/v1/transactions", WRK_DIR / "post_transaction.lua", [TXN_KEY, CUSTOMER_KEY]),
        "POST partner": ("/v1/partners", WRK_DIR / "post_partner.lua", [WRITE_KEY]),
    }
    prism_has = {
        "GET partner": view_has(view, "/v1/partners/{id}", "get"),
        "POST transaction": view_has(view, "/v1/transactions", "post"),
        "POST partner": view_has(view, "/v1/partners", "post"),
    }
    servers = ("mock", "prism", "floor")
    samples: dict[str, dict[str, list[dict[str, Any]]]] = {s: {k: [] for k in servers} for s in scenarios}
    with (
        mock_server(workdir / "b8") as mock,
        prism_server(view, workdir / "b8") as prism,
        floor_server(workdir / "b8") as floor,
    ):
        origins = {"mock": mock, "prism": prism, "floor": floor}
        for name, (path, script, args) in scenarios.items():  # warm up all (Prism's JIT, the mock's caches)
            for server, origin in origins.items():
                if server != "prism" or prism_has[name]:
                    wrk(origin + path, script, 1, [*args, "warmup"])
        for rnd in range(rounds):
            for name, (path, script, args) in scenarios.items():
                for server, origin in origins.items():
                    if server == "prism" and not prism_has[name]:
                        continue
                    samples[name][server].append(wrk(origin + path, script, duration, [*args, f"r{rnd}"]))
    result: dict[str, Any] = {"duration_s": duration, "rounds": rounds, "connections": 16, "scenarios": {}}
    for name, by_server in samples.items():
        entry: dict[str, Any] = {"prism_serves_it": prism_has[name], "samples": by_server}
        for server, runs in by_server.items():
            # A run with error replies or socket errors measured something else: it is left out.
            kept = [r for r in runs if not r["non_2xx"] and not r["socket_errors"]]
            entry[f"{server}_discarded"] = len(runs) - len(kept)
            if kept:
                rps = [r["rps"] for r in kept]
                entry[f"{server}_rps"] = round(statistics.median(rps), 1)
                entry[f"{server}_spread"] = [round(min(rps), 1), round(max(rps), 1)]
        if "prism_rps" in entry and "mock_rps" in entry:
            entry["ratio"] = round(entry["mock_rps"] / entry["prism_rps"], 2)
        if "floor_rps" in entry and "mock_rps" in entry:
            entry["of_floor"] = round(entry["mock_rps"] / entry["floor_rps"], 2)
        result["scenarios"][name] = entry
    return result


# --- report -------------------------------------------------------------------------------------------


def fmt_time(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.1f} µs"


def _ratio_text(ratio: dict[str, float]) -> str:
    return f"**{ratio['median']:.2f}×** (reps {ratio['min']:.2f}–{ratio['max']:.2f})"


def table(results: dict[str, Any]) -> list[dict[str, str]]:
    """One row per figure: the figure, its goal, the floor it cannot beat, and whether it is met."""
    rows: list[dict[str, str]] = []
    pairs = results.get("pairs", {})

    def row(bid: str, what: str, figure: str, goal: str, floor: str, met: bool | None) -> None:
        verdict = "?" if met is None else ("yes" if met else "NO")
        rows.append({"id": bid, "what": what, "figure": figure, "goal": goal, "floor": floor, "met": verdict})

    def pair(
        bid: str, impl: str = "client", base: str = "raw"
    ) -> tuple[dict[str, Any], dict[str, float]] | None:
        item = pairs.get(bid)
        if not item or impl not in item["ratio_vs_raw"] or base not in item["median_s"]:
            return None
        return item["median_s"], item["ratio_vs_raw"][impl]

    got = pair("B1")
    if got:
        med, ratio = got
        figure = f"client {fmt_time(med['client'])} vs raw httpx {fmt_time(med['raw'])}: {_ratio_text(ratio)}"
        row(
            "B1",
            "CPU per get(), MockTransport",
            figure,
            "≤ 1.5× raw httpx",
            "raw httpx itself",
            ratio["median"] <= 1.5,
        )

    got = pair("B2")
    if got:
        med, ratio = got
        figure = f"client {fmt_time(med['client'])} vs raw httpx {fmt_time(med['raw'])}: {_ratio_text(ratio)}"
        figure += f"; requests {fmt_time(med['requests'])}"
        floor = f"http.client {fmt_time(med['floor'])} per call" if "floor" in med else "not run"
        met = ratio["median"] <= 1.10 and med["client"] < med["requests"]
        row(
            "B2",
            "get() on loopback, mock under uvicorn",
            figure,
            "≤ 1.10× raw; faster than requests",
            floor,
            met,
        )

    got = pair("B3")
    if got:
        med, ratio = got
        figure = (
            f"stdlib: {fmt_time(med['client'])} vs json.loads {fmt_time(med['raw'])}: {_ratio_text(ratio)}"
        )
        row(
            "B3",
            "parse a 250-item page into models (CPU)",
            figure,
            "≤ 2×",
            f"json.loads {fmt_time(med['raw'])}",
            ratio["median"] <= 2.0,
        )
        fast = pair("B3", "client-fast")
        if fast:
            figure = f"fast-json: {fmt_time(med['client-fast'])}: {_ratio_text(fast[1])} of json.loads"
            row(
                "B3",
                "the same with the fast-json extra (orjson)",
                figure,
                "≤ 1.6× json.loads",
                f"json.loads {fmt_time(med['raw'])}",
                fast[1]["median"] <= 1.6,
            )
    mem = results.get("B3-memory")
    if mem:
        figure = (
            f"{mem['models_mb']:.2f} MB for {mem['items']:,} partners vs {mem['dicts_mb']:.2f} MB as dicts: "
            f"**{mem['ratio']:.2f}×**"
        )
        row(
            "B3",
            "memory of parsed partners (tracemalloc)",
            figure,
            "≤ 1× plain dicts",
            "the dicts json.loads gives",
            mem["ratio"] <= 1.0,
        )

    got = pair("B4")
    if got:
        med, ratio = got
        figure = (
            f"wall: client {fmt_time(med['client'])} vs raw loop {fmt_time(med['raw'])}: {_ratio_text(ratio)}"
        )
        pages = PARTNERS_PAGES
        b3 = pairs.get("B3", {}).get("median_s", {}).get("raw")
        floor = (
            f"json.loads of the {pages} pages {fmt_time(b3 * pages)} CPU" if b3 else "json.loads of the pages"
        )
        row(
            "B4", "auto-paginate 10,000 partners, limit 250", figure, "(wall: mostly the server)", floor, None
        )
        cpu = pair("B4-cpu")
        if cpu:
            cmed, cratio = cpu
            figure = f"client CPU {fmt_time(cmed['client'])} vs raw loop {fmt_time(cmed['raw'])}: "
            figure += _ratio_text(cratio)
            row("B4", "the same, client process CPU", figure, "≤ 1.3×", floor, cratio["median"] <= 1.3)

    got = pair("B5")
    if got:
        med, ratio = got
        figure = f"default: client {fmt_time(med['client'])} vs raw httpx {fmt_time(med['raw'])}: "
        figure += _ratio_text(ratio)
        floor = f"raw aiohttp {fmt_time(med['raw-aiohttp'])}" if "raw-aiohttp" in med else "not run"
        row(
            "B5",
            "async: 2,000 get(), 50 in flight (wall)",
            figure,
            "≤ 1.15× raw httpx",
            floor,
            ratio["median"] <= 1.15,
        )
        aio = pair("B5", "client-aiohttp", "raw-aiohttp")
        if aio:
            figure = (
                f"aiohttp extra: client {fmt_time(med['client-aiohttp'])} vs raw aiohttp "
                f"{fmt_time(med['raw-aiohttp'])}: {_ratio_text(aio[1])}"
            )
            row(
                "B5",
                "the same with the aiohttp extra (wall)",
                figure,
                "≤ 1.3× raw aiohttp",
                floor,
                aio[1]["median"] <= 1.3,
            )
        cpu = pairs.get("B5-cpu")
        if cpu:
            cmed = cpu["median_s"]
            parts = [f"{impl} {fmt_time(v)}" for impl, v in cmed.items()]
            row("B5", "the same, client process CPU", "; ".join(parts), "(context)", floor, None)

    b6 = results.get("B6")
    if b6 and "error" in b6:
        row(
            "B6",
            "fresh process: import, construct, first get()",
            b6["error"][:200],
            "≤ httpx + 30 ms",
            "",
            None,
        )
    elif b6:
        med = b6["median_ms"]
        cpu = b6["cpu_median_ms"]
        figure = (
            f"CPU client {cpu['client']:.1f} ms vs httpx {cpu['httpx']:.1f} ms: "
            f"**{b6['cpu_delta_ms']:+.1f} ms** (per-round quartiles {b6['cpu_delta_quartiles_ms']}); "
            f"wall {med['client']:.1f} vs {med['httpx']:.1f} ms, per-round {b6['delta_ms']:+.1f} ms; "
            f"fastest runs' CPU {b6['cpu_min_delta_ms']:+.1f} ms (context); "
            "clean venv with the wheel only"
        )
        row(
            "B6",
            "fresh process: import, construct, first get()",
            figure,
            "≤ httpx + 30 ms",
            f"http.client {med['http.client']:.1f} ms (CPU {cpu['http.client']:.1f} ms); "
            f"importing attrs alone adds {b6['attrs_cpu_delta_ms']:+.1f} ms CPU "
            f"(fastest runs {b6['attrs_cpu_min_delta_ms']:+.1f} ms)",
            # Both clocks must hold: the wall is what a user waits, the CPU what noise cannot inflate.
            max(b6["cpu_delta_ms"], b6["delta_ms"]) <= 30,
        )

    b7 = results.get("B7")
    if b7 and "error" in b7:
        row("B7", "make generate, warm", b7["error"][:200], "≤ 8 s", "", None)
    elif b7:
        figure = (
            f"**{b7['median_s']:.2f} s** wall (median of {b7['runs']} after a warm-up; "
            f"{b7['cpu_mean_s']:.1f} s CPU)"
        )
        if b7.get("lint_findings"):
            figure += f"; the spec has lint findings ({b7['lint_findings']}), timed all the same"
        cores = results["machine"]["cpus_usable"]
        floor = f"its CPU ÷ {cores} cores = {b7['cpu_mean_s'] / cores:.1f} s"
        row("B7", "make generate, no lint cache (hyperfine)", figure, "≤ 8 s", floor, b7["median_s"] <= 8)
        warm = b7.get("warm")
        if warm and "error" in warm:
            row("B7", "make generate, lint results cached", warm["error"][:200], "—", "", None)
        elif warm:
            figure = (
                f"**{warm['median_s']:.2f} s** wall (median of {warm['runs']}; "
                f"{warm['cpu_mean_s']:.1f} s CPU); spec unchanged, so the linters' results are "
                "replayed: not the goal's figure"
            )
            floor = f"its CPU ÷ {cores} cores = {warm['cpu_mean_s'] / cores:.1f} s"
            row("B7", "make generate, lint results cached", figure, "—", floor, None)

    b8 = results.get("B8")
    if b8 and "error" in b8:
        row("B8", "mock req/s", b8["error"][:200], "≥ 3× Prism", "", None)
    elif b8:
        for name, entry in b8["scenarios"].items():
            if "mock_rps" not in entry:
                row(
                    "B8",
                    f"mock {name}",
                    "every run had non-2xx replies or socket errors",
                    "≥ 3× Prism",
                    "",
                    None,
                )
                continue
            lo, hi = entry["mock_spread"]
            figure = f"mock {entry['mock_rps']:.0f} req/s ({lo:.0f}–{hi:.0f})"
            if "ratio" in entry:
                plo, phi = entry["prism_spread"]
                figure += (
                    f" vs Prism {entry['prism_rps']:.0f} ({plo:.0f}–{phi:.0f}): **{entry['ratio']:.2f}×**"
                )
            else:
                figure += " (not in the view; Prism cannot serve it)"
            dropped = entry.get("mock_discarded", 0) + entry.get("prism_discarded", 0)
            if dropped:
                figure += f"; {dropped} run(s) with non-2xx replies left out"
            floor = f"plain Starlette {entry['floor_rps']:.0f} req/s" if "floor_rps" in entry else ""
            if "of_floor" in entry:
                floor += f" (mock at {entry['of_floor']:.2f}× of it)"
            row(
                "B8",
                f"mock vs Prism: {name}, wrk, 16 connections",
                figure,
                "≥ 3× Prism",
                floor,
                entry["ratio"] >= 3 if "ratio" in entry else None,
            )
    return rows


def print_table(rows: list[dict[str, str]]) -> None:
    print()
    print("| id | what | figure | goal | floor | met |")
    print("|----|------|--------|------|-------|-----|")
    for row in rows:
        cells = [row[k] for k in ("id", "what", "figure", "goal", "floor", "met")]
        print("| " + " | ".join(cells) + " |")
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=5, help="interleaved repetitions of B1-B5 (default 5)")
    parser.add_argument("--first-call-runs", type=int, default=31, help="fresh interpreters per side for B6")
    parser.add_argument("--generate-runs", type=int, default=3, help="hyperfine runs for B7")
    parser.add_argument("--wrk-seconds", type=int, default=4, help="length of one wrk run for B8")
    parser.add_argument("--wrk-rounds", type=int, default=3, help="interleaved wrk rounds per server for B8")
    parser.add_argument("--only", default="B1,B2,B3,B4,B5,B6,B7,B8", help="comma-separated subset")
    parser.add_argument("--out", type=Path, default=HERE / "results", help="where the JSON goes")
    args = parser.parse_args()
    only = set(args.only.upper().split(","))
    for tool in ("wrk", "hyperfine"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing; `make bench` installs it (apt-get install -y {tool})")

    started = time.monotonic()
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H%M%SZ")
    results: dict[str, Any] = {
        "started_utc": stamp,
        "machine": {
            "node": platform.node(),
            "cpu_count": os.cpu_count(),
            "cpus_usable": len(os.sched_getaffinity(0)),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "loadavg_before": loadavg(),
        },
        # Relative to the checkout, so a committed result carries no machine's absolute path.
        "settings": vars(args) | {"out": os.path.relpath(args.out, ROOT)},
    }
    with tempfile.TemporaryDirectory(prefix="partnero-bench-") as tmp:
        workdir = Path(tmp)
        if "B6" in only:
            log("B6 first call in a fresh process (clean venv with the wheel)")
            results["B6"] = bench_first_call(workdir, args.first_call_runs)
        if "B3" in only:
            log("B3 memory of 10,000 parsed partners")
            results["B3-memory"] = bench_memory(workdir)
        if "B7" in only:
            log("B7 make generate (hyperfine)")
            results["B7"] = bench_generate(workdir, args.generate_runs)
        if only & PYTEST_BENCHES:
            log(f"B1-B5 pytest-benchmark, {args.reps} interleaved repetitions")
            data = pytest_benchmarks(workdir, args.reps, only)
            results["machine"]["pytest_benchmark"] = {
                k: data["machine_info"].get(k) for k in ("processor", "machine", "python_version", "release")
            } | {"cpu": data["machine_info"].get("cpu", {}).get("brand_raw")}
            results["pairs"] = {k: v for k, v in summarise_pairs(data).items() if k.split("-")[0] in only}
        if "B8" in only:
            log("B8 mock vs Prism (wrk)")
            results["B8"] = bench_servers(workdir, args.wrk_seconds, args.wrk_rounds)
    results["machine"]["loadavg_after"] = loadavg()
    results["wall_s"] = round(time.monotonic() - started, 1)
    rows = table(results)
    results["table"] = rows
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"{stamp}.json"
    path.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print_table(rows)
    log(
        f"done in {results['wall_s']} s; load average {results['machine']['loadavg_before']} -> "
        f"{results['machine']['loadavg_after']}; results in {path}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
