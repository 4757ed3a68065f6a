# Two commands on a fresh clone:
#   make demo   — set up .venv (with the spaCy model) and build the dossier of examples/
#   make test   — set up .venv with the test extras (and Debian's chromium) and run pytest
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    ?= out/examples

.PHONY: demo test install install-test chromium eval bench clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "dossier needs Python 3.11+, found " + sys.version'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	$(BIN)/python -c 'from dossier.extract.nlp import load_model; load_model()'
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# Debian's chromium for the browser tests (Playwright drives it; nothing is downloaded by Playwright).
chromium:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ]; then (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "warning: could not install chromium; browser tests will be skipped"; \
	elif command -v sudo >/dev/null 2>&1; then (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "warning: could not install chromium; browser tests will be skipped"; \
	else echo "warning: chromium is not installed and this user cannot install it; browser tests will be skipped"; fi

demo: $(VENV)/.installed
	$(BIN)/dossier build examples --out $(OUT)
	@echo "open $(OUT)/report.html  (or: $(BIN)/dossier serve $(OUT))"

test: $(VENV)/.installed-test chromium
	$(BIN)/python -m pytest -q

eval: $(VENV)/.installed
	for n in timex quantities quotes entities events duplicates syndication; do $(BIN)/dossier eval $$n; done

bench: $(VENV)/.installed-test
	for f in bench/bench_*.py; do $(BIN)/python $$f; done

clean:
	rm -rf $(VENV) out test-artifacts .pytest_cache
