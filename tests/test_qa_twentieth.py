"""Payer questions, twentieth round: days written without a year, a notice's arrival the asker states, codes that
sit beside known codes without being slips of them, line-numbered transcripts whose testimony asks questions that are
not the asker's, whether a rule reaches a kind of plan, care under way when a member changes plans, and "effective"
followed by a date."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.criteria.asked import document_parts
from assistant.criteria.claims import check_line
from assistant.criteria.codes import unknown_codes
from assistant.criteria.dates import dated, find_dates, notice_date, receipt_start
from assistant.criteria.layout import plain_text
from assistant.criteria.question import read_question
from assistant.criteria.select import Candidate, fit
from assistant.criteria.words import terms

# ---- a day written without its year ------------------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("Printed 03/02/2027. The plan's letter dated 2/20 says the sessions stop on Friday 2/26.",
     [date(2027, 3, 2), date(2027, 2, 20), date(2027, 2, 26)]),
    ("Memo of 12/15/2025: approved since Nov 3 and through 1/9, renewal due Jan 30.",
     [date(2025, 12, 15), date(2025, 11, 3), date(2026, 1, 9), date(2026, 1, 30)]),
    ("Call on August 4, 2026 - she said the EOB was mailed 7/28 and reached them Monday 8/3.",
     [date(2026, 8, 4), date(2026, 7, 28), date(2026, 8, 3)]),
])
def test_a_day_without_a_year_takes_the_year_nearest_the_texts_full_date(text, expected):
    assert find_dates(text) == expected


@pytest.mark.parametrize("text", [
    "Seen 05/06/2026: PHQ-9 of 9/27, half the dose (1/2 tab), crisis line 24/7.",
    "Seen 05/06/2026: we may 5 times a week, the Marsh 3 unit, and a 3/4 time schedule.",
    "Seen 05/06/2026: GAD-7 score 12/21 and the ratio 2/3 of visits.",
])
def test_scores_fractions_and_ratios_are_no_dates(text):
    assert find_dates(text) == [date(2026, 5, 6)]


def test_a_day_without_a_year_needs_a_full_date_for_its_year():
    assert find_dates("the notice dated 4/12 arrived on Tuesday 4/15") == []


def test_the_notice_date_can_be_written_without_a_year():
    text = "Form filled 10/20/2026 09:15. The county's notice dated 10/9 ends the home visits."
    assert notice_date(text, find_dates(text), None) == date(2026, 10, 9)


# ---- counting from receipt --------------------------------------------------------------------------------------

_RULE = "Services continue when the hearing is asked for within 10 days of receiving the notice."
_DOC = ["Services continue when a hearing is requested within 10 days of receiving the notice; receipt is presumed "
        "5 days after the notice date unless shown otherwise."]


@pytest.mark.parametrize("text,expected", [
    ("The notice dated 3/2/2026 came in the mail on 3/4/2026.", date(2026, 3, 4)),
    ("Letter dated June 8, 2026; we got the letter June 10, 2026.", date(2026, 6, 10)),
    ("Notice dated 9/14/2026, it arrived Thursday 9/17/2026.", date(2026, 9, 17)),
])
def test_the_day_the_asker_says_the_notice_arrived_starts_the_count(text, expected):
    start = notice_date(text, find_dates(text), None)
    assert receipt_start(text, start, (10, "days"), _RULE, _DOC)[0] == expected


def test_a_summary_sentence_counts_from_receipt_when_its_document_says_so():
    start = date(2026, 1, 5)
    day, why = receipt_start("Notice dated 1/5/2026.", start, (10, "days"), "It must be filed within 10 days.", _DOC)
    assert day == date(2026, 1, 10) and "presumed" in why


def test_a_delivery_long_after_the_notice_is_the_askers_own_filing():
    text = "Denial dated 2/1/2026. Our appeal packet arrived at the plan on 5/20/2026."
    assert receipt_start(text, date(2026, 2, 1), (10, "days"), _RULE, _DOC)[0] == date(2026, 2, 6)


def test_a_window_not_counted_from_receipt_keeps_the_notice_date():
    rule = "File within 60 calendar days from the date on the notice."
    assert receipt_start("Dated 4/1/2026, came 4/3/2026.", date(2026, 4, 1), (60, "days"), rule, [rule]) == \
        (date(2026, 4, 1), "")


# ---- codes asked about, codes in their own right ------------------------------------------------------------------

_KNOWN = {"90832", "90834", "90837", "90846", "90847", "90849", "90853", "h0035"}


@pytest.mark.parametrize("question,codes", [
    ("We bill 90834 today. Could we bill 90845 for the analysis, and how long must it run?", ("CPT 90845",)),
    ("The group uses 90853 now. Is 90849, as a multiple-family group, paid by Medicare?", ()),
    ("She moved from 90837 visits to TMS. What does 90868 require before we bill it?", ("CPT 90868",)),
    ("The program bills H0035 today. Would H0036, billed per 15 minutes, need a separate auth?", ("HCPCS H0036",)),
])
def test_the_codes_its_questions_name_are_judged(question, codes):
    assert unknown_codes(question, _KNOWN) == codes


def test_a_slip_of_the_finger_is_still_read_as_the_known_code():
    assert unknown_codes("Can I bill 90838 for a 55-minute session?", {"90837"}) == ()


# ---- a line-numbered transcript ----------------------------------------------------------------------------------

_TRANSCRIPT = """                                                   Page 12
 1   Q.   And when the plan denied the residential stay,
 2        what did the letter tell you to do next?
 3   A.   To call them. That's all it said.
 4   Q.   Did you keep the letter?
 5   A.   I think my sister has it.
 6   Q.   Who did you speak with when you called
 7        the number on the letter?
 8   A.   Someone in member services.

