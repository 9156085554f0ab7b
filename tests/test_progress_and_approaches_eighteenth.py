"""Progress told as a count beside an earlier count, a return to the lower schedule on a condition as the discharge
criterion, and experiential approaches named by their own names or signature techniques (examples written here)."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


@pytest.mark.parametrize("text", [
    "Progress: father reports 2 rages this week (about 6 a week in September).",
    "Mom's tally: 3 outbursts this week (5 the week before).",
    "She had 1 panic attack this week, was 4 a week at intake.",
])
def test_a_count_beside_an_earlier_count_is_progress(text):
    assert extract_facts([text]).progress


@pytest.mark.parametrize("text", [
    "He drinks 3 beers a night (6 packs a week).",
    "Goal: 2 outbursts a week or fewer by March.",
])
def test_a_count_with_no_earlier_count_is_not_progress(text):
    assert not extract_facts([text]).progress


@pytest.mark.parametrize("text", [
    "Plan: 6 visits every 2 weeks, then back to PCP-only follow-up once attacks are 1/wk or less for a month.",
    "Twice weekly for 6 weeks, then back to weekly if the ideation items are negative for 2 weeks.",
    "Will return to monthly check-ins when she has 8 weeks without a binge.",
])
def test_a_return_to_the_lower_schedule_on_a_condition_is_a_discharge_criterion(text):
    assert extract_facts([text]).discharge_criteria


def test_going_back_to_school_is_not_a_discharge_criterion():
    assert not extract_facts(["He went back to school after the break."]).discharge_criteria


@pytest.mark.parametrize("text, name", [
    ("Set-up: empty-chair dialogue with her late father; heightening and tracking.", "Gestalt therapy"),
    ("THERAPLAY SESSION: structure and nurture activities with the adoptive mother.", "Theraplay"),
    ("Psychodrama warm-up, then role reversal with the group.", "drama therapy"),
    ("Sand tray: built the flood scene again, added a bridge.", "sand tray therapy"),
    ("Imagery rehearsal of the rewritten nightmare, 10 minutes.", "imagery rehearsal therapy"),
])
def test_experiential_approaches_are_named(text, name):
    assert name in [m.text for m in extract_facts([text]).modalities]


@pytest.mark.parametrize("text", [
    "Anger came out as a raised voice for the first time in treatment.",
    "She cried for the first time in therapy when describing the funeral.",
    "He named the abuse for the first time in treatment today.",
])
def test_an_event_for_the_first_time_in_treatment_is_not_history(text):
    assert not extract_facts([text]).prior_treatment


@pytest.mark.parametrize("text", [
    'Transference: "you must have better things to do than listen to me."',
    "She believes her children deserve better parents than her.",
    "He keeps saying there are better ways to spend the money.",
])
def test_better_before_a_noun_is_not_progress(text):
    assert not extract_facts([text]).progress


@pytest.mark.parametrize("text", [
    "Decision: continue sertraline 100 mg; reassess in 4 weeks.",
    "Lamotrigine up to 200 mg, re-evaluate in 6 weeks.",
    "Started prazosin; reassessment in 3 weeks with the prescriber.",
])
def test_a_medication_reassessment_interval_is_not_the_duration(text):
    assert not extract_facts([text]).duration


@pytest.mark.parametrize("text", [
    "Youth: curfew violations 2 this week (5 a week at referral).",
    "Nightmares 3 this week (nightly at admission).",
    "School absences 1 this month (4 a month at intake).",
])
def test_a_named_count_beside_an_earlier_count_is_progress(text):
    assert extract_facts([text]).progress


@pytest.mark.parametrize("text", [
    "Plan: 16 weekly IPT sessions. She declined a medication referral for now.",
    "He refused a psychiatric medication evaluation.",
    "Not interested in a medication consult at this time.",
])
def test_a_declined_medication_referral_is_the_medication_status(text):
    assert extract_facts([text]).medication_status


@pytest.mark.parametrize("text, parts", [
    ("HADS: anxiety 9, depression 12.", {"HADS anxiety": 9, "HADS depression": 12}),
    ("Hospital Anxiety and Depression Scale: A 10 / D 13.", {"HADS A": 10, "HADS D": 13}),
    ("HADS-A 11, HADS-D 8 on 03/02.", {"HADS-A": 11, "HADS-D": 8}),
])
def test_hads_subscales_written_together_are_read(text, parts):
    got = {m.instrument: m.score for m in extract_facts([text]).measures}
    assert all(got.get(k) == v for k, v in parts.items()), got


@pytest.mark.parametrize("text", [
    "Weekly sessions are not enough.",
    "Outpatient alone is not enough.",
    "Weekly therapy is insufficient.",
])
def test_a_bare_claim_that_a_lower_level_is_not_enough_is_no_rationale(text):
    assert not extract_facts([text]).lower_level_rationale


@pytest.mark.parametrize("text", [
    "Weekly therapy since March has not reduced the panic attacks.",
    "Weekly sessions are not enough: she relapses by Friday every week.",
    "Outpatient alone is not enough after two ED visits this month.",
])
def test_a_claim_with_its_reason_is_a_rationale(text):
    assert extract_facts([text]).lower_level_rationale


@pytest.mark.parametrize("text", [
    "* We also asked about thoughts of suicide.",
    "Asked about SI.",
    "The care manager asked whether he has had thoughts of hurting himself.",
])
def test_a_question_asked_without_its_answer_is_no_risk_screen(text):
    assert not extract_facts([text]).risk.assessed


@pytest.mark.parametrize("text", [
    "We asked about thoughts of suicide; she denied any.",
    "Asked directly about suicide.\nDenies.",
    'Asked about thoughts of killing herself: "no, never."',
])
def test_a_question_asked_with_its_answer_is_a_risk_screen(text):
    assert extract_facts([text]).risk.assessed


@pytest.mark.parametrize("text", [
    "Prior treatment history: will get from PCP records (release signed).",
    "Past psych hx: pending records from the hospital.",
    "Prior tx: records requested from the county clinic.",
])
def test_a_history_field_holding_a_to_do_is_no_history(text):
    assert not extract_facts([text]).prior_treatment


@pytest.mark.parametrize("text", [
    "Scoring: + step done correctly, unprompted; P done after a prompt; - not done",
    "Key: D/C when all steps are done unprompted",
    "Legend: discharge criteria met when the box is ticked",
])
def test_a_scoring_key_or_legend_is_no_discharge_criterion(text):
    assert not extract_facts([text]).discharge_criteria


@pytest.mark.parametrize("text", [
    "Sertraline 50 mg daily (PCP, since 2025); she asked whether it should go up.",
    "Bupropion XL 300 mg -- he wondered if he could stop it before the trip.",
    "Takes escitalopram 10 mg; mom asked whether the dose is too low.",
])
def test_a_question_reported_after_a_documented_clause_keeps_the_clause(text):
    assert extract_facts([text]).medication_status


@pytest.mark.parametrize("text", [
    "We did ten sessions of CBT between April and late June and the bedtime worry dropped off.",
    "She saw a counselor at school from January to March, then stopped.",
    "Admitted here in 2019, 2021 and 2024, each time after stopping meds.",
    "We had eight sessions of ERP between <DATE_2> and late <DATE_3>; rituals halved.",
])
def test_care_in_a_finished_stretch_of_months_or_past_admissions_is_prior_treatment(text):
    assert extract_facts([text]).prior_treatment


@pytest.mark.parametrize("text", ["Plan: weekly CBT between <DATE_1> and <DATE_2>.", "She will attend IOP between <DATE_1> and <DATE_2>."])
def test_care_planned_between_two_dates_is_not_prior_treatment(text):
    assert not extract_facts([text]).prior_treatment


@pytest.mark.parametrize("text", [
    "School sent him home once in October for hitting.",
    "The daycare sent her home twice this month after biting.",
    "Was sent home from work on Tuesday after a panic attack.",
])
def test_being_sent_home_is_an_impairment(text):
    assert extract_facts([text]).impairments


@pytest.mark.parametrize("text, name", [
    ("RIVERSIDE COUNSELING\nProgress Note -- Experiential / Gestalt\n\nClient: <PERSON_1>\nSet-up: two chairs facing.", "Gestalt therapy"),
    ("DBT INDIVIDUAL SESSION NOTE\nClient: <PERSON_1>\nReviewed the diary card.", "DBT"),
    ("EMDR SESSION 4\nClient: <PERSON_1>\nReprocessed the target memory.", "EMDR"),
])
def test_an_approach_named_in_the_notes_title_counts(text, name):
    assert name in [m.text for m in extract_facts([text]).modalities]


def test_an_approach_under_a_prior_treatment_heading_does_not():
    assert not extract_facts(["PRIOR TREATMENT: EMDR (2019)\nPlan: weekly."]).modalities


@pytest.mark.parametrize("text, earlier", [
    ("GAD-7 = 15 (11 at last routine session).", 11),
    ("PHQ-9 12 (16 last week).", 16),
    ("PHQ-9 12 (16 at the last visit).", 16),
])
def test_an_earlier_score_at_the_last_visit_is_read(text, earlier):
    assert earlier in [m.score for m in extract_facts([text]).measures]


@pytest.mark.parametrize("text", [
    "Weekly outpatient is what he had for eight months while the ideation built up.",
    "She had outpatient therapy while the purging got worse.",
    "Going back to weekly sessions now would undo the gains of the last month.",
])
def test_a_lower_level_held_while_the_problem_grew_is_a_rationale(text):
    assert extract_facts([text]).lower_level_rationale


def test_a_lower_level_with_no_story_of_failure_is_not():
    assert not extract_facts(["Weekly sessions while she worked on her resume."]).lower_level_rationale


@pytest.mark.parametrize("text", [
    "Service history: started with us in June at 15 hrs/wk after a year of speech therapy.",
    "Services history: two years of school counseling, then a parenting class.",
    "History of services: in-home therapy 2023-2024.",
])
def test_a_service_history_field_is_prior_treatment(text):
    assert extract_facts([text]).prior_treatment


@pytest.mark.parametrize("text", [
    "Behavior reduction -- aggression (hit / kick / bite), % of intervals:\n   baseline <DATE_1>: 42%   |   <DATE_2>: 19%",
    "SELF-INJURY (head banging), episodes per day:\n  <DATE_1>: 14\n  <DATE_2>: 6",
    "Target behavior - elopement from the classroom, per week:\n  <DATE_1>: 5\n  <DATE_2>: 2",
])
def test_a_behavior_named_in_a_data_heading_is_an_impairment(text):
    assert extract_facts([text]).impairments


@pytest.mark.parametrize("text", [
    "I asked directly about thoughts of suicide or of not wanting to be alive: none now or ever, no self-harm.",
    "Asked about thoughts of suicide or wishing not to be around: denies both.",
    "Asked about thoughts of killing herself or not wanting to be here: none this week.",
])
def test_a_screen_that_asks_about_not_wanting_to_be_alive_is_a_screen(text):
    assert extract_facts([text]).risk.assessed


def test_a_screen_still_to_be_done_is_not():
    assert not extract_facts(["C-SSRS to be done next visit."]).risk.assessed


@pytest.mark.parametrize("text", [
    "Dispo criteria: no aggression x 7 days; accepted by a group home; outpatient intake done.",
    "Disposition criteria: home when he has 3 days without aggression.",
    "Disposition requirements: stable on the LAI for two weeks and a bed at the crisis residence.",
])
def test_a_disposition_criteria_field_is_a_discharge_criterion(text):
    assert extract_facts([text]).discharge_criteria


def test_a_crisis_notes_disposition_is_where_the_client_went():
    facts = extract_facts(["DISPOSITION: Not at imminent risk; home with sister. Denies SI."])
    assert not facts.discharge_criteria and facts.risk.assessed


@pytest.mark.parametrize("text", [
    "Target hierarchy: 1) life-threatening -- 0 self-harm episodes by week 12; 2) quality of life -- no missed shifts for 8 weeks.",
    "Target hierarchy: (1) no suicide attempts; cutting under 1 a month by March; (2) attends 90% of skills group.",
    "DBT target hierarchy: 1) self-harm: none for 4 consecutive weeks; 2) quality of life: back to 3 classes a week by May.",
])
def test_a_target_hierarchy_with_targets_gives_measurable_goals(text):
    goals = extract_facts([text]).goals
    assert goals and all(g.measurable for g in goals), [(g.text, g.measurable) for g in goals]


def test_a_target_hierarchy_that_only_names_behaviours_gives_no_goals():
    assert not extract_facts(["Target hierarchy: 1) self-harm 2) therapy-interfering behavior 3) quality of life"]).goals


@pytest.mark.parametrize("text", [
    "Response: [ ] Improvement  [x] No change  [ ] Worse",
    "Progress toward goals: ☐ improved ☑ unchanged",
    "Status: ( ) better (x) same ( ) worse",
])
def test_an_unticked_improvement_box_is_no_progress(text):
    assert not extract_facts([text]).progress


@pytest.mark.parametrize("text", [
    "One lapse on <DATE_1>; since then three negative screens at the house and two here.",
    "UDS: 4 consecutive negative screens.",
    "All screens negative since <DATE_2>.",
])
def test_clean_results_after_a_lapse_are_progress(text):
    assert extract_facts([text]).progress


def test_negative_screens_long_ago_are_not_progress():
    assert not extract_facts(["Screens were negative in 2022."]).progress


@pytest.mark.parametrize("text", [
    "No firearms (sold his hunting rifles to his brother-in-law in 2019; wife confirms).",
    "Gave his guns to his brother in 2024 and has none now.",
    "Husband removed the pistol from the home last week.",
])
def test_means_out_of_reach_is_no_risk_factor(text):
    assert not extract_facts([text]).risk.factors


@pytest.mark.parametrize("text", ["Father keeps a handgun in the house.", "Has access to his father's rifle."])
def test_means_at_hand_is_a_risk_factor(text):
    assert extract_facts([text]).risk.factors


@pytest.mark.parametrize("text", [
    "Referred for TMS after failing multiple adequate trials in this episode.",
    "Failing two antidepressants at full dose led to the referral.",
    "After failing several medication trials she agreed to ECT.",
])
def test_failing_treatment_trials_is_no_school_impairment(text):
    assert not [i for i in extract_facts([text]).impairments if i.domain == "work_school"]


@pytest.mark.parametrize("text", [
    "Parents have not seen any self-harm at home.",
    "Teachers have not seen anything worrying at school.",
    "Staff have not seen signs of purging on the unit.",
])
def test_others_not_seeing_a_symptom_is_no_impairment(text):
    assert not extract_facts([text]).impairments


@pytest.mark.parametrize("text, name", [
    ("Sinus bradycardia and orthostatic tachycardia secondary to malnutrition (R00.1).",
     "Sinus bradycardia and orthostatic tachycardia secondary to malnutrition"),
    ("Also: and chronic insomnia (G47.00)", "chronic insomnia"),
    ("Comorbid: obstructive sleep apnea (G47.33).", "obstructive sleep apnea"),
])
def test_a_diagnosis_phrase_before_its_code_never_opens_on_a_joining_word(text, name):
    assert [d.name for d in extract_facts([text]).diagnoses] == [name]
