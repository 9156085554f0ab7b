"""Payer questions of a seventeenth kind, examples written here (three or more per class):
- a payment figure asked for in billing words ("allowed amount", "allowable", "contracted rate") is a dollar question;
- an employee assistance program (EAP) or an EAP vendor is a program the sources do not cover;
- a question sentence that lists several questions with bare commas ("When did X, what would Y, and ...") is read
  as its sub-questions; a condition before the comma ("If ..., what ...") stays one question;
- "paid the same as", "what would X need to qualify" and shorthand run together in file names ("txplan") are
  searched in the knowledge base's words; "paid the same" asks for a figure;
- a document that dates the asker's own filing (a tracking history, a fax log) is set against the last day;
- a pasted list of dated items is set against a source's age limit and the service dates the asker names."""
from __future__ import annotations

from datetime import date

import pytest

from assistant.criteria.asked import document_parts
from assistant.criteria.dated_items import too_old_line
from assistant.criteria.filed import filed_line
from assistant.criteria.question import read_question, uncovered

FILLER = ("This was pasted from the shared drive during month-end close. The team went through it in the Tuesday "
          "huddle and nobody could settle it, so it is written down here with everything we had at the time. ")


# --- payment figures in billing words --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "What is Cigna's allowed amount for 90834 in Texas for a psychologist?",
    "Can you tell me Aetna's allowable for 90847 this year?",
    "Our contracted rate with Magellan for 90832 looks low; what is it supposed to be?",
])
def test_payment_figure_in_billing_words_is_a_dollar_question(text):
    assert "dollar" in read_question(text).kinds


# --- employee assistance programs ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("How many sessions does an EAP usually approve per case before it runs out?", "EAP"),
    ("Our ComPsych referrals keep running past their authorized visits; what is their rule?", "ComPsych"),
    ("Do EAPs let a member move onto their health plan mid-episode?", "EAPs"),
])
def test_an_employee_assistance_program_is_not_covered(text, name):
    known = {"session", "plan", "member", "health", "visit", "rule", "case", "authoriz"}
    assert name in uncovered(text, known)


# --- several questions listed with commas ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, first, rest", [
    ("When did the rule start, what does a counselor need to enroll, and would the rate match a psychologist's?",
     "When did the rule start", "what does a counselor need to enroll"),
    ("How long is the window, which form do we use, and who signs it?",
     "How long is the window", "which form do we use"),
    ("Which plans count, how often must they be redone?", "Which plans count", "how often must they be redone?"),
])
def test_questions_listed_with_commas_are_read_one_by_one(sentence, first, rest):
    parts = document_parts(FILLER * 2 + "\nReply from the owner: " + sentence)
    assert any(p.endswith(first) for p in parts)
    assert any(p.endswith(rest) for p in parts)


def test_a_condition_before_the_comma_stays_one_question():
    parts = document_parts(FILLER * 2 + "\nIf the plan never answers the appeal, what can the family do next?")
    assert any(p.endswith("If the plan never answers the appeal, what can the family do next?") for p in parts)


# --- words searched in the knowledge base's words --------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Would an LMFT be paid the same as a psychologist?", ["paid", "percent"]),
    ("Do they pay counselors and social workers differently?", ["payment", "rate"]),
    ("Is the same rate used for every license type?", ["paid", "amount"]),
])
def test_paid_the_same_asks_for_a_rate(text, words):
    q = read_question(text)
    assert all(w in q.query for w in words)
    assert "number" in q.kinds


@pytest.mark.parametrize("text", [
    "What would an LPC need to qualify for Medicare?",
    "What are the eligibility requirements for a counselor to enroll?",
    "Does our new hire qualify to bill Medicare?",
])
def test_what_it_takes_to_qualify_searches_the_requirements(text):
    assert "supervised experience" in read_question(text).query


@pytest.mark.parametrize("text", [
    "S:\\Charts\\TxPlans\\Smith folder: are these current?",
    "GR_txplan_2026-02-01.docx was signed in February; is that fine?",
    "Does every TP need a target date?",
])
def test_treatment_plan_shorthand_is_searched_as_treatment_plan(text):
    assert "treatment plan" in read_question(text).query


# --- the asker's own filing against the last day ---------------------------------------------------------------

def test_a_delivery_after_the_last_day_is_late():
    text = "Tracking\nDelivered, mail room\nMarch 9, 2027, 11:02 am\nAccepted at origin\nMarch 3, 2027\n(notice dated 2026-11-02)"
    line = filed_line(text, date(2026, 11, 2), date(2027, 3, 5))
    assert "March 9, 2027" in line and "4 days after the last day" in line and "good-cause" in line


def test_a_fax_received_before_the_last_day_is_in_time():
    text = "Fax confirmation: pages 12, status OK. Date received: 04/20/2026 by the plan's appeals unit."
    line = filed_line(text, date(2026, 2, 1), date(2026, 4, 30))
    assert "April 20, 2026" in line and "10 days before the last day" in line and "in time" in line


def test_only_a_mailing_date_asks_to_check_arrival():
    text = "Portal log: request submitted on June 2, 2026 at 4:10 pm; confirmation number 88213."
    line = filed_line(text, date(2026, 3, 1), date(2026, 6, 29))
    assert "June 2, 2026" in line and "check that it arrived" in line


def test_no_filing_date_gives_no_line():
    assert filed_line("The denial was dated May 1, 2026. How long do we have?", date(2026, 5, 1), date(2026, 7, 1)) == ""


# --- dated items against a source's age limit ------------------------------------------------------------------

RULE = [("The plan must carry a date and must be no older than one year before the date of service.", 2)]


def test_a_folder_listing_names_the_item_too_old_for_the_service_dates():
    text = ("Mode  LastWriteTime  Length Name\n-a---  2/3/2027 10:00 AM 400 KT_plan_signed_2027-02-01.pdf\n"
            "-a---  1/5/2026 9:00 AM 380 RB_plan_signed_2026-01-04.pdf\n-a---  8/8/2026 1:00 PM 390 ZQ_plan_2026-08-07.pdf\n"
            "which of these is stale for visits on 3/15-3/19?")
    line = too_old_line(text, RULE)
    assert "RB_plan_signed_2026-01-04.pdf (January 4, 2026)" in line and "KT_" not in line and "[2]" in line
    assert "March 19, 2027" in line


def test_a_roster_where_every_item_is_recent_says_so():
    text = ("Client  Plan date  Clinician\nAA  2026-05-01  Lee\nBB  2026-06-12  Ortiz\nCC  2026-07-30  Lee\n"
            "are our plans OK for sessions 10/5 through 10/9?")
    assert "Every dated item" in too_old_line(text, RULE)


def test_no_age_limit_or_no_service_date_gives_no_line():
    text = "A  2025-01-01 x y\nB  2025-02-01 x y\nC  2025-03-01 x y\nfor sessions 4/2-4/6?"
    assert too_old_line(text, [("Plans should be reviewed every 90 days.", 1)]) == ""
    assert too_old_line(text.replace("for sessions 4/2-4/6?", "are these fine?"), RULE) == ""


@pytest.mark.parametrize("text", [
    "What percent of the allowed amount does an MHC get?",
    "What share of the contracted rate goes to the supervisee?",
    "Is the allowable for an LCSW a percentage of the psychologist's?",
])
def test_a_share_of_the_allowed_amount_is_a_percent_question(text):
    kinds = read_question(text).kinds
    assert "percent" in kinds and "dollar" not in kinds
