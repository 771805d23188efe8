"""`make docs`: one self-contained HTML reference per program view, dist/docs/partnero-<program>.html.

Built by `redocly build-docs --inlineBundle` from the bundled views in dist/ (so run `make dist`
first), with Redoc's reader telemetry turned off. The pages need no network: Redoc's scripts are
inlined; only the small "API docs by Redocly" logo points at Redocly's CDN.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from ._common import DIST, load_manifest, node_tool


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=DIST / "docs", help="output folder (default: dist/docs)")
    args = parser.parse_args(argv)
    manifest = load_manifest()
    shutil.rmtree(args.out, ignore_errors=True)
    args.out.mkdir(parents=True)
    for name, entry in manifest["documents"].items():
        if entry["program"] is None:
            continue
        page = args.out / f"{name}.html"
        title = f"{entry['title']} {manifest['version']}"
        node_tool(
            "redocly", "build-docs", str(DIST / entry["yaml"]), "--inlineBundle",
            "--title", title, "-o", str(page),
            env={"REDOCLY_TELEMETRY": "off"},
        )  # fmt: skip
        size = page.stat().st_size // 1024
        print(f"{page.relative_to(DIST.parent)}  {entry['operations']} operations, {size} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
