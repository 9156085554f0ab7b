"""Questions answered from the twenty-seventh round of blind sets, by class (examples written here, never the set's own).

- A limit already spent told as a total of earlier stays ("= 104 days total") when the question asks what is left.
- A score the question asks about ("can a CALOCUS total even be 44?") set against the scale's range in the source.
- An amount in dispute set against a minimum a source gives year by year: the last day to file and still meet it.
- A total crisis time on one date coded from the units table (90839 plus N units of +90840).
- A web page's own time stamps ("reviewed 1 hour ago") are no time the asker has waited.
- A template's "Re: Member {{name}}" line is a quoted form's field, not the message's subject.
- A service refused or capped because of the diagnosis is searched as the Medicaid sufficiency rule (42 CFR 440.230).
- Billing for a hospice patient is a topic no source states; a state Medicaid program's own threshold or form too.
- A chat mostly in another language is answered from its questions in the sources' words; a part asking for the
  elements a reviewer checks gets that checklist's items.
- Several claims someone told the asker, in one sentence, are each checked in turn.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.criteria.ask import _ASKS_ELEMENTS, _searchable, extractive_answer
from assistant.criteria.asked import document_parts
from assistant.criteria.elapsed import elapsed_in
from assistant.criteria.payer_topics import absent_topic
from assistant.criteria.question import read_question
from assistant.criteria.ranges import range_line
from assistant.criteria.remaining import remaining_line
from assistant.criteria.reported import reported_claims
from assistant.criteria.scale_range import asked_figure, scale_line
from assistant.criteria.select import Candidate
from assistant.criteria.uncovered import state_programs
from assistant.criteria.words import terms
from assistant.criteria.year_thresholds import year_threshold_line
from assistant.records import Passage

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"


def _cand(text: str, rank: int = 0) -> Candidate:
    return Candidate(rank, text, frozenset(terms(text)), 1.0, 1.0)


@dataclass
class _Section:
    text: str


_SOURCES = [_Section("Medicare covers outpatient psychotherapy when it is reasonable and necessary."),
            _Section("An ABN with modifier GA shifts liability for a service Medicare is expected to deny.")]


# ---- a used count told as a total ---------------------------------------------------------------------------------

_LIMIT = _cand("Part A pays for at most 190 days over a lifetime of care in a freestanding psychiatric hospital.")


@pytest.mark.parametrize("question, left", [
    ("Her stays were 2015 (30 days) and 2019 (55 days) = 85 days total. How many more days can Medicare cover?", "105 days"),
    ("He has a total of 120 days in psychiatric hospitals so far. How many days are left for him?", "70 days"),
    ("Three admissions, 150 days in all. Is there anything remaining of the lifetime limit?", "40 days"),
])
def test_a_total_of_earlier_stays_counts_as_used_when_the_question_asks_what_is_left(question, left):
    line = remaining_line(read_question(question), [_LIMIT], {0: 1})
    assert f"leaves {left}" in line


@pytest.mark.parametrize("question", [
    "Her stays were 30 and 55 days, 85 days total. Does the 190-day limit apply to a general hospital?",
    "A total of 120 days were billed last year. Which LCD covers inpatient care?",
    "The program ran 20 days in all. Who decides medical necessity?",
])
def test_a_total_is_no_used_count_when_nothing_left_is_asked(question):
    assert remaining_line(read_question(question), [_LIMIT], {0: 1}) == ""


# ---- a score checked against the scale's range ----------------------------------------------------------------------

_RANGE = _cand("Because Recovery Environment has two sub-scales, there are seven ratings, and the composite score "
               "ranges from 7 to 35.")


@pytest.mark.parametrize("question, word", [
    ("The denial says the LOCUS composite was 41. Can a composite even be 41?", "not a possible score"),
    ("Their letter lists a composite of 3 - is that even possible?", "below the minimum"),
    ("Is a LOCUS total of 29 valid?", "is within the range 7-35"),
])
def test_a_score_asked_about_is_set_against_the_range_the_source_gives(question, word):
    assert word in scale_line(question, [_RANGE], {0: 1})


@pytest.mark.parametrize("question", [
    "Can a client score 12 and still be in IOP?",
    "Is a PHQ-9 of 12 moderate?",
    "Can the plan take 30 days to decide the appeal?",
])
def test_a_question_that_asks_no_score_possibility_gets_no_range_line(question):
    assert asked_figure(question) is None
    assert scale_line(question, [_RANGE], {0: 1}) == ""


def test_a_scale_range_is_the_widest_one_its_sentences_give():
    bands = _cand("Severity bands: minimal 0-4, mild 5-9, moderate 10-14; the total score ranges 0-27.")
    assert "range 0-27" in scale_line("Can a PHQ-9 total even be 30?", [bands], {0: 1})


# ---- an amount in dispute against year-by-year minimums --------------------------------------------------------------

_THRESHOLDS = _cand("The figure is set by the filing date: ALJ hearing: $180 (2024), $190 (2025), $200 (2026); "
                    "Federal court: $1,840 (2024), $1,900 (2025), $1,960 (2026).")


@pytest.mark.parametrize("question, expected", [
    ("The amount in controversy is $195. Does it meet the ALJ threshold if we file in January?", "file by December 31, 2025"),
    ("Our claims total $185.50; is that enough for an ALJ hearing, and does the year matter?", "file by December 31, 2024"),
    ("Amount in dispute: $1,920. Which year's federal court minimum applies?", "file by December 31, 2025"),
])
def test_an_amount_meeting_one_years_minimum_and_not_the_next_gives_the_last_day_to_file(question, expected):
    assert expected in year_threshold_line(question, [_THRESHOLDS], {0: 1})


@pytest.mark.parametrize("question", [
    "We billed $145 for each session. How long do we have to ask for an ALJ hearing?",
    "What is the ALJ threshold for 2026?",
    "The copay was $40 and $60 on two dates. Is the threshold the same every year?",
])
def test_no_filing_year_line_without_one_amount_in_dispute(question):
    assert "file by" not in year_threshold_line(question, [_THRESHOLDS], {0: 1})


def test_an_amount_above_every_years_minimum_says_so():
    line = year_threshold_line("Amount in controversy $450: enough for the ALJ?", [_THRESHOLDS], {0: 1})
    assert "meets the ALJ hearing minimum in every year" in line


# ---- crisis units by total time ---------------------------------------------------------------------------------------

def _crisis_line(words: str) -> Candidate:
    text = (KNOWLEDGE / "cpt-crisis-psychotherapy-and-interactive-complexity.md").read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if words in ln)
    return _cand(line.lstrip("- ").replace("**", ""))


def _crisis_table() -> Candidate:
    return _crisis_line("105–134 minutes")


@pytest.mark.parametrize("question, units", [
    ("Crisis contacts of 70 and 40 min, 110 min total. Is it 90839 + 90840, or 90839 twice?", "two units"),
    ("The ED consult was a 140 min crisis session. How many 90840 units go with the 90839?", "three units"),
    ("A crisis that lasted 80 minutes in all: 90839 alone or 90839 + 90840?", "one unit"),
])
def test_a_days_crisis_time_is_coded_from_the_units_table(question, units):
    line = range_line(question, [_crisis_table()], {0: 1})
    assert f"90839 plus {units} of +90840" in line


def test_a_crisis_under_75_minutes_is_90839_alone():
    chosen = [_crisis_line("first hour of crisis"), _crisis_table()]
    line = range_line("Crisis visit, 50 minutes. Do we add 90840 to the 90839?", chosen, {0: 1})
    assert "90839 alone" in line


# ---- a page's own time stamps -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "mgallardo reviewed 1 hour ago · Changes requested. Is there a rule against this?",
    "Asked 2 days ago   Modified today. Can a plan do that?",
    "nkapoor commented 40 minutes ago: can someone confirm the rule?",
])
def test_a_page_time_stamp_is_no_time_waited(text):
    assert elapsed_in(text) is None


@pytest.mark.parametrize("text, waited", [
    ("We sent the appeal 3 weeks ago and nothing. Is the plan late?", (3, "week")),
    ("It's been 11 days since the expedited request. Is that too long?", (11, "day")),
    ("The reviewer got the records 20 days ago. Are they past the deadline?", (20, "day")),
])
def test_a_time_the_asker_waited_is_still_read(text, waited):
    assert elapsed_in(text) == waited


# ---- a template's Re: line -------------------------------------------------------------------------------------------

_FILLER = "The template goes out to every plan that sends a recoupment letter after a post-service review of our files. " * 3


@pytest.mark.parametrize("re_line", [
    "Re: Member {{member_name}}, ID {{member_id}}, Authorization {{auth_number}}",
    "RE: Patient <<PATIENT_NAME>>, claim <<CLAIM_NO>>",
    "Re: Client ________, date of service ________",
])
def test_a_templates_re_line_is_no_subject_of_the_questions(re_line):
    text = f"{re_line}\n{_FILLER}\nreviewer comment: Is there a state rule against rescinding an authorization after care?"
    parts = document_parts(text)
    assert parts and all(not p.startswith(re_line.split(":")[0] + ":") and "{{" not in p and "<<" not in p
                         and "____" not in p for p in parts)


def test_an_e_mails_subject_still_leads_its_questions():
    text = f"Subject: IOP recoupment in California\n{_FILLER}\nIs there a state rule against rescinding it after care?"
    assert any(p.startswith("IOP recoupment in California") for p in document_parts(text))


# ---- a service refused because of the diagnosis -------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "The Medicaid plan will only cover therapy for her depression, not the anxiety diagnosis. Is that allowed?",
    "Can the MCO limit him to 8 sessions based on his diagnosis of ADHD?",
    "They refused family therapy solely because the diagnosis is an adjustment disorder. What can I cite?",
])
def test_a_refusal_because_of_the_diagnosis_is_searched_as_the_sufficiency_rule(question):
    assert "440.230" in read_question(question).query


@pytest.mark.parametrize("question", [
    "We cut the session short because of the time. Which code do we bill?",
    "Is there a cap of 20 visits a year for outpatient therapy?",
    "Which ICD-10 code should be listed first on the claim?",
])
def test_no_sufficiency_search_without_a_diagnosis_based_refusal(question):
    assert "440.230" not in read_question(question).query


# ---- topics and programs the sources do not hold -----------------------------------------------------------------

@pytest.mark.parametrize("asked", [
    "Can I bill Part B for psychotherapy for a hospice patient whose depression is unrelated to the terminal illness?",
    "Does Medicare pay me directly or through the hospice for his weekly sessions?",
    "Which modifier goes on the claim when the client has elected hospice?",
])
def test_billing_for_a_hospice_patient_is_a_topic_the_sources_lack(asked):
    topic = absent_topic([asked], _SOURCES)
    assert topic and "hospice" in topic["name"]


@pytest.mark.parametrize("asked", [
    "My client left hospice work last year and now has anxiety; how often can I see her?",
    "How long do we have to appeal a Medicare denial?",
    "Can I bill 90837 for a 55-minute session?",
])
def test_a_question_not_about_billing_a_hospice_patient_is_no_hospice_topic(asked):
    topic = absent_topic([asked], _SOURCES)
    assert not topic or "hospice" not in topic["name"]


_KNOWN = {t: n for word, n in (("medicaid", 40), ("texas", 5), ("california", 9), ("prior", 30)) for t in terms(word)}


@pytest.mark.parametrize("question, program", [
    ("For Ohio Medicaid fee-for-service adults, after how many therapy visits a year is prior authorization needed?",
     "Ohio Medicaid"),
    ("Which form do we use to request more units from Minnesota Medical Assistance?", "Minnesota Medicaid"),
    ("Does Medicaid in Ohio require prior authorization for 90837?", "Ohio Medicaid"),
])
def test_a_state_medicaid_programs_own_rule_is_uncovered_for_a_state_the_sources_lack(question, program):
    assert program in state_programs(question, _KNOWN)


@pytest.mark.parametrize("question", [
    "Minnesota Medical Assistance plan: can a Medicaid managed care plan refuse therapy just because of the diagnosis?",
    "Texas Medicaid requires prior authorization after how many visits?",  # a state the sources are about
    "Our client in Ohio has Medicaid. How long does she have to ask for a state fair hearing?",
])
def test_no_state_program_gap_for_a_federal_rule_or_a_covered_state(question):
    assert state_programs(question, _KNOWN) == ()


# ---- a chat mostly in another language; a part asking for a checklist ------------------------------------------------

_DF = {t: 3 for t in terms("what does the medicare contractor look for in a psychotherapy note telehealth signature "
                           "start stop time session checklist intervention part send")}


@pytest.mark.parametrize("part", [
    "Ki sa ki dwe nan nòt la?",
    "Sa nan mwa janvye yo?",
    "¿Y eso cuándo llegó?",
])
def test_a_question_in_words_no_source_uses_is_not_searched(part):
    assert not _searchable(part, _DF)


@pytest.mark.parametrize("part", [
    "Kiyès ki ka di m what the contractor looks for in a psychotherapy note?",
    "the intervention part ok for telehealth?",
    "is a signature with initials enough on the note?",
    "ok to send?",  # short, but in the sources' words
])
def test_a_question_in_the_sources_words_is_searched(part):
    assert _searchable(part, _DF)


@pytest.mark.parametrize("part, asks", [
    ("what does Noridian look for in a progress note?", True),
    ("Is there a checklist for a 90837 audit?", True),
    ("What must be in the note for a telehealth session?", True),
    ("How long do we have to send the records?", False),
    ("Does the plan look at the PHQ-9?", False),
    ("What code do we bill for 40 minutes?", False),
])
def test_a_part_asking_for_the_elements_a_reviewer_checks(part, asks):
    assert bool(_ASKS_ELEMENTS.search(part)) is asks


def _passage(i: int, section: str, text: str) -> Passage:
    return Passage(chunk_id=f"c{i}", source_id=f"doc-{i}", title=f"Doc {i}", section=section, policy_id="P",
                   url="https://example.org", effective_date="2024-01-01", payer="all", text=text)


def test_a_part_asking_for_a_checklist_gets_the_checklists_items():
    passages = [_passage(0, "Telehealth modifiers", "Medicare uses POS 02 and POS 10 for telehealth sessions."),
                _passage(1, "Contractor psychotherapy note checklist",
                         "The contractor checklist for a psychotherapy note asks reviewers to confirm:\n"
                         "- a valid, legible signature;\n- session start and stop times or total time;\n"
                         "- the telehealth method, audio-video or audio-only;\n- the diagnosis and the plan.")]
    question = read_question("What does the contractor look for in a psychotherapy note? Also, is telehealth POS 10?")
    answer = extractive_answer(question, passages).text
    assert "start and stop times" in answer and "signature" in answer


# ---- several reported claims ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("The rep told me that the plan has 60 days to decide, that we cannot send new records, and that the peer-to-peer "
     "is only on request. Are they right?", 3),
    ("Our old biller said the add-on code is fine with crisis codes and that the 16-minute rule lets us round. "
     "Is any of that true?", 2),
    ('HR told her the reviewer "takes up to 90 days," that there is a filing fee, and that even if the IRO agrees '
     'the plan can refuse. Is any of this correct?', 3),
])
def test_several_claims_told_in_one_sentence_are_each_checked(text, n):
    assert len(reported_claims(text)) == n


@pytest.mark.parametrize("text", [
    "The plan said the appeal must be filed within 30 days. How long do we have?",
    "HR told her the fee is $25 and that the review takes 90 days.",  # nothing asks whether it holds
    "My supervisor says we should use 90834. Is she right?",  # one claim: the question's own search holds it
])
def test_no_claim_split_without_several_claims_to_check(text):
    assert reported_claims(text) == ()


@pytest.mark.parametrize("question, units", [
    ("Two crisis contacts today, 75 + 40 = 115 min total. Is it one 90839 or two?", "two units"),
    ("The crisis ran 85 min in all. Do we bill 90839 twice?", "one unit"),
    ("After the ED call the crisis total came to 150 min. What goes on the claim, 90839 + 90840?", "three units"),
])
def test_the_crisis_units_line_reads_any_sentence_of_a_cited_passage(question, units):
    text = (KNOWLEDGE / "cpt-crisis-psychotherapy-and-interactive-complexity.md").read_text(encoding="utf-8")
    section = text.split("## Crisis psychotherapy time rules: 90839 and +90840\n", 1)[1].split("\n## ", 1)[0]
    passages = [_passage(0, "Crisis psychotherapy time rules: 90839 and +90840", section.replace("**", "")),
                _passage(1, "Required elements of a crisis psychotherapy note",
                         "A 90839 note should show an urgent assessment and a disposition, and the total crisis time.")]
    assert f"90839 plus {units} of +90840" in extractive_answer(read_question(question), passages).text


# ---- a session told by its clock times ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, minutes", [
    ("The LPC saw him 2:05 pm to 3:45 pm for the crisis. We keyed 90839 and 90840 x2.", 100),
    ("Crisis contact 11:40-12:25, safety plan done. Is 90839 right?", 45),
    ("Session ran from 9:00 am until 9:50 am; 90834 or 90837?", 50),
])
def test_a_single_clock_span_gives_the_cases_minutes(text, minutes):
    from assistant.criteria.ranges import case_amount
    assert case_amount(text)[0] == minutes


@pytest.mark.parametrize("text", [
    "Contacts at 10:20-11:35 and again 2:10-2:45. What goes on the claim?",  # two spans: no one session's length
    "Reminder: appointment Thu at 3:30 PM. Reply C to confirm.",
    "11/03/2026, 09:12 - Eleni: good morning, question about 90834",
])
def test_no_clock_span_read_from_two_spans_or_a_lone_time(text):
    from assistant.criteria.ranges import case_amount
    assert case_amount(text) is None
