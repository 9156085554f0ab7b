"""Appeals when time is short or gone, and administrative denials answered with their own evidence (synthetic)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from assistant.denials.read import read_denial
from assistant.denials.timing import time_status
from assistant.records import LetterRequest

TODAY = dt.date(2026, 6, 1)
NOTE = """PROGRESS NOTE 05/12/2026
Client: Wilhelmina Castellanos-Pryce   DOB 02/14/1985   Member ID: ZXQ88120455
Dx: F43.10 Post-traumatic stress disorder. PCL-5 = 52 on 02/02/2026 and 41 on 05/12/2026.
Sleeping 4 hours a night; missed 6 workdays in April. C-SSRS screen negative; denies SI/HI.
Plan: weekly cognitive processing therapy, 53-minute sessions (90837), 12 more sessions; goal PCL-5 below 33.
"""


def _days_ago(n: int) -> str:
    return (dt.date.today() - dt.timedelta(days=n)).strftime("%m/%d/%Y")


# --- where the member stands against the deadline -------------------------------------------------------------

@pytest.mark.parametrize("coverage, level, names", [
    ("commercial", "initial_denial", ["Good-cause late appeal request", "External review where still open",
                                      "New request or corrected claim", "Complaint to the regulator"]),
    ("medicare", "initial_denial", ["Good-cause late filing request", "Reopening", "New claim or new course of "
                                    "treatment", "Complaint to Medicare"]),
    ("medicaid", "initial_denial", ["Good-cause late filing request", "State fair hearing where the plan's process "
                                    "failed", "New request for services", "Complaint to the state Medicaid agency"]),
    ("medicare-advantage", "initial_denial", ["Good-cause late filing request", "New request to the plan",
                                              "Grievance and complaint to Medicare"]),
])
def test_a_passed_deadline_says_so_first_and_lists_what_remains_each_with_a_clock(coverage, level, names):
    status = time_status(dt.date(2026, 5, 1), coverage, level, today=TODAY)
    assert status.state == "passed" and status.headline.startswith("The filing deadline passed 31 days ago")
    assert [r.name for r in status.routes] == names and all(r.clock for r in status.routes)


def test_routes_depend_on_the_review_level():
    after_final = {r.name for r in time_status(dt.date(2026, 5, 1), "commercial", "external_review", today=TODAY).routes}
    assert "Good-cause late appeal request" not in after_final and "Lawsuit under ERISA section 502(a)" in after_final


def test_the_claim_filing_clock_is_counted_from_the_earliest_date_of_service():
    status = time_status(dt.date(2026, 5, 1), "medicare", "initial_denial", ("08/04/2025", "07/28/2025"), TODAY)
    clock = next(r.clock for r in status.routes if r.name.startswith("New claim"))
    assert "07/28/2025: by 07/28/2026, 57 days from today" in clock


@pytest.mark.parametrize("last_day, state, words", [
    (dt.date(2026, 6, 1), "close", "Today (06/01/2026) is the last day"),
    (dt.date(2026, 6, 6), "close", "5 days left to file: the last day is 06/06/2026"),
    (dt.date(2026, 6, 15), "close", "14 days left"),
    (dt.date(2026, 7, 31), "open", "60 days left"),
    (None, "unknown", "states no filing deadline"),
])
def test_days_left_lead_when_the_deadline_is_close(last_day, state, words):
    status = time_status(last_day, "commercial", "initial_denial", today=TODAY)
    assert status.state == state and words in status.headline and not status.routes


# --- the appeal letter, the CLI and the page ------------------------------------------------------------------

def _appeal(service, denial: str, payer: str = ""):
    request = LetterRequest(letter_type="appeal", payer=payer, level_of_care="outpatient psychotherapy", notes=(NOTE,),
                            requested={"codes": ["90837"], "frequency": "weekly", "sessions_or_units": "12 sessions",
                                       "date_range": "12 weeks"}, denial_text=denial)
    return service.appeal(request)


@pytest.mark.parametrize("payer, law", [
    ("Medicare", "42 CFR 405.942(b)"),
    ("Aetna Medicare Advantage", "42 CFR 422.582(c)"),
    ("Northwind Health", "may accept an appeal filed after its time limit"),
])
def test_a_late_appeal_opens_with_a_good_cause_request(small_kb, payer, law):
    denial = (f"{payer}\nNotice date: {_days_ago(400)}\nThe services are not medically necessary.\nYou may appeal "
              "within 120 days of the date of this notice.")
    result = _appeal(small_kb, denial, payer)
    letter = result.draft.letter
    salutation = letter.index("Dear Appeals Reviewer:")
    assert letter.index("REQUEST TO ACCEPT THIS APPEAL AFTER THE TIME LIMIT") > salutation
    assert law in letter and "[MISSING: Why is it late" in letter
    assert result.deadline_text.startswith("The filing deadline passed") and result.timing.state == "passed"
    assert "Complaint" not in letter  # the routes are advice for the clinician, not text for the payer


def test_an_appeal_in_time_has_no_late_request_and_a_close_deadline_leads_the_deadline_text(small_kb):
    denial = (f"Northwind Health\nNotice date: {_days_ago(170)}\nThe services are not medically necessary.\nYou may "
              "appeal within 180 days of the date of this notice.")
    result = _appeal(small_kb, denial)
    assert "AFTER THE TIME LIMIT" not in result.draft.letter
    assert result.timing.state == "close" and result.deadline_text.startswith("10 days left to file")


@pytest.mark.parametrize("reason_text, evidence, absent", [
    ("CO-29: The time limit for filing has expired.", ["Proof of timely submission", "277CA"], "eligible for independent"),
    ("Precertification was not obtained before the admission.", ["authorization record", "retroactively"],
     "eligible for independent"),
    ("The provider is not a participating provider in the member's network.", ["Network adequacy",
                                                                              "single-case agreement"], None),
    ("CO-4: The procedure code is inconsistent with the modifier used.", ["corrected claim", "frequency code 7"],
     "eligible for independent"),
])
def test_administrative_denials_are_answered_with_their_own_evidence(small_kb, reason_text, evidence, absent):
    denial = f"Northwind Health\nNotice date: {_days_ago(10)}\n{reason_text}\nYou may appeal within 180 days."
    letter = _appeal(small_kb, denial).draft.letter
    assert "This appeal concerns an administrative denial" in letter
    assert all(e in letter for e in evidence)
    if absent:
        assert absent not in letter


def test_denial_cli_prints_a_passed_deadline_first(tmp_path):
    text = tmp_path / "denial.txt"
    text.write_text(f"Northwind Health\nNotice date: {_days_ago(300)}\nThe services are not medically necessary.\n"
                    "You may appeal within 60 days of the date of this notice.\n")
    root = str(__import__("pathlib").Path(__file__).resolve().parents[1])  # this checkout, not an installed copy
    env = dict(os.environ, NECESSITY_DATA_DIR=str(tmp_path / "d"), PYTHONPATH=root)
    out = subprocess.run([sys.executable, "-m", "assistant", "denial", str(text)], capture_output=True, env=env,
                         timeout=300).stdout.decode()
    assert out.startswith("The filing deadline passed 240 days ago") and "Good-cause late appeal request" in out


def test_reading_reports_the_deadline_status_in_json():
    reading = read_denial(f"Northwind Health\nNotice date: {_days_ago(20)}\nThe services are not medically "
                          "necessary.\nYou may appeal within 30 days of the date of this notice.")
    status = reading.as_dict()["deadline_status"]
    assert status["state"] == "close" and status["days_left"] == 10


@pytest.mark.parametrize("cited, expected", [
    ('We applied MCG Behavioral Health Care Guidelines, 28th Edition, "Partial Hospital Program" (ORG: B-921-PHP).',
     "MCG Behavioral Health Care Guidelines, 28th Edition: Partial Hospital Program (B-921-PHP)"),
    ("We reviewed the request under Aetna Clinical Policy Bulletin Number 0158, Psychological Testing.",
     "Aetna Clinical Policy Bulletin Number 0158: Psychological Testing"),
    ("We used LCD L33632, Psychiatry and Psychology Services.", "LCD L33632 Psychiatry and Psychology Services"),
])
def test_the_appeal_answers_the_criteria_the_payer_cited_by_name(small_kb, cited, expected):
    denial = f"Northwind Health\nNotice date: {_days_ago(10)}\n{cited} The services are not medically necessary.\n" \
             "You may appeal within 180 days."
    result = _appeal(small_kb, denial)
    assert f"The notice applied: {expected}" in result.draft.letter
    assert any(expected in p for p in result.peer_to_peer)


def test_dimension_ratings_the_payer_quoted_are_answered_one_by_one(small_kb):
    denial = (f"Northwind Health\nNotice date: {_days_ago(10)}\nWe rated the request with LOCUS.\n\n"
              "  I    Risk of Harm               2\n  II   Functional Status        2\n  III  Co-Morbidity              1\n"
              "  Composite score   14\n\nA lower level of care is appropriate; intensive outpatient care is not "
              "medically necessary.\nYou may appeal within 180 days.")
    result = _appeal(small_kb, denial)
    assert "The reviewer's LOCUS ratings: I Risk of Harm 2; II Functional Status 2; III Co-Morbidity 1; composite 14" \
        in result.draft.letter
    assert any("LOCUS ratings" in p for p in result.peer_to_peer)
