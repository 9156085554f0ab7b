"""`LetterService.check` and `necessity check` end to end: real Presidio for the checklist, the rules on the notes,
the exact batch format, bad input said plainly, and the project's own labelled cases."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "evals" / "data" / "check_cases.jsonl"
NOTE = """Progress note 02/03/2025
Client: Marisol Quintero-Baptiste   DOB 05/06/1984
Session via video (Zoom); client at home in Reno, Nevada. 2:00-2:40 pm.
Dx: F32.9 - second depressive episode, moderate.
Used behavioral activation; client reports mood a little better, PHQ-9 13 (was 17).
Denies SI/HI.
Signed: Renata Okonkwo"""


def test_check_quotes_each_note_and_restores_the_checklist_evidence(service):
    result = service.check([NOTE], payer="Aetna", codes=["90837"])
    found = {f.rule for f in result.findings}
    assert {"minutes_code_mismatch", "telehealth_pos_modifier_missing", "telehealth_consent_missing",
            "diagnosis_unspecified", "credentials_missing", "treatment_plan_missing"} <= found
    assert all(f.evidence and f.evidence in NOTE for f in result.findings)
    assert all(f.fix and f.source_id for f in result.findings)
    assert len(result.checklist) == 14 and not any("<PERSON" in c.evidence or "<DATE" in c.evidence
                                                    for c in result.checklist)
    line = result.batch_line("x")
    assert list(line) == ["id", "checklist", "findings"]
    assert set(line["checklist"][0]) == {"element", "status", "evidence", "in_letter"}
    assert all(c["in_letter"] is False for c in line["checklist"])
    assert set(line["findings"][0]) == {"rule", "severity", "note_index", "evidence", "fix", "source_id"}


def test_letter_type_decides_which_checklist_elements_apply(service):
    initial = {c.element: c.status for c in service.check([NOTE], letter_type="initial_authorization").checklist}
    assert initial["progress"] == "not_applicable" and initial["measure_trend"] == "not_applicable"
    default = {c.element: c.status for c in service.check([NOTE]).checklist}
    assert default["progress"] == "met"


def test_bad_input_is_said_plainly(service):
    with pytest.raises(InputError, match="no notes"):
        service.check(["", "   "])
    with pytest.raises(InputError, match="Letter type"):
        service.check([NOTE], letter_type="memo")
    result = service.check([NOTE, "  "], payer="Acme Health Co-op", codes=["90837", "99999"])
    assert result.partial
    text = " ".join(result.notices)
    assert "no payer-specific documentation rules for 'Acme Health Co-op'" in text
    assert "99999" in text and "Note 2 is empty" in text
    assert all(f.note_index == 0 for f in result.findings)
    uncoded = service.check([NOTE.replace("via video (Zoom)", "in office")])
    assert any("No billing codes" in n for n in uncoded.notices)
    assert not {f.rule for f in uncoded.findings} & {"minutes_code_mismatch", "telehealth_pos_modifier_missing"}


def test_rule_catalog_links_each_rule_to_its_passage(service):
    infos = service.audit_rules()
    assert len(infos) == 28 and all(i.title and i.passage and i.url.startswith("http") for i in infos)


def _run(*args, cwd: Path):
    env = dict(os.environ, NECESSITY_DATA_DIR=str(cwd / "data"))
    return subprocess.run([sys.executable, "-m", "assistant", "check", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300)


def test_cli_check_text_json_and_batch(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    text = _run("--notes", str(note), "--payer", "Medicare", "--codes", "90837,95", cwd=tmp_path)
    assert text.returncode == 0, text.stderr
    assert "WILL DENY" in text.stdout and "minutes_code_mismatch" in text.stdout and "fix:" in text.stdout
    assert "Payer read as Medicare" in text.stderr
    as_json = json.loads(_run("--notes", str(note), "--codes", "90837", "--json", cwd=tmp_path).stdout)
    assert {"checklist", "findings", "notices", "partial"} <= set(as_json)

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join([json.dumps({"id": "a", "payer": "Medicare", "codes": ["90837"], "notes": [NOTE],
                                          "extra": "ignored"}),
                              "not json", json.dumps({"id": "b", "notes": []}),
                              json.dumps({"id": "c", "notes": ["", NOTE], "codes": "90834, 90785"})]) + "\n")
    batch = _run("--batch", str(src), "--out", str(out), cwd=tmp_path)
    assert batch.returncode == 0, batch.stderr
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [x["id"] for x in lines] == ["a", "c"]
    assert all(list(x) == ["id", "checklist", "findings"] for x in lines)
    assert "Skipped b: no notes" in batch.stderr and "Skipped line-2" in batch.stderr
    assert "c: Note 1 is empty" in batch.stderr and "Checked 2 case(s), 2 failed" in batch.stderr


def test_cli_check_needs_notes_or_a_batch(tmp_path):
    result = _run(cwd=tmp_path)
    assert result.returncode == 2 and "check needs --notes" in result.stderr


def test_own_labelled_cases_are_current_and_score_well(service):
    build = ROOT / "tests" / "fixtures" / "audit" / "build_cases.py"
    spec = {"__file__": str(build), "__name__": "build_cases"}
    exec(compile(build.read_text(encoding="utf-8"), str(build), "exec"), spec)
    expected = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in spec["CASES"])
    assert CASES.read_text(encoding="utf-8") == expected, "run python tests/fixtures/audit/build_cases.py"
    from evals.check import run_check_eval

    report = run_check_eval(CASES.parent, service)
    assert report["cases"] >= 8
    for sev, row in report["findings"]["per_severity"].items():
        assert row["precision"] >= 0.9 and row["recall"] >= 0.9, (sev, row)


@pytest.mark.parametrize("bad_type", ["letter_of_medical_necessity", "prior_authorization", "LMN"])
def test_the_check_eval_reports_a_bad_case_and_goes_on(service, tmp_path, bad_type):
    from evals.check import format_check_report, run_check_eval

    good = {"id": "ok", "codes": ["90834"], "notes": ["Date of service: 02/03/2025. 45 min session.\nSigned: A. Lee, LCSW"],
            "findings": [], "checklist": {}}
    bad = dict(good, id="bad", letter_type=bad_type)
    (tmp_path / "check_cases.jsonl").write_text("\n".join(json.dumps(c) for c in (bad, good)) + "\n")
    report = run_check_eval(tmp_path, service)
    assert report["cases"] == 2 and "bad" in report["failed"] and "ok" not in report["failed"]
    assert "bad:" in format_check_report(report)
