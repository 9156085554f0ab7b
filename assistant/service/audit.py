"""The documentation-audit half of the service: `check` (findings + the 14-element checklist) and the rule
catalog with the knowledge passage each rule rests on. Everything runs locally; no model is called."""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Sequence

from assistant.errors import InputError
from assistant.inputs import unwrap_lines
from assistant.records import LETTER_TYPES

DEFAULT_LETTER_TYPE = "continued_stay"


@dataclass(frozen=True)
class CheckResult:
    """What `necessity check` returns for one case."""

    findings: tuple            # AuditFinding, in note order
    checklist: tuple           # ChecklistItem, evidence restored to the notes' own words
    notices: tuple[str, ...]   # how it was checked: unknown payer or codes, empty notes
    partial: bool              # part of the input was skipped (said in notices)
    seconds: float = 0.0

    def batch_line(self, case_id: str) -> dict:
        """The `necessity check --batch` output line (exactly these keys)."""
        return {"id": case_id,
                "checklist": [{"element": c.element, "status": c.status, "evidence": c.evidence, "in_letter": False}
                              for c in self.checklist],
                "findings": [f.line() for f in self.findings]}


@dataclass(frozen=True)
class RuleInfo:
    """A documentation rule with the knowledge passage it rests on (for the UI's links and the CLI)."""

    id: str
    severity: str
    checks: str
    fix: str
    source_id: str
    section: str
    title: str = ""
    url: str = ""
    passage: str = ""


class AuditWiring:
    """Mixed into LetterService: the audit needs the redactor (for the checklist) and the knowledge folder."""

    knowledge_dir: Path

    def check(self, notes: Sequence[str], payer: str = "", level_of_care: str = "", codes: Sequence[object] = (),
              letter_type: str = "", checklist: bool = True) -> CheckResult:
        """Notes of one case -> documentation findings per note and the checklist on the whole case.

        Empty notes among others are skipped (and said so); all empty is an InputError. letter_type decides
        which checklist elements apply, as in drafting (absent: continued_stay). checklist=False skips the
        checklist (and so the PHI detector): the findings alone take milliseconds.
        """
        from assistant.audit.check import audit_case
        from assistant.audit.plain_text import plain_note
        from assistant.letters.checklist import check_notes
        from assistant.letters.dates import chronology
        from assistant.letters.extract import extract_facts
        from assistant.letters.levels import at_level

        started = time.perf_counter()
        notes = [n if isinstance(n, str) else "" for n in (notes or [])]
        if not any(n.strip() for n in notes):
            raise InputError("There are no notes to check: give at least one session note with text.")
        letter_type = letter_type or DEFAULT_LETTER_TYPE
        if letter_type not in LETTER_TYPES:
            raise InputError(f"Letter type '{letter_type}' is not one of: {', '.join(LETTER_TYPES)}.")
        if isinstance(codes, str):
            codes = [c for c in codes.replace(";", ",").split(",")]
        report = audit_case(notes, payer or "", [c for c in codes if str(c).strip()])
        if not checklist:
            return CheckResult(report.findings, (), report.notices, report.partial,
                               round(time.perf_counter() - started, 3))
        # the checklist reads the same plain text the rules read: RTF, mis-decoded characters, spreadsheet rows
        live = [unwrap_lines(plain_note(n)) for n in notes if n.strip()]
        case, vault = self.redact(live)
        # the same reading as drafting: the local embedder may propose evidence, and dated scores run in date order
        facts = at_level(extract_facts([n.text for n in case.notes], self._evidence_embedder(), chronology(vault.items())),
                         level_of_care or "")
        items = check_notes(facts, letter_type, level_of_care or "")
        items = tuple(replace(it, evidence=self.restore(it.evidence, vault)) for it in items)
        return CheckResult(report.findings, items, report.notices, report.partial,
                           round(time.perf_counter() - started, 3))

    def audit_rules(self) -> list[RuleInfo]:
        """Every documentation rule with the title, URL and text of the knowledge section it rests on."""
        from assistant.audit.catalog import rules
        from assistant.criteria.documents import KNOWLEDGE_DIR, parse_document, split_sections

        cached = getattr(self, "_audit_rules", None)
        if cached and cached[0] == str(self.knowledge_dir):
            return list(cached[1])
        out, cache = [], {}
        for rule in rules().values():
            if rule.source not in cache:
                path = Path(self.knowledge_dir) / f"{rule.source}.md"
                parsed = parse_document(path if path.is_file() else KNOWLEDGE_DIR / f"{rule.source}.md")
                cache[rule.source] = split_sections(*parsed) if isinstance(parsed, tuple) else []
            sections = cache[rule.source]
            hit = next((s for s in sections if s.section == rule.section), sections[0] if sections else None)
            out.append(RuleInfo(rule.id, rule.severity, rule.checks, rule.fix, rule.source, rule.section,
                                hit.title if hit else "", hit.url if hit else "", hit.text if hit else ""))
        self._audit_rules = (str(self.knowledge_dir), tuple(out))  # the documents are read once per service
        return out
