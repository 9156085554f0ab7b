"""The checklist on an eleventh set of note shapes, examples written here (three or more per class): a run of dated
scores with only spaces between them; an admission used as a point in time is this episode, not earlier care; a
"History:" field that names no care; a run-in numbered goal list and "rev." inside a label; a discharge word that
is a goal's deadline or a taper step, and a review grid's "N"; "every 2-4 weeks" and "2 sessions/wk" are rates,
not lengths; the payer's quoted reason is not the clinician's rationale; change told as a proportion; scores in a
table's written cells; a season and year as a past time."""
from __future__ import annotations

import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts


def status(notes: list[str], element: str, letter_type: str = "continued_stay", level: str = "outpatient psychotherapy") -> str:
    items = check_notes(extract_facts(notes), letter_type, level)
    return next(i.status for i in items if i.element == element)


@pytest.mark.parametrize("line, scores", [
    ("PHQ-A   <DATE_4>: 23   <DATE_5>: 21   <DATE_6>: 19", [23, 21, 19]),
    ("GAD-7  <DATE_1> = 15   <DATE_2> = 11   <DATE_3> = 8", [15, 11, 8]),
    ("PCL-5    <DATE_1>: 52    <DATE_2>: 44", [52, 44]),
])
def test_a_run_of_dated_scores_is_read_to_its_end(line, scores):  # as the drafting stage sees it: dates redacted
    assert [m.score for m in extract_facts([line]).measures] == scores


@pytest.mark.parametrize("note", [
    "For comparison she scored 23 on the day she was admitted and 21 the Monday after.",
    "Since he was admitted, he has attended every group and eaten every meal.",
    "She has had no thoughts of wanting to be dead since the last check - the first week that has been true since admission.",
])
def test_an_admission_used_as_a_point_in_time_is_not_earlier_care(note):
    assert not extract_facts([note]).prior_treatment


@pytest.mark.parametrize("note, found", [
    ('History: always "slow to warm up" with new adults.', False),
    ("History: the second of three children; walked at 11 months.", False),
    ("History: sertraline 50 mg in 2022, stopped after two months.", True),
    ("Hx: no prior therapy of any kind.", True),
])
def test_a_history_field_is_prior_treatment_only_when_it_names_care(note, found):
    assert bool(extract_facts([note]).prior_treatment) is found


@pytest.mark.parametrize("note, n", [
    ("Treatment plan goals (from admission, unchanged): 1. weight restoration  2. normalize eating  3. reduce exercise", 3),
    ("Goals: 1. PHQ-9 below 10 by 06/01  2. attends school 5 of 5 days  3. one friend visit a week", 3),
    ("- Tx plan goals (rev. 10/14): (a) diazepam 0 mg by 11/01 with CIWA-B < 10; (b) PCL-5 < 40", 2),
])
def test_run_in_numbered_goals_and_a_dated_label_are_split_into_goals(note, n):
    assert len(extract_facts([note]).goals) == n


@pytest.mark.parametrize("note", [
    "Goals: (a) diazepam 0 mg by 11/01; (b) PCL-5 < 40 by discharge.",
    "Hold the next step-down and call MD if CIWA-B >= 15, HR > 110, or any seizure activity.",
    "11 | Discharge / transition criteria      |   N   | None in plan or notes.",
    "Step-down criteria not yet defined; to be set at the 10/28 meeting.",
])
def test_a_deadline_a_taper_step_or_an_absent_mark_is_no_discharge_criterion(note):
    assert status([note], "discharge_criteria") == "missing"


@pytest.mark.parametrize("note", [
    "I will see her every 2-4 weeks for medication management.",
    "Plan: ERP, 2 sessions/wk, 53+ min (90837), in the first phase.",
    "Psychiatry follow-up every 4 to 6 weeks; therapy weekly.",
])
def test_a_rate_is_not_a_planned_length(note):
    assert not extract_facts([note]).duration


@pytest.mark.parametrize("notes", [
    ["Plan letter 09/05: twice-weekly sessions not approved. Stated reason: \"the records do not explain why weekly "
     "outpatient therapy cannot meet the member's needs.\""],
    ["Reason given: weekly outpatient therapy can meet her needs; IOP is not required."],
    ["The reviewer wrote that a lower level of care such as weekly therapy could not be shown to be insufficient."],
])
def test_the_payers_quoted_reason_is_not_the_rationale(notes):
    assert status(notes, "lower_level_insufficient", "appeal", "IOP") == "missing"


@pytest.mark.parametrize("note", [
    'Husband reports the "did I hit anyone" questions are "way down, maybe a third of what they were."',
    "Her checking is half as often as it was in the spring.",
    "Panic attacks were cut in half over the month.",
])
def test_change_told_as_a_proportion_is_progress(note):
    assert extract_facts([note]).progress


@pytest.mark.parametrize("table, instrument", [
    ("Dimension | Adm | Rev1 | basis\nD1 withdrawal | 3 | 1 | COWS 2 on 10/19 (14 on 9/29); stable on bup\n"
     "D3 emotional | 2 | 2 | PHQ-9 14 today (17 on 9/30); irritable\n", "COWS"),
    ("| Week | Notes |\n|---|---|\n| 1 | GAD-7 15 at intake, anxious in group |\n| 4 | GAD-7 9 now, speaks up |\n", "GAD-7"),
    ("Date | Comment\n03/02 | PCL-5 58 (intake), nightmares nightly\n04/06 | PCL-5 41, nightmares twice a week\n", "PCL-5"),
])
def test_scores_in_a_tables_written_cells_make_a_trend(table, instrument):
    assert any(t.instrument == instrument for t in extract_facts([table]).trends)


