"""Questions answered from the thirty-third round of blind sets, by class (examples written here, never the set's own).

- A person's initial ("Does R. still have ...?", "K.L.'s note") ends no question sentence.
- A price a part of the question only states ("$145 each") asks for no amount: the part that asks ("what's the dollar
  threshold") decides whether the answer must hold a dollar figure.
- A date written another language's way ("20 de novembre de 2026", "30.11.2026") is a date to count from, and a date or
  a time limit asked in another language's words ("дай конкретна дата", "berapa lama") is asked.
- Choices listed after a colon ("does it count: the letter date, the postmark, or when we got it?") are one question's,
  also when the question's head ends its line with the colon; an English sub-question that says what its "it" is does
  not take a message in another language above it as its context.
- A message mostly in another language whose questions are in the sources' words is searched by those questions.
- A date question's window is the one to do what it asks ("the last day she can start it"), counted from the date the
  question gives for the paper the window runs from ("of the date on the initial bill").
- A program named only as an add-on beside coverage the sources hold (a Medigap plan beside Original Medicare, an EAP
  beside Optum) is background, not the subject.
- "Who's right?" after the claims it settles is a question, leaning on the lines above it.
- Time blocks on one date for a code counted by the day's total ("crisis time does not need to be continuous") are added.
- A table of stays or activities set against a limit or a minimum: only the rows the rule counts are added.
- An instrument's ratings listed with a rating for a dimension rated through its parts: the composite of its own ratings.
- Listed cases set against a minimum break in care: each case's break, met or not.
- A form's section number ("5.2 Hours of service ...") is no quantity; "does that matter?" finds no line by "matter".
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.criteria.ask import _has_amount
from assistant.criteria.asked import _subquestions, document_parts
from assistant.criteria.breaks import break_line
from assistant.criteria.counted_rows import counted_line
from assistant.criteria.deadline import deadline_line
from assistant.criteria.other_language import mostly_other_language
from assistant.criteria.question import Question, read_question
from assistant.criteria.ranges import range_line
from assistant.criteria.ratings import rating_line
from assistant.criteria.select import Candidate
from assistant.criteria.thresholds import threshold_line
from assistant.criteria.uncovered import asked_about
from assistant.criteria.window_start import asked_act, paper_date
from assistant.criteria.words import terms
from assistant.foreign_dates import english_dates
from assistant.records import Passage

_FILLER = ("The front desk confirms each client's coverage two days before the first visit and keeps a copy of the card "
           "in the chart, so the billing team can see who the plan is before any claim goes out.\n")


def _cand(text: str, rank: int = 0) -> Candidate:
    return Candidate(rank, text, frozenset(terms(text)), 1.0, 1.0)


# ---- a person's initial ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, question", [
    (_FILLER + _FILLER + "Note from the office manager: J. has no insurance and pays cash. Does J. still have a right "
     "to a good faith estimate for the next six sessions?", "Does J. still have a right to a good faith estimate"),
    (_FILLER + _FILLER + "Margin comment: the reviewer spoke with K.L. last week. Can K.L. file the appeal for the "
     "client without a signed form?", "Can K.L. file the appeal for the client"),
    (_FILLER + _FILLER + "Supervisor: I read M.'s draft twice. Is M. right that the plan must decide within 72 hours "
     "when the request is urgent?", "right that the plan must decide within 72 hours"),
])
def test_an_initial_ends_no_question_sentence(text, question):
    assert any(question in part for part in document_parts(text))


def test_a_capital_letter_ending_a_sentence_still_ends_it():
    text = (_FILLER + _FILLER + "The client has Medicare Part B. Does the plan need a treatment plan signed every 90 days "
            "for weekly sessions?")
    parts = document_parts(text)
    assert any(p.endswith("Does the plan need a treatment plan signed every 90 days for weekly sessions?") for p in parts)
    assert not any("Part B Does" in p for p in parts)


# ---- a price stated is no amount asked ---------------------------------------------------------------------------

_THRESHOLD = _cand("If the billed charges are at least $400 more than the estimate, the patient may start a dispute.")


@pytest.mark.parametrize("parts", [
    ("the statement lists 90837 x 10 at $145 each", "what's the dollar threshold for a dispute"),
    ("we charged $180 for the 90791 intake", "what is the minimum dollar amount over the estimate for a dispute?"),
    ("she paid $95 per 90834 session out of pocket", "is there a dollar minimum before a dispute can start?"),
])
def test_a_price_a_part_only_states_asks_for_no_amount(parts):
    q = Question(text=" ".join(parts), query=" ".join(parts), kinds=("dollar",), parts=parts)
    assert _has_amount(q, [_THRESHOLD])


def test_an_amount_asked_for_a_code_still_needs_that_code():
    parts = ("the plan is Medicare", "how much does Medicare pay for 90837?")
    q = Question(text=" ".join(parts), query=" ".join(parts), kinds=("dollar",), parts=parts)
    assert not _has_amount(q, [_THRESHOLD])


# ---- dates and asks in another language --------------------------------------------------------------------------

@pytest.mark.parametrize("text, day", [
    ("La lettre de refus est datée du 9 octobre 2026 et elle est arrivée tard.", date(2026, 10, 9)),
    ("Известието е с дата 09.02.2026, а пристигна по-късно.", date(2026, 2, 9)),
    ("A carta foi emitida em 3 de agosto de 2026.", date(2026, 8, 3)),
])
def test_a_date_written_another_way_is_a_date(text, day):
    assert day in read_question(english_dates(text)).dates


@pytest.mark.parametrize("text, kind", [
    ("Denial за IOP от 02.03.2026. Моля, дай конкретна дата за appeal-а.", "date_calc"),
    ("Surat denial bertarikh 2 March 2026. Berapa lama kita ada untuk appeal?", "duration"),
    ("La carta és del 2 de març de 2026. Quin és el darrer dia per fer l'appeal?", "date_calc"),
])
def test_a_date_or_time_asked_in_another_language_is_asked(text, kind):
    assert kind in read_question(english_dates(text)).kinds


def test_english_words_that_look_foreign_ask_nothing():
    kinds = read_question("We keep the data from the termination of care in the chart. Is that allowed?").kinds
    assert "date_calc" not in kinds and "duration" not in kinds


# ---- choices after a colon ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "What is the deadline to appeal, and from which date does it count: the notice date, the postmark, or when it arrived?",
    "Which form do we send first: the designation form, the appeal letter, or both?",
    "How is the window counted for the hearing: calendar days or business days?",
])
def test_choices_after_a_colon_are_one_question(sentence):
    assert _subquestions(sentence)[-1].endswith(sentence.split(": ")[1])
    assert len(_subquestions(sentence)[-1].split(": ")) == 2


def test_questions_after_a_colon_are_still_split():
    subs = _subquestions("Two things: what is the deadline, and who signs the appeal?")
    assert len(subs) == 2


def test_a_question_whose_head_ends_its_line_with_a_colon_keeps_it():
    text = ("Bon dia a tothom, la furgoneta va sortir a les nou i la neu va arribar a les deu, i tots vam marxar aviat "
            "després de dinar.\n" * 3 + "Preguntes per a la facturació:\n"
            "1. What is the time limit for the plan reconsideration, and from which date does it count:\n"
            "   the letter date, the postmark, or when we got it? Please give the last day.\n")
    parts = document_parts(text)
    assert any("What is the time limit for the plan reconsideration" in p and "when we got it?" in p for p in parts)
    assert not any("furgoneta" in p for p in parts)  # it says what "it" is: a message in another language is no context


def test_an_english_document_above_a_pointing_question_is_still_its_context():
    text = ("Radio log: the van left at nine, the plan office called at ten and the heater broke at noon, so everyone "
            "went home.\n" * 3 + "Then the reviewer said the notice was wrong, and we are not sure what it means for "
            "the appeal. Does it change anything?")
    assert any("Radio log" in p or "reviewer said" in p for p in document_parts(text))


def test_a_listing_above_a_pointing_question_is_still_its_context():
    listing = "\n".join(f"-a----   1/{d}/2026   4:03 PM   48211 AB_txplan_signed_2026-01-{d:02d}.pdf" for d in range(1, 8))
    text = listing + "\nwhich of these plans won't hold up for her sessions next week, and does that count as updated?"
    assert any("AB_txplan_signed" in p for p in document_parts(text))


# ---- a message mostly in another language ------------------------------------------------------------------------

_DF = {t: 3 for t in terms("deadline appeal plan reconsideration medicare advantage state fair hearing urgent decision "
                           "optum form representative pre-service rep right real date file level ourselves")}


@pytest.mark.parametrize("text, parts", [
    ("Добро утро! Въпрос за клиентката. Те upheld-наха denial-а след нашия appeal. Колко време имаме? Кафе?",
     ("What is the deadline for the state fair hearing?",)),
    ("Selamat pagi semua. Pesakit sudah discharge semalam, kita nak admit hari ini. Betul ke macam tu? Satu lagi.",
     ("is the rep right about the form", "what's the real deadline for an urgent pre-service decision?")),
    ("Et reenvio el que em vas demanar. La carta de l'asseguradora té data del mes passat, però ens va arribar tard.",
     ("What is the deadline to file the plan reconsideration?", "do we have to file the next level ourselves?")),
])
def test_a_message_in_another_language_is_searched_by_its_questions(text, parts):
    assert mostly_other_language(text + " " + " ".join(parts), parts, _DF)


def test_an_english_message_is_searched_as_it_is():
    text = ("The plan denied the appeal and the state fair hearing is next. What is the deadline for the hearing, "
            "and does the plan decide first?")
    assert not mostly_other_language(text, ("What is the deadline for the hearing?",), _DF)


# ---- the window to do what is asked, from the paper it counts from ----------------------------------------------

@pytest.mark.parametrize("parts, act", [
    (["what's the last day she can start it?"], "start"),
    (["what is the deadline to file the grievance?"], "file"),
    (["By when must we request the hearing?"], "request"),
])
def test_a_date_question_names_what_it_asks_the_last_day_of(parts, act):
    assert asked_act(parts) == act


def test_a_date_question_that_names_no_act_has_none():
    assert asked_act(["what is the last day?"]) == ""


@pytest.mark.parametrize("text, day", [
    ("The estimate is dated 08/14/2026. Inside the envelope is a statement dated October 30, 2026.", date(2026, 10, 30)),
    ("Notice dated 3/2/2026 about the estimate; the invoice is dated 5/5/2026 and shows $900 more.", date(2026, 5, 5)),
    ("GFE given on 1/10/2026. Her final bill came dated 4/1/2026.", date(2026, 4, 1)),
])
def test_a_window_from_the_bill_counts_from_the_bills_date(text, day):
    assert paper_date(text, "She must start it within 120 calendar days of the date on the initial bill.") == day


def test_a_window_from_a_notice_is_left_to_the_notice_date():
    text = "The estimate is dated 08/14/2026 and the statement dated October 30, 2026."
    assert paper_date(text, "File within 60 days of the date on the notice.") is None


def _passage(text: str, title: str = "No Surprises Act good faith estimates") -> Passage:
    return Passage("c", "gfe", title, "s", "45 CFR 149.620", "", "", "all", text)


def test_the_window_to_start_a_dispute_is_counted_from_the_bill():
    text = ("The good faith estimate is dated 08/14/2026. The statement dated October 30, 2026 is $600 more. "
            "What's the last day she can start the dispute?")
    q = read_question(text)
    timing = _cand("A provider gives the estimate within 3 business days of a request.", 0)
    window = _cand("The patient must start it within 120 calendar days of the date on the initial bill.", 1)
    line = deadline_line(q, [timing, window], [_passage(timing.text), _passage(window.text)], {0: 1, 1: 2})
    assert "February 27, 2027" in line and "120 days" in line


# ---- a program named as an add-on beside held coverage ------------------------------------------------------------

@pytest.mark.parametrize("text, program", [
    ("Dad: 81, Original Medicare A + B, plus a Medigap Plan N.\nHow many lifetime psychiatric hospital days does he have "
     "left?", "Medigap"),
    ("New cards say Optum Behavioral - EAP: 6 sessions.\nDoes Optum require prior authorization for routine therapy?",
     "EAP"),
    ("Coverage: Medicare Part B with a Medicare Supplement plan.\nIs a treatment plan required for weekly therapy?",
     "Medicare Supplement"),
])
def test_a_program_named_as_an_add_on_is_background(text, program):
    assert program not in asked_about(text, (text.splitlines()[-1],), (program,))


@pytest.mark.parametrize("text, program", [
    ("Her only coverage is TRICARE.\nWhat is the deadline to appeal the denial?", "TRICARE"),
    ("New cards say Optum Behavioral - EAP: 6 sessions.\nDoes the EAP count sessions per year or per problem?", "EAP"),
    ("Coverage: TRICARE, with Medicare as secondary.\nWhat is the deadline to appeal the denial?", "TRICARE"),
])
def test_a_program_that_is_the_coverage_or_the_question_stays(text, program):
    assert program in asked_about(text, (text.splitlines()[-1],), (program,))


# ---- "who's right?" ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("claims", [
    "Our biller says the second contact is too short and wants 90839 + 90832. A colleague says 90839 + 90840. ",
    "The rep says we need a new authorization every 10 visits. Our manager says one covers the year. ",
    "My supervisor says the plan has 30 days to decide. The plan's letter says 45 days. ",
])
def test_who_is_right_leans_on_the_claims_above_it(claims):
    text = _FILLER * 3 + claims + "Who's right?"
    assert any(p.endswith("Who's right?") and claims.split(".")[0] in p for p in document_parts(text))


def test_who_is_the_reviewer_is_its_own_question():
    from assistant.criteria.asked_lines import SETTLE

    assert not SETTLE.match("Who is the reviewer on this appeal?")


# ---- time blocks on one date -------------------------------------------------------------------------------------

_CRISIS = _cand("90839 is used when total crisis time on the date falls between 30 and 74 minutes; +90840 adds each "
                "30 minutes beyond 74, so 75-104 minutes is 90839 plus one unit of +90840.")
_NOT_CONTINUOUS = _cand("Crisis time does not need to be continuous, but all of it must fall on the same date.")


@pytest.mark.parametrize("text, total", [
    ("Same day, two separate crisis contacts: 39 min in the morning and 24 min in the afternoon. 90839 + 90832?", "63"),
    ("Three separate contacts the same day, 20 min, 25 min and 15 min. Do I bill 90839 or 90832 x3?", "60"),
    ("In the morning 30 min, in the evening 20 min, same date. Is it 90839 + 90840?", "50"),
])
def test_time_blocks_on_one_date_are_added_for_a_total_time_code(text, total):
    line = range_line(text, [_CRISIS, _NOT_CONTINUOUS], {0: 1})
    assert f"= {total} minutes falls in 30-74 minutes" in line and "90839" in line


def test_time_blocks_are_not_added_without_a_total_time_rule():
    text = "Same day, two separate sessions: 39 min in the morning and 24 min in the afternoon. 90834 or 90832?"
    rule = _cand("90832 is 16-37 minutes, 90834 is 38-52 minutes and 90837 is 53 minutes or more.")
    assert "63" not in range_line(text, [rule], {0: 1})


def test_a_total_the_asker_states_is_not_added_again():
    text = ("Same day, three crisis blocks. Do I bill 90839 and then 90832 for the 35 min in the afternoon, or add it all "
            "up (110 min) and if so how many 90840s?")
    line = range_line(text, [_CRISIS, _NOT_CONTINUOUS], {0: 1})
    assert "145" not in line and "35 + 110" not in line


def test_time_blocks_on_different_days_are_not_added():
    text = "Monday 40 min, Thursday 45 min of crisis work with her. Is each one 90839?"
    assert "85" not in range_line(text, [_CRISIS, _NOT_CONTINUOUS], {0: 1})


# ---- a table of stays or activities ------------------------------------------------------------------------------

_STAYS = """ # | year | where                      | type                              | days
 1 | 2014 | Oakridge Psychiatric       | freestanding psych hospital       | 50
 2 | 2017 | Mercy General, 4 North     | psych unit inside general hospital| 20
 3 | 2020 | Oakridge Psychiatric       | freestanding psych hospital       | 60
 4 | 2023 | Lakeside Behavioral        | freestanding psych hospital       | 30
