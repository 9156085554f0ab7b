"""What a rule returns: a hit on one note, with the piece of the note that shows it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from assistant.audit.reading import CaseView, NoteView


@dataclass(frozen=True)
class Hit:
    """A rule that fired on one note: the quote from that note and, when useful, what was found."""

    rule: str
    note_index: int
    evidence: str   # a verbatim piece of the note
    detail: str = ""  # "90837 billed; 45 minutes documented"


RuleFn = Callable[[CaseView], Iterable[Hit]]


def per_note(check: Callable[[CaseView, NoteView], tuple[str, str] | None], rule: str) -> RuleFn:
    """A rule that looks at one note at a time: check -> (evidence, detail) or None."""
    def run(case: CaseView) -> Iterable[Hit]:
        for note in case.notes:
            if not note.text.strip():
                continue
            found = check(case, note)
            if found:
                yield Hit(rule, note.index, found[0] or note.first_line, found[1])
    run.__name__ = rule
    return run


def billing_quote(note: NoteView) -> str:
    """The note's own billing line, else its first line (codes given for the whole case)."""
    return note.billing.evidence or note.first_line
