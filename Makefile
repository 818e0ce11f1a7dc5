# Quickstart: `make digest` builds this week's digest of seeds/ into out/; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: digest test golden preview bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

digest: $(STAMP)
	$(PY) -m digest build seeds --out out

test: $(STAMP)
	$(PY) -m pytest -q

golden: $(STAMP)
	DIGEST_UPDATE_GOLDEN=1 $(PY) -m pytest -q tests/test_golden.py tests/test_browser.py

preview: $(STAMP)
	$(PY) -m digest preview out

bench: $(STAMP)
	$(PY) bench/summarizers.py

clean:
	rm -rf $(VENV) build dist *.egg-info