How many lifetime days does she have left at Oakridge?"""
_LIFETIME = _cand("Original Medicare pays for at most 190 days over a beneficiary's lifetime of inpatient care in a "
                  "freestanding psychiatric hospital (SSA 1812(b)(3)).")
_PHP = _cand("The physician must certify that the patient requires a minimum of 20 hours per week of therapeutic services.", 0)
_IOP = _cand("The physician certifies that the patient requires a minimum of 9 hours per week of IOP services.", 0)
_LEISURE = _cand("Activity therapy counts only when it is not primarily recreational or diversionary.", 1)


def test_a_stays_table_counts_only_the_rows_a_limit_names():
    line, used = counted_line(_STAYS, [_LIFETIME], [_LIFETIME], {0: "lcd"})
    assert "50 + 60 + 30 = 140 days used, 50 days left" in line and "row 2" in line.split("Not counted")[1]


@pytest.mark.parametrize("schedule, minimum, total, verdict", [
    ("| Activity | Hours |\n|---|---|\n| Group therapy - 10 h | |\n| Individual therapy - 2 h | |\n"
     "| Bowling night - 4 h | |\n| Psychiatric nursing - 3 h | |\n| Family counseling - 2 h | |\n"
     "Which rows count, and do we meet the weekly minimum?", _PHP, "17 hours", "falls short of"),
    ("Weekly schedule:\n- Group psychotherapy - 6 h\n- Skills group - 3 h\n- Movie afternoon - 2 h\n- Medication education - 1 h\n"
     "Do we hit the minimum for IOP with this?", _IOP, "10 hours", "meets"),
    ("Week plan:\n- CBT group - 12 h\n- Open art room (not tied to plan goals) - 3 h\n- Individual therapy - 2 h\n"
     "- Occupational therapy - 4 h\n- Family counseling - 2 h\nDo we still hit the weekly minimum?", _PHP, "20 hours", "meets"),
])
def test_a_schedule_counts_only_treatment_rows_against_a_minimum(schedule, minimum, total, verdict):
    line, _ = counted_line(schedule, [minimum], [minimum, _LEISURE], {0: "php", 1: "php"})
    assert f"= {total}, which {verdict} the minimum" in line and "Not counted" in line


def test_a_table_the_limit_does_not_tell_apart_is_added_whole():
    text = _STAYS.replace("psych unit inside general hospital", "freestanding psych hospital       ")
    assert "160 days used, 30 days left" in counted_line(text, [_LIFETIME], [_LIFETIME], {0: "lcd"})[0]


def test_a_question_without_a_table_or_an_ask_gets_no_count():
    assert counted_line("She has used 140 days so far. How many are left?", [_LIFETIME], [_LIFETIME], {})[0] == ""
    assert counted_line(_STAYS.rsplit("\n", 1)[0] + "\nShould we admit her?", [_LIFETIME], [_LIFETIME], {})[0] == ""


# ---- an instrument's ratings -------------------------------------------------------------------------------------

_LOCUS = _cand("Because Recovery Environment has two sub-scales, there are seven ratings in all, and the composite score "
               "ranges from 7 to 35.", 0)
_CALOCUS = _cand("Splitting two dimensions gives eight ratings in total.", 0)


@pytest.mark.parametrize("text, source, total, left_out", [
    ("LOCUS ratings:\n1. Risk of Harm = 3\n2. Functional Status = 4\n3. Co-Morbidity = 2\n4. Recovery Environment = 4\n"
     "5. Level of Stress = 4\n6. Level of Support = 3\n7. Treatment & Recovery History = 3\n8. Engagement = 2\n"
     "What is my real composite?", _LOCUS, "= 21", "Recovery Environment = 4"),
    ("LOCUS intake\nRisk of Harm: 2\nFunctional Status: 3\nComorbidity: 1\nLevel of Stress: 2\nLevel of Support: 2\n"
     "Treatment and Recovery History: 1\nEngagement: 2\nRisk of Harm: 4\nWhat does the composite add up to?", _LOCUS, "= 13",
     "a second rating of Risk of Harm"),
    ("CALOCUS-CASII for a 12-year-old\nRisk of Harm = 3\nFunctional Status = 4\nCo-Occurring Conditions = 2\n"
     "Environmental Stress = 4\nEnvironmental Support = 3\nResiliency = 3\nInvolvement - child = 2\n"
     "Involvement - parent = 3\nWhat is the total?", _CALOCUS, "= 24", ""),
])
def test_a_composite_adds_the_instruments_own_ratings_once(text, source, total, left_out):
    line, used = rating_line(text, [source], {0: "locus-level-of-care-utilization-system" if source is _LOCUS
                                              else "calocus-casii"})
    assert total in line and left_out in line and used == [source]


def test_ratings_without_a_question_about_the_total_get_no_line():
    text = "LOCUS ratings:\nRisk of Harm = 3\nFunctional Status = 4\nCo-Morbidity = 2\nLevel of Stress = 4\n" \
           "Level of Support = 3\nTreatment History = 3\nEngagement = 2\nWhich level does the payer use?"
    assert rating_line(text, [_LOCUS], {0: "locus-level-of-care-utilization-system"})[0] == ""


# ---- listed cases against a minimum break in care ----------------------------------------------------------------

_BREAK = _cand("A second diagnostic evaluation is expected only after a break in care of six months or more.", 0)


def test_each_listed_case_is_set_against_the_minimum_break():
    text = ("Blocked charges:\n#C-101 discharged 01/10/2026, returned 08/20/2026 with a new episode.\n"
            "#C-202 paused ~3 months for surgery, same problem.\n#C-303 continuous weekly care, no break.\n"
            "Which of these should have been allowed?")
    line, used = break_line(text, [_BREAK])
    assert "#C-101: out of care from January 10, 2026 to August 20, 2026, which meets it" in line
    assert "#C-202: a pause of about 3 months, short of it" in line and "#C-303: no break in care, short of it" in line


@pytest.mark.parametrize("text, meets", [
    ("Claims:\nClaim #4471 last seen 02/01/2026, resumed 07/15/2026.\nClaim #4472 off for 8 months, back in May.\n"
     "Which ones qualify for a new 90791?", ["#4471: out of care from February 1, 2026 to July 15, 2026, short of it",
                                             "#4472: a pause of about 8 months, which meets it"]),
    ("- A-77 stopped for 2 months\n- A-78 ended 03/01/2025, restarted 12/01/2025\nWhich of them are allowed?",
     ["A-77: a pause of about 2 months, short of it", "A-78: out of care from March 1, 2025 to December 1, 2025, which meets it"]),
])
def test_breaks_told_as_dates_or_spans_are_read(text, meets):
    line, _ = break_line(text, [_BREAK])
    assert all(m in line for m in meets)


def test_cases_without_a_which_question_get_no_line():
    text = "#C-101 discharged 01/10/2026, returned 08/20/2026.\n#C-202 paused ~3 months.\nPlease fix the rule."
    assert break_line(text, [_BREAK])[0] == ""


# ---- a form's section number; judging words ----------------------------------------------------------------------

def test_a_section_number_is_no_quantity():
    text = ("5.2 Hours of service per participant per week: [__]\n5.4 Recertification interval: [__]\n"
            "Is that enough for Medicare IOP?")
    assert "5.2" not in threshold_line(text, [_IOP], {0: 1})


def test_a_quantity_after_a_section_number_is_still_read():
    text = "Our program gives 6 hours in all each week. Is that enough for Medicare IOP?"
    assert "6 hours falls short of 9 hours" in threshold_line(text, [_IOP], {0: 1})


def test_does_that_matter_leans_on_no_line_by_that_word():
    text = ("Matter: A-2026-555      Advocate: pending\n" + _FILLER * 3 +
            "Note from the LMFT: the reviewer is apparently a pediatrician. Does that matter?")
    parts = document_parts(text)
    assert not any("A-2026-555" in p and "pediatrician" not in p for p in parts)
    assert any("pediatrician" in p and p.endswith("Does that matter?") for p in parts)
