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

.PHONY: help generate test check-generated lint-spec lint mock ci clean

help:
	@echo "make generate         lint the spec, then generate generated/partnero_client"
	@echo "make test             unit, client and contract tests"
	@echo "make check-generated  fail if generated/ differs from a fresh generation"
	@echo "make lint-spec        openapi-spec-validator, redocly and spectral on the source and every view"
	@echo "make lint             ruff and mypy --strict on everything we ship"
	@echo "make mock             serve the mock on $(HOST):$(PORT)"

$(VENV_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

lint-spec: $(VENV_STAMP) $(NODE_STAMP)
	@rm -rf $(VIEWS)
	$(PY) -m generator --write-views $(VIEWS)
	$(BIN)/openapi-spec-validator openapi/partnero.yaml $(VIEWS)/*.yaml
	npx --no-install redocly lint --format=stylish openapi/partnero.yaml $(VIEWS)/*.yaml 2>&1 | grep -v -e '^npm warn' -e 'Node.js 20' -e 'nodejs.org' -e '^\s*[║╔╚]' ; test $${PIPESTATUS[0]} -eq 0
	npx --no-install spectral lint --fail-severity=warn openapi/partnero.yaml $(VIEWS)/*.yaml

generate: lint-spec
	$(PY) -m generator

check-generated: $(VENV_STAMP)
	$(PY) -m generator --check

test: $(VENV_STAMP)
	$(BIN)/pytest

lint: $(VENV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy generated/partnero_client mock/partnero_mock generator

mock: $(VENV_STAMP)
	$(BIN)/partnero-mock --host $(HOST) --port $(PORT)

ci: lint-spec lint test check-generated

clean:
	rm -rf $(VENV) node_modules build dist reports .pytest_cache .mypy_cache .ruff_cache
