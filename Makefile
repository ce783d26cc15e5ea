# Two commands on a fresh machine with Python 3.11+ and make:
#   make demo   build .venv, ingest the bundled corpus, answer two questions, serve the API on :8000
#   make test   build .venv and run the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint venv clean eval vendor

$(STAMP): pyproject.toml setup.py requirements.lock graph/store/_rowbuffer.c
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/fkg demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .

eval: $(STAMP)
	$(BIN)/fkg eval --gold ../shared/gold/dev/facts_a.jsonl --gold ../shared/gold/dev/facts_b.jsonl \
	  --entities ../shared/gold/dev/entities_a.jsonl --entities ../shared/gold/dev/entities_b.jsonl

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info

CYTOSCAPE_VERSION ?= 3.34.4
vendor:
	tmp=$$(mktemp -d) && cd $$tmp && npm pack cytoscape@$(CYTOSCAPE_VERSION) --silent >/dev/null && tar xzf cytoscape-*.tgz \
	  && cp package/dist/cytoscape.min.js $(CURDIR)/graph/export/vendor/ && cp package/LICENSE $(CURDIR)/graph/export/vendor/cytoscape.LICENSE
	@echo "update the sha256 in graph/export/vendor/VENDOR.md: $$(sha256sum graph/export/vendor/cytoscape.min.js | cut -d' ' -f1)"
