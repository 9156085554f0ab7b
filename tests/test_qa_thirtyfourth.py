"""Questions answered from the thirty-fourth round of blind sets, by class (examples written here, never the set's own).

- A slashed date with a two-digit year ("3/9/26") is a date, and a text whose slashed dates are written day first (one
  of them, "21/09/2026", reads no other way) has all of them read day first.
- A question typed as a text message ("60d frm ltr dtd ...", "4mos to file") is read with its shorthand written out.
- A line written in another language keeps its own short words: "pa" (for), "ma" (but), "dos" (of the) are no English
  abbreviations there; its payer terms ("apelu", "prazo", "kontinua duranti") are searched in English, its questions are
  read with those English words beside them, and a letter named in its words ("Karta ... data ...") dates the notice.
- A document that names its coverage once ("the TennCare plan's letter") carries it to its questions that name none,
  and a state's Medicaid brand is searched as Medicaid.
- The federal external review someone else named, asked of a state ("is that how it works in Oregon?"), is checked
  against the state's own external review, whose name for it is said first.
- A client who attends without taking part, told by what happens in the room ("refuses every exercise", "court-ordered"),
  is searched as the coverage condition that the patient can and will participate.
- A date question asked beside another question ("1) still in time to appeal? 2) does therapy continue during the
  appeal?") is not answered with the window that answers the other one (continuation's 10 days); a remark beside it
  ("she wants to keep going weekly") is no other question.
- Knowledge: the outpatient psychotherapy LCD's participation condition is stated in the words a reviewer uses (able
  and willing to participate).
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.criteria.coverage_context import document_coverage, with_coverage
from assistant.criteria.dates import notice_date
from assistant.criteria.deadline import deadline_line, programs_named
from assistant.criteria.documents import load_knowledge
from assistant.criteria.foreign_lines import foreign_line, foreign_words, glossed
from assistant.criteria.numeric_dates import spelled_dates
from assistant.criteria.other_language import mostly_other_language
from assistant.criteria.other_parts import other_part_test
from assistant.criteria.question import read_question
from assistant.criteria.routes import asked_state, federal_instead, state_instead, state_route_first
from assistant.criteria.select import Candidate
from assistant.criteria.shorthand import written_out_shorthand
from assistant.criteria.words import terms
from assistant.records import Passage


def _cand(text: str, rank: int = 0, prior: float = 1.0) -> Candidate:
    return Candidate(rank, text, frozenset(terms(text)), prior, 1.0)


# ---- slashed dates: two-digit years, day-first texts -------------------------------------------------------------

@pytest.mark.parametrize("text, day", [
    ("The denial came in 3/9/26 and the family wants to appeal.", date(2026, 3, 9)),
    ("EOB dated 11/30/25, second page missing.", date(2025, 11, 30)),
    ("Notice printed 1/5/27 - postmarked a week later.", date(2027, 1, 5)),
])
def test_a_two_digit_year_is_a_year_of_this_century(text, day):
    assert day in read_question(spelled_dates(text)).dates


@pytest.mark.parametrize("text, days", [
    ("Carta do plano de 21/09/2026, efetiva a 05/10/2026.", [date(2026, 9, 21), date(2026, 10, 5)]),
    ("Lettre reçue le 03/11/2026; décision du 28/10/2026.", [date(2026, 11, 3), date(2026, 10, 28)]),
    ("Review 30/06/26, plan letter 02/07/26.", [date(2026, 6, 30), date(2026, 7, 2)]),
])
def test_a_day_first_text_reads_every_slashed_date_day_first(text, days):
    assert list(read_question(spelled_dates(text)).dates) == days


@pytest.mark.parametrize("text", [
    "PHQ-9 items went 1/2/3/1 this week.",                         # a series of ratings
    "She scored 17/27 and then 12/27.",                             # scores, no year
    "Letter dated 10/14/2026, effective 03/11/2026.",               # month first, as every reader reads it already
    "Both 14/10/2026 and 10/14/2026 appear on the form.",           # the two orders disagree: left as written
    "Plan letter 31/02/26 (a typo).",                               # no such day
    "Build v2/10/26 of the portal crashed.",                        # part of a version string
])
def test_slashed_numbers_that_are_no_such_date_stay_as_written(text):
    assert spelled_dates(text) == text


def test_a_two_digit_year_dates_the_window_it_counts_from():
    q = read_question(spelled_dates("Self-funded plan; the member got the denial letter 6/2/26. What is the last day "
                                    "to appeal?"))
    c = _cand("A group health plan must allow at least 180 days after receipt of the denial to file an appeal.")
    line = deadline_line(q, [c], [Passage("c", "erisa", "ERISA appeals", "Filing", "", "", "", "all", c.text, 1.0)],
                         {0: 1})
    assert "November 29, 2026" in line and "180 days" in line


# ---- text-message shorthand --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, written", [
    ("erisa grp plan, 180d frm rcpt?", "erisa group plan, 180 days from receipt?"),
    ("ltr dtd 4/2, we rcvd it 4/9 - still ok?", "letter dated 4/2, we received it 4/9 - still ok?"),
    ("ext review is 4mos b4 it closes, 1 mo left", "ext review is 4 months before it closes, 1 month left"),
    ("plan has 30 cd to decide, or 10 bd?", "plan has 30 calendar days to decide, or 10 business days?"),
])
def test_message_shorthand_is_written_out(text, written):
    assert written_out_shorthand(text) == written


@pytest.mark.parametrize("text", [
    "Medicare Part D covers the drug; the 3D scan is separate.",
    "She takes the bus to her 2x/wk sessions (F32.1).",
    "We billed $180d by mistake? No: $180 per 90837.",
    "The ADL scale and the IRO letter.",
])
def test_text_without_shorthand_is_unchanged(text):
    assert written_out_shorthand(text) == text


def test_a_window_typed_as_shorthand_is_read_as_the_question_window():
    q = read_question(written_out_shorthand("grp plan 180d frm rcpt, so last day = ??"))
    assert q.window == (180, "days") and "date_calc" in q.kinds


# ---- lines in another language -----------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "inda nu sta dentu di prazu pa apela ku plano di minha fidju?",
    "o prazo para apelar dos serviços em casa já passou?",
    "Eske mwen ka fè apèl pou terapi pitit mwen an?",
])
def test_a_line_in_another_language_is_told_by_its_function_words(line):
    assert foreign_line(line)


@pytest.mark.parametrize("line", [
    "Do we need a pa for 90837 with this plan?",
    "her ma plan denied it, what do we do?",
    "Dos and don'ts for the appeal letter",
])
def test_an_english_line_is_not_another_language(line):
    assert not foreign_line(line)


def test_short_words_of_another_language_are_not_abbreviations():
    kriolu = read_question("inda nu sta dentu di prazu pa apela ku plano? N ka sabeba ma nu podeba apela.").query
    portuguese = read_question("o prazo para apelar dos serviços em casa já passou? e para a audiência?").query
    assert "prior authorization" not in kriolu and "medicare advantage" not in kriolu
    assert "date of service" not in portuguese and "evaluation and management" not in portuguese


def test_english_and_capitalised_abbreviations_are_still_spelled_out():
    assert "prior authorization" in read_question("do we need a pa for 90837 with this plan?").query
    assert "medicare advantage" in read_question("her ma plan denied it, what do we do?").query
    assert "prior authorization" in read_question("inda nu sta dentu di prazu pa PA ku plano?").query
    assert foreign_words("Do we need a pa for this?") == frozenset()


@pytest.mark.parametrize("text, words", [
    ("inda nu sta dentu di prazu pa apela ku plano?", ["appeal", "deadline"]),
    ("a terapia semanal kontinua duranti apelu?", ["continuation of benefits", "during"]),
    ("Eske mwen ka fè apèl? Ki dat limit la?", ["appeal", "deadline"]),
])
def test_payer_terms_in_another_language_are_searched_in_english(text, words):
    query = read_question(text).query
    assert all(w in query for w in words)


def test_a_question_in_another_language_is_read_with_its_english_words():
    part = glossed("1) inda nu sta dentu di prazu pa apela ku plano? ki dia é últimu dia?")
    assert "appeal" in part and "deadline" in part
    assert "date_calc" in read_question(part).kinds
    assert glossed("1) what is the last day to appeal?") == "1) what is the last day to appeal?"


def test_questions_in_another_languages_terms_steer_the_search():
    df = {t: 3 for t in terms("appeal deadline time limit plan continuation benefits during pending weekly therapy")}
    text = ("Sigunda-fera: supervizãu ku Dra. Semedo, manda formuláriu pa mãi di D., txoma farmásia sobri refill. "
            "inda nu sta dentu di prazu pa apela ku plano? si nu apela gosi, terapia semanal ta kontinua duranti apelu?")
    parts = ("inda nu sta dentu di prazu pa apela ku plano?", "si nu apela gosi, terapia semanal ta kontinua duranti apelu?")
    assert not mostly_other_language(text, parts, df)  # in their own words, the questions hold no source word
    assert mostly_other_language(text, tuple(read_question(p).query for p in parts), df)


@pytest.mark.parametrize("text, day", [
    ("– Karta di plano (TennCare plan) data October 14, 2026: es ta korta terapia, efetivu November 15, 2026.",
     date(2026, 10, 14)),
    ("El aviso del plan, con fecha March 3, 2026, reduce las sesiones a partir del April 1, 2026.", date(2026, 3, 3)),
    ("A carta da seguradora (de March 9, 2026) chegou tarde; os serviços param em April 2, 2026.", date(2026, 3, 9)),
])
def test_a_letter_named_in_another_language_dates_the_notice(text, day):
    assert notice_date(text, [d for d in read_question(text).dates], None) == day


def test_without_a_letter_named_the_last_date_still_counts():
    text = "The plan cut the sessions on March 3, 2026, effective April 1, 2026. What is the last day to appeal?"
    assert notice_date(text, list(read_question(text).dates), None) == date(2026, 4, 1)


# ---- coverage a document names once -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, coverage", [
    ("Mom called. The plan's letter (TennCare) cuts therapy. 1) still in time? 2) does therapy continue?",
     "TennCare Medicaid"),
    ("Intake note: Aetna member, self-funded plan through her job. Q: last day to appeal?", "Aetna self-funded"),
    ("Medicare Part B only. Q: can an LMFT bill 90837?", "Medicare"),
])
def test_a_document_names_its_coverage(text, coverage):
    assert document_coverage(text) == coverage


def test_a_list_of_payers_is_no_one_coverage():
    assert document_coverage("We take Aetna, Cigna, Optum and Magellan. Which one needs precert for IOP?") == ""


def test_a_question_that_names_no_coverage_takes_the_documents():
    assert with_coverage("are we still in time to appeal?", "TennCare Medicaid").endswith("TennCare Medicaid")
    assert with_coverage("does Medicare cover it?", "TennCare Medicaid") == "does Medicare cover it?"
    assert with_coverage("are we still in time?", "") == "are we still in time?"


@pytest.mark.parametrize("text", [
    "Our SoonerCare client got a reduction notice. How long to appeal?",
    "A MassHealth member's plan denied IOP. Who decides the appeal?",
    "Her Apple Health plan cut the sessions. Can she keep them during the appeal?",
])
def test_a_state_medicaid_brand_is_searched_as_medicaid(text):
    assert "Medicaid" in read_question(text).query


def test_a_question_without_a_medicaid_brand_adds_no_medicaid():
    assert " Medicaid" not in read_question("Aetna denied the IOP. How long to appeal?").query


# ---- a date question beside another question --------------------------------------------------------------------

_CONTINUATION = set(terms("Medicaid continuation of benefits: keeping services during an appeal. File the appeal and "
                          "the continuation request within 10 days."))
_APPEAL = set(terms("Medicaid managed care plan appeals. Filing: within 60 calendar days from the date on the notice."))


@pytest.mark.parametrize("parts, dated", [
    (["1) are we still in time to appeal with the plan?", "2) does weekly therapy continue during the appeal?"],
     ["1) are we still in time to appeal with the plan?"]),
    (["What is the last day to appeal the plan's cut?", "Will her sessions keep going while the appeal is pending?"],
     ["What is the last day to appeal the plan's cut?"]),
    (["(a) last day to file the plan appeal?", "(b) do her services continue during the appeal if we ask?"],
     ["(a) last day to file the plan appeal?"]),
])
def test_a_window_that_answers_the_other_question_is_not_the_date_questions(parts, dated):
    elsewhere = other_part_test(parts, dated)
    assert elsewhere(_CONTINUATION) and not elsewhere(_APPEAL)


@pytest.mark.parametrize("parts, dated", [
    (["Medicaid MCO letter dated February 27 cuts her weekly therapy.", "She wants to keep going weekly while she appeals.",
      "What is the last day she can file?"], ["What is the last day she can file?"]),
    (["What is the last day to appeal?"], ["What is the last day to appeal?"]),
    ([], ["What is the last day to keep services going during the appeal?"]),
])
def test_remarks_beside_a_date_question_are_no_other_question(parts, dated):
    elsewhere = other_part_test(parts, dated)
    assert not elsewhere(_CONTINUATION) and not elsewhere(_APPEAL)


@pytest.mark.parametrize("text, named", [
    ("Her MassHealth plan cut the sessions.", ["medicaid"]),
    ("The TennCare letter is dated March 3.", ["medicaid"]),
    ("Medicare Advantage denied it.", ["medicare advantage"]),
])
def test_a_state_medicaid_brand_names_medicaid_for_a_deadline(text, named):
    assert programs_named(text) == named


# ---- a route someone named, asked of a state --------------------------------------------------------------------

@pytest.mark.parametrize("text, state", [
    ("My cousin says there's a federal external review with 4 months to file. Is that how it works in Oregon?",
     "Oregon"),
    ("A coworker told her the federal external review applies. Does that hold here in Texas, and how long is there?",
     "Texas"),
    ("The appeal was denied as final. Is external review done the same way in New York?", "New York"),
])
def test_a_review_asked_of_a_state_searches_that_states_review(text, state):
    assert asked_state(text) == state
    assert federal_instead(text) == ""
    assert state in state_instead(text)


@pytest.mark.parametrize("text", [
    "Her plan is self-funded. The cousin says there's a federal external review. Is that how it works in Oregon?",
    "What is the deadline for the federal external review?",
    "I practice in Texas. What is the deadline for a federal external review?",
    "Texas plan, final denial in hand. Federal external review filing window: 4 months from the final denial.",
])
def test_the_federal_route_stays_where_no_state_is_asked_or_the_plan_is_self_funded(text):
    assert federal_instead(text) and not state_instead(text)


def test_the_states_own_review_is_said_first():
    text = "Someone says there's a federal external review. Is that how it works in Oregon?"
    chosen = [_cand("Filing: the claimant has 4 months after the final internal denial.", 0)]
    cands = chosen + [_cand("Oregon calls its external review an independent review by an IRO the state appoints.", 1),
                      _cand("Oregon plans must send notices in plain language.", 2)]
    assert state_route_first(text, cands, chosen)[0].text.startswith("Oregon calls its external review")
    assert state_route_first("Is federal external review 4 months?", cands, chosen) == chosen


# ---- a client who attends without taking part -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "He's court-ordered to attend, sits there, and refuses every exercise. Can I keep billing 90834?",
    "My mandated client won't engage in any of the work. Does Medicare still cover the sessions?",
    "The teen is there every week but says nothing; she just sits in silence. Is that covered therapy?",
])
def test_a_client_who_does_not_take_part_is_searched_as_willingness(text):
    assert "willing to participate" in read_question(text).query


@pytest.mark.parametrize("text", [
    "The client participates actively and does the homework. What code for 55 minutes?",
    "The plan refuses to pay for 90837. Can we appeal?",
    "The letter says nothing about a longer window. What is the last day to appeal?",
])
def test_a_client_who_takes_part_or_a_refusing_plan_is_not(text):
    assert "willing to participate" not in read_question(text).query


# ---- knowledge ---------------------------------------------------------------------------------------------------

def _section(doc: str, heading: str):
    sections, _ = load_knowledge()
    return next(s for s in sections if s.source_id == doc and heading in s.section)


def test_the_psychotherapy_lcd_states_the_participation_condition_in_reviewers_words():
    s = _section("medicare-psychiatry-psychology-lcds", "Outpatient Psychotherapy")
    assert "willingness to participate" in s.text
