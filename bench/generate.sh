#!/usr/bin/env bash
# The work of `make generate` (lint-spec, then the generator), with every output in a scratch
# directory so generated/ and build/ are left alone. Used by B7; run from the repository root.
set -euo pipefail
out="${1:?usage: bench/generate.sh SCRATCH_DIR}"
BIN=.venv/bin
rm -rf "$out/views" "$out/pkg"
$BIN/python -m generator --write-views "$out/views"
$BIN/openapi-spec-validator openapi/partnero.yaml "$out"/views/*.yaml >/dev/null
npx --no-install redocly lint --format=stylish openapi/partnero.yaml "$out"/views/*.yaml >/dev/null 2>&1
npx --no-install spectral lint --fail-severity=warn openapi/partnero.yaml "$out"/views/*.yaml >/dev/null
$BIN/python -m generator --out "$out/pkg" >/dev/null
