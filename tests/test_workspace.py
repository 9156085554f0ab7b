"""The local SQLite workspace: cases reopen with their vault, deleting removes PHI, the audit log holds no text."""

from __future__ import annotations

import sqlite3

import pytest

from assistant.errors import InputError
from assistant.phi.vault import Vault, reidentify
from assistant.workspace import Workspace

NOTE = "Client: Quentin Halvorsrud, DOB 05/21/1979, member ID ZK8830215. PHQ-9 = 12."
CHECKLIST = [{"element": "diagnosis", "status": "met", "evidence": "Dx: F41.0 Panic disorder.", "question": "",
              "in_letter": True},
             {"element": "discharge_criteria", "status": "missing", "evidence": "",
              "question": "What criteria will show the client is ready for discharge?", "in_letter": False}]


def _vault() -> Vault:
    vault = Vault()
    vault.placeholder_for("NAME", "Quentin Halvorsrud")
    vault.placeholder_for("DATE", "05/21/1979")
    vault.placeholder_for("HEALTH_PLAN_ID", "ZK8830215")
    return vault


@pytest.fixture
def ws(tmp_path) -> Workspace:
    return Workspace(tmp_path / "workspace.sqlite3")


def _rows(ws: Workspace, table: str) -> int:
    with sqlite3.connect(ws.path) as db:
        return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # table names are ours, not input


def test_saved_case_reopens_with_notes_vault_and_versions(ws):
    case_id = ws.save_case("Case 14, continued stay", [NOTE, "second note"], _vault(),
                           {"payer": "Aetna", "letter_type": "continued_stay"})
    first = ws.add_version(case_id, "Letter for Quentin Halvorsrud", "offline", "", "letter.v2", CHECKLIST)
    second = ws.add_version(case_id, "Edited letter", "offline", "", "letter.v2", CHECKLIST, kind="edit")
    ws.approve(second)

    saved = Workspace(ws.path).open_case(case_id)  # a fresh handle: everything came from disk
    assert saved.label == "Case 14, continued stay" and saved.notes == (NOTE, "second note")
    assert saved.meta["payer"] == "Aetna"
    assert reidentify("<PERSON_1> born <DATE_1>, <MEMBER_ID_1>", saved.vault) == \
        "Quentin Halvorsrud born 05/21/1979, ZK8830215"
    assert [v.id for v in saved.versions] == [first, second]
    assert [v.number for v in saved.versions] == [1, 2] and saved.versions[1].kind == "edit"
    assert [v.approved for v in saved.versions] == [False, True]
    assert saved.versions[0].checklist[1]["status"] == "missing"
    assert saved.versions[0].checklist[0]["in_letter"] is True


def test_saving_again_replaces_notes_and_keeps_the_same_case(ws):
    case_id = ws.save_case("Case 1", [NOTE], _vault())
    assert ws.save_case("Case 1 renamed", ["only note"], _vault(), case_id=case_id) == case_id
    assert ws.open_case(case_id).notes == ("only note",)
    assert [c.label for c in ws.list_cases()] == ["Case 1 renamed"]


def test_deleting_a_case_deletes_its_vault_notes_drafts_and_approvals(ws):
    keep = ws.save_case("Other case", ["other note"], Vault())
    case_id = ws.save_case("Case to delete", [NOTE], _vault())
    version = ws.add_version(case_id, "Letter for Quentin Halvorsrud", "offline", checklist=CHECKLIST)
    ws.approve(version)
    ws.delete_case(case_id)

    assert [c.id for c in ws.list_cases()] == [keep]
    for table, left in (("vaults", 1), ("notes", 1), ("drafts", 0), ("versions", 0), ("checklist_results", 0),
                        ("approvals", 0)):
        assert _rows(ws, table) == left, table
    with pytest.raises(InputError):
        ws.open_case(case_id)
    # secure_delete overwrites the freed pages: the values are gone from the file itself
    raw = ws.path.read_bytes()
    assert b"Halvorsrud" not in raw and b"ZK8830215" not in raw


def test_audit_rows_hold_counts_and_ids_never_text(ws):
    ws.log_llm_request({"time": 1700000000.0, "model": "gpt-4o-mini", "prompt_id": "draft_lmn.v1", "chars": 5120,
                        "placeholders": {"PERSON": 3, "DATE": 2}, "seconds": 1.25, "outcome": "ok",
                        "text": "Quentin Halvorsrud", "messages": [NOTE]})  # extra keys are never stored
    [row] = ws.llm_requests()
    assert row == {"time": 1700000000.0, "model": "gpt-4o-mini", "prompt_id": "draft_lmn.v1", "chars": 5120,
                   "placeholders": {"PERSON": 3, "DATE": 2}, "seconds": 1.25, "outcome": "ok"}
    with sqlite3.connect(ws.path) as db:
        columns = [c[1] for c in db.execute("PRAGMA table_info(llm_requests)")]
    assert columns == ["id", "time", "model", "prompt_id", "chars", "placeholders", "seconds", "outcome"]
    assert b"Halvorsrud" not in ws.path.read_bytes()


def test_a_case_needs_a_label_of_the_clinicians_choosing(ws):
    with pytest.raises(InputError, match="label"):
        ws.save_case("   ", [NOTE], Vault())


def test_labels_and_text_with_quotes_are_stored_verbatim(ws):
    label = "O'Brien's case'); DROP TABLE cases; --"
    case_id = ws.save_case(label, ["note with 'quotes'"], Vault())
    assert ws.open_case(case_id).label == label and ws.open_case(case_id).notes == ("note with 'quotes'",)
    assert len(ws.list_cases()) == 1


def test_versions_of_a_missing_case_are_refused(ws):
    with pytest.raises(sqlite3.IntegrityError):
        ws.add_version(999, "text", "offline")
