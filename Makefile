# One-word developer commands. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8501

.PHONY: setup system-deps build run test lint bench clean docs

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

build: setup
	$(BIN)/vnpolicy build

run: build
	$(BIN)/streamlit run app.py --server.address $(HOST) --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

# Debian's nginx and Chromium for the site and browser tests (installed only when missing).
system-deps:
	scripts/install-system-deps

test: setup system-deps
	$(BIN)/pytest -n 2 --dist loadfile

# ruff (pinned in the dev extra) with the rules of pyproject.toml; CI runs it before the tests, make test does not.
lint: setup
	$(BIN)/ruff check vnpolicy tests bench app.py

# Ontology documentation in build/docs/: pyLODE (the docs extra) where it works, a plain HTML fallback where it does not.
docs: setup
	$(BIN)/pip install --quiet -e '.[dev,docs]'
	$(BIN)/python -m vnpolicy.publish.ontology_docs ontology build/docs

# `make bench` runs the component benchmarks; `make bench SIZE=1m` (100k, 1m, 10m) the scale benchmark's one table.
bench: setup
ifdef SIZE
	$(BIN)/python -m bench.scale --size $(SIZE)
else
	$(BIN)/python -m bench
endif

# The store is an index, rebuilt by `make build`; var/records (the steward's accepted entries) is never cleaned.
clean:
	rm -rf var/store var/last-build.json build dist *.egg-info test-output
