"""Payer questions of a fifteenth kind, examples written here (three or more per class):
- questions labelled "(a)", "(b)" inside a report, whose headings ("WHAT HAPPENED") ask nothing;
- "as of 4/12" gives today's date; a window the asker assumed is checked against the sources, one the notice states is
  counted; a dollar threshold asked in one part is found in any part's sentence;
- a law named by its number ("SB 1234", "42 CFR 410.44") brings its own document;
- labelled claims set out for checking (a diff's + and - lines, "Option A"/"Option B" answers, premises) get a verdict;
- a quantity the asker gives about the case, placed in a source's range for the code the asker proposed;
- a sub-question's abbreviations are spelled out ("cert" -> certification)."""
from __future__ import annotations

from datetime import date

import pytest

from assistant.criteria.ask import extractive_answer
from assistant.criteria.claims import claims_in
from assistant.criteria.dates import today_in
from assistant.criteria.laws import carries, named_laws
from assistant.criteria.question import read_question
from assistant.criteria.ranges import case_amount, range_line
from assistant.criteria.select import Candidate, part_weights
from assistant.records import Passage


def passage(text: str, title: str, n: int, policy: str = "") -> Passage:
    return Passage(f"c{n}", f"s{n}", title, "Rules", policy or f"RULE-{n}", "", "", "all", text)


# --- labelled parts inside a report ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, first", [
    ("AFTER-ACTION NOTE\nWe lost two appeals last quarter.\n\nQUESTIONS\n(a) what is the window for a QIC request?\n"
     "(b) can we still file?\n(c) who signs it?", "what is the window for a QIC request?"),
    ("Ticket 88 summary\n (1) how many units of 90840 go with 95 minutes?\n (2) is a modifier needed?",
     "how many units of 90840 go with 95 minutes?"),
    ("Open items:\n(a) does the plan owe interest on late payment?\n(b) where do we send the complaint?",
     "does the plan owe interest on late payment?"),
])
def test_parenthesised_labels_are_parts(text, first):
    parts = read_question(text).parts
    assert len(parts) >= 2 and parts[0] == first


LONG_REPORT = ("INCIDENT REVIEW\nWHAT HAPPENED\n- The plan denied the continued stay on a Friday and nobody saw the fax until "
               "Tuesday, so the family did not know what to do and the biller filed the wrong form with the wrong office. "
               "- Several people touched the case and each assumed someone else had it.\nQUESTION\nHow many days does the "
               "member have to file the appeal?")


def test_a_report_heading_is_no_consequence_question():
    kinds = read_question(LONG_REPORT).kinds
    assert "consequence" not in kinds and "duration" in kinds


@pytest.mark.parametrize("question", ["What happens if the plan misses its deadline?",
                                      "What if the letter never arrives?",
                                      "The plan is late again. What happens now?"])
def test_a_short_consequence_question_is_still_one(question):
    assert "consequence" in read_question(question).kinds


@pytest.mark.parametrize("text, today", [
    ("as of 4/12 are we too late?", date(2026, 4, 12)),
    ("As of today, June 4, the appeal has not gone out.", date(2026, 6, 4)),
    ("as of 11/2/2025 nothing was filed", date(2025, 11, 2)),
])
def test_as_of_gives_today(text, today):
    assert today_in(text, [date(2026, 1, 1)]) == today


# --- a window the asker assumed, a window the notice states ---------------------------------------------------------

LEVELS = passage("Second level: ask the review board within 45 days of receiving the first-level decision.",
                 "State plan appeal levels", 0)
DECIDE = passage("The board decides within 30 days of the request.", "State plan appeal levels", 1)


@pytest.mark.parametrize("question, last", [
    ("First-level decision letter dated March 2, 2026. We set our reminder at 120 days for the review board. As of 3/20, "
     "did we miss the deadline for the second level?", "Last day: April 16, 2026"),
    ("Decision dated 5/1/2026; someone told us we have ninety days. What date is the last day for the review board?",
     "Last day: June 15, 2026"),
    ("The first-level decision is dated January 10, 2026 and the tracker says 6 months. By when must the board request "
     "be in?", "Last day: February 24, 2026"),
])
def test_an_assumed_window_is_checked_against_the_sources(question, last):
    assert last in extractive_answer(question, [LEVELS, DECIDE]).text


def test_a_window_the_notice_states_is_counted():
    text = extractive_answer("The decision letter says 60 days to ask the board. It is dated March 2, 2026. What is the "
                             "last day?", [LEVELS, DECIDE]).text
    assert "Last day: May 1, 2026" in text


THRESHOLD = passage("A hearing needs at least $250 in dispute for requests filed this year.", "Hearing threshold", 2)
WINDOW = passage("A hearing must be requested within 60 days of the second decision.", "Hearing window", 3)


@pytest.mark.parametrize("question", [
    "Claims for 90834 x 12.\n1. How long do we have to ask for a hearing?\n2. Is there a dollar minimum for a hearing?",
    "(a) when is the hearing request due? (b) what dollar threshold applies to the hearing for our 90837 claims?",
    "Two things: what is the window for a hearing? Also, is there a minimum dollar amount in dispute for one?",
])
def test_a_dollar_threshold_in_one_part_is_answered(question):
    text = extractive_answer(question, [WINDOW, THRESHOLD]).text
    assert "$250" in text and not text.startswith("Not covered")


