"""A long eval run reports each case as it finishes: id, mode and seconds, never the notes."""

from pathlib import Path

from evals.draft import run_draft_eval
from evals.draft_elements import progress_line

DATA = Path(__file__).resolve().parent.parent / "evals" / "data"


def test_each_drafted_case_is_reported_once_without_note_text(small_kb):
    seen = []
    report = run_draft_eval(DATA, small_kb, limit=2, progress=lambda *a: seen.append(progress_line(*a)))
    ids = [row["id"] for row in report["offline"]["per_case"]]
    assert len(seen) == 2 and all(f"{i}/2] {case}: offline" in line for i, (line, case) in enumerate(zip(seen, ids), 1))
    notes = " ".join(__import__("json").loads(line)["notes"][0][:40] for line in open(DATA / "cases.jsonl"))
    assert all(line.split(": ", 1)[1] not in notes and len(line) < 80 for line in seen)


def test_model_time_is_named_when_the_model_was_asked():
    row = {"id": "C1", "mode": "offline", "seconds": 1.24, "model_seconds": 412.0}
    assert progress_line("llm", 3, 10, row) == "[llm 3/10] C1: offline, 1.2 s (412 s in the model)"
    assert progress_line("offline", 1, 1, {**row, "model_seconds": 0.0}) == "[offline 1/1] C1: offline, 1.2 s"
