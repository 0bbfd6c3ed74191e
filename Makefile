# #sicherimDienst: the main entry point. `make run` and `make test` do all
# the set-up they need on a fresh machine.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export PORT

.PHONY: help run test lint format messages compilemessages migrate seed index services \
	services-stop lock clean browser

help:
	@echo "make run        set up, seed the demo site and serve it on http://127.0.0.1:$(PORT)"
	@echo "make test       set up and run every test tier (SQLite, PostgreSQL, Elasticsearch)"
	@echo "make lint       ruff, djhtml, manage.py check, makemigrations --check"
	@echo "make format     format Python and templates"
	@echo "make messages   update the de/en catalogues in locale/"
	@echo "make services   start PostgreSQL and Redis on 127.0.0.1 (scripts/postgres, scripts/redis)"
	@echo "make lock       re-pin requirements/*.txt from pyproject.toml"

# --- Set-up ------------------------------------------------------------------
$(VENV)/.installed: requirements/dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements/dev.txt
	@touch $@

compilemessages: $(VENV)/.installed
	@scripts/apt-install msgfmt gettext
	@$(PY) manage.py compilemessages --ignore=$(VENV) --ignore=var -v0

# Browser tier: Debian's Chromium and axe-core (package-lock.json). A failed
# install does not stop `make test`; the tier then says why it is skipped.
browser: node_modules/.installed
	-@scripts/apt-install chromium chromium

node_modules/.installed: package-lock.json
	-@scripts/apt-install npm npm
	-npm ci --no-audit --no-fund --loglevel=error && touch $@

migrate: compilemessages
	$(PY) manage.py migrate --no-input

seed: migrate
	$(PY) manage.py seed_demo

index: migrate
	$(PY) manage.py update_index

# --- The two README commands -------------------------------------------------
run: seed index
	@$(PY) manage.py seed_demo --print-accounts
	exec $(PY) scripts/serve.py --port $(PORT)

test: compilemessages browser
	scripts/test

# --- Everything else ---------------------------------------------------------
lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml templates

messages: $(VENV)/.installed
	@scripts/apt-install xgettext gettext
	$(PY) manage.py makemessages -l de -l en --ignore=$(VENV) --ignore=var --ignore=node_modules --no-obsolete

services:
	scripts/postgres start
	scripts/redis start

services-stop:
	-scripts/redis stop
	-scripts/postgres stop

lock: $(VENV)/.installed
	$(PY) -m pip install --quiet "pip-tools>=7.4,<8"
	$(VENV)/bin/pip-compile --quiet --strip-extras --no-header --no-emit-index-url --no-emit-find-links -o requirements/base.txt pyproject.toml
	$(VENV)/bin/pip-compile --quiet --strip-extras --no-header --no-emit-index-url --no-emit-find-links --extra dev -o requirements/dev.txt pyproject.toml

clean:
	rm -rf $(VENV) var/static .pytest_cache .ruff_cache node_modules
