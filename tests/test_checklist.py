"""Medical-necessity checklist: verdicts on synthetic fixture cases, applicability, letter coverage, admin gaps."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.letters.checklist import ELEMENTS, ChecklistItem, administrative_gaps, check_notes, intensity, mark_in_letter
from assistant.letters.extract import extract_facts

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "cases").glob("*.json"))


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def check(notes: list[str], letter_type: str = "continued_stay", level: str = "outpatient psychotherapy") -> dict[str, ChecklistItem]:
    return {i.element: i for i in check_notes(extract_facts(notes), letter_type, level)}


def test_elements_are_the_fourteen_ids_in_readme_order():
    assert ELEMENTS == ("diagnosis", "icd10_code", "standardized_measure", "measure_trend", "functional_impairment",
                        "risk_assessment", "treatment_modality", "measurable_goals", "frequency_duration", "progress",
                        "prior_treatment", "lower_level_insufficient", "discharge_criteria", "medication_status")


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_fixture_case_verdicts(path):
    case = load(path)
    items = check_notes(extract_facts(case["notes"]), case["letter_type"], case["level_of_care"])
    assert [i.element for i in items] == list(ELEMENTS)
    assert {i.element: i.status for i in items} == case["expected"]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_met_items_quote_the_notes_and_missing_items_ask_a_question(path):
    case = load(path)
    for item in check_notes(extract_facts(case["notes"]), case["letter_type"], case["level_of_care"]):
        if item.status == "met":
            assert any(item.evidence in note for note in case["notes"]) and item.question == ""
        elif item.status == "missing":
            assert item.evidence == "" and item.question.endswith("?")
        else:
            assert item.evidence == "" and item.question == ""


NOTES_STARTED = ["PROGRESS NOTE - 90834\nPHQ-9 = 12. Client reports sleeping better.\nPlan: continue weekly."]


@pytest.mark.parametrize("letter_type, notes, applicable", [
    ("initial_authorization", NOTES_STARTED, False),
    ("continued_stay", NOTES_STARTED, True),
    ("appeal", NOTES_STARTED, True),
    ("appeal", ["IOP assessment. PHQ-9 = 18. Client remains on the waitlist for IOP start."], False),
])
def test_trend_and_progress_apply_only_once_treatment_has_started(letter_type, notes, applicable):
    items = check(notes, letter_type)
    for element in ("measure_trend", "progress"):
        assert (items[element].status != "not_applicable") is applicable


@pytest.mark.parametrize("level, applicable", [
    ("outpatient psychotherapy", False), ("family therapy", False), ("group therapy", False),
    ("outpatient at higher frequency (2x/week)", True), ("IOP", True), ("iop", True), ("PHP", True),
    ("php", True), ("residential", True), ("Residential", True),
])
def test_lower_level_insufficient_applies_to_intensive_levels_only(level, applicable):
    item = check(["Dx: F41.1 Generalized anxiety disorder."], "initial_authorization", level)["lower_level_insufficient"]
    assert (item.status != "not_applicable") is applicable


def test_intensity_parses_level_strings():
    assert [intensity(x) for x in ("outpatient psychotherapy", "outpatient at higher frequency (2x/week)", "IOP",
                                   "PHP", "residential", "Intensive outpatient")] == [
        "routine", "twice_weekly", "iop", "php", "residential", "iop"]


@pytest.mark.parametrize("notes, level, status", [
    (["Plan: CBT weekly."], "outpatient psychotherapy", "missing"),
    (["Plan: CBT weekly for 12 weeks."], "outpatient psychotherapy", "met"),
    (["Plan: CBT weekly. Discharge criteria: PHQ-9 below 10 for 4 weeks."], "outpatient psychotherapy", "missing"),
    (["Plan: IOP 3 hours/day, 3 days/week. Discharge criteria: 4 consecutive weeks of abstinence."], "IOP", "met"),
    (["Plan: IOP 3 hours/day, 3 days/week."], "IOP", "missing"),
])
def test_frequency_duration_and_criteria_based_end_points(notes, level, status):
    assert check(notes, "initial_authorization", level)["frequency_duration"].status == status


def test_missing_discharge_question_asks_about_readiness():
    item = check(["Dx: F41.1 GAD."])["discharge_criteria"]
    assert item.status == "missing" and "ready to leave this level of care" in item.question
    # the question never reads as criteria already written ("discharge criteria", "step-down criteria")
    assert not re.search(r"discharge criteria|step-down criteria|length of stay", item.question, re.I)


CASE = next(p for p in FIXTURES if p.stem == "soap_mdd_continued")


def test_mark_in_letter_finds_codes_scores_and_modalities():
    case = load(CASE)
    items = check_notes(extract_facts(case["notes"]), case["letter_type"], case["level_of_care"])
    letter = ("Ms. Whitcombe has major depressive disorder, recurrent, moderate (F33.1). Her PHQ-9 fell from 19 on "
              "01/06/2025 to 13 on 03/03/2025. She receives CBT with behavioral activation, weekly, and I request 12 more "
              "sessions. She denies suicidal ideation (C-SSRS negative). She takes bupropion XL 150 mg.\n"
              "[MISSING: What criteria will show she is ready for discharge or step-down?]")
    marked = {i.element: i.in_letter for i in mark_in_letter(items, letter)}
    for element in ("diagnosis", "icd10_code", "standardized_measure", "measure_trend", "risk_assessment",
                    "treatment_modality", "frequency_duration", "medication_status"):
        assert marked[element], element
    assert not marked["discharge_criteria"] and not marked["measurable_goals"]


def test_mark_in_letter_ignores_missing_markers_and_distant_numbers():
    items = tuple(check(["GAD-7 = 16 (01/09/2025). Dx: F41.1 Generalized anxiety disorder."]).values())
    letter = "[MISSING: Is F41.1 right?] The GAD-7 was given at intake." + " filler" * 20 + " 16 sessions were used."
    marked = {i.element: i.in_letter for i in mark_in_letter(items, letter)}
    assert not marked["icd10_code"] and not marked["standardized_measure"]


REQUEST = {"codes": ["90834"], "frequency": "weekly, 45 minutes", "sessions_or_units": "14 sessions",
           "date_range": "14 weeks from authorization start"}
CLINICIAN = {"name": "Test Clinician", "credentials": "LCSW", "npi": "1234567893"}


def test_administrative_gaps_none_when_letter_is_complete():
    letter = ("RE: CPT 90834, weekly, 14 sessions over the 14 weeks from the authorization start date.\n"
              "Sincerely, Test Clinician, LCSW, NPI 1234567893")
    assert administrative_gaps(letter, REQUEST, CLINICIAN) == []


def test_administrative_gaps_report_code_units_dates_credentials_and_npi():
    letter = "I request continued therapy. [MISSING: clinician credentials/NPI] 90837 weekly."
    gaps = administrative_gaps(letter, REQUEST, CLINICIAN)
    assert any("90834" in g for g in gaps)
    assert any("units/sessions" in g for g in gaps)
    assert any("dates" in g for g in gaps)
    assert any("credentials" in g for g in gaps)
    assert any("NPI" in g for g in gaps)


def test_administrative_gaps_accept_explicit_date_ranges_and_revenue_codes():
    request = {"codes": ["Revenue code 0905", "S9480"], "sessions_or_units": "18 program days",
               "date_range": "06/02/2025 - 07/11/2025"}
    letter = ("Requesting IOP (revenue code 0905, S9480) for 18 program days, 06/02/2025 - 07/11/2025. "
              "Ines Varga, LPC, LCADC, NPI 1234567893")
    assert administrative_gaps(letter, request, {"credentials": "LPC", "npi": "1234567893"}) == []
