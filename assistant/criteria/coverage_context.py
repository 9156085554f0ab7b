"""The coverage a long document names once, carried to its questions that name none: a journal's line "the plan's
letter (MassHealth ACO plan) dated ..." above "1) are we still in time to appeal? 2) does therapy continue during the
appeal?" makes both questions Medicaid questions, searched as such, not the employer-plan appeal every source on
appeal windows leans to."""

from __future__ import annotations

import re

from assistant.criteria.vocab import vocabulary


def document_coverage(text: str) -> str:
    """The programs, payers and kinds of coverage a text names ("MassHealth Medicaid", "Aetna ERISA"), a state's
    Medicaid brand with the word Medicaid; "" when it names none, or more than two (a comparison or a list of payers
    is no one coverage)."""
    vocab = vocabulary()
    names = [n + (" Medicaid" if n.lower() in vocab["medicaid_brands"] else "")
             for group in ("programs", "payers") for n, rx in vocab[group] if rx.search(text)]
    general = {m.group(0).lower(): m.group(0) for m in re.finditer(vocab["general_coverage"], text, re.I)}
    names += [g for g in general.values() if not any(g.lower() in n.lower() for n in names)]
    return " ".join(names) if 0 < len(names) <= 2 else ""


def with_coverage(part: str, coverage: str) -> str:
    """A question with the document's coverage after it, when the question names no coverage of its own."""
    if not coverage or document_coverage(part):
        return part
    return f"{part} {coverage}"
