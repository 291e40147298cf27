# sokhcn — the two commands a newcomer runs: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PG_URL ?= postgres://postgres@127.0.0.1:5432/sokhcn
PYTEST_ARGS ?= -n 2

.PHONY: run setup install deps test test-pg test-fast screenshots samples bench fidelity check clean

run: setup
	@echo "Mở http://127.0.0.1:8000 — tài khoản dùng thử ở trên (Ctrl+C để dừng)."
	@# The background worker (core/jobs.py) runs beside the server and stops with it.
	@$(BIN)/python manage.py db_worker --no-reload & worker=$$!; trap "kill $$worker 2>/dev/null" EXIT INT TERM; \
		$(BIN)/python manage.py runserver 127.0.0.1:8000

setup: install
	@mkdir -p var
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { echo "Cần Python 3.11 có venv (Debian: apt-get install python3.11-venv)"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

# Debian packages of deps/debian-packages.txt (browser, PDF, OCR): installed when run as root, else demanded loudly.
deps:
	@scripts/system_deps.sh

# The whole suite (unit, integration, browser) on SQLite, or on PostgreSQL when DATABASE_URL is set.
test: install deps
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-pg: install deps
	DATABASE_URL=$(PG_URL) $(BIN)/python -m pytest $(PYTEST_ARGS)

test-fast: install
	$(BIN)/python -m pytest $(PYTEST_ARGS) -m "not browser and not slow"

check: install
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python manage.py check

screenshots: install
	$(BIN)/python -m pytest -p no:xdist tests/test_screenshots.py --screenshots

samples: setup
	$(BIN)/python manage.py make_samples

bench: install
	$(BIN)/python -m sokhcn.bench all

# The four seed reports regenerated from the demo records, checked against their checklists (docs/reports.md).
fidelity: install
	$(BIN)/python -m sokhcn.bench fidelity --fresh

clean:
	rm -rf $(VENV) var .pytest_cache
