# Hudhud: `make run` serves the demo on SQLite; `make test` runs the whole suite.
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
LOCALES := src/hudhud/locale

.PHONY: run test bench lint messages browser

$(INSTALLED): pyproject.toml package.json package-lock.json
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --editable '.[dev]'
	npm ci --no-audit --no-fund --silent
	touch $@

# Compile the translation catalogues (Babel, so no system gettext is needed).
messages: $(INSTALLED)
	$(VENV)/bin/pybabel compile --domain django --directory $(LOCALES) --statistics

run: $(INSTALLED) messages
	$(VENV)/bin/hudhud run

# Chromium and the Arabic fonts for the browser tests, from Debian's packages.
browser:
	@test -x /usr/bin/chromium || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  $$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-core fonts-noto-color-emoji; }

# The suite on SQLite, then on PostgreSQL and Redis when HUDHUD_DATABASE_URL points at them.
test: $(INSTALLED) messages browser
	HUDHUD_DATABASE_URL= HUDHUD_REDIS_URL= $(PY) -m pytest
	@if [ -n "$$HUDHUD_DATABASE_URL" ]; then \
	  echo "== again on $$HUDHUD_DATABASE_URL, Redis $${HUDHUD_REDIS_URL:-none} =="; \
	  $(PY) -m pytest; \
	fi

bench: $(INSTALLED) messages
	$(PY) -m bench

lint: $(INSTALLED)
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy src tests bench
	$(VENV)/bin/deptry src
