"""An earlier score written in brackets with its own denominator ("GAD-7 9/21 (intake 03/04: 16/21)", "... 17 of 20
(08/11: 14 of 20)") is the series' earlier point, dated (examples written here)."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


@pytest.mark.parametrize("text, now, before, when", [
    ("OBJECTIVE: Geriatric Depression Scale 11 of 15 (09/14: 13 of 15).", 11, 13, "09/14"),
    ("GAD-7: 9/21 today (intake 03/04: 16/21).", 9, 16, "03/04"),
    ("Cornell Scale for Depression in Dementia 12 of 38 (admission 10/02 = 19 of 38).", 12, 19, "10/02"),
    ("PHQ-9 8 out of 27 (06/30: 15 out of 27).", 8, 15, "06/30"),
])
def test_an_earlier_score_with_its_denominator_is_read(text, now, before, when):
    scores = [(m.score, m.date) for m in extract_facts([text]).measures]
    assert (now, None) in scores or any(s == now for s, _ in scores)
    assert (before, when) in scores, scores
