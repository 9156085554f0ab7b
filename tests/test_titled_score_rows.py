"""Score rows under an instrument's own heading ("SCAS-P (parent)" then "total ..... 8/26: 51   11/18: 34") are read
as that instrument's scores, dated, part by part; a date may stand between a part and its score (examples written
here)."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


@pytest.mark.parametrize("text, expected", [
    ("SCAS-P (parent report)\n  total ........ <DATE_1>: 48     <DATE_2>: 30\n  separation ... <DATE_1>: 11     <DATE_2>: 6\n",
     {("SCAS", 48), ("SCAS", 30), ("SCAS separation", 11), ("SCAS separation", 6)}),
    ("RCADS-P\n  Total Anxiety: 03/02: 61, 05/11: 44\n  MDD: 03/02: 14, 05/11: 9\n\nPlan: weekly CBT.",
     {("RCADS Total Anxiety", 61), ("RCADS Total Anxiety", 44), ("RCADS MDD", 14), ("RCADS MDD", 9)}),
    ("SCAS-P (<PERSON_4>, parent report)\n   total ..... <DATE_3>: 51     <DATE_4>: 34\n   GAD subscale ..... <DATE_3>: 12     <DATE_4>: 8\n",
     {("SCAS", 51), ("SCAS", 34), ("SCAS GAD", 12), ("SCAS GAD", 8)}),
    ("ITQ (self-report)\n   PTSD ..... 01/10: 18   02/20: 12\n   DSO ...... 01/10: 15   02/20: 11\n",
     {("ITQ PTSD", 18), ("ITQ PTSD", 12), ("ITQ DSO", 15), ("ITQ DSO", 11)}),
])
def test_rows_under_an_instrument_heading_are_its_scores(text, expected):
    got = {(m.instrument, m.score) for m in extract_facts([text]).measures}
    assert expected <= got, got


def test_rows_stop_at_the_next_line_that_is_not_a_score_row():
    text = "GAD-7\n  total: 03/02: 14\nMood: 4 of 10 today, slept 5 hours."
    got = {(m.instrument, m.score) for m in extract_facts([text]).measures}
    assert ("GAD-7", 14) in got and not any(s in (4, 5) for _, s in got)


@pytest.mark.parametrize("text, part, values", [
    ("SCAS-P GAD subscale: <DATE_5>: 12     <DATE_6>: 8", "SCAS GAD", (12, 8)),
    ("ECBI (mother): Intensity <DATE_1>: 150, Problem <DATE_1>: 20", "ECBI Intensity", (150,)),
    ("SCAS-P separation 03/02: 10, 05/04: 7", "SCAS separation", (10, 7)),
])
def test_a_date_between_a_part_and_its_score(text, part, values):
    got = [m.score for m in extract_facts([text]).measures if m.instrument == part]
    assert all(v in got for v in values), got


@pytest.mark.parametrize("text, instrument, scores", [
    ("Allen Cognitive Level Screen-5 (ACLS-5, large leather lacing):\n   <DATE_1>: 3.8  (running stitch)\n   <DATE_2>: 4.4  (whipstitch)",
     "ACLS-5", [3.8, 4.4]),
    ("Edinburgh Postnatal Depression Scale (EPDS)\n  <DATE_1>: 17\n  <DATE_2>: 12\n", "EPDS", [17, 12]),
    ("PHQ-9 (self-report)\n  09/02: 19\n  10/07: 14\n", "PHQ-9", [19, 14]),
])
def test_dated_rows_under_an_instrument_heading(text, instrument, scores):
    assert [m.score for m in extract_facts([text]).measures if m.instrument == instrument] == scores


@pytest.mark.parametrize("text, instrument, scores", [
    ("PEth 212 ng/mL on <DATE_1> (KP lab); 46 ng/mL on <DATE_2>.", "PEth", [212, 46]),
    ("FAD General Functioning (mom): 2.6 at intake <DATE_1>; 2.1 tonight.", "FAD General functioning", [2.6, 2.1]),
    ("QuickSIN: SNR loss 11.5 dB (moderate); HHIE-S: 30 / 40.", "QuickSIN SNR loss", [11.5]),
])
def test_a_later_value_after_a_unit_or_a_dated_intake(text, instrument, scores):
    assert [m.score for m in extract_facts([text]).measures if m.instrument == instrument] == scores
