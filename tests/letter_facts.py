"""Shared pieces of the letter and checklist tests: the scores a text yields and one checklist element's verdict."""

from __future__ import annotations

from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts


def scores(text):
    """(instrument, score, date) of every score read from one note."""
    return [(m.instrument, m.score, m.date) for m in extract_facts([text]).measures]


def status(text, element, letter_type="continued_stay", level="outpatient"):
    """The checklist item for `element` on one note."""
    items = {i.element: i for i in check_notes(extract_facts([text]), letter_type, level)}
    return items[element]
