"""Questions answered from the twenty-sixth round of blind sets, by class (examples written here, never the set's own).

- Topics no source states: how long records must be kept, and how many people a therapy group may hold.
- A law named as the yardstick for another ("something like California's SB 855") is not the law asked about.
- A code written beside the name of a level of care the sources cover ("IOP (S9480)") does not make a question uncovered.
- "3 days/week" is a frequency and "a 34-year-old" an age: neither is a time limit.
- Dictation keeps spoken punctuation and says codes as words: both are written out before the question is read.
- Codes billed together that a source keeps apart ("It is not reported with 90839") are named together, with the rule.
- Two deadlines asked in one question each get their own window and their own last day.
- Keeping care going while a hearing is pending, in plain words, is searched as continuation of benefits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from assistant.criteria.ask import extractive_answer
from assistant.criteria.code_pairs import pair_line
from assistant.criteria.codes import unknown_codes
from assistant.criteria.dates import find_window
from assistant.criteria.dictation import is_dictation, written_out
from assistant.criteria.laws import named_laws
from assistant.criteria.payer_topics import absent_topic
from assistant.criteria.question import read_question
from assistant.criteria.select import Candidate
from assistant.criteria.two_deadlines import dated_parts
from assistant.criteria.words import terms
from assistant.records import Passage


@dataclass
class _Section:
    text: str


_SOURCES = [_Section("A plan must decide a standard prior-authorization request within 15 days."),
            _Section("Group psychotherapy (90853) is billed once per member per session; document the time."),
            _Section("The note must show start and stop times and the clinician's signature and credentials."),
            _Section("A Medicare redetermination must be requested within 120 days of receiving the notice.")]


# ---- topics the sources do not state -----------------------------------------------------------------------------

@pytest.mark.parametrize("asked", [
    "How many years do we need to hold on to discharged clients' charts before the shredder comes?",
    "what's the retention period for old ERA and EOB printouts from Medicaid?",
    "Can we finally destroy closed charts from 2013, or how long must a Medicare practice retain notes?",
    "Before we can toss the 2016 remittances, is there a federal rule?",
])
def test_how_long_records_are_kept_is_a_topic_the_sources_lack(asked):
    topic = absent_topic([asked], _SOURCES)
    assert topic and "record retention" in topic["name"]


@pytest.mark.parametrize("asked", [
    "How long do I have to send the records the auditor asked for?",
    "Should psychotherapy notes be kept apart from the progress notes?",
    "How long must we keep sending updated notes for the concurrent review?",
])
def test_sending_or_separating_records_is_no_retention_question(asked):
    assert absent_topic([asked], _SOURCES) is None


@pytest.mark.parametrize("asked", [
    "Is there a limit on the number of clients in a 90853 process group for Medicaid?",
    "How many members can attend one anger-management group before the plan stops paying?",
    "Our skills group has 16 people; is that too big a group for Aetna?",
    "What's the maximum group size Medicare allows for group therapy?",
])
def test_a_group_size_limit_is_a_topic_the_sources_lack(asked):
    topic = absent_topic([asked], _SOURCES)
    assert topic and "group size" in topic["name"]


@pytest.mark.parametrize("asked", [
    "How many group sessions a week are typical in an IOP?",
    "What is the minimum time for a group psychotherapy session?",
    "Can a family member attend the client's individual session?",
])
def test_group_sessions_counted_by_time_or_week_are_no_group_size_question(asked):
    assert absent_topic([asked], _SOURCES) is None


def test_a_source_that_states_a_retention_period_covers_it():
    sources = _SOURCES + [_Section("Providers must retain clinical records for at least 7 years after the last visit.")]
    assert absent_topic(["How long do we keep closed charts?"], sources) is None


# ---- a law named as the yardstick -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Did Oregon pass anything similar to SB 855 for commercial plans?",
    "Is there a Georgia statute modeled on California's SB 855?",
    "Our state has its own version of AB 1234, I think. Which law is it?",
])
def test_a_law_named_as_the_yardstick_is_not_searched_first(text):
    assert named_laws(text) == ()


@pytest.mark.parametrize("text,law", [
    ("What does SB 855 require for level-of-care criteria?", "SB 855"),
    ("Is HB 1013 modeled on California SB 855?", "HB 1013"),
    ("Which plans does 29 CFR 2560.503-1 reach?", "29 CFR 2560.503-1"),
])
def test_a_law_asked_about_is_still_found(text, law):
    assert named_laws(text)[0] == law


# ---- a code glossed by a service the sources cover ----------------------------------------------------------------

_KNOWN = {t: 5 for w in "intensive outpatient program partial hospitalization residential treatment IOP PHP 90834 90837"
          .split() for t in terms(w)}


@pytest.mark.parametrize("question", [
    "Request: intensive outpatient program (S9480), 9 hrs/week.\nThe plan never answered. How long may the claim sit?",
    "Claim line H0035 - partial hospitalization, 10 days. How soon must they decide on it?",
    "Auth for residential treatment (H0019) was cut short; can we appeal the claim?",
])
def test_a_code_beside_a_covered_service_name_is_no_unknown_code(question):
    assert unknown_codes(question, _KNOWN) == ()


@pytest.mark.parametrize("question,code", [
    ("Can we bill S9480 per diem on the claim?", "HCPCS S9480"),
    ("Our PHP bills H0035. Does the plan pay H0035 on weekends?", "HCPCS H0035"),
    ("Billing 99492 (collaborative care) each month: what is the rule for the claim?", "CPT 99492"),
])
def test_a_code_asked_about_on_its_own_stays_unknown(question, code):
    assert unknown_codes(question, _KNOWN) == (code,)


# ---- frequencies and ages are no time limits -------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["IOP runs 4 days/week for six weeks", "a 16-year-old client", "PHP 5 days per week"])
def test_a_frequency_or_an_age_is_no_window(text):
    assert find_window(text) is None


@pytest.mark.parametrize("text,window", [("within 30 days of the notice", (30, "days")),
                                         ("you have 4 months to ask", (4, "months")),
                                         ("a one-year plan review", (1, "years"))])
def test_a_time_limit_is_still_a_window(text, window):
    assert find_window(text) == window


# ---- dictation -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("spoken,written", [
    ("client seen for crisis comma mother present period bill nine oh eight three nine comma then what question mark",
     "90839"),
    ("new paragraph plan colon nine nine two one three plus nine oh eight three three period is that ok question mark",
     "99213"),
    ("intake done period code nine oh seven ninety one comma correct question mark period", "90791"),
])
def test_a_dictation_reads_with_its_marks_and_codes(spoken, written):
    text = written_out(spoken)
    assert written in text and "?" in text and "question mark" not in text


@pytest.mark.parametrize("text", [
    "The grace period ends in May. Which code, 90837 or 90834?",
    "The comma in the letter confused us; does the period of review start on receipt?",
    "Client said nine or ten sessions helped. What now?",
])
def test_typed_text_is_left_as_it_is(text):
    assert not is_dictation(text) and written_out(text) == text


# ---- codes a source keeps apart ------------------------------------------------------------------------------------

def _cands(*sentences: str) -> list[Candidate]:
    return [Candidate(0, s, frozenset(terms(s)), 1.0, 1.0) for s in sentences]


_PAIRS = _cands("+90785 may be added to 90834, 90837 and 90853.", "It is not reported with crisis psychotherapy 90839/+90840.",
                "+90840 is added for each additional 30 minutes beyond the first 74.",
                "Family psychotherapy 90847 cannot be billed with 90832 on the same day for the same client.")


@pytest.mark.parametrize("question,code,other", [
    ("Crisis visit, 80 minutes: 90839 and +90840, and can I add 90785 for the interpreter?", "90785", "90839"),
    ("Bill 90785 on top of 90839 since dad kept interrupting?", "90785", "90839"),
    ("Is 90847 plus a separate 90832 for the same kid that day OK?", "90847", "90832"),
])
def test_codes_a_source_keeps_apart_are_named_together(question, code, other):
    line, used = pair_line(question, _PAIRS)
    assert line.startswith(f"{code} is not reported with") and other in line and used


@pytest.mark.parametrize("question", [
    "Can I add 90785 to a 90834 when an interpreter is used?",   # the source allows it
    "Is 90839 right for a 50-minute crisis session?",            # one code
    "Can 90837 and 90834 go on the same claim?",                 # no source keeps them apart
])
def test_no_pair_line_where_no_source_keeps_the_codes_apart(question):
    assert pair_line(question, _PAIRS) == ("", [])


# ---- two deadlines in one question ---------------------------------------------------------------------------------

def _passage(rank: int, section: str, text: str) -> Passage:
    return Passage(chunk_id=f"c{rank}", source_id=f"doc{rank}", title="Medicaid hearings", section=section, policy_id="",
                   url="", effective_date="", payer="all", text=text)


_HEARINGS = [
    _passage(0, "Fee-for-service: keeping services during a hearing",
             "Services are continued when the beneficiary requests a hearing within 10 days of receiving the notice; "
             "receipt is presumed 5 days after the notice date."),
    _passage(1, "Fee-for-service: asking for a hearing",
             "The state must allow the beneficiary to request a hearing within 90 days from the date the notice is mailed."),
]


@pytest.mark.parametrize("question", [
    "Notice dated March 2, 2026.\n1. What is the last day to ask for a hearing and keep services going while we wait?\n"
    "2. What is the last day to ask for a hearing at all?",
    "The letter is dated March 2, 2026. (a) By what date must she request the hearing so the sessions continue during "
    "the hearing? (b) And what is the final date to request a hearing?",
    "Notice dated 03/02/2026, fee-for-service. Q1: last day to request the hearing and have services continued pending it? "
    "Q2: last day to request a hearing at all?",
])
def test_two_deadlines_asked_get_one_last_day_each(question):
    answer = extractive_answer(question, _HEARINGS)
    assert "March 17, 2026" in answer.text   # 10 days from the presumed receipt on March 7
    assert "May 31, 2026" in answer.text     # 90 days from the notice date


@pytest.mark.parametrize("question", [
    "The denial reached us on May 3, 2026. Is it too late to ask for the hearing, and what is the last day to file?",
    "Letter dated 4/9/2026 and we never filed. Did we miss it, and if not, what's the final date?",
    "Notice dated June 1, 2026, so last day = July 1 (right?) If that's wrong, which date goes on the calendar?",
])
def test_one_deadline_checked_and_asked_is_not_two_deadlines(question):
    q = read_question(question)
    assert dated_parts(q) == []


def test_one_deadline_asked_gets_no_part_lines():
    q = read_question("Notice dated March 2, 2026. What is the last day to ask for a hearing?")
    assert dated_parts(q) == []
    assert date(2026, 3, 2) in q.dates


# ---- keeping care going, in plain words ----------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "How do we keep her therapy sessions going while the hearing is pending?",
    "Can he keep getting services during the appeal?",
    "They will cut his sessions while we wait for the hearing. What do we do?",
])
def test_keeping_care_in_place_is_searched_as_continuation(question):
    assert "continuation of benefits" in read_question(question).query


@pytest.mark.parametrize("question", [
    "Can I keep seeing the client weekly after discharge?",
    "How do we stop the sessions when the goals are met?",
])
def test_other_keeping_or_stopping_is_not_continuation(question):
    assert "continuation of benefits" not in read_question(question).query
