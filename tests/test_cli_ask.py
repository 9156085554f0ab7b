"""`necessity ingest` and `necessity ask` from the command line, on the fixture knowledge folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.adapters.embedder import DEFAULT_MODEL_DIR

FIXTURES = Path(__file__).parent / "fixtures" / "knowledge"
pytestmark = pytest.mark.skipif(not (DEFAULT_MODEL_DIR / "model.onnx").is_file(),
                                reason="embedding model not exported: run `make setup`")


def run(*args, data_dir: Path):
    env = dict(os.environ, NECESSITY_DATA_DIR=str(data_dir), NECESSITY_KNOWLEDGE_DIR=str(FIXTURES))
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, env=env, timeout=300)


def test_ingest_then_ask_with_json_and_batch(tmp_path):
    first = run("ingest", "--json", data_dir=tmp_path)
    assert first.returncode == 0, first.stderr.decode()
    report = json.loads(first.stdout)
    assert report["added"] == report["total"] > 0
    assert b"broken-front-matter.md: payer" in first.stderr
    again = json.loads(run("ingest", "--json", data_dir=tmp_path).stdout)
    assert again["unchanged"] == report["total"]

    answer = json.loads(run("ask", "What does CO-50 mean?", "--json", data_dir=tmp_path).stdout)
    assert answer["citations"][0]["source_id"] == "carc-50" and answer["mode"] == "offline"

    src, dst = tmp_path / "q.jsonl", tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "q1", "question": "Does Optum need prior authorization for 90837?",
                               "payer": "Optum"}) + "\n" + json.dumps({"id": "q2", "question": ""}) + "\n")
    result = run("ask", "--batch", str(src), "--out", str(dst), data_dir=tmp_path)
    assert result.returncode == 0
    lines = [json.loads(x) for x in dst.read_text().splitlines()]
    assert [x["id"] for x in lines] == ["q1"]
    cite = lines[0]["citations"][0]
    assert set(cite) == {"source_id", "title", "section", "url", "quote"}
    assert b"q2" in result.stderr


def test_plain_ask_says_it_is_offline(tmp_path):
    out = run("ask", "How long do I have to file an ERISA appeal?", data_dir=tmp_path).stdout.decode()
    assert "offline mode" in out and "180 days" in out


def test_empty_question_exits_2(tmp_path):
    assert run("ask", "  ", data_dir=tmp_path).returncode == 2
