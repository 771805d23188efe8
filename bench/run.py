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
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from servers import CUSTOMER_KEY, PARTNER_ID, READ_KEY, ROOT, TXN_KEY, WRITE_KEY, mock_server, prism_server

HERE = Path(__file__).resolve().parent
PY = sys.executable
WRK_DIR = HERE / "wrk"


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, text=True, capture_output=True, **kwargs)


def loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


# --- B1-B5: pytest-benchmark --------------------------------------------------------------------


def pytest_benchmarks(workdir: Path, reps: int) -> dict[str, Any]:
    out = workdir / "pytest-benchmark.json"
    cmd = [PY, "-m", "pytest", str(HERE / "test_bench.py"), "-p", "no:cacheprovider", "-o", "addopts="]
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
        if "cpu_s" in info:  # B5 also records the client process's CPU time
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
            ratios = [reps[r] / raw[r] for r in sorted(reps) if r in raw]
            item["ratio_vs_raw"][impl] = {
                "median": statistics.median(ratios),
                "min": min(ratios),
                "max": max(ratios),
                "per_rep": [round(x, 3) for x in ratios],
            }
        summary[bench] = item
    return summary


# --- B6: import time ------------------------------------------------------------------------------


def import_us(statement: str) -> int:
    """Sum of the top-level `-X importtime` cumulative figures of one fresh interpreter."""
    proc = run([PY, "-X", "importtime", "-c", statement])
    if proc.returncode != 0:
        raise SystemExit(f"{statement!r} failed: {proc.stderr[-2000:]}")
    total = 0
    for line in proc.stderr.splitlines():
        parts = line.split("|")
        if (
            len(parts) == 3
            and line.startswith("import time:")
            and parts[2].startswith(" ")
            and parts[2][1] != " "
        ):
            if parts[1].strip().isdigit():
                total += int(parts[1])
    return total


def bench_import(runs: int) -> dict[str, Any]:
    statements = {
        "partnero_client": "import partnero_client",
        "httpx": "import httpx",
        "partnero_client.affiliate": "from partnero_client import AffiliateClient",
    }
    for statement in statements.values():  # compile .pyc files and warm the page cache
        import_us(statement)
    samples: dict[str, list[int]] = {name: [] for name in statements}
    for _ in range(runs):  # interleaved
        for name, statement in statements.items():
            samples[name].append(import_us(statement))
    medians = {name: statistics.median(values) / 1000 for name, values in samples.items()}
    # On a loaded machine the minimum is the better estimate of the work itself; both are kept.
    minima = {name: min(values) / 1000 for name, values in samples.items()}
    return {
        "runs": runs,
        "median_ms": {k: round(v, 2) for k, v in medians.items()},
        "min_ms": {k: round(v, 2) for k, v in minima.items()},
        "min_delta_ms": round(minima["partnero_client"] - minima["httpx"], 2),
        "samples_ms": {k: [round(x / 1000, 2) for x in v] for k, v in samples.items()},
        "delta_ms": round(medians["partnero_client"] - medians["httpx"], 2),
        "delta_with_affiliate_ms": round(medians["partnero_client.affiliate"] - medians["httpx"], 2),
    }


# --- B7: make generate -------------------------------------------------------------------------


def bench_generate(workdir: Path, runs: int) -> dict[str, Any]:
    """hyperfine's warm-up run doubles as the check that the generator works at all right now."""
    scratch = workdir / "generate"
    out = workdir / "hyperfine.json"
    cmd = ["hyperfine", "--style", "none", "--warmup", "1", "--runs", str(runs), "--export-json", str(out)]
    cmd += ["-n", "make generate", f"{HERE / 'generate.sh'} {scratch}"]
    proc = run(cmd)
    if proc.returncode != 0:
        detail = run([str(HERE / "generate.sh"), str(scratch)]).stderr
        lines = [line for line in (detail or proc.stderr).splitlines() if "npm warn" not in line]
        return {"error": "bench/generate.sh failed: " + " / ".join(lines[-6:])}
    result = json.loads(out.read_text())["results"][0]
    return {
        "runs": runs,
        "median_s": round(result["median"], 3),
        "times_s": [round(t, 3) for t in result["times"]],
        "cpu_mean_s": round(result["user"] + result["system"], 3),
    }


# --- B8: mock vs Prism under wrk ------------------------------------------------------------------


def wrk(url: str, script: Path, duration: int, args: list[str]) -> dict[str, float]:
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
    samples: dict[str, dict[str, list[dict[str, float]]]] = {s: {"mock": [], "prism": []} for s in scenarios}
    with mock_server(workdir / "b8") as mock, prism_server(view, workdir / "b8") as prism:
        origins = {"mock": mock, "prism": prism}
        for name, (path, script, args) in scenarios.items():  # warm up both (Prism's JIT, the mock's caches)
            for server, origin in origins.items():
                if server == "mock" or prism_has[name]:
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
            if runs:
                entry[f"{server}_rps"] = round(statistics.median(r["rps"] for r in runs), 1)
                entry[f"{server}_non_2xx"] = sum(int(r["non_2xx"]) for r in runs)
        if "prism_rps" in entry:
            entry["ratio"] = round(entry["mock_rps"] / entry["prism_rps"], 2)
        result["scenarios"][name] = entry
    return result


# --- report -------------------------------------------------------------------------------------------


def fmt_time(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.1f} µs"


