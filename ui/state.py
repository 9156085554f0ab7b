"""The case being worked on in this browser session. It lives in st.session_state only (PHI included)
until the clinician saves it to the local workspace under a label of their choosing."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from typing import Any

import streamlit as st

from assistant.records import LetterRequest
from assistant.service import LetterService
from assistant.service import Vault


@dataclass
class CaseState:
    """Everything about the current case; never put in a module global or a log line."""

    label: str = ""
    case_id: int | None = None
    notes: list[str] = field(default_factory=list)
    letter_type: str = "initial_authorization"
    payer: str = ""
    level_of_care: str = "outpatient psychotherapy"
    requested: dict = field(default_factory=dict)
    vault: Vault | None = None
    redacted: list[str] = field(default_factory=list)  # the notes exactly as they would be sent
    previewed: str = ""  # fingerprint of the notes the preview was made from
    draft: Any = None  # the latest checked Draft
    versions: list[dict] = field(default_factory=list)
    approved_text: str = ""
    answers: dict[str, str] = field(default_factory=dict)
    denial_text: str = ""
    reading: Any = None
    appeal: Any = None

    def request(self) -> LetterRequest:
        """The LetterRequest for the current inputs."""
        return LetterRequest(letter_type=self.letter_type, payer=self.payer, level_of_care=self.level_of_care,
                             notes=tuple(self.all_notes()), requested=dict(self.requested),
                             denial_text=self.denial_text if self.letter_type == "appeal" else "")

    def all_notes(self) -> list[str]:
        """The session notes plus the clinician's answers to checklist questions, as one more note."""
        notes = [n for n in self.notes if n.strip()]
        if self.answers:
            lines = [f"- {question} {answer}" for question, answer in self.answers.items()]
            notes.append("Clinician's answers to follow-up questions:\n" + "\n".join(lines))
        return notes

    def support(self) -> list[str]:
        """What a statement in the letter may rest on: the notes, and for an appeal the denial too."""
        extra = [self.denial_text] if self.letter_type == "appeal" and self.denial_text.strip() else []
        return self.all_notes() + extra

    def meta(self) -> dict:
        """Request fields saved with the case (no PHI beyond what the clinician typed in them)."""
        return {"letter_type": self.letter_type, "payer": self.payer, "level_of_care": self.level_of_care,
                "requested": self.requested, "answers": self.answers, "denial_text": self.denial_text}

    @property
    def letter(self) -> str:
        """The current version's text, or ''."""
        return self.versions[-1]["text"] if self.versions else ""


def fingerprint(notes: list[str]) -> str:
    """A digest of the note text, to tell whether the preview is still current (kept in memory only)."""
    return hashlib.sha256("\x00".join(notes).encode("utf-8")).hexdigest()


def current_case() -> CaseState:
    """The session's case, created empty on first use."""
    if "case" not in st.session_state:
        st.session_state["case"] = CaseState()
    return st.session_state["case"]


def new_case() -> None:
    """Forget the current case (its notes and vault) in this session; saved cases stay saved."""
    st.session_state["case"] = CaseState()
    clear_widgets()


def clear_widgets() -> None:
    """Drop the page widgets' own copies of case values, so they are seeded again from the case."""
    for key in [k for k in st.session_state if str(k).startswith(("draft_", "review_", "appeal_"))]:
        del st.session_state[key]


def checklist_dicts(draft, case: CaseState, service: LetterService) -> list[dict]:
    """Draft checklist -> plain dicts with the evidence restored for the clinician's eyes."""
    vault = case.vault or Vault()
    return [{"element": c.element, "status": c.status, "evidence": service.restore(c.evidence, vault),
             "question": c.question, "in_letter": c.in_letter} for c in draft.checklist]


def add_version(service: LetterService, case: CaseState, text: str, draft, kind: str,
                mode: str | None = None, model: str | None = None) -> None:
    """Record a new version of the letter; saved cases persist it in the workspace at once."""
    version = {"text": text, "mode": mode or draft.mode, "model": model if model is not None else draft.model,
               "prompt_id": draft.prompt_id, "kind": kind, "created": time.time(), "id": None,
               "checklist": checklist_dicts(draft, case, service)}
    if case.case_id is not None:
        version["id"] = service.workspace.add_version(
            case.case_id, text, version["mode"], version["model"], version["prompt_id"],
            version["checklist"], kind=kind, letter_type=case.letter_type)
    case.versions.append(version)
    case.draft = draft


def save_case(service: LetterService, case: CaseState, label: str) -> int:
    """Save (or update) the case with its vault and any versions not saved yet -> the case id."""
    case.case_id = service.workspace.save_case(label, case.notes, case.vault or Vault(), case.meta(), case.case_id)
    case.label = label.strip()
    for version in case.versions:
        if version["id"] is None:
            version["id"] = service.workspace.add_version(
                case.case_id, version["text"], version["mode"], version["model"], version["prompt_id"],
                version["checklist"], kind=version["kind"], letter_type=case.letter_type)
            if version.get("approved"):
                service.workspace.approve(version["id"])
    return case.case_id


def open_case(service: LetterService, case_id: int) -> CaseState:
    """A saved case -> the session's case, with its vault, notes and versions."""
    saved = service.workspace.open_case(case_id)
    meta = saved.meta
    case = CaseState(label=saved.label, case_id=saved.id, notes=list(saved.notes), vault=saved.vault,
                     letter_type=meta.get("letter_type", "initial_authorization"), payer=meta.get("payer", ""),
                     level_of_care=meta.get("level_of_care", ""), requested=meta.get("requested", {}),
                     answers=meta.get("answers", {}), denial_text=meta.get("denial_text", ""))
    case.versions = [{"text": v.text, "mode": v.mode, "model": v.model, "prompt_id": v.prompt_id, "kind": v.kind,
                      "created": v.created, "id": v.id, "checklist": list(v.checklist)} for v in saved.versions]
    approved = [v.text for v in saved.versions if v.approved]
    case.approved_text = approved[-1] if approved else ""
    st.session_state["case"] = case
    clear_widgets()
    return case
