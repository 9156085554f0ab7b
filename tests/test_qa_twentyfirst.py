"""Payer questions, twenty-first round (examples written here, three or more per class): a percent asked with the
sign; what follows a missed deadline asked as a conditional; a payer named only in a document's background; the
blanks of a worksheet as questions; one payer's own rule the sources never state for that payer; a follow-up that
lost its question mark; a pointing question that leans on the question just before it; a document's own clauses
that ask nothing; whether a rule reaches everybody; the state a question names; the Marketplace by its plain names."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from assistant.criteria.asked import _subquestions, asking_lines, document_parts
from assistant.criteria.blanks import blank_items
from assistant.criteria.payer_topics import unaddressed
from assistant.criteria.question import read_question
from assistant.criteria.select import fit
from assistant.criteria.uncovered import asked_about

FILLER = ("This page is kept on the team drive and updated by whoever touches the file last. Please keep the "
          "formatting, since the printout goes in the binder at the front desk on Mondays. ")


# ---- a percent asked with the sign ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "What % of the psychologist rate does a counselor get under Medicare?",
    "which % applies to an MFT compared with a clinical psychologist",
    "How much pct does Medicare take off for a social worker?",
])
def test_a_percent_sign_after_a_question_word_asks_for_a_percent(text):
    assert "percent" in read_question(text).kinds


def test_a_percent_sign_in_a_statement_asks_for_no_percent():
    assert "percent" not in read_question("The copay is 20% here. How long do we have to appeal?").kinds


# ---- what follows a missed deadline, asked as a conditional ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "How long does the MCO get to decide, and if they blow the deadline do we just sit tight?",
    "If the plan goes past the time limit, do we keep waiting?",
    "When they miss their deadline on an urgent appeal, can the family go to a hearing?",
])
def test_a_missed_deadline_in_a_conditional_asks_what_follows(text):
    assert "consequence" in read_question(text).kinds


@pytest.mark.parametrize("sentence,second", [
    ("How long does the plan have, and if it misses that do we file again?", "if it misses that do we file again?"),
    ("What is the window, and if we are late can we still ask for good cause?",
     "if we are late can we still ask for good cause?"),
    ("Who signs the form, and if the parent refuses does the appeal stop?", "if the parent refuses does the appeal stop?"),
])
def test_and_if_opens_a_second_conditional_question(sentence, second):
    assert _subquestions(sentence)[-1] == second


def test_and_if_so_stays_with_its_question():
    assert len(_subquestions("Can the practice appeal for her, and if so how?")) == 1


# ---- a payer named only in a document's background ---------------------------------------------------------------

@pytest.mark.parametrize("remark,name", [
    ("The Highmark denial rated him 22.", "Highmark"),
    ("We saw this once with a Premera member last year.", "Premera"),
    ("Her sister lives in Montana, which is why the records took a while.", "Montana"),
])
def test_a_payer_or_state_named_only_in_a_remark_is_background(remark, name):
    asked = "What range does the composite score run?"
    assert asked_about(f"{FILLER}\n{remark}\n{asked}", (asked,), (name,)) == ()


def test_a_payer_in_the_asked_part_or_the_coverage_field_stays():
    asked = "What criteria does Highmark use for residential care?"
    assert asked_about(FILLER + asked, (asked,), ("Highmark",)) == ("Highmark",)
    form = "Payer: Highmark PPO\n" + FILLER + "\nWhat criteria do they use for residential care?"
    assert asked_about(form, ("What criteria do they use for residential care?",), ("Highmark",)) == ("Highmark",)


def test_a_program_or_a_code_stays_wherever_it_is_named():
    text = "Client has TRICARE.\n" + FILLER + "\nHow long is the appeal window?"
    assert asked_about(text, ("How long is the appeal window?",), ("TRICARE", "99999")) == ("TRICARE", "99999")


# ---- the blanks of a worksheet ------------------------------------------------------------------------------------

def test_each_blank_of_an_answer_key_asks_its_item():
    sheet = ("Exercise: rate cases 1-3 as COVERED / NOT COVERED under the telehealth rule\n"
             "  1. audio-only session with an established client at home\n"
             "  2. video session from a clinic across state lines\n"
             "  3. group session by phone for a new client\n"
             "KEY: 1: covered   2: ______   3: ______\n")
    items = blank_items(sheet)
    assert len(items) == 2
    assert items[0].startswith("video session") and "COVERED / NOT COVERED" in items[0]
    assert items[1].startswith("group session by phone")


def test_lettered_blanks_read_their_lettered_items():
    sheet = ("Sort these into the right appeal level:\n"
             "A) a denied claim for 90837 worth $300\n"
             "B) a denied inpatient stay worth $9,000\n"
             "Answers: A = level 1   B = _______\n")
    assert blank_items(sheet) == ("a denied inpatient stay worth $9,000: Sort these into the right appeal level:",)


def test_no_blank_or_no_matching_item_is_no_worksheet():
    assert blank_items("Fill in the form: name ____ date ____") == ()
    assert blank_items("Answers: A = level 1, B = level 2") == ()


def test_a_worksheets_quoted_prompt_is_not_the_askers_question():
    sheet = (FILLER + "\nIcebreaker (5 min): \"What was your hardest appeal?\"\n"
             "Sort A-B as BINDING / NOT BINDING on the plan:\n"
             "A -- an IRO decision overturning a denial\n"
             "B -- a state regulator's informal opinion letter\n"
             "KEY: A = binding  B = ______\n")
    parts = document_parts(sheet)
    assert parts and parts[0].startswith("a state regulator's informal opinion letter")
    assert not any("hardest appeal" in p for p in parts)


# ---- one payer's own rule the sources never state for it ----------------------------------------------------------

@dataclass
class Sec:
    payer: str
    title: str
    text: str


SECTIONS = [Sec("aetna", "Aetna criteria", "Aetna reviews level of care with LOCUS for adults."),
            Sec("cigna", "Cigna rules", "No prior authorization is needed for routine outpatient therapy."),
            Sec("all", "Documentation", "Centene's record policy asks for exact start and stop times."),
            Sec("all", "Corrected claims", "Send a corrected claim with frequency code 7 within the filing limit.")]


@pytest.mark.parametrize("asked,payer", [
    ("What are Aetna's precert rules for routine therapy?", "Aetna"),
    ("Do I need a prior auth from Aetna for weekly 90834s?", "Aetna"),
    ("What is Ambetter's deadline for a corrected claim?", "Ambetter"),
])
def test_a_payers_rule_the_sources_never_state_for_it_is_unaddressed(asked, payer):
    assert unaddressed([asked], SECTIONS)[0] == payer


@pytest.mark.parametrize("asked", [
    "Does Cigna require prior authorization for routine outpatient care?",  # its own document says
    "What criteria does Aetna use for IOP reviews?",                         # no topic of the list
    "Does a Medicare Advantage plan from Aetna need a precert for IOP?",     # a coverage type with rules for all
])
def test_a_rule_the_sources_hold_or_a_general_question_is_not_unaddressed(asked):
    assert unaddressed([asked], SECTIONS) is None


# ---- a follow-up that lost its question mark; a pointer to the question before -----------------------------------

def test_if_not_which_one_is_read_with_the_question_before_it():
    text = FILLER + FILLER + "\nReviewer note: Is form 12 the right one for Ohio?? if not which one, and who signs it."
    assert any("Is form 12 the right one for Ohio, and if not which one" in p for p in document_parts(text))


def test_if_so_what_is_read_with_the_question_before_it():
    text = FILLER + FILLER + "\nQ from billing: Can we appeal on the client's behalf?? if so what do we need first."
    assert any("if so what do we need first" in p for p in document_parts(text))


def test_a_pointer_with_no_shared_line_leans_on_the_question_before_it():
    text = (FILLER + FILLER + "\nMargin note: Which statute sets the state's criteria rule, and since when? "
            "And does it even bind the plans of big self-insured employers?")
    last = document_parts(text)[-1]
    assert "Which statute sets the state's criteria rule" in last and last.endswith("self-insured employers?")


def test_a_pointer_that_shares_a_line_still_leans_on_that_line():
    text = (FILLER + "\nThe denial cites the outdated vendor guideline from 2019.\n" + FILLER +
            "\nNote: what is the deadline? Is that vendor guideline still valid?")
    assert any("outdated vendor guideline" in p for p in document_parts(text))


# ---- a document's own clauses ask nothing --------------------------------------------------------------------------

def test_a_contracts_clauses_and_fields_are_left_out_of_what_is_asked():
    doc = ("Term: twelve months from the Effective Date\n"
           "3. Delivery. Reports are delivered within 5 business days of each audit.\n"
           "D2. Findings memo within 30 days.\n"
           "Client comment: which contractor covers Texas, and is its LCD the one we cite?")
    lines = asking_lines(doc)
    assert "which contractor covers Texas" in lines and "5 business days" not in lines and "Effective" not in lines
    assert "duration" not in read_question(lines).kinds


def test_a_question_line_that_looks_like_a_field_is_kept():
    doc = "Note to biller: how long do we have to send the corrected claim?\n4. Payment. Net 30 days."
    assert "how long do we have" in asking_lines(doc) and "Net 30" not in asking_lines(doc)


def test_plain_lines_of_a_message_are_kept():
    doc = "my boss says we were inside the window\nare we ok?? and what was the last day"
    assert asking_lines(doc) == doc


# ---- whether a rule reaches everybody; the state a question names -------------------------------------------------

@pytest.mark.parametrize("question", [
    "Doesn't this say 7 days for everybody starting this year?",
    "Is the 72-hour rule universal now?",
    "Does that apply to all plans, or only some?",
])
def test_a_rule_for_everybody_wants_the_sentence_that_says_whom_it_leaves_out(question):
    q = read_question(question)
    out = "The timeframe rule does not apply to exchange plans."
    assert fit(out, q) > fit("The plan has 7 calendar days to answer a standard request.", q)


@pytest.mark.parametrize("question,state", [
    ("Is L12345 the right LCD for Ohio?", "Ohio"),
    ("Which contractor handles Texas claims?", "Texas"),
    ("Does the Oregon rule reach HMO plans?", "Oregon"),
])
def test_a_sentence_naming_the_state_asked_about_fits_better(question, state):
    q = read_question(question)
    assert fit(f"The contractor for {state} and two territories publishes its own LCD.", q) > \
        fit("The contractor for six northern states publishes its own LCD.", q)


# ---- the Marketplace by its plain names ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "She has a healthcare.gov plan; does the 7-day rule apply?",
    "Her exchange plan denied the IOP.",
    "Is an Obamacare plan held to the same deadline?",
])
def test_the_marketplace_by_its_plain_names_is_searched_as_the_marketplace(text):
    query = read_question(text).query
    assert "Marketplace" in query and "qualified health plan" in query
