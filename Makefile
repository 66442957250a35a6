# The README's commands. `make run` sets everything up and serves the dashboard;
# `make test` runs the whole suite. Both are safe to run again.
SHELL  := /bin/bash
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
MANAGE := $(PY) manage.py
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run setup test lint format bench stack stack-check lock screenshot clean help

help:
	@echo "make run      set up (venv, requirements, database, KP dataset, demo accounts) and serve on http://$(HOST):$(PORT)"
	@echo "make test     run the whole test suite (SQLite by default; DATABASE_URL/REDIS_URL for PostgreSQL/Redis)"
	@echo "make lint     ruff lint + format check, migrations check"
	@echo "make bench    print the performance figures"
	@echo "make stack    web (gunicorn) + Celery worker + beat against DATABASE_URL/REDIS_URL, without Docker"

# A stamp per requirements set: re-install only when the pins change.
RUNTIME := $(VENV)/.runtime-installed
DEV     := $(VENV)/.dev-installed

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(RUNTIME): requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(DEV): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@ $(RUNTIME)

setup: $(RUNTIME)
	@mkdir -p var
	$(MANAGE) migrate --noinput
	$(MANAGE) load_kp_dataset
	$(MANAGE) create_demo_accounts

run: setup
	$(MANAGE) runserver $(HOST):$(PORT)

# One pytest-xdist worker per core, at most four (each has its own test database and Redis database).
# --dist load hands each worker its tests in collection order, where pytest-django puts the tests
# that empty the database (transactional) after the others; worksteal would not keep that order.
TEST_WORKERS ?= auto
test: $(DEV)
	$(BIN)/pytest -n $(TEST_WORKERS) --maxprocesses 4 --dist load $(PYTEST_ARGS)

lint: $(DEV)
	@mkdir -p var
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run

format: $(DEV)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(DEV)
	@for script in bench/dashboard.py bench/api.py bench/ingestion.py bench/extraction.py; do echo "== $$script"; $(PY) $$script || exit 1; done

stack: $(RUNTIME)
	$(PY) scripts/stack.py

stack-check: $(RUNTIME)
	$(PY) scripts/stack.py --check

screenshot: $(DEV)
	$(PY) scripts/screenshot.py

# Re-pin requirements*.txt from requirements*.in in a throwaway virtualenv.
lock:
	rm -rf /tmp/kp-lock && $(PYTHON) -m venv /tmp/kp-lock
	/tmp/kp-lock/bin/pip install --quiet -r requirements.in
	(echo "# Pinned from requirements.in (make lock). Runtime only."; /tmp/kp-lock/bin/pip freeze) > requirements.txt
	/tmp/kp-lock/bin/pip install --quiet -r requirements-dev.in
	(echo "# Pinned from requirements-dev.in (make lock): requirements.txt plus test and lint tools."; \
	 echo "-r requirements.txt"; /tmp/kp-lock/bin/pip freeze | grep -vxFf <(tail -n +2 requirements.txt)) > requirements-dev.txt

clean:
	rm -rf $(VENV) var artifacts