# --- a law named by its number --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, law", [
    ("Does SB 1234 let the plan take back payment?", "SB 1234"),
    ("what does 42 CFR 410.44 require for the cert?", "42 CFR 410.44"),
    ("Is the LCD L12345 still the rule here?", "L12345"),
])
def test_named_laws(text, law):
    assert law in named_laws(text)


def test_a_law_number_names_its_document():
    p = passage("text", "State parity act", 9, policy="Health Code §2000.5 (AB 77)")
    assert carries(p, "AB77") and carries(p, "§ 2000.5") and not carries(p, "AB 78")
    assert named_laws("Can the plan do this? Thanks!") == ()


# --- labelled claims set out for checking ---------------------------------------------------------------------------

RULES = [passage("A member may ask for a review within 30 days of the notice.", "Review window", 4),
         passage("The reviewer decides within 14 days of the request.", "Review decision time", 5),
         passage("Benefits continue while the review is pending if the member asks within 5 days.", "Continuing benefits", 6)]

DIFF = ("diff --git a/x.md b/x.md\n@@ -1,4 +1,4 @@\n-Ask for a review within 60 days of the notice.\n"
        "+Ask for a review within 30 days of the notice.\n-The reviewer decides within 45 days.\n"
        "+The reviewer decides within 14 days of the request.\nCan someone confirm the new lines?")
OPTIONS = ("Two coworkers disagree.\n\nOption A:\nThe member may ask for a review within thirty days of the notice.\n\n"
           "Option B:\nThe member may ask for a review within 90 days of the notice.\n\nWhich one is right?")
ANSWERS = ("=== Answer 1 ===\nBenefits continue while the review is pending only if the member asks within 10 days.\n\n"
           "=== Answer 2 ===\nBenefits continue while the review is pending if the member asks within five days.\n\n"
           "who is right?")


@pytest.mark.parametrize("text, labels", [
    (DIFF, ["added", "added", "removed", "removed"]),
    (OPTIONS, ["Option A", "Option B"]),
    (ANSWERS, ["Answer 1", "Answer 2"]),
    ("P1. The rule was paused.\nP2. So no rule applies.\nC. We should not appeal.\nWhich step is wrong?", ["P1", "P2", "C"]),
])
def test_claims_are_found_with_their_labels(text, labels):
    assert [c.label for c in claims_in(text)] == labels


def test_a_bulleted_list_is_no_diff():
    assert claims_in("Things we know:\n- the plan denied it\n- we have the letter\nWhat now?") == []


@pytest.mark.parametrize("question, right, wrong", [
    (DIFF, "The added (+) lines are correct", "The removed (-) lines do not"),
    (OPTIONS, "Option A agrees with the sources", "Option B does not"),
    (ANSWERS, "Answer 2 agrees with the sources", "Answer 1 does not"),
])
def test_the_verdict_says_which_claim_agrees(question, right, wrong):
    text = extractive_answer(question, RULES).text
    assert text.startswith(right) and wrong in text


# --- a quantity of the case placed in a source range ----------------------------------------------------------------

def cand(text: str) -> Candidate:
    return Candidate(0, text, frozenset(), 1.0, 1.0)


@pytest.mark.parametrize("question, minutes", [
    ("under 30 min -> none; 30 to 59 min -> A. The visit ran 55 min. Is that 90839?", 55),
    ("the session lasted 1 hour. 90837 or not?", 60),
    ("We met 40 minutes, then 20 min more by phone; 90 min or more would be two units. So 90839 + 90840?", 20),
])
def test_the_case_quantity_is_not_a_bound(question, minutes):
    assert case_amount(question)[0] == minutes


@pytest.mark.parametrize("question, sentence, lead", [
    ("my session ran 62 min total, that's 90839 plus 90840 right?",
     "Report 90839 when total crisis time falls between 30 and 74 minutes.", "so 90839 alone, not 90840"),
    ("It lasted 50 minutes. 90837?",
     "90832: 16-37 minutes; 90834: 38-52 minutes; 90837: 53 minutes or more.", "50 minutes falls in 38-52 minutes"),
    ("the visit was 58 min, so 90834 I think",
     "90832: 16-37 minutes; 90834: 38-52 minutes; 90837: 53 minutes or more.", "so 90837 alone, not 90834"),
    ("a 99213 visit, then 20 min of therapy with an interpreter: can +90785 go on it?",
     "90832: 16-37 minutes; 90834: 38-52 minutes; 90837: 53 minutes or more.", ""),
])
def test_the_range_for_a_proposed_code(question, sentence, lead):
    line = range_line(question, [cand(sentence)], {0: 1})
    assert (lead in line) if lead else line == ""


# --- a sub-question's abbreviations ---------------------------------------------------------------------------------

@pytest.mark.parametrize("part, word", [
    ("How often must the cert be redone?", "recertification"),
    ("is a precert needed for IOP?", "prior"),
    ("and for the LMFT?", "family"),
])
def test_a_part_is_read_with_its_abbreviations_spelled_out(part, word):
    assert word in part_weights((part,), {}, 10)[0]