[note from the associate]
before the hearing -- does the state external review law cover a self-funded plan run by a county school district?
the partner wants one paragraph, nothing more; also check the exhibit list for the second binder."""


def test_margin_line_numbers_are_dropped_and_wrapped_lines_joined():
    text = plain_text(_TRANSCRIPT)
    assert "Q.   And when the plan denied the residential stay, what did the letter tell you to do next?" in text
    assert "\n 2 " not in text


def test_numbers_that_do_not_count_lines_are_kept():
    text = "Totals\n 12  sessions\n 40  minutes\n 3   units\n 7   denials\n 90  days"
    assert plain_text(text) == text


def test_testimony_questions_are_not_the_askers():
    parts = document_parts(plain_text(_TRANSCRIPT))
    assert len(parts) == 1 and "self-funded plan run by a county school district" in parts[0]


# ---- whether a rule reaches a kind of plan ----------------------------------------------------------------------

_REACH = [
    "Is she right that the 180-day appeal rule governs a plan sponsored by a tribal government?",
    "Opposing counsel says the 72-hour rule applies to a county employee plan. Is that correct?",
    "Are they right that the 30-day parity requirement covers a retiree-only plan?",
]


@pytest.mark.parametrize("question", _REACH)
def test_a_rule_reaching_a_plan_is_no_figure_to_confirm(question):
    chosen = [Candidate(0, "The plan has 180 days, 72 hours or 30 days, as the case may be.", frozenset(), 1.0, 1.0)]
    assert check_line(read_question(question), chosen, {0: 1}) == ""


@pytest.mark.parametrize("question,scope", list(zip(_REACH, [
    "Plans of tribal governments are generally outside the rule.",
    "Plans that county and city governments offer their employees are not subject to it.",
    "A retiree-only plan is exempt from these requirements.",
])))
def test_the_sentence_on_what_the_rule_reaches_answers_it(question, scope):
    q = read_question(question)
    figure = "A claimant has at least 180 days, 72 hours for urgent care and 30 days for a pre-service appeal."
    assert fit(scope, q) > fit(figure, q)


def test_a_figure_question_still_prefers_the_figure():
    q = read_question("How many days does the plan have to decide a pre-service appeal?")
    assert fit("The plan decides within 30 days.", q) > fit("Church plans are outside ERISA.", q)


# ---- care under way when a member changes plans; "effective" with a date ----------------------------------------

@pytest.mark.parametrize("question", [
    "Does the new plan have to honor her ongoing course of IOP?",
    "He switched carriers in January mid-treatment; do we start the auth over?",
    "Are new members allowed to finish an existing authorization from the old plan?",
])
def test_care_under_way_at_a_plan_change_searches_the_transition_rule(question):
    assert set(terms("transition enrollees")) <= set(terms(read_question(question).query))


@pytest.mark.parametrize("question,year", [
    ("He moved to the new plan effective 1/1; does the old approval carry over?", False),
    ("Coverage is effective March 3 under the new card; is a new auth needed?", False),
    ("What is the effective date of the parity rule?", True),
])
def test_effective_followed_by_a_date_asks_no_year(question, year):
    assert ("year" in read_question(question).kinds) is year
