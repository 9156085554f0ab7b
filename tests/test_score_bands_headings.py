"""An instrument named by an English word ("AUDIT") inside a line of capitals is a heading's word, not the measure:
the band line a question's answer leads with is built only from a named instrument with its scores."""
import pytest

from assistant.letters.score_bands import band_line

HEADINGS = [
    "INTERNAL AUDIT FINDINGS - March\nQ: the client's PHQ-9 went from 19 to 8; what severity band is that now?",
    "CHART AUDIT LOG 2026\nWe billed 90837 x 6 (sessions 53-58 min). Which band does a score of 12 fall in?",
    "AUDIT TRAIL EXPORT\nRow 14: note unlocked and relocked. Is the 30 minute range the cut-off for 90832?",
]


@pytest.mark.parametrize("question", HEADINGS)
def test_a_capital_heading_word_is_no_instrument(question):
    assert "AUDIT" not in band_line(question)


SCORED = [
    ("AUDIT SCORE: 18 at intake, AUDIT 7 now. What band is he in now?", "AUDIT 7"),
    ("Her AUDIT was 16 in June and 9 today; what risk band?", "AUDIT 9"),
    ("ALCOHOL SCREEN: AUDIT (21) on 2/3, AUDIT (12) on 5/4 - what band now?", "AUDIT 12"),
]


@pytest.mark.parametrize("question, expected", SCORED)
def test_the_instrument_with_its_score_still_reads(question, expected):
    assert expected in band_line(question)
