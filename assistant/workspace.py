"""The local workspace: one SQLite file in the data folder holding cases, notes, vaults, draft versions,
checklist results, approvals and the audit log of LLM requests (counts and ids only, never text).

Everything here stays on this machine. `secure_delete` makes SQLite overwrite deleted rows, so deleting a
case really removes its notes and vault from the file rather than leaving them in free pages.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from assistant.errors import InputError
from assistant.phi.vault import Vault

_SCHEMA = """
CREATE TABLE IF NOT EXISTS cases (
    id INTEGER PRIMARY KEY, label TEXT NOT NULL, meta TEXT NOT NULL DEFAULT '{}',
    created REAL NOT NULL, updated REAL NOT NULL);
CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS vaults (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS drafts (
    id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    letter_type TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS versions (
    id INTEGER PRIMARY KEY, draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    number INTEGER NOT NULL, text TEXT NOT NULL, mode TEXT NOT NULL, model TEXT NOT NULL,
    prompt_id TEXT NOT NULL, kind TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS checklist_results (
    version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE, element TEXT NOT NULL,
    status TEXT NOT NULL, evidence TEXT NOT NULL, question TEXT NOT NULL, in_letter INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS approvals (
    id INTEGER PRIMARY KEY, version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    approved REAL NOT NULL);
CREATE TABLE IF NOT EXISTS llm_requests (
    id INTEGER PRIMARY KEY, time REAL NOT NULL, model TEXT NOT NULL, prompt_id TEXT NOT NULL,
    chars INTEGER NOT NULL, placeholders TEXT NOT NULL, seconds REAL NOT NULL, outcome TEXT NOT NULL);
"""


@dataclass(frozen=True)
class CaseSummary:
    """One saved case as listed: the clinician's own label, never a client name we filled in."""

    id: int
    label: str
    created: float
    updated: float
    versions: int


@dataclass(frozen=True)
class Version:
    """One version of a drafted letter (PHI restored), with how it was made and its checklist."""

    id: int
    number: int
    text: str
    mode: str
    model: str
    prompt_id: str
    kind: str  # "draft" (written by the pipeline) or "edit" (the clinician's edits)
    created: float
    checklist: tuple[dict, ...] = ()
    approved: bool = False


@dataclass(frozen=True)
class SavedCase:
    """A case reopened from the workspace: its notes, its vault and every version of its letter."""

    id: int
    label: str
    meta: dict
    notes: tuple[str, ...]
    vault: Vault
    versions: tuple[Version, ...] = field(default_factory=tuple)


class Workspace:
    """The SQLite workspace at `path`; every statement is parameterized."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._db() as db:
            db.executescript(_SCHEMA)

    def _db(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA secure_delete = ON")
        return db

    def _run(self, sql: str, args: Sequence[Any] = ()) -> list[tuple]:
        db = self._db()
        try:
            with db:
                return db.execute(sql, tuple(args)).fetchall()
        finally:
            db.close()

    # --- cases -------------------------------------------------------------------------------
    def save_case(self, label: str, notes: Sequence[str], vault: Vault, meta: dict | None = None,
                  case_id: int | None = None) -> int:
        """Label, notes, vault and request fields -> the case id (a new case, or `case_id` replaced)."""
        label = label.strip()
        if not label:
            raise InputError("Give the case a label of your own (not the client's name), e.g. 'Case 14 continued stay'.")
        now, meta_json, vault_json = time.time(), json.dumps(meta or {}), json.dumps(vault.to_dict())
        db = self._db()
        try:
            with db:
                if case_id is None:
                    case_id = db.execute("INSERT INTO cases (label, meta, created, updated) VALUES (?, ?, ?, ?)",
                                         (label, meta_json, now, now)).lastrowid
                else:
                    found = db.execute("UPDATE cases SET label = ?, meta = ?, updated = ? WHERE id = ?",
                                       (label, meta_json, now, case_id)).rowcount
                    if not found:
                        raise InputError(f"Case {case_id} is not in the workspace; it may have been deleted.")
                    db.execute("DELETE FROM notes WHERE case_id = ?", (case_id,))
                db.executemany("INSERT INTO notes (case_id, position, text) VALUES (?, ?, ?)",
                               [(case_id, i, t) for i, t in enumerate(notes)])
                db.execute("INSERT OR REPLACE INTO vaults (case_id, data) VALUES (?, ?)", (case_id, vault_json))
        finally:
            db.close()
        return int(case_id)

    def list_cases(self) -> list[CaseSummary]:
        """Every saved case, most recently updated first."""
        rows = self._run("""SELECT c.id, c.label, c.created, c.updated,
                            (SELECT COUNT(*) FROM versions v JOIN drafts d ON v.draft_id = d.id WHERE d.case_id = c.id)
                            FROM cases c ORDER BY c.updated DESC, c.id DESC""")
        return [CaseSummary(*row) for row in rows]

    def open_case(self, case_id: int) -> SavedCase:
        """Case id -> the saved case with its notes, vault and versions."""
        rows = self._run("SELECT label, meta FROM cases WHERE id = ?", (case_id,))
        if not rows:
            raise InputError(f"Case {case_id} is not in the workspace; it may have been deleted.")
        notes = [r[0] for r in self._run("SELECT text FROM notes WHERE case_id = ? ORDER BY position", (case_id,))]
        vault_rows = self._run("SELECT data FROM vaults WHERE case_id = ?", (case_id,))
        vault = Vault.from_dict(json.loads(vault_rows[0][0])) if vault_rows else Vault()
        return SavedCase(id=case_id, label=rows[0][0], meta=json.loads(rows[0][1]), notes=tuple(notes),
                         vault=vault, versions=tuple(self.versions(case_id)))

    def delete_case(self, case_id: int) -> None:
        """Remove a case with its vault, notes, drafts, versions, checklists and approvals."""
        self._run("DELETE FROM cases WHERE id = ?", (case_id,))

    # --- drafts and versions -------------------------------------------------------------------
    def add_version(self, case_id: int, text: str, mode: str, model: str = "", prompt_id: str = "",
                    checklist: Sequence[dict] = (), kind: str = "draft", letter_type: str = "") -> int:
        """A letter version of a case (and its checklist results) -> the version id."""
        db = self._db()
        try:
            with db:
                row = db.execute("SELECT id FROM drafts WHERE case_id = ? ORDER BY id DESC LIMIT 1", (case_id,)).fetchone()
                draft_id = row[0] if row else db.execute(
                    "INSERT INTO drafts (case_id, letter_type, created) VALUES (?, ?, ?)",
                    (case_id, letter_type, time.time())).lastrowid
                number = db.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM versions WHERE draft_id = ?",
                                    (draft_id,)).fetchone()[0]
                version_id = db.execute(
                    "INSERT INTO versions (draft_id, number, text, mode, model, prompt_id, kind, created)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (draft_id, number, text, mode, model, prompt_id, kind, time.time())).lastrowid
                db.executemany(
                    "INSERT INTO checklist_results (version_id, element, status, evidence, question, in_letter)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [(version_id, c["element"], c["status"], c.get("evidence", ""), c.get("question", ""),
                      int(bool(c.get("in_letter")))) for c in checklist])
                db.execute("UPDATE cases SET updated = ? WHERE id = ?", (time.time(), case_id))
        finally:
            db.close()
        return int(version_id)

    def versions(self, case_id: int) -> list[Version]:
        """Every version of a case's letter, oldest first, with checklist results and approval."""
        rows = self._run("""SELECT v.id, v.number, v.text, v.mode, v.model, v.prompt_id, v.kind, v.created,
                            EXISTS (SELECT 1 FROM approvals a WHERE a.version_id = v.id)
                            FROM versions v JOIN drafts d ON v.draft_id = d.id WHERE d.case_id = ?
                            ORDER BY v.id""", (case_id,))
        out = []
        for vid, number, text, mode, model, pid, kind, created, approved in rows:
            items = self._run("SELECT element, status, evidence, question, in_letter FROM checklist_results"
                              " WHERE version_id = ? ORDER BY rowid", (vid,))
            checklist = tuple({"element": e, "status": s, "evidence": ev, "question": q, "in_letter": bool(i)}
                              for e, s, ev, q, i in items)
            out.append(Version(vid, number, text, mode, model, pid, kind, created, checklist, bool(approved)))
        return out

    def approve(self, version_id: int) -> None:
        """Record that the clinician approved this version for export."""
        self._run("INSERT INTO approvals (version_id, approved) VALUES (?, ?)", (version_id, time.time()))

    # --- the audit log of LLM requests -----------------------------------------------------------
    def log_llm_request(self, record: dict) -> None:
        """One LLM request's time, model, prompt id, size, placeholder counts, seconds and outcome; never text."""
        counts = {str(k): int(v) for k, v in dict(record.get("placeholders") or {}).items()}
        self._run("INSERT INTO llm_requests (time, model, prompt_id, chars, placeholders, seconds, outcome)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?)",
                  (float(record.get("time") or time.time()), str(record.get("model", "")),
                   str(record.get("prompt_id", "")), int(record.get("chars") or 0), json.dumps(counts),
                   float(record.get("seconds") or 0.0), str(record.get("outcome", ""))))

    def llm_requests(self, limit: int = 100) -> list[dict]:
        """The most recent audit rows, newest first."""
        rows = self._run("SELECT time, model, prompt_id, chars, placeholders, seconds, outcome FROM llm_requests"
                         " ORDER BY id DESC LIMIT ?", (limit,))
        return [{"time": t, "model": m, "prompt_id": p, "chars": c, "placeholders": json.loads(ph), "seconds": s,
                 "outcome": o} for t, m, p, c, ph, s, o in rows]


def recheck_letter(draft, letter: str, notes: Sequence[str], requested: dict, clinician: dict):
    """A Draft and the clinician's edited letter -> the Draft re-checked against the edited text.

    The checklist elements come from the notes and do not change; what the letter shows, the claims the
    notes (for an appeal: the notes and the denial) do not support and the administrative gaps are
    computed again on the edited text, exactly as LetterService.draft computes them.
    """
    from dataclasses import replace

    from assistant.letters.checklist import administrative_gaps, mark_in_letter
    from assistant.letters.claims import unsupported_claims

    cited = [p.label for p in draft.citations]
    return replace(draft, letter=letter, checklist=tuple(mark_in_letter(draft.checklist, letter)),
                   unsupported_claims=tuple(unsupported_claims(letter, list(notes), requested, cited)),
                   admin_gaps=tuple(administrative_gaps(letter, requested, clinician)))
