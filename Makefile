# Spoor: `make run` to try it, `make test` to check it. Needs only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# ariadne-codegen (the generated-client test) needs a graphql-core older than Strawberry's,
# so it lives in an environment of its own.
CODEGEN := $(VENV)/codegen/bin/ariadne-codegen

.PHONY: install run test lint format bench schema clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

$(CODEGEN):
	$(PYTHON) -m venv $(VENV)/codegen
	$(VENV)/codegen/bin/python -m pip install --quiet "ariadne-codegen>=0.14"

install: $(STAMP)

run: install
	$(BIN)/spoor serve --demo

test: install $(CODEGEN)
	$(BIN)/python -m pytest -n auto

lint: install
	$(BIN)/ruff check api db tests bench
	$(BIN)/ruff format --check api db tests bench
	$(BIN)/mypy api

format: install
	$(BIN)/ruff check --fix api db tests bench
	$(BIN)/ruff format api db tests bench

bench: install
	$(BIN)/python -m bench

schema: install
	$(BIN)/spoor schema export

clean:
	rm -rf $(VENV) .spoor .pytest_cache .mypy_cache .ruff_cache
