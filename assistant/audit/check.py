"""Stage: the notes of one case (+ payer, codes) -> documentation findings, each quoting its note.

Pure and local: no model, no network. The rules are data (rules.yaml); this module applies each rule's
scope (coding rules only on notes with a code; payer-specific rules only for their payers) and adds the
rule's severity, fix and source to every hit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from assistant.audit import (rules_coding, rules_interactive, rules_plan, rules_record, rules_session,
                            rules_telehealth)
from assistant.audit.billing import read_line_codes
from assistant.audit.catalog import Rule, payer_group, rules
from assistant.audit.hits import Hit, RuleFn
from assistant.audit.reading import read_case

RULE_CODE: dict[str, RuleFn] = {**rules_coding.RULES, **rules_interactive.RULES, **rules_telehealth.RULES,
                                **rules_record.RULES, **rules_plan.RULES, **rules_session.RULES}
_PAYER_NAMES = {"medicare": "Medicare", "medicare_advantage": "Medicare Advantage", "medicaid": "Medicaid"}


@dataclass(frozen=True)
class AuditFinding:
    """One documentation problem in one note, with the rule's severity, the fix and its source."""

    rule: str
    severity: str      # will_deny | may_deny | best_practice
    note_index: int    # 0-based
    evidence: str      # verbatim from the note
    fix: str
    source_id: str     # the knowledge/ document the rule rests on
    section: str       # the section of that document
    detail: str = ""   # what was found ("90837 billed; 45 minutes documented")

    def line(self) -> dict:
        """The finding as it appears in `necessity check --batch` output."""
        return {"rule": self.rule, "severity": self.severity, "note_index": self.note_index,
                "evidence": self.evidence, "fix": self.fix, "source_id": self.source_id}


@dataclass(frozen=True)
class AuditReport:
    """Every finding for a case, and what the user should know about how it was checked."""

    findings: tuple[AuditFinding, ...]
    notices: tuple[str, ...]        # unknown payer or codes, empty notes: said plainly
    partial: bool                   # some input was skipped (an empty note, an unknown code)
    payer_group: str                # medicare | medicare_advantage | medicaid | '' (general rules)

    def by_note(self) -> dict[int, list[AuditFinding]]:
        """Findings grouped by note index, in note order."""
        out: dict[int, list[AuditFinding]] = {}
        for f in self.findings:
            out.setdefault(f.note_index, []).append(f)
        return dict(sorted(out.items()))


def _check_catalog() -> None:
    missing, extra = set(rules()) - set(RULE_CODE), set(RULE_CODE) - set(rules())
    if missing or extra:
        raise RuntimeError(f"rules.yaml and the rule code disagree: no code for {sorted(missing)}, "
                           f"no rule for {sorted(extra)}")


def _applies(rule: Rule, hit: Hit, coded: set[int], group: str) -> bool:
    if rule.scope == "coding" and hit.note_index not in coded:
        return False
    return not rule.payers or group in rule.payers


def audit_case(notes: Sequence[str], payer: str = "", codes: Iterable[object] = ()) -> AuditReport:
    """Notes of one case, the payer and the line's billing codes -> an AuditReport (empty notes are skipped)."""
    _check_catalog()
    match = payer_group(payer)
    line_codes = read_line_codes(codes)
    case = read_case(list(notes), match, line_codes)
    coded = {n.index for n in case.notes if n.billing.any}
    catalog = rules()
    order = {rule_id: i for i, rule_id in enumerate(catalog)}
    findings = []
    for rule_id, run in RULE_CODE.items():
        rule = catalog[rule_id]
        for hit in run(case):
            if _applies(rule, hit, coded, match.group):
                findings.append(AuditFinding(rule_id, rule.severity, hit.note_index, hit.evidence, rule.fix,
                                             rule.source, rule.section, hit.detail))
    _forget_readings()
    findings.sort(key=lambda f: (f.note_index, order[f.rule]))
    notices, partial = _notices(case, payer, match, line_codes.unknown, coded)
    return AuditReport(tuple(_one_per_note(findings)), tuple(notices), partial, match.group)


def _forget_readings() -> None:
    """Rules memoise what they read from a note within one case; nothing of a note outlives its check."""
    for module in (rules_coding, rules_interactive, rules_telehealth, rules_record, rules_plan, rules_session):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def _one_per_note(findings: list[AuditFinding]) -> list[AuditFinding]:
    seen, out = set(), []
    for f in findings:
        if (f.rule, f.note_index) not in seen:
            seen.add((f.rule, f.note_index))
            out.append(f)
    return out


def _notices(case, payer: str, match, unknown_line: tuple[str, ...], coded: set[int]) -> tuple[list[str], bool]:
    notices, partial = [], False
    if not payer.strip():
        notices.append("No payer was given: the general rules were applied; the Medicare/Medicaid start-and-stop-time "
                       "rule was not.")
    elif match.group:
        notices.append(f"Payer read as {_PAYER_NAMES[match.group]}: the general rules and its own rules were applied.")
    elif not match.known:
        notices.append(f"necessity has no payer-specific documentation rules for '{payer.strip()}': the general "
                       "rules were applied.")
    if unknown_line:
        partial = True
        notices.append(f"Not a billing code necessity knows, so not checked: {', '.join(unknown_line)}.")
    for note in case.notes:
        if note.unknown_codes:
            partial = True
            notices.append(f"Note {note.index + 1}: code(s) {', '.join(note.unknown_codes)} are not codes necessity "
                           "knows and were not checked.")
        if not note.text.strip():
            partial = True
            notices.append(f"Note {note.index + 1} is empty and was not checked; the other notes were.")
    live = [n for n in case.notes if n.text.strip()]
    uncoded = [n.index + 1 for n in live if n.index not in coded]
    if live and len(uncoded) == len(live):
        notices.append("No billing codes were given or found in the notes: the coding rules (time, add-ons, crisis, "
                       "family, interactive complexity, telehealth) were not applied. Pass --codes to check them.")
    elif uncoded:
        notices.append(f"Note(s) {', '.join(map(str, uncoded))} have no billing code: coding rules were not applied "
                       "to them.")
    return notices, partial
