#!/usr/bin/env bash
# The work of `make generate` (the spec linters and the generator, at once), with every output in
# a scratch directory so generated/ and build/ are left alone. Used by B7; run from the repository root.
set -euo pipefail
out="${1:?usage: bench/generate.sh SCRATCH_DIR}"
rm -rf "$out/views" "$out/pkg"
.venv/bin/python -m generator --lint "$out/views" --out "$out/pkg" >/dev/null
