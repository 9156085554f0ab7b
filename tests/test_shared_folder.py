"""Several processes, one data folder: nothing is deleted on a failure that may be transient, a corrupt index
is renamed aside only when no other process holds it, and a batch reports a failed case and goes on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.adapters.embedder import DEFAULT_MODEL_DIR
from assistant.errors import ConfigError

FIXTURES = Path(__file__).parent / "fixtures" / "knowledge"
NOTE = ("Intake 03/04/2025. Client: Mara Quill. Diagnosis: F41.1 generalized anxiety disorder. GAD-7 = 15. "
        "Missed 4 days of work this month. C-SSRS negative. Plan: weekly CBT for 12 weeks. Goal: GAD-7 below 8.")


def _garble(folder: Path) -> None:
    for f in folder.rglob("*"):
        if f.is_file():
            f.write_bytes(b"garbage")


def test_a_corrupt_index_is_set_aside_never_deleted(small_kb):
    small_kb.ingest()
    path = small_kb.index_path
    small_kb._index = small_kb._retriever = None
    small_kb.open_waits = (0.05,)
    _garble(path)
    answer = small_kb.ask("What does CO-50 mean?")
    aside = [p for p in path.parent.iterdir() if p.name.startswith("chroma.unreadable-")]
    assert answer.passages and any("set aside" in n for n in small_kb.notices)
    assert len(aside) == 1 and any(f.read_bytes() == b"garbage" for f in aside[0].rglob("*") if f.is_file())


def test_an_index_another_process_holds_is_left_alone(small_kb, tmp_path):
    small_kb.ingest()
    path = small_kb.index_path
    small_kb._index = small_kb._retriever = None
    small_kb.open_waits = (0.05,)
    _garble(path)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from assistant.adapters.folder_lock import Holder; "
        f"Holder(Path({str(path)!r})).acquire(); print('held', flush=True); time.sleep(60)")],
        stdout=subprocess.PIPE, cwd=Path(__file__).parent.parent)
    try:
        assert holder.stdout.readline().strip() == b"held"
        with pytest.raises(ConfigError, match="in use by another"):
            small_kb.index
        assert path.exists() and not list(path.parent.glob("chroma.unreadable-*"))
    finally:
        holder.kill()
        holder.wait()


def test_a_batch_reports_a_failing_case_and_goes_on(tmp_path, capsys):
    from assistant.cli.letters import _draft_batch

    class Service:
        settings = type("S", (), {"llm_configured": False, "llm_workers": 1})()

        def draft(self, request, offline=False):
            if request.payer == "Broken":
                raise RuntimeError("Missing field: [Missing metadata segment]")
            if request.payer == "Guarded":
                from assistant.errors import RedactionError
                raise RedactionError("Refused to send: an identifier is still in the text.")
            return type("D", (), {"notices": ("The model's reading of the notes was not used.",),
                                  "batch_line": lambda self, i: {"id": i, "mode": "offline", "letter": "ok"}})()

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "letter_type": "initial_authorization", "payer": p,
                                         "level_of_care": "outpatient", "notes": [NOTE]})
                             for i, p in (("a", "Aetna"), ("b", "Broken"), ("c", "Guarded"), ("d", "Cigna"))) + "\n")
    _draft_batch(Service(), str(src), str(out), offline=True, as_json=False)
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    err = capsys.readouterr().err
    assert [x["id"] for x in lines] == ["a", "d"]
    assert lines[0]["notices"] == ["The model's reading of the notes was not used."]
    assert "Skipped b: unexpected error (RuntimeError)" in err and "Missing metadata" not in err
    assert "Skipped c: Refused to send" in err and "2 failed" in err


@pytest.mark.slow
@pytest.mark.skipif(not (DEFAULT_MODEL_DIR / "model.onnx").is_file(), reason="embedding model not exported: run `make setup`")
def test_a_batch_and_other_processes_use_one_new_data_folder_at_once(tmp_path):
    env = dict(os.environ, NECESSITY_DATA_DIR=str(tmp_path / "data"), NECESSITY_KNOWLEDGE_DIR=str(FIXTURES))
    env.pop("NECESSITY_LLM_BASE_URL", None)
    src, out = tmp_path / "cases.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"c{i}", "letter_type": "initial_authorization", "payer": "Optum",
                                         "level_of_care": "outpatient psychotherapy", "notes": [NOTE],
                                         "requested": {"codes": ["90837"]}}) for i in range(4)) + "\n")
    cmd = [sys.executable, "-m", "assistant"]
    batch = subprocess.Popen(cmd + ["draft", "--batch", str(src), "--out", str(out)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    others = []
    for question in ("What does CO-50 mean?", "How long do I have to file an ERISA appeal?"):
        time.sleep(1)
        others.append(subprocess.Popen(cmd + ["ask", question, "--json"], env=env, stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE))
    answers = [p.communicate(timeout=300) for p in others]
    _, batch_err = batch.communicate(timeout=600)
    assert batch.returncode == 0, batch_err.decode()[-800:]
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["c0", "c1", "c2", "c3"]
    for p, (stdout, stderr) in zip(others, answers):
        assert p.returncode == 0, stderr.decode()[-800:]
        assert json.loads(stdout)["citations"]
    data = tmp_path / "data"
    assert not list(data.glob("chroma.unreadable-*"))  # nothing was taken for corruption
    again = subprocess.run(cmd + ["ingest", "--json"], env=env, capture_output=True, timeout=300)
    report = json.loads(again.stdout)
    assert report["unchanged"] == report["total"]  # built once, completely, by one process
