"""A quality gate on the project's own synthetic PHI notes (tests/fixtures/phi/notes.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

from evals.phi import score

NOTES = Path(__file__).parent / "fixtures" / "phi" / "notes.jsonl"


def test_synthetic_notes_meet_the_redaction_targets(service):
    notes = [json.loads(line) for line in NOTES.read_text(encoding="utf-8").splitlines() if line.strip()]
    predicted = {n["id"]: [(s.start, s.end) for s in service.phi_spans(n["text"])] for n in notes}
    result = score(notes, predicted)
    assert result["phi_recall"] >= 0.97, result
    assert result["keep_retention"] >= 0.98, result
    assert result["char_precision"] >= 0.85, result
