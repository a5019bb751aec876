# The two commands of the README: `make demo` and `make test`. Everything else is a step they use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
MESSAGES_IGNORE := --ignore=.venv --ignore=node_modules --ignore=tests --ignore=docs --ignore=staticfiles
PORT ?= 8000

.PHONY: ralph mutate demo test install install-dev migrate compile-messages lint check pytest serve benchmark loadtest messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install compile-messages
	$(MANAGE) migrate --noinput

# Interface translations (fi, sv) compiled with polib: no GNU gettext needed.
compile-messages: install
	$(BIN)/python scripts/compile_messages.py

demo: migrate
	$(MANAGE) load_demo
	@echo ""
	@echo "Serving the demo at http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)  Ctrl-C stops it."
	$(MANAGE) runserver $(HOST):$(PORT)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: install-dev
	DJANGO_SETTINGS_MODULE=training.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=training.settings.test $(MANAGE) makemigrations --check --dry-run

# pytest-xdist runs the suite in PYTEST_WORKERS processes (`auto`: one per CPU core), each with its own test
# database; `make pytest PYTEST_WORKERS=0` runs it in this one process (docs/testing.md).
PYTEST_WORKERS ?= auto
pytest: install-dev compile-messages node_modules/.installed .ralph-venv/.installed
	$(BIN)/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

# axe-core for the browser tests (tests/browser, which also need Debian's chromium). Without npm they are
# skipped, each run saying how to enable them.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund && touch $@; \
	else echo "npm not found: the browser tests will be skipped (apt-get install -y chromium npm && npm ci)"; fi

# Ralph, a real LRS for the xAPI tests, in a virtual environment of its own. If it cannot be installed, those
# tests are skipped, each saying so.
ralph: .ralph-venv/.installed
.ralph-venv/.installed: requirements-ralph.txt
	@($(PYTHON) -m venv .ralph-venv && .ralph-venv/bin/pip install --quiet -r requirements-ralph.txt && touch $@) \
	|| echo "Ralph could not be installed: the xAPI tests against a real LRS will be skipped"

test: lint check pytest

# Mutation testing of the rule modules (docs/testing.md, "Mutation testing"); on demand only, it takes hours.
# MODULES=assessments/scoring.py runs one module.
mutate: install-dev compile-messages
	$(BIN)/python scripts/mutate.py $(MODULES)
	$(BIN)/python scripts/mutate.py --summary $(MODULES)

benchmark: install-dev
	$(MANAGE) benchmark_lesson_page

# 200 simulated councillors against gunicorn + PostgreSQL on 127.0.0.1 (docs/benchmarks.md); on demand only.
loadtest: install
	$(BIN)/pip install --quiet -r requirements-load.txt
	loadtest/run.sh

# Refresh the catalogues after changing interface strings (needs GNU gettext), then translate the new
# entries in locale/fi and locale/sv.
messages: install-dev
	$(MANAGE) makemessages -l fi -l sv -l en --no-obsolete $(MESSAGES_IGNORE)
	$(BIN)/python scripts/compile_messages.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache staticfiles
