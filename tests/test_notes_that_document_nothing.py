"""Sentences that look like an element but document nothing of the client's care, by class: a question (asked,
reported or left as a form prompt), a relative's history, a screen or approach only planned or suggested, the
payer's side (what it approved, its criteria), an end with nothing to observe, a relative's treatment or a time cue
that names no care, a step-down for later, how long a score must hold, and an option of a form left unticked.
Examples written here, none from an eval set."""
from __future__ import annotations

import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts


def status(notes: list[str], element: str, letter_type: str = "continued_stay", level: str = "outpatient psychotherapy") -> str:
    items = check_notes(extract_facts(notes), letter_type, level)
    return next(i.status for i in items if i.element == element)


@pytest.mark.parametrize("note", [
    "Q: What is she not able to do day to day right now - work, chores, anything at home?",
    "Her father asked whether anyone had checked on her ability to keep up with school and chores.",
    "Question brought to the group: how to show that she cannot keep her job or do her chores?",
    "What has she stopped doing at work, at school or at home since the relapse?",
])
def test_a_question_is_not_evidence_of_impairment(note):
    assert status([note], "functional_impairment") == "missing"


@pytest.mark.parametrize("note", [
    "I asked whether she has thought about ending her life; she said no, and denies intent or plan.",
    "We asked if he has had thoughts of hurting himself; he denied SI and HI.",
    "This writer asked whether she wishes she were dead; she said, \"No, never.\"",
])
def test_the_clinician_s_own_screening_question_documents_the_screen(note):
    assert status([note], "risk_assessment") == "met"


@pytest.mark.parametrize("note", [
    "9. IF REQUESTING MORE THAN WEEKLY, EXPLAIN WHY A LOWER LEVEL OF CARE IS NOT SUFFICIENT: see attached",
    "Explain why outpatient treatment is not enough: TBD",
    "Describe why weekly sessions are insufficient: ________",
])
def test_a_form_prompt_left_for_later_is_not_a_rationale(note):
    assert status([note], "lower_level_insufficient", level="intensive outpatient program") == "missing"


@pytest.mark.parametrize("note", [
    "Fam hx: mom - bipolar 1, maternal uncle - schizophrenia.",
    "\U0001F46A fam hx: father with major depressive disorder.",
    "Family psychiatric history: sister treated for generalized anxiety disorder.",
])
def test_a_relative_s_history_is_not_the_client_s_diagnosis(note):
    assert status([note], "diagnosis") == "missing"


@pytest.mark.parametrize("note", [
    "Recommendations: 2. C-SSRS and an overdose-risk review at her next contact.",
    "Plan to complete a C-SSRS screen at the next appointment.",
    "Recommend a suicide risk screen (ASQ) be completed by the school counselor.",
])
def test_a_risk_screen_only_planned_is_not_done(note):
    assert status([note], "risk_assessment") == "missing"


@pytest.mark.parametrize("note", [
    "Consultation: contingency management would be worth adding to the groups.",
    "The group suggested adding EMDR once she is stable.",
    "She might benefit from DBT skills; consider a trial of DBT next quarter.",
])
def test_a_suggested_approach_is_not_care_given(note):
    assert status([note], "treatment_modality") == "missing"


@pytest.mark.parametrize("note, element", [
    ("You mentioned that your plan approved 10 visits and then denied more as not medically necessary.", "frequency_duration"),
    ("The reviewer read me their step-down criteria: no withdrawal risk and safe for a lower level of care.", "discharge_criteria"),
    ("Insurance authorized 12 more sessions through March.", "frequency_duration"),
])
def test_the_payer_s_side_is_not_the_clinician_s_plan(note, element):
    assert status([note], element) == "missing"


@pytest.mark.parametrize("note", [
    "We'll keep meeting weekly until you feel ready to stop.",
    "Therapy continues until she says she is done.",
    "Sessions will go on until the family feels comfortable ending.",
])
def test_an_end_with_nothing_to_observe_is_not_a_discharge_criterion(note):
    assert status([note], "discharge_criteria") == "missing"


@pytest.mark.parametrize("note", [
    "Before admission he was living alone in the apartment over the bakery.",
    "My dad went through rehab twice, he said.",
    "Her mother was in therapy for years after the divorce.",
])
def test_a_time_cue_or_a_relative_s_care_is_not_prior_treatment(note):
    assert status([note], "prior_treatment") == "missing"


@pytest.mark.parametrize("note", [
    "Step down to weekly sessions when the Y-BOCS is 15 or below; discharge when 10 or below for 4 weeks.",
    "Steps down to monthly check-ins once the PHQ-9 stays under 10 for 6 weeks.",
    "Goal met when GAD-7 is 5 or less for 8 weeks; step down to biweekly when goal 1 is met.",
])
def test_a_later_step_down_and_a_held_threshold_are_not_the_schedule(note):
    assert status([note], "frequency_duration") == "missing"


@pytest.mark.parametrize("note", [
    "Modality: [ ] CBT  [ ] DBT  [ ] EMDR  [ ] Other ____",
    "Approach: \u2610 CBT \u2610 ERP \u2610 ACT",
    "Interventions used: ( ) CBT ( ) DBT ( ) TF-CBT",
])
def test_an_unticked_option_is_not_chosen(note):
    assert status([note], "treatment_modality") == "missing"


def test_a_ticked_option_is_chosen():
    assert status(["Modality: [ ] CBT  [x] DBT  [ ] EMDR"], "treatment_modality") == "met"


@pytest.mark.parametrize("note, element", [
    ("Expected duration of treatment / number of sessions: ______________________", "frequency_duration"),
    ("Measurable goals: [                    ]", "measurable_goals"),
    ("Discharge criteria: (          )", "discharge_criteria"),
])
def test_a_blank_template_field_documents_nothing(note, element):
    assert status([note], element) == "missing"
