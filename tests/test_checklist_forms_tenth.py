"""The checklist on a tenth set of note shapes, examples written here (three or more per class): a transcript kept
by the speakers' initials; a flowsheet's medication column; where the household keeps its pills is no medication
status; a list of criteria symptoms is no impairment; a job or home lost in plain words is; more approaches by
name (CBGT, PMTO); finishing group "when" is a discharge criterion; goals named in a sentence over a list; "no
earlier services" documents the history."""
from __future__ import annotations

import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts


def status(notes: list[str], element: str, letter_type: str = "continued_stay", level: str = "outpatient psychotherapy") -> str:
    items = check_notes(extract_facts(notes), letter_type, level)
    return next(i.status for i in items if i.element == element)


@pytest.mark.parametrize("note", [
    "MFH: Summary of today.\nTB: OK.\nMFH: The plan we agreed: CBT for BDD. Twice a week, 60 minutes, for 12 weeks.\nTB: Deal.",
    "RK: What did we settle on?\nJL: Weekly, 50 minutes.\nRK: The plan: ERP, weekly, 50-minute sessions for 16 weeks.\nJL: Fine.",
    "<PERSON_3>: Let's write the plan: DBT skills, twice weekly for 10 weeks.\n<PERSON_4>: Yes.\n<PERSON_3>: Good.\n"
    "<PERSON_4>: Thanks.",
])
def test_a_transcript_by_initials_is_read_line_by_line(note):
    assert status([note], "frequency_duration") == "met"


@pytest.mark.parametrize("table", [
    "Date  | YMRS | Li dose             | Li level\n10/20 | 24   | Li carb ER 900 qhs  | 0.52\n10/27 | 16   | 1200 qhs | 0.74\n",
    "| Date | MEDS GIVEN | INIT |\n|---|---|---|\n| 11/03 | chlordiazepoxide 50 mg PO | KM |\n| 11/04 | bup/nx 4/1 mg SL | LT |\n",
    "Day | Medication | Dose | Time\n1 | olanzapine | 10 mg | 21:00\n2 | olanzapine | 15 mg | 21:00\n",
])
def test_a_flowsheets_medication_column_states_medication(table):
    assert status([table], "medication_status") == "met"


@pytest.mark.parametrize("line", [
    "Medications locked:   [x] Yes   [ ] No",
    "Pills are kept in a lock box by her mother.",
    "Prescriptions secured in the parents' bedroom safe.",
])
def test_where_the_pills_are_kept_is_no_medication_status(line):
    assert status(["Home safety checklist\n" + line], "medication_status") == "missing"


@pytest.mark.parametrize("line", [
    "Depressed mood most of the day, anhedonia, terminal insomnia, decreased appetite, guilt, poor concentration.",
    "Endorses low energy, insomnia, irritability, restlessness and muscle tension.",
    "Symptoms: anhedonia, hypersomnia, poor appetite, worthlessness, fatigue.",
])
def test_a_list_of_criteria_symptoms_is_no_impairment(line):
    assert status([line], "functional_impairment") == "missing"


@pytest.mark.parametrize("line", [
    "CNA at a nursing home until 08/2025, let go after falling asleep on shift.",
    "Still off work; his sister is staying with him.",
    "Lost the dish-room slot after missing three shifts.",
    "A 3-day notice to vacate went up on 10/20.",
])
def test_a_job_or_home_lost_in_plain_words_is_an_impairment(line):
    assert status([line], "functional_impairment") == "met"


@pytest.mark.parametrize("line", ["The goal is to let go of resentment.", "Let go of the anger exercise practiced."])
def test_letting_go_of_a_feeling_is_no_job_loss(line):
    assert status([line], "functional_impairment") == "missing"


@pytest.mark.parametrize("line", [
    "Plan: enroll in CBGT (Heimberg), 12 weekly sessions.",
    "Parent sessions follow PMTO, module 4 this week.",
    "Cognitive behavioral group therapy for social anxiety continues weekly.",
])
def test_more_approaches_are_known_by_name(line):
    assert status([line], "treatment_modality") == "met"


@pytest.mark.parametrize("line", [
    "She finishes group when SPIN is under 30 and she has given a graded speech.",
    "He completes the program once he has 30 days without a positive screen.",
    "Ends treatment after two PCL-5 scores under 33 in a row.",
])
def test_finishing_when_a_condition_is_met_is_a_discharge_criterion(line):
    assert status([line], "discharge_criteria") == "met"


@pytest.mark.parametrize("note", [
    "We built the family's goals together and wrote them on the whiteboard:\n - Outbursts down to 2 or fewer a week.\n"
    " - No more suspensions this school year.",
    "Her objectives for this month, in her words:\n- Drive to work 4 of 5 days.\n- Sleep 6 hours on 5 nights a week.",
    "Together we set these targets:\n1. PHQ-9 under 10 by June.\n2. Back at choir twice a month.",
])
def test_goals_named_in_a_sentence_over_a_list_are_read(note):
    assert status([note], "measurable_goals") == "met"


@pytest.mark.parametrize("line", [
    "Services: first referral; no earlier mental-health or developmental services for Ines.",
    "No earlier counseling; pediatrician only.",
    "Denies any previous services.",
])
def test_no_earlier_services_documents_the_treatment_history(line):
    assert status([line], "prior_treatment") == "met"