@pytest.mark.parametrize("note", [
    "Spring 2024 PCP-directed outpatient taper -> back on street alprazolam within 3 wks.",
    "Fall 2021 outpatient counseling at the college, 6 sessions, stopped when she moved.",
    "Winter of 2019: supervised taper of clonazepam, relapsed in a month.",
])
def test_a_season_and_year_dates_earlier_care(note):
    assert extract_facts([note]).prior_treatment


@pytest.mark.parametrize("notes, name, code", [
    (["Therapist impressions: presentation fits illness anxiety disorder.", "Billing dx: F45.21  |  CPT 90834-95"],
     "illness anxiety disorder", "F45.21"),
    (["Assessment: meets criteria for panic disorder.", "Claim dx F41.0 | POS 11"], "panic disorder", "F41.0"),
    (["Impression: generalized anxiety disorder, chronic.", "Encounter diagnosis: F41.1"], "generalized anxiety disorder", "F41.1"),
])
def test_a_code_in_a_billing_field_takes_the_name_the_notes_give(notes, name, code):
    found = {d.icd10: d.name for d in extract_facts(notes).diagnoses if d.icd10}
    assert found.get(code, "").lower().startswith(name)


@pytest.mark.parametrize("line, earlier", [
    ("SHAI-18  |  29  |  <DATE_5>      (prev 33 - <DATE_6>;  baseline 38 - <DATE_1>)", 33),
    ("PHQ-9 = 12 (prev 16 - <DATE_2>)", 16),
    ("GAD-7 9 on <DATE_4> (14 on <DATE_3>)", 14),
])
def test_an_earlier_value_in_brackets_is_read_with_its_date(line, earlier):
    measures = extract_facts([line]).measures
    assert any(m.score == earlier and m.date for m in measures)


@pytest.mark.parametrize("title, rows, instrument", [
    ("BASIS-32 (self-report; 0 = no difficulty ... 4 = extreme)", "  Psychosis            2.5      2.0\n  OVERALL              2.5      2.1\n",
     "BASIS-32 Overall"),
    ("DOCS (dimensional OCD scale)", "  Contamination        12       8\n  Symmetry             10       9\n", "DOCS Contamination"),
    ("WFIRS-S (self-report, item means)", "  Work                 2.1      1.4\n  Family               1.2      0.9\n", "WFIRS-S Work"),
])
def test_a_title_above_a_table_of_subscales_names_its_rows(title, rows, instrument):
    table = title + "\n                       <DATE_1>    <DATE_2>\n" + rows
    assert any(m.instrument == instrument for m in extract_facts([table]).measures)


@pytest.mark.parametrize("note, assessed", [
    ("Asked both parents about harsh discipline and violence between adults in the home - none reported.", True),
    ("Asked mother about abuse or injuries at the father's house; none reported, no CPS involvement.", True),
    ("Asked the foster parent about maltreatment before placement; she knows of none.", True),
    ("Risk: no self-harm, no aggression; no safety concerns reported.", False),
    ("Mother reports no safety concerns.", False),
])
def test_asking_about_a_young_childs_safety_is_a_screen_a_bare_no_concerns_is_not(note, assessed):
    assert extract_facts([note]).risk.assessed is assessed


@pytest.mark.parametrize("note, n", [
    ("Goals: 1. UDS negative every week b) attend >= 90% of groups c) relapse plan with 3 supports", 3),
    ("Objectives: a) PHQ-9 below 10 b) 3 outings a week c) back to work part-time", 3),
    ("Tx plan objectives: (a) sleep 6 h on 5 nights b) one call a week to her sister", 2),
])
def test_lettered_goals_without_an_opening_bracket_are_split(note, n):
    assert len(extract_facts([note]).goals) == n


@pytest.mark.parametrize("note", [
    "Progress: per parents, worry calls dropped from about 6/day to 2-3/day since June.",
    "Progress: homework finished 3 of 5 nights (1 of 5 at intake).",
    "Panic attacks fell from five a week to one over the month.",
])
def test_a_change_from_one_figure_to_another_is_progress(note):
    assert extract_facts([note]).progress


@pytest.mark.parametrize("note, element", [
    ("Treatment plan (09/04/2025; target date 03/04/2026): weekly 60-min sessions, 20 sessions; goals PHQ-9 below 10.",
     "frequency_duration"),
    ("P: Continue weekly CPT, 12 sessions per treatment plan dated 12/10/2024 (goals: PCL-5 below 33).", "frequency_duration"),
    ("Plan (reviewed 01/06; goals unchanged): weekly 50-minute sessions for 16 more weeks.", "frequency_duration"),
])
def test_a_note_in_a_labels_brackets_does_not_change_the_fields_kind(note, element):
    assert status([note], element) == "met"


@pytest.mark.parametrize("note", [
    "Tx plan (12/15/2025; review 03/15/2026): SRM >= 4.0; MADRS <= 10; volunteers 2 mornings/week. Visits every 2 weeks x 6.",
    "Plan: weekly, 12 sessions per treatment plan dated 02/19/2026 (review 05/19/2026): PHQ-9 < 10; children attend school 5 of 5 days.",
    "Treatment plan 01/08/2026 (review 04/08/2026): QIDS-SR16 at or below 10; no sick calls for 4 consecutive weeks.",
])
def test_a_plan_that_lists_its_targets_after_a_colon_has_measurable_goals(note):
    assert status([note], "measurable_goals") == "met"


@pytest.mark.parametrize("note", [
    "Treatment plan (01/06/2026): continue weekly CBT; review in 90 days.",
    "Per treatment plan dated 12/02/2025: continue the school re-entry ladder.",
    "Tx plan: individual therapy weekly, family session monthly.",
])
def test_a_plan_line_with_no_target_gives_no_goal(note):
    assert not extract_facts([note]).goals
