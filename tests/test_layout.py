"""The tree keeps its shape: capabilities in their own packages, imports pointing down, small modules."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CAPABILITIES = ("phi", "criteria", "letters", "denials", "audit")
ENGINES = ("presidio_analyzer", "presidio_anonymizer", "spacy", "chromadb", "langchain", "langchain_core",
           "langchain_openai", "openai", "streamlit", "httpx", "onnxruntime", "bm25s")
# Which capability may use which: a denial appeal is a letter; letters cite criteria; everything may redact.
# The documentation audit reads notes the way letters do (and may cite criteria).
MAY_USE = {"phi": set(), "criteria": {"phi"}, "letters": {"phi", "criteria"}, "denials": {"phi", "criteria", "letters"},
           "audit": {"phi", "criteria", "letters"}}
SHELL_MAY_IMPORT = ("assistant.service", "assistant.records", "assistant.errors", "assistant.settings")
# Long tables kept as code on purpose (each is one table of patterns, split by what it recognizes).
DATA_TABLES = {"assistant/denials/tables/phrases.py"}


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at module level or inside functions (absolute names)."""
    tree, found = ast.parse(path.read_text(encoding="utf-8")), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return found


def _py(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def _graph() -> dict[str, set[str]]:
    modules = {_module(p): p for p in _py("assistant")}
    return {name: {m for m in _imports(path) if m in modules and m != name} for name, path in modules.items()}


def test_no_import_cycles_in_the_package():
    graph, seen, cycles = _graph(), {}, []

    def strongly_connected(node: str, stack: list[str], on_stack: set[str], counter: list[int]) -> int:
        seen[node] = low = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in seen:
                low = min(low, strongly_connected(nxt, stack, on_stack, counter))
            elif nxt in on_stack:
                low = min(low, seen[nxt])
        if low == seen[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))
        return low

    for node in graph:
        if node not in seen:
            strongly_connected(node, [], set(), [0])
    assert cycles == [], cycles


def test_stages_never_import_engines_or_adapters():
    for cap in CAPABILITIES:
        for path in _py(f"assistant/{cap}"):
            bad = {m for m in _imports(path) if m.split(".")[0] in ENGINES or m.startswith("assistant.adapters")}
            assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}"


def test_capabilities_import_only_those_below_them():
    for cap in CAPABILITIES:
        for path in _py(f"assistant/{cap}"):
            for m in _imports(path):
                parts = m.split(".")
                if parts[0] == "assistant" and len(parts) > 1 and parts[1] in CAPABILITIES and parts[1] != cap:
                    assert parts[1] in MAY_USE[cap], f"{path.relative_to(ROOT)} imports {m}"
                assert not m.startswith(("assistant.service", "assistant.cli")), f"{path.relative_to(ROOT)} imports {m}"


def test_shells_reach_only_the_service_api():
    shells = _py("ui") + _py("evals")
    for path in shells:
        for m in _imports(path):
            if m.startswith("assistant"):
                assert m.startswith(SHELL_MAY_IMPORT) or m == "assistant", f"{path.relative_to(ROOT)} imports {m}"
    for path in _py("assistant/cli"):
        for m in _imports(path):
            if m.startswith("assistant") and not m.startswith("assistant.cli"):
                assert m.startswith(SHELL_MAY_IMPORT + ("assistant.inputs",)), f"{path.relative_to(ROOT)} imports {m}"


def test_the_cli_modules_do_not_import_each_other_in_a_circle():
    base = _imports(ROOT / "assistant/cli/base.py")
    assert not any(m.startswith("assistant.cli.") for m in base)
    for path in _py("assistant/cli"):
        if path.name not in ("__init__.py", "base.py"):
            assert "assistant.cli" not in {m for m in _imports(path) if m == "assistant.cli"}


def test_modules_stay_small():
    for path in _py("assistant") + _py("ui") + _py("evals"):
        rel = str(path.relative_to(ROOT))
        if rel not in DATA_TABLES:
            lines = len(path.read_text(encoding="utf-8").splitlines())
            assert lines <= 300, f"{rel} has {lines} lines; split it by what it does"


def test_the_tree_shows_the_capabilities():
    for cap in CAPABILITIES + ("adapters", "cli", "service"):
        assert (ROOT / "assistant" / cap / "__init__.py").is_file(), cap
