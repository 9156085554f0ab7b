"""Checklist classes from the seventeenth blind set's first pass, each with examples written here: a pharmacy's fill
history is no score table; a history asked about and not answered documents nothing; codes for the visit (an
exam, postpartum follow-up, a repeat prescription) are not the diagnosis's code; the payer's authorization period is
not the plan's length."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


@pytest.mark.parametrize("note", [
    "FILL DT   DRUG NAME / STRENGTH          QTY   DS   PHCY\n01/06/25  SERTRALINE HCL 100MG TAB       30   30   4471\n"
    "02/04/25  SERTRALINE HCL 100MG TAB       45   30   4471\n03/06/25  SERTRALINE HCL 100MG TAB       60   30   4471",
    "| Fill date | Drug | Quantity | Days supply | Refills |\n|---|---|---|---|---|\n| 3/1/2026 | bupropion XL 150 mg | 30 | 30 | 2 |\n"
    "| 4/1/2026 | bupropion XL 300 mg | 30 | 30 | 1 |",
    "Date        Medication             <PERSON_4>   DS\n05/01/2026  lithium 300 mg         90           30\n06/01/2026  lithium 300 mg         90           30",
])
def test_a_fill_history_holds_no_scores(note):
    facts = extract_facts([note])
    assert not facts.measures and not facts.trends


@pytest.mark.parametrize("note", [
    "Asked about previous counseling -- he laughed, said \"the Army kind?\", and changed the subject.",
    "Asked about prior therapy, she would not say.",
    "I asked about past hospital stays and he declined to discuss it.",
])
def test_a_history_asked_and_not_answered(note):
    assert not extract_facts([note]).prior_treatment


def test_a_history_with_content_still_counts():
    assert extract_facts(["Prior therapy: 10 sessions in 2022, she would not say more."]).prior_treatment


@pytest.mark.parametrize("note", [
    "OB: 6-week postpartum check done (Z39.2 on her after-visit summary).",
    "Sports physical 8/2 (Z02.5), cleared to play.",
    "Med refill visit Z76.0; Z79.899 long-term drug therapy.",
])
def test_a_visit_code_is_not_a_diagnosis(note):
    assert not [d for d in extract_facts([note]).diagnoses if d.icd10]


def test_psychosocial_z_codes_stay_diagnoses():
    assert [d.icd10 for d in extract_facts(["Dx: Z63.0 relational distress with spouse."]).diagnoses] == ["Z63.0"]


@pytest.mark.parametrize("note", [
    "Plan: weekly family sessions; authorization runs through <DATE_9> -- request continuation.",
    "Weekly ERP; the auth period lasts until 3/1, then we reassess.",
    "Plan: weekly CBT. Authorization is valid through 12/31/2026.",
])
def test_the_payers_authorization_period_is_not_the_plan(note):
    assert not extract_facts([note]).duration


def test_the_plan_beside_an_authorization_still_counts():
    assert extract_facts(["Current authorization ends 1/15; plan weekly for 12 more weeks."]).duration


@pytest.mark.parametrize("level", ["psychological testing", "neuropsychological evaluation", "psychoeducational testing"])
def test_a_testing_request_has_no_course_of_care_to_show(level):
    from assistant.letters.checklist import check_notes
    facts = extract_facts(["SCARED 31 on 9/1 and 24 on 10/1; worry better since the school plan started."])
    status = {i.element: i.status for i in check_notes(facts, "initial_authorization", level)}
    assert status["measure_trend"] == status["progress"] == "not_applicable"


def test_a_course_of_therapy_still_shows_its_trend():
    from assistant.letters.checklist import check_notes
    facts = extract_facts(["SCARED 31 on 9/1 and 24 on 10/1; worry better since the school plan started."])
    status = {i.element: i.status for i in check_notes(facts, "continued_stay", "outpatient")}
    assert status["measure_trend"] == "met"


@pytest.mark.parametrize("note", [
    "ASSESSMENT: escalating despite weekly CBT with me since 08/11/2026 (16 sessions).\nPLAN: Increase to twice weekly.",
    "She has been seen weekly since June, 20 sessions so far.\nPlan: 2x/week for 8 weeks.",
    "Weekly ERP since the spring (18 sessions) has not held the gains.\nRequest: twice-weekly sessions.",
])
def test_weekly_care_so_far_is_the_history_of_a_twice_weekly_request(note):
    from assistant.letters.levels import at_level
    facts = at_level(extract_facts([note]), "outpatient at higher frequency (2x/week)")
    assert any(p.text == "care at a lower level so far" for p in facts.prior_treatment)


@pytest.mark.parametrize("note", [
    "Was at <ORG_3> IOP in the spring -- used on day 4 and most weekends, discharged in week 5 for nonattendance.",
    "She did a DBT group in the fall and left after six weeks.",
    "He tried a day program in the summer and stopped when school began.",
])
def test_a_season_of_care_that_ended(note):
    assert extract_facts([note]).prior_treatment


def test_a_season_ahead_is_no_history():
    assert not extract_facts(["In the spring we will reassess and consider IOP."]).prior_treatment


@pytest.mark.parametrize("note", [
    "D5 high (two ODs this year, IOP didn't hold), D6 high.",
    "Weekly outpatient did not hold him; he relapsed twice.",
    "Outpatient counseling didn't stick after the move; she is using daily again.",
])
def test_a_lower_level_that_did_not_hold(note):
    assert extract_facts([note]).lower_level_rationale


@pytest.mark.parametrize("note, scores", [
    ("On the 24-item BPRS he scored 52 on arrival (09/10) and 41 on Monday (12/01).", [52, 41]),
    ("On the PCL-5 she scored 48 at intake and 31 today.", [48, 31]),
    ("Affective Reactivity Index, parent report: 10 of 12 on 09/03, 7 of 12 on 11/24.", [10, 7]),
    ("OBJECTIVE: Panic Disorder Severity Scale 18 today (15 at intake 08/11).", [18, 15]),
    ("PCSS 61 at the first visit (10/2), BIMS 13 of 15.", [61, 13]),
])
def test_scores_told_in_more_shapes(note, scores):
    assert [m.score for m in extract_facts([note]).measures] == scores


def test_an_objective_with_a_target_is_still_no_score():
    assert not extract_facts(["Objective: PHQ-9 below 10 by March."]).measures


def test_the_driving_avoidance_scale_with_its_intake_score():
    trend = extract_facts(["Response: peak SUDS 80 -> 55. DRAS 48 (61 at intake 08/24/2026)."]).trends
    assert [(t.instrument, t.first, t.last) for t in trend if t.instrument == "DRAS"] == [("DRAS", 61, 48)]
