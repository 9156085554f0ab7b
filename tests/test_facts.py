"""Rule-based fact extraction: table-driven per fact, with hard negatives and verbatim evidence."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.letters.elements import is_measurable
from assistant.letters.extract import extract_facts
from assistant.letters.facts import Facts

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "cases").glob("*.json"))


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def facts_of(*notes: str) -> Facts:
    return extract_facts(list(notes))


def all_items(facts: Facts) -> list:
    groups = (facts.diagnoses, facts.measures, facts.trends, facts.impairments, facts.risk.screens, facts.risk.factors,
              facts.modalities, facts.goals, facts.frequency, facts.duration, facts.progress, facts.prior_treatment,
              facts.lower_level_rationale, facts.discharge_criteria, facts.medications, facts.medication_status,
              facts.not_started)
    return [item for group in groups for item in group]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_every_evidence_is_a_verbatim_substring_of_its_note(path):
    notes = load(path)["notes"]
    items = all_items(extract_facts(notes))
    assert items
    for item in items:
        assert item.evidence and item.evidence in notes[item.note_index], item


@pytest.mark.parametrize("text, expected", [
    ("PHQ-9 = 14. GAD-7: 9.", [("PHQ-9", 14), ("GAD-7", 9)]),
    ("She scored 17 on the PHQ-9 at intake.", [("PHQ-9", 17)]),
    ("PHQ-9 on <DATE_2>: 19.", [("PHQ-9", 19)]),
    ("PHQ-9 (03/04/2025) = 12.", [("PHQ-9", 12)]),
    ("EDE-Q global = 3.6; weight 88 kg (BMI 31.2).", [("EDE-Q", 3.6), ("weight", 88), ("BMI", 31.2)]),
    ("Vanderbilt Parent inattentive items: 8/9 (03/04/2025), 6/9 (08/26/2025).", [("Vanderbilt inattentive", "8/9"), ("Vanderbilt inattentive", "6/9")]),
    ("PCL-5: 58 -> 47 -> 39", [("PCL-5", 58), ("PCL-5", 47), ("PCL-5", 39)]),
    ("PHQ-9 decreased from 19 at intake to 12 this week.", [("PHQ-9", 19), ("PHQ-9", 12)]),
    ("C-SSRS screen negative.", [("C-SSRS", "negative")]),
    ("LOCUS level 3; AUDIT-C = 5; AUDIT = 21.", [("LOCUS level", 3), ("AUDIT-C", 5), ("AUDIT", 21)]),
    # hard negatives: targets, plans and self-ratings are not scores
    ("Goals: PHQ-9 below 10; GAD-7 under 5.", []),
    ("Target: PHQ-9 of 9 or less by week 12.", []),
    ("PHQ-9 and GAD-7 to be administered next session.", []),
    ("Mood 4/10; rated peak fear 8/10.", []),
    ("C-SSRS to be completed at the next visit.", []),
])
def test_measures_are_instrument_scores_not_targets(text, expected):
    got = [(m.instrument, m.score) for m in facts_of(text).measures]
    assert got == expected


def test_measure_date_is_the_date_written_with_the_score():
    (m,) = facts_of("GAD-7 = 16 (01/09/2025).").measures
    assert m.date == "01/09/2025"
    (p,) = facts_of("Measures (<DATE_3>): PHQ-9 = 11.").measures
    assert p.date == "<DATE_3>"


@pytest.mark.parametrize("notes, trend", [
    (["GAD-7 = 16 (01/09/2025)."], None),
    (["INTAKE\nPHQ-9 = 14.", "PROGRESS NOTE\nIntake PHQ-9 was 14; not repeated today."], None),
    (["SCARED total: 34 (03/04/2025), 26 (08/26/2025)."], ("SCARED", 34, 26)),
    (["PHQ-9 = 18 (was PHQ-9 = 11 in January)."], ("PHQ-9", 11, 18)),
    (["PDSS = 15.", "PDSS = 9 today."], ("PDSS", 15, 9)),
    (["His PHQ-9 was 16 today; May's PHQ-9 was 5."], None),
])
def test_trend_needs_the_same_instrument_at_two_time_points(notes, trend):
    trends = extract_facts(notes).trends
    assert [(t.instrument, t.first, t.last) for t in trends] == ([trend] if trend else [])


@pytest.mark.parametrize("text, assessed", [
    ("Risk: C-SSRS screen negative.", True),
    ("Denies SI/HI. No history of self-harm.", True),
    ("SI: denied. HI: denied.", True),
    ("Current passive SI, no intent or plan.", True),
    ("Suicide risk assessed as low; protective factors include her daughter.", True),
    ("ASQ screen negative.", True),
    # hard negatives: risk factors or a deferred screen are not an assessment
    ("Client owns two handguns kept in a locked safe.", False),
    ("History of cutting at age 15. Suicide attempt by overdose in 2019.", False),
    ("Risk assessment deferred to next session; C-SSRS not completed.", False),
    ("History of suicidal ideation in 2019.", False),
    ("Goals: no suicidal ideation for 8 weeks.", False),
])
def test_risk_is_assessed_only_with_an_actual_screen(text, assessed):
    risk = facts_of(text).risk
    assert risk.assessed is assessed
    assert (risk.evidence in text) if assessed else risk.evidence == ""


def test_firearm_is_kept_as_a_risk_factor():
    risk = facts_of("Owns a hunting rifle stored at his brother's house.").risk
    assert not risk.assessed and [f.text for f in risk.factors] == ["rifle"]


@pytest.mark.parametrize("goal, measurable", [
    ("PHQ-9 below 10", True),
    ("panic attacks 1 or fewer per week", True),
    ("Submit 90% of assignments on time", True),
    ("attend one sleepover", True),
    ("no further work warnings", True),
    ("Resume one social activity weekly", True),
    ("feel better", False),
    ("reduce worry", False),
    ("return to full-time work", False),
    ("improve mood within 12 weeks", False),
    ("reduce PHQ-9 scores by week 14", False),
])
def test_goal_is_measurable_only_with_a_countable_target(goal, measurable):
    assert is_measurable(goal) is measurable


def test_goals_are_split_from_numbered_lists_and_inline_lists():
    f = facts_of("Goals:\n1. PHQ-A below 10 by week 14.\n2. Improve sleep.", "Goals: (1) PDSS below 7; (2) feel calmer.")
    assert [(g.text, g.measurable) for g in f.goals] == [
        ("PHQ-A below 10 by week 14", True), ("Improve sleep", False), ("PDSS below 7", True), ("feel calmer", False)]


@pytest.mark.parametrize("text, freq, dur", [
    ("Plan: CBT weekly 45-minute sessions for 14 weeks.", True, True),
    ("Plan: continue individual therapy weekly.", True, False),
    ("Frequency: weekly.\nDuration: 6 months.", True, True),
    ("Current authorization ends soon; requesting 12 more sessions. Plan: continue weekly.", True, True),
    ("Plan: IOP 3 hours/day, 3 days/week, 8 weeks.", True, True),
    ("Sessions: 1x/week x 12 weeks.", True, True),
    # history and symptom frequencies are not the plan
    ("Prior treatment: 10 sessions of weekly outpatient therapy (Jan-Mar 2025).", False, False),
    ("Weekly outpatient was tried for 3 months and drinking escalated.", False, False),
    ("Binge episodes about 5 times a week for 18 months.", False, False),
    ("Goals: abstinence for 4 consecutive weeks.", False, False),
])
def test_frequency_and_duration_come_from_the_plan(text, freq, dur):
    f = facts_of(text)
    assert (bool(f.frequency), bool(f.duration)) == (freq, dur)


@pytest.mark.parametrize("text, found", [
    ("Prior treatment: none.", True),
    ("No previous mental health treatment.", True),
    ("Prior: weekly outpatient therapy in 2022-2023.", True),
    ("Discharged 01/14/2025 from a 6-day inpatient stay.", True),
    ("Two psychiatric hospitalizations (2018, 2021); tried sertraline without benefit.", True),
    ("Prior authorization #A1234 expires 06/30.", False),
    ("Treatment since 03/2025: weekly family sessions.", False),
    ("School: 504 plan in place since 2024.", False),
])
def test_prior_treatment_includes_explicit_none_but_not_current_care(text, found):
    assert bool(facts_of(text).prior_treatment) is found


@pytest.mark.parametrize("text, found", [
    ("Why IOP: weekly outpatient was tried for 3 months and drinking escalated.", True),
    ("Weekly outpatient therapy has not been sufficient to stabilize her symptoms.", True),
    ("She requires more structure than weekly sessions can provide.", True),
    ("Prior: weekly outpatient therapy in 2022-2023.", False),
    ("Unable to cut down on cannabis despite two attempts.", False),
])
def test_lower_level_rationale_needs_a_level_and_why_it_is_not_enough(text, found):
    assert bool(facts_of(text).lower_level_rationale) is found


@pytest.mark.parametrize("text, found", [
    ("Discharge criteria: EPDS below 10 on two administrations and return to work.", True),
    ("Will step down to biweekly sessions once PHQ-9 < 10 for 4 consecutive weeks.", True),
    ("Expected discharge: when LSAS < 50 for 4 weeks; taper to biweekly.", True),
    ("Referral: discharged 01/14/2025 from a 6-day inpatient stay.", False),
    ("Admit 2024-04-01 | Discharge 2024-04-26 | Days attended: 19 of 20", False),
    ("YMRS fell from 34 on admission to 9 at discharge.", False),
])
def test_discharge_criteria_are_conditions_not_past_discharges(text, found):
    assert bool(facts_of(text).discharge_criteria) is found


@pytest.mark.parametrize("text, status", [
    ("Medication: none.", "none"),
    ("No psychiatric medications; prefers to avoid them.", "none"),
    ("Referred to psychiatry for medication evaluation.", "pending"),
    ("Medications: sertraline 50 mg started by OB.", "current: sertraline 50 mg"),
    ("Current meds: Zoloft 100mg daily.", "current: Zoloft 100mg daily"),
    ("Caffeine: 2 cups a day; no alcohol or drugs.", None),
])
def test_medication_status(text, status):
    got = [s.text for s in facts_of(text).medication_status]
    assert (got[0] if got else None) == status


@pytest.mark.parametrize("text, expected", [
    ("Plan: CBT with behavioral activation.", ["CBT", "behavioral activation"]),
    ("Began EMDR phase 3 targeting the accident memory.", ["EMDR"]),
    ("Plan: Cognitive Processing Therapy for PTSD, weekly.", ["CPT"]),
    ("CPT 90834 billed.", []),
    ("Weekly non-DBT therapy from ages 15-18.", []),
    ("Plan: continue supportive counseling and psychoeducation.", []),
])
def test_modalities_are_named_approaches(text, expected):
    assert [m.text for m in facts_of(text).modalities] == expected


@pytest.mark.parametrize("text, domain", [
    ("GPA fell from 3.6 to 2.7; 9 missing assignments.", "work_school"),
    ("She has called out sick 6 times this month.", "work_school"),
    ("He isolates and has stopped calling friends.", "relationships"),
    ("She has not showered in a week.", "self_care"),
    ("NSSI about 3 times a week.", "safety"),
    ("No problems at work; denies self-harm.", None),
    ("Uses a one-handed cutting board at home.", None),
])
def test_functional_impairments_by_domain(text, domain):
    domains = {i.domain for i in facts_of(text).impairments}
    assert domains == ({domain} if domain else set())


@pytest.mark.parametrize("text, expected", [
    ("Dx: F41.1 Generalized anxiety disorder.", [("Generalized anxiety disorder", "F41.1")]),
    ("A: Panic disorder (F41.0), improving.", [("Panic disorder", "F41.0")]),
    ("Diagnosis: MDD, recurrent, moderate.", [("major depressive disorder", None)]),
    ("R/O bipolar disorder. Family history of schizophrenia.", []),
    ("Reports depressed mood and anxiety; GAD-7 = 12.", []),
    ("His wife was diagnosed with Parkinson's disease.", []),
])
def test_diagnoses_with_codes_and_without(text, expected):
    assert [(d.name, d.icd10) for d in facts_of(text).diagnoses] == expected


def test_placeholder_notes_keep_codes_scores_and_dates():
    path = next(p for p in FIXTURES if p.stem == "deid_ptsd_initial")
    f = extract_facts(load(path)["notes"])
    assert [(d.icd10, d.name) for d in f.diagnoses] == [("F43.10", "Posttraumatic stress disorder")]
    assert [(m.instrument, m.score, m.date) for m in f.measures][:2] == [("PCL-5", 56, "<DATE_1>"), ("PHQ-9", 15, "<DATE_1>")]
    assert f.risk.assessed and [x.text for x in f.modalities] == ["CPT"]
    assert {s.text for s in f.medication_status} >= {"none", "pending"}


def test_cpt_codes_and_pre_service_cue():
    f = facts_of("INTAKE (90791)", "SESSION - 90834 + 90785. Client remains on the waitlist for IOP.")
    assert f.cpt_codes == ("90791", "90834", "90785")
    assert [x.text for x in f.not_started] == ["waitlist"]
