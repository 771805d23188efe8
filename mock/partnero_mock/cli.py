"""Command line entry point: ``partnero-mock --host 127.0.0.1 --port 4010 [--seed FILE]``."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from . import extra
from .domain.program import DEFAULT_MAX_PROGRAMS
from .options import ServerLimits

_DEFAULT_LIMITS = ServerLimits()
_HEADER_TIMEOUT = _DEFAULT_LIMITS.header_timeout
_KEEP_ALIVE_TIMEOUT = _DEFAULT_LIMITS.keep_alive_timeout
_LIMIT_CONCURRENCY = _DEFAULT_LIMITS.limit_concurrency or 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partnero-mock", description="Run a stateful fake of the Partnero API."
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=4010, help="port to listen on (default 4010)")
    parser.add_argument("--seed", metavar="FILE", help="JSON or YAML file with records to load at start-up")
    parser.add_argument("--random-seed", type=int, help="seed for generated ids and random faults")
    parser.add_argument(
        "--fault-rate", type=float, default=0.0, help="share of requests (0-1) answered with a random fault"
    )
    parser.add_argument(
        "--faults",
        default="429;retry-after=1,503",
        help="comma-separated fault specs drawn by --fault-rate (default '429;retry-after=1,503'); "
        "inside one spec use ';'",
    )
    parser.add_argument("--max-body-bytes", type=int, default=1_048_576, help="larger bodies answer 413")
    parser.add_argument(
        "--max-programs",
        type=int,
        default=DEFAULT_MAX_PROGRAMS,
        help=f"programs (API keys) kept at once; one more forgets the least recently used "
        f"(default {DEFAULT_MAX_PROGRAMS})",
    )
    parser.add_argument(
        "--header-timeout",
        type=float,
        default=_HEADER_TIMEOUT,
        help=f"seconds a client has to send its request headers (default {_HEADER_TIMEOUT:g})",
    )
    parser.add_argument(
        "--keep-alive-timeout",
        type=int,
        default=_KEEP_ALIVE_TIMEOUT,
        help=f"seconds an idle keep-alive connection stays open (default {_KEEP_ALIVE_TIMEOUT})",
    )
    parser.add_argument(
        "--limit-concurrency",
        type=int,
        default=_LIMIT_CONCURRENCY,
        help=f"connections beyond this answer 503; 0 for no limit (default {_LIMIT_CONCURRENCY})",
    )
    parser.add_argument("--log-level", default="info", help="uvicorn log level")
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not 0.0 <= args.fault_rate <= 1.0:
        parser.error("--fault-rate must be between 0 and 1")
    at_least_one = (("--max-programs", args.max_programs), ("--keep-alive-timeout", args.keep_alive_timeout))
    for flag, value in at_least_one:
        if value < 1:
            parser.error(f"{flag} must be at least 1")
    if args.header_timeout <= 0:
        parser.error("--header-timeout must be positive")
    if args.limit_concurrency < 0:
        parser.error("--limit-concurrency must be 0 (no limit) or more")
    try:
        yaml_seed = bool(args.seed) and not args.seed.lower().endswith(".json")
        extra.require(*extra.SERVER_PACKAGES, *(["yaml"] if yaml_seed else []))
    except extra.MockExtraMissing as exc:
        raise SystemExit(f"partnero-mock: {exc}") from None
    import uvicorn

    from .app import create_app
    from .serving import server_config

    app = create_app(
        seed=args.random_seed,
        seed_data=args.seed,
        fault_rate=args.fault_rate,
        random_faults=tuple(spec.strip() for spec in args.faults.split(",") if spec.strip()),
        max_body_bytes=args.max_body_bytes,
        max_programs=args.max_programs,
    )
    limits = ServerLimits(
        header_timeout=args.header_timeout,
        keep_alive_timeout=args.keep_alive_timeout,
        limit_concurrency=args.limit_concurrency or None,
    )
    config = server_config(app, limits, host=args.host, port=args.port, log_level=args.log_level)
    uvicorn.Server(config).run()


if __name__ == "__main__":
    main()
