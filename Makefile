# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-all lint evaluate bench bench-dask clean

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

run: $(STAMP)  ## set up and serve the app on http://localhost:8501
	$(BIN)/streamlit run dashboard/app/main.py

test: $(STAMP)  ## set up and run the fast tier: unit tests, no processes, servers, app or browser
	$(BIN)/python -m pytest -m "not browser and not slow"

test-all: $(STAMP)  ## set up and run every test: the slow tier and the browser tests too (CI runs this)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .

evaluate: $(STAMP)  ## score the extractor: make evaluate DEVSET=../shared/devset
	@test -d "$(or $(DEVSET),../shared/devset)" || { echo "no labelled folder at $(or $(DEVSET),../shared/devset): give one, make evaluate DEVSET=DIR (tests/tuned/set1 ships with the repository)"; exit 2; }
	$(BIN)/python -m dashboard evaluate $(or $(DEVSET),../shared/devset)

bench: $(STAMP)  ## speed and scale figures, written to benchmarks/RESULTS.md
	$(BIN)/python -m benchmarks.run $(if $(DEVSET),--devset $(DEVSET),)
	$(BIN)/python -m benchmarks.adversarial
	$(BIN)/python -m benchmarks.real_passages $(if $(DEVSET2),--devset $(DEVSET2),)
	$(BIN)/python -m benchmarks.restart
	$(BIN)/python -m benchmarks.targets

bench-dask: $(STAMP)  ## the Dask engine at 1,000 and 10,000 articles, 1 vs 2 workers, and a run into the store (a few minutes)
	$(BIN)/python -m benchmarks.distributed
	$(BIN)/python -m benchmarks.store_import
	$(BIN)/python -m benchmarks.targets

clean:
	rm -rf $(VENV) artifacts .pytest_cache
