"""Shared pieces of the audit rule tests: a signature line, a clean note, and which rules fire on notes."""

from __future__ import annotations

from assistant.audit.check import audit_case

SIGN = "\nSigned: Casey Morgan, LCSW"
GOOD = ("Date of service: 02/03/2025\nDx: F41.1 generalized anxiety disorder.\n"
        "Used cognitive restructuring; client reports fewer worry spells.\n"
        "Treatment plan dated 01/06/2025: goal GAD-7 below 8 by 06/01/2025.\n")


def rules_for(notes, payer="Aetna", codes=()):
    report = audit_case(notes if isinstance(notes, list) else [notes], payer, list(codes))
    return {(f.rule, f.note_index) for f in report.findings}


def fires(rule, notes, payer="Aetna", codes=(), index=0):
    return (rule, index) in rules_for(notes, payer, codes)


def rules(*notes: str, payer: str = "Aetna", codes=()) -> list[tuple[str, int]]:
    """(rule, note index) of every finding on these notes, in the audit's order."""
    return [(f.rule, f.note_index) for f in audit_case(list(notes), payer, list(codes)).findings]


def names(*notes: str, **kw) -> set[str]:
    """The rules that fire anywhere on these notes."""
    return {r for r, _ in rules(*notes, **kw)}
