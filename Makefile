# Two commands on a fresh machine with Python 3.11+ and make:
#   make demo   build .venv, ingest the bundled corpus, answer two questions, serve the API on :8000
#   make test   build .venv and run the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint venv clean eval regress vendor scale-demo neo4j-test

GOLD   ?= ../shared/gold/dev

# pip shows each package it collects and installs (a fresh machine takes about a minute here).
$(STAMP): pyproject.toml setup.py requirements.lock graph/store/_rowbuffer.c
	@echo "== $(VENV): a virtual environment with the $$(grep -c '==' requirements.lock) packages pinned in requirements.lock"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --progress-bar off -r requirements.lock
	@echo "== fintech-kg itself (editable) and its C module"
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@# an editable install writes no bytecode, and where PYTHONDONTWRITEBYTECODE is set no run does:
	@# every process would compile the modules it imports again (bench/README.md)
	$(BIN)/python -m compileall -q schema text extract graph service api
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/fkg demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

# The tests marked neo4j against a real Neo4j 5.26 (tools/neo4j_harness: neo4j-harness from Maven Central,
# cached in ~/.m2): start it, wait for Bolt, run them with NEO4J_URI set, stop it even on failure.
# Without Java 17+ and Maven the tests run and skip, saying why. PYTEST_ARGS picks tests (e.g. -x -k cypher).
neo4j-test: $(STAMP)
	$(BIN)/python -m tools.neo4j_harness test -q $(PYTEST_ARGS)

# The bundled corpus on a Dask cluster (dask scheduler + 2 dask workers), once as is and once with a
# worker killed mid-job, against the single-process run: exits 1 on any difference (bench/scale_demo.py).
scale-demo: $(STAMP)
	$(BIN)/python bench/scale_demo.py

lint: $(STAMP)
	$(BIN)/ruff check .

# The gold sets are evaluation material beside the checkout (../shared), not part of the repository.
ifneq ($(filter eval,$(MAKECMDGOALS)),)
  ifeq ($(wildcard $(GOLD)/facts_a.jsonl),)
    $(error make eval needs the gold set in $(GOLD) (the evaluation material kept beside the checkout); set GOLD=DIR to point elsewhere)
  endif
endif
eval: $(STAMP)
	$(BIN)/fkg eval --gold $(GOLD)/facts_a.jsonl --gold $(GOLD)/facts_b.jsonl \
	  --entities $(GOLD)/entities_a.jsonl --entities $(GOLD)/entities_b.jsonl

# Our own regression sets (bench/regress/README.md), scored with ../shared/tools' reference scorers.
regress: $(STAMP)
	$(BIN)/python bench/regress.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info

CYTOSCAPE_VERSION  ?= 3.34.4
SWAGGER_UI_VERSION ?= 5.35.0
REDOC_VERSION      ?= 2.5.4
# Front-end code served or inlined offline (no CDN): npm pack, copy the files, print their sha256 for the VENDOR.md records.
vendor:
	tmp=$$(mktemp -d) && cd $$tmp && npm pack cytoscape@$(CYTOSCAPE_VERSION) --silent >/dev/null && tar xzf cytoscape-*.tgz \
	  && cp package/dist/cytoscape.min.js $(CURDIR)/graph/export/vendor/ && cp package/LICENSE $(CURDIR)/graph/export/vendor/cytoscape.LICENSE
	tmp=$$(mktemp -d) && cd $$tmp && npm pack swagger-ui-dist@$(SWAGGER_UI_VERSION) --silent >/dev/null && tar xzf swagger-ui-dist-*.tgz \
	  && cp package/swagger-ui-bundle.js package/swagger-ui.css package/favicon-32x32.png $(CURDIR)/api/vendor/ \
	  && cp package/LICENSE $(CURDIR)/api/vendor/swagger-ui.LICENSE && cp package/NOTICE $(CURDIR)/api/vendor/swagger-ui.NOTICE
	tmp=$$(mktemp -d) && cd $$tmp && npm pack redoc@$(REDOC_VERSION) --silent >/dev/null && tar xzf redoc-*.tgz \
	  && cp package/bundles/redoc.standalone.js $(CURDIR)/api/vendor/ && cp package/LICENSE $(CURDIR)/api/vendor/redoc.LICENSE
	@echo "update the sha256 in graph/export/vendor/VENDOR.md and api/vendor/VENDOR.md:"
	@sha256sum graph/export/vendor/cytoscape.min.js api/vendor/*.js api/vendor/*.css api/vendor/*.png
