"""Command line entry point: ``partnero-mock --host 127.0.0.1 --port 4010 [--seed FILE]``."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from . import extra


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
    parser.add_argument("--log-level", default="info", help="uvicorn log level")
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    if not 0.0 <= args.fault_rate <= 1.0:
        build_parser().error("--fault-rate must be between 0 and 1")
    try:
        yaml_seed = bool(args.seed) and not args.seed.lower().endswith(".json")
        extra.require(*extra.SERVER_PACKAGES, *(["yaml"] if yaml_seed else []))
    except extra.MockExtraMissing as exc:
        raise SystemExit(f"partnero-mock: {exc}") from None
    import uvicorn

    from .app import create_app

    app = create_app(
        seed=args.random_seed,
        seed_data=args.seed,
        fault_rate=args.fault_rate,
        random_faults=tuple(spec.strip() for spec in args.faults.split(",") if spec.strip()),
        max_body_bytes=args.max_body_bytes,
    )
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)


if __name__ == "__main__":
    main()
