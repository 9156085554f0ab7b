"""Classes of PHI leaks from the twenty-second blind set (examples written here): a practice in capitals named for its
doctors whose name also holds a document word ("... EVALUATION SURGEONS"), a month-day opening a log row before its
time column; and what must stay: a questionnaire's vowel-less acronym ending in Q, a document title in capitals."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("LENA M. ORTIZ, MD / HALSTEAD REPORT PHYSICIANS   ph (555) 555-0101  fx (555) 555-0102",
     "HALSTEAD REPORT PHYSICIANS"),
    ("Attending: ORRIN VALE, DO -- COPPERLINE EVALUATION SURGEONS, suite 4", "COPPERLINE EVALUATION SURGEONS"),
    ("Letterhead: BRISTLECONE REVIEW PARTNERS   tel 555-0199", "BRISTLECONE REVIEW PARTNERS"),
])
def test_a_capitals_practice_holding_a_document_word_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("UTILIZATION REVIEW DETERMINATION\nMember was seen for intake.", "UTILIZATION REVIEW DETERMINATION"),
    ("PSYCHIATRIC EVALUATION REPORT\nChief complaint: low mood.", "PSYCHIATRIC EVALUATION REPORT"),
])
def test_a_document_title_in_capitals_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("DATE    TIME    ROOM\n10-14     9:50    Rm 12 math    left the room\n", "10-14"),
    ("Day     Time    Event\n3-02      13:05   nurse office   headache, sent home\n", "3-02"),
    ("When    At      Where\n12-9      8:15    bus loop       argued with driver\n", "12-9"),
])
def test_a_month_day_opening_a_log_row_is_a_date(detector, text, value):
    assert covered(detector, text, value)


def test_a_range_before_a_time_inside_a_sentence_stays(detector):
    text = "She sleeps 6-8 hours and wakes at 5:30 most days."
    assert untouched(detector, text, "6-8")


@pytest.mark.parametrize("text, value", [
    ("Screened positive on the intake SCDQ and asked about surgery.", "SCDQ"),
    ("Her PBSQ at two weeks postpartum was elevated.", "PBSQ"),
    ("Completed the DFRQ with both parents present.", "DFRQ"),
])
def test_a_questionnaires_vowel_less_acronym_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Client: TARIQ HADDAD, seen for intake on Tuesday.", "TARIQ HADDAD"),
    ("Client: Nadia K. Quell\nInitials: NKQ", "NKQ"),
])
def test_a_name_or_initials_ending_in_q_is_redacted(detector, text, value):
    assert covered(detector, text, value)