def table(results: dict[str, Any]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    pairs = results.get("pairs", {})

    def pair_row(
        bid: str, what: str, goal: float, extra: Callable[[dict[str, Any]], tuple[str, bool]] | None = None
    ) -> None:
        item = pairs.get(bid)
        if not item:
            rows.append({"id": bid, "what": what, "figure": "not run", "goal": f"≤ {goal}×", "met": "?"})
            return
        med = item["median_s"]
        ratio = item["ratio_vs_raw"]["client"]
        figure = (
            f"client {fmt_time(med['client'])} vs raw {fmt_time(med['raw'])}: "
            f"{ratio['median']:.2f}× (reps {ratio['min']:.2f}–{ratio['max']:.2f})"
        )
        met = ratio["median"] <= goal
        goal_text = f"≤ {goal}×"
        if extra:
            text, ok = extra(item)
            figure += "; " + text
            met = met and ok
            if bid == "B2":
                goal_text += "; faster than requests"
        rows.append(
            {"id": bid, "what": what, "figure": figure, "goal": goal_text, "met": "yes" if met else "NO"}
        )

    pair_row("B1", "CPU per get(), MockTransport", 1.5)

    def vs_requests(item: dict[str, Any]) -> tuple[str, bool]:
        med = item["median_s"]
        req = item["ratio_vs_raw"]["requests"]["median"]
        return f"requests {fmt_time(med['requests'])} ({req:.2f}× raw)", med["client"] < med["requests"]

    pair_row("B2", "get() on loopback, mock under uvicorn", 1.10, vs_requests)
    pair_row("B3", "parse a 250-item page into models (CPU)", 2.0)
    pair_row("B4", "auto-paginate 10,000 partners, limit 250", 1.15)

    def cpu_too(item: dict[str, Any]) -> tuple[str, bool]:
        cpu = pairs.get("B5-cpu")
        if not cpu:
            return "", True
        med, ratio = cpu["median_s"], cpu["ratio_vs_raw"]["client"]
        text = (
            f"client-process CPU {fmt_time(med['client'])} vs {fmt_time(med['raw'])}: {ratio['median']:.2f}× "
            f"(reps {ratio['min']:.2f}–{ratio['max']:.2f})"
        )
        return text, True

    pair_row("B5", "async: 2,000 get(), 50 in flight", 1.15, cpu_too)

    b6 = results.get("B6")
    if b6:
        med = b6["median_ms"]
        rows.append(
            {
                "id": "B6",
                "what": "import in a fresh process (-X importtime)",
                "figure": f"partnero_client {med['partnero_client']:.1f} ms vs httpx {med['httpx']:.1f} ms: "
                f"{b6['delta_ms']:+.1f} ms (minima: {b6['min_delta_ms']:+.1f} ms; "
                f"with AffiliateClient {b6['delta_with_affiliate_ms']:+.1f} ms, minima "
                f"{b6['min_ms']['partnero_client.affiliate'] - b6['min_ms']['httpx']:+.1f} ms)",
                "goal": "≤ httpx + 30 ms",
                "met": "yes" if b6["delta_ms"] <= 30 else "NO",
            }
        )
    b7 = results.get("B7")
    if b7:
        if "error" in b7:
            rows.append(
                {
                    "id": "B7",
                    "what": "make generate, warm",
                    "figure": b7["error"][:200],
                    "goal": "≤ 20 s",
                    "met": "?",
                }
            )
        else:
            full = b7["median_s"]
            rows.append(
                {
                    "id": "B7",
                    "what": "make generate, warm (hyperfine)",
                    "figure": f"{full:.2f} s wall (median of {b7['runs']} after a warm-up; "
                    f"{b7['cpu_mean_s']:.1f} s CPU)",
                    "goal": "≤ 20 s",
                    "met": "yes" if full <= 20 else "NO",
                }
            )
    b8 = results.get("B8")
    if b8:
        if "error" in b8:
            rows.append(
                {
                    "id": "B8",
                    "what": "mock req/s",
                    "figure": b8["error"][:200],
                    "goal": "≥ 3× Prism",
                    "met": "?",
                }
            )
        else:
            parts, met = [], True
            for name, entry in b8["scenarios"].items():
                if "ratio" in entry:
                    parts.append(
                        f"{name}: {entry['mock_rps']:.0f} vs {entry['prism_rps']:.0f} req/s"
                        f" = {entry['ratio']:.2f}×"
                    )
                    met = met and entry["ratio"] >= 3
                else:
                    parts.append(
                        f"{name}: {entry['mock_rps']:.0f} req/s (not in the view; Prism cannot serve it)"
                    )
            rows.append(
                {
                    "id": "B8",
                    "what": "mock vs Prism, wrk, 16 connections",
                    "figure": "; ".join(parts),
                    "goal": "≥ 3× Prism",
                    "met": "yes" if met else "NO",
                }
            )
    return rows


def print_table(rows: list[dict[str, str]]) -> None:
    print()
    print("| id | what | figure | goal | met |")
    print("|----|------|--------|------|-----|")
    for row in rows:
        print(f"| {row['id']} | {row['what']} | {row['figure']} | {row['goal']} | {row['met']} |")
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=5, help="interleaved repetitions of B1-B5 (default 5)")
    parser.add_argument("--import-runs", type=int, default=11, help="fresh interpreters per side for B6")
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
            log("B6 import time")
            results["B6"] = bench_import(args.import_runs)
        if "B7" in only:
            log("B7 make generate (hyperfine)")
            results["B7"] = bench_generate(workdir, args.generate_runs)
        if only & {"B1", "B2", "B3", "B4", "B5"}:
            log(f"B1-B5 pytest-benchmark, {args.reps} interleaved repetitions")
            data = pytest_benchmarks(workdir, args.reps)
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
