#!/usr/bin/env bash
# The work of `make generate` (the spec linters and the generator, at once), with every output in
# a scratch directory so generated/ and build/ are left alone. Used by B7; run from the repository root.
# Cold by default: every linter runs. With --warm, linter results are kept in SCRATCH_DIR/lint-cache
# and replayed on the next run over the same bytes, as `make generate` does with build/lint-cache.
# Node keeps the linters' compiled JavaScript in SCRATCH_DIR/node-compile-cache, as `make generate`
# does in build/ (generator/speclint.py): that is compiled code, like .pyc files, not lint results.
# Quiet when it succeeds; on failure the whole output goes to stderr.
set -euo pipefail
out="${1:?usage: bench/generate.sh SCRATCH_DIR [--warm]}"
cache=()
if [ "${2:-}" = --warm ]; then cache=(--lint-cache "$out/lint-cache"); fi
rm -rf "$out/views" "$out/pkg"
export NODE_COMPILE_CACHE="$out/node-compile-cache"
if ! log=$(.venv/bin/python -m generator --lint "$out/views" --out "$out/pkg" "${cache[@]}" 2>&1); then
  printf '%s\n' "$log" >&2
  exit 1
fi
