# qogam: two commands on a fresh machine — `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
QOGAM_HOME ?= $(CURDIR)/data
export QOGAM_HOME
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export GX_ANALYTICS_ENABLED := false

.PHONY: help install install-dev run test test-fast lint lint-fix dbt-build ui docs status clean train-kk bench bench-large

help:
	@echo "make run     install into .venv, run the pipeline on the bundled sample corpus, publish, print a summary"
	@echo "make test    install dev dependencies and run every test (unit, dbt, end-to-end, UI)"
	@echo "make lint    ruff (check + format --check) over the Python, sqlfluff over the dbt SQL; make lint-fix fixes"
	@echo "make ui      open the Dagster UI at http://127.0.0.1:3000 (UI_PORT=...) on the data home's instance"
	@echo "make dbt-build  dbt build (models + dbt tests) against \$$QOGAM_HOME/warehouse.duckdb"
	@echo "make status  show the data home and the current publication"
	@echo "make docs    dbt docs (lineage, model and column descriptions) at http://127.0.0.1:8080"
	@echo "make train-kk  retrain the Kazakh NER model on KazNERD (folder: QOGAM_KAZNERD_DIR, default ../shared/data/kaznerd)"

# Quiet installs (errors only): setuptools' notice about editable installs is not for qogam's users.
QUIET_PIP := PYTHONWARNINGS="ignore::UserWarning:setuptools.command.editable_wheel" $(BIN)/pip install --quiet --quiet

$(BIN)/python:
	@echo "creating $(VENV) and installing qogam into it (once)"
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --quiet --upgrade "pip>=24"

$(VENV)/.installed: $(BIN)/python pyproject.toml
	@$(QUIET_PIP) -e .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	@$(QUIET_PIP) -e ".[dev]"
	@touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: install
	@mkdir -p "$(QOGAM_HOME)/landing"
	@for f in corpus/seeds/*.txt; do \
	  [ -e "$(QOGAM_HOME)/landing/$$(basename $$f)" ] || cp -p "$$f" "$(QOGAM_HOME)/landing/"; \
	done
	@$(BIN)/qogam run

# Two pytest-xdist workers: every end-to-end test has its own data home (the sample warehouse is
# built once per session and copied), dbt target folder and port, so they run side by side.
test: install-dev
	$(BIN)/python -m pytest -n 2

test-fast: install-dev
	$(BIN)/python -m pytest -m "not slow"

SQL_DIRS := dbt_project/models dbt_project/tests dbt_project/macros

# Every linter runs even when an earlier one fails, so one run lists everything to fix.
lint: install-dev
	@status=0; \
	$(BIN)/ruff check . || status=1; \
	$(BIN)/ruff format --check . || status=1; \
	$(BIN)/sqlfluff lint $(SQL_DIRS) || status=1; \
	exit $$status

lint-fix: install-dev
	-$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	-$(BIN)/sqlfluff fix $(SQL_DIRS)

dbt-build: install
	cd dbt_project && ../$(BIN)/qogam-dbt build --profiles-dir .

docs: install
	cd dbt_project && ../$(BIN)/qogam-dbt docs generate --profiles-dir . && ../$(BIN)/qogam-dbt docs serve --profiles-dir . --host 127.0.0.1 --port 8080

# The instance is $QOGAM_HOME/dagster, the one `qogam run` records into; Ctrl+C stops everything.
ui: install
	$(BIN)/qogam ui --port $(UI_PORT)

status: install
	$(BIN)/qogam status

clean:
	rm -rf dbt_project/target dbt_project/logs .pytest_cache

UI_PORT ?= 3000
train-kk: install
	$(BIN)/python -m orchestration.extract.kazakh_ner.train

bench: install
	$(BIN)/python -m bench.run

bench-large: install
	$(BIN)/python -m bench.run --only-large
