# The two front-door commands (see README): `make demo` and `make test`.
# Setup is a stamp on pyproject.toml: rerunning it with nothing changed costs a second.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test bench

$(STAMP): pyproject.toml
	@command -v $(PY) >/dev/null || { echo "need $(PY) on PATH"; exit 1; }
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/newsgraph analyze examples/
	NEWSGRAPH_DB=$${NEWSGRAPH_DB:-.newsgraph/demo.sqlite} $(BIN)/newsgraph ingest examples/
	NEWSGRAPH_DB=$${NEWSGRAPH_DB:-.newsgraph/demo.sqlite} $(BIN)/newsgraph articles

test: setup
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python bench/throughput.py
