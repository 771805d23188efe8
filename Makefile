# Every target bootstraps what it needs (.venv, node_modules) on first use.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
VENV_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
VIEWS := build/views
HOST ?= 127.0.0.1
PORT ?= 4010

.PHONY: help generate test check-generated lint-spec lint mock ci clean bench

help:
	@echo "make generate         lint the spec, then generate generated/partnero_client"
	@echo "make test             unit, client and contract tests"
	@echo "make check-generated  fail if generated/ differs from a fresh generation"
	@echo "make lint-spec        redocly and spectral on the source and every view"
	@echo "make lint             ruff, mypy --strict on everything we ship, import-linter on the mock"
	@echo "make mock             serve the mock on $(HOST):$(PORT)"
	@echo "make dist             dist/: bundled source and per-program views, YAML and JSON (version from info.version)"
	@echo "make docs             dist/docs/: a self-contained HTML reference per view (redocly build-docs)"
	@echo "make docs-check       open each HTML reference in headless Chromium; every operation rendered; screenshots"
	@echo "make ts-proof         TypeScript client per view (openapi-typescript + openapi-fetch), tsc --strict, run against the mock"
	@echo "make spec-diff BASE=<git ref>  breaking changes of the spec since BASE (optic)"
	@echo "make test-all         ci, then dist, docs, docs-check and ts-proof"
	@echo "make bench            benchmarks B1-B8 side by side; table, JSON in bench/results/"

$(VENV_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The linters run at once (generator/speclint.py), their outputs printed one after another.
lint-spec: $(VENV_STAMP) $(NODE_STAMP)
	@rm -rf $(VIEWS)
	$(PY) -m generator --write-views $(VIEWS)
	$(PY) -m generator.speclint openapi/partnero.yaml $(VIEWS)/*.yaml

# Lints and generates at the same time; generated/ is replaced only when every linter passes.
# A linter's result is kept in build/lint-cache and replayed while the linted bytes, the linter
# configs and versions are unchanged (generator/lintcache.py); lint-spec always lints afresh.
generate: $(VENV_STAMP) $(NODE_STAMP)
	$(PY) -m generator --lint $(VIEWS) --lint-cache build/lint-cache

check-generated: $(VENV_STAMP)
	$(PY) -m generator --check

test: $(VENV_STAMP)
	$(BIN)/pytest

lint: $(VENV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy generated/partnero_client mock/partnero_mock generator examples tests/client tests/typing contract_tests publish
	$(BIN)/lint-imports --no-cache

mock: $(VENV_STAMP)
	$(BIN)/partnero-mock --host $(HOST) --port $(PORT)

ci: lint-spec lint test check-generated

# Publishing the spec for other languages (scripts in publish/; see CHANGELOG.md for versioning).
.PHONY: dist docs docs-check ts-proof spec-diff test-all
dist: $(VENV_STAMP) $(NODE_STAMP)
	$(PY) -m publish.dist

docs: dist
	$(PY) -m publish.docs

# Debian's chromium, installed when missing (as root); never a browser download.
docs-check: docs
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "make docs-check needs Debian's chromium: apt-get install chromium"; exit 1; fi; }
	node publish/docs-check.mjs dist

ts-proof: dist
	$(PY) -m publish.ts_proof

spec-diff: $(VENV_STAMP) $(NODE_STAMP)
	@test -n "$(BASE)" || { echo "usage: make spec-diff BASE=<git ref>"; exit 2; }
	$(PY) -m publish.spec_diff $(BASE)

test-all: ci docs-check ts-proof

# Benchmarks report, never fail. wrk and hyperfine come from Debian (installed when missing).
BENCH_TOOLS := wrk hyperfine
bench: $(VENV_STAMP) $(NODE_STAMP)
	@missing=$$(for t in $(BENCH_TOOLS); do command -v $$t >/dev/null || echo $$t; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "make bench needs: $$missing (Debian: apt-get install $$missing)"; exit 1; fi; \
	fi
	$(PY) bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) node_modules build dist reports .pytest_cache .mypy_cache .ruff_cache publish/ts/generated publish/ts/out

# Contract checks with the schemathesis CLI against any running server:
#   make contract URL=http://127.0.0.1:4010 [KEY=test_affiliate_x] [WRITES=1]
URL ?= http://127.0.0.1:4010
KEY ?= test_affiliate_contract_cli
.PHONY: contract contract-live
contract: $(VENV_STAMP)
	$(PY) -m contract_tests.run --url $(URL) --key $(KEY) $(if $(WRITES),--allow-writes,)

# Against Partnero itself: PARTNERO_API_KEY (and optionally PARTNERO_BASE_URL,
# PARTNERO_ALLOW_WRITES=1); read-only unless writes are allowed.
contract-live: $(VENV_STAMP)
	@test -n "$$PARTNERO_API_KEY" || { echo "set PARTNERO_API_KEY"; exit 2; }
	$(PY) -m contract_tests.run
