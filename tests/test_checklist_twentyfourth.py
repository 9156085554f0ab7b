"""Letter and checklist classes found by the twenty-fourth blind set, each with examples written here (never the
set's own wording)."""
import pytest

from assistant.letters.extract import extract_facts
from assistant.letters.patterns import label_kind


def _facts(text):
    return extract_facts([text])


def _scores(text):
    return [(m.instrument, m.score) for m in _facts(text).measures]


# -- a series told on in the next sentences without the name -------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("We began prolonged exposure on 03/02/2026. PCL-5 that day 61. At session 6 (04/13) 47. Last session (05/18) 30.",
     [("PCL-5", 61), ("PCL-5", 47), ("PCL-5", 30)]),
    ("BDI-II at intake: 33. Week 8 - 21. Today, 12.", [("BDI-II", 33), ("BDI-II", 21), ("BDI-II", 12)]),
    ("Her GAD-7 was 17 when she started. Session 10: 9.", [("GAD-7", 17), ("GAD-7", 9)]),
])
def test_a_series_carried_on_by_time_point_sentences_is_read(text, expected):
    assert _scores(text) == expected


@pytest.mark.parametrize("text", [
    "PHQ-9 was 18. He slept 6 hours. 12.",          # a sentence with other words breaks the series
    "GAD-7 today 14. Session 3: 40.",               # out of the instrument's range
    "PHQ-9 today 11. Week 4: lost 3 lb, walked 5 days.",
])
def test_a_sentence_that_is_not_only_a_time_point_and_a_number_ends_the_series(text):
    assert len(_scores(text)) == 1


# -- a score told a few words after the name, then later values -----------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("His SPIN at the first group on 2/4 was 48 (fear 17, avoidance 20); today he rated 31.", [("SPIN", 48), ("SPIN", 31)]),
    ("Her EPDS at the postpartum visit was 19; this week she scored 8.", [("EPDS", 19), ("EPDS", 8)]),
    ("The ISI from the sleep clinic was 22, now 15.", [("ISI", 22), ("ISI", 15)]),
])
def test_later_values_follow_a_score_told_in_prose(text, expected):
    assert sorted(_scores(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("PCL-5 that day 52.", ("PCL-5", 52)),
    ("GAD-7 last visit 13.", ("GAD-7", 13)),
    ("the PHQ-9 this session was 9", ("PHQ-9", 9)),
])
def test_a_time_phrase_between_name_and_score_is_passed_over(text, expected):
    assert expected in _scores(text)


@pytest.mark.parametrize("text, expected", [
    ("RCADS-25 depression T 74 at admission, 65 on 10/02.", "RCADS Depression T"),
    ("RCADS anxiety 14 at intake, 9 today.", "RCADS Anxiety"),
    ("RCADS-25 (youth) depression 11", "RCADS Depression"),
])
def test_the_short_rcads_subscales_are_parts(text, expected):
    assert any(m.instrument == expected for m in _facts(text).measures)


# -- discharge and step-down criteria --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Plan: ECT three times a week; the taper starts once the MADRS is under 12 on two ratings in a row.",
    "Once she has gone 6 weeks without a binge, treatment steps down to every other week.",
    "After 4 weeks with no aggression at school, the BCBA hours step down to 10 a week.",
])
def test_a_step_down_told_in_the_present_with_its_condition_is_a_criterion(text):
    assert _facts(text).discharge_criteria


@pytest.mark.parametrize("text", [
    "Fading: once the target behavior stays under 2 a day for 6 weeks, 97155 drops to monthly.",
    "Taper plan: when the PHQ-9 is below 10 twice in a row we go to every other week.",
    "Service fading: after mom reaches 90% fidelity on three probes, direct hours end.",
])
def test_a_fading_or_taper_field_holds_step_down_criteria(text):
    assert label_kind(text.split(":")[0]) == "discharge"
    assert _facts(text).discharge_criteria


@pytest.mark.parametrize("text", [
    "Goals / graduation (standard protocol): parent meets CDI mastery and the ECBI intensity is below 114.",
    "Goals & discharge: no self-harm for 8 weeks and back at school full days.",
    "Objectives / exit criteria: fewer than 2 panic attacks a month for 3 months.",
])
def test_a_goals_field_that_is_also_the_discharge_field_counts_for_both(text):
    assert _facts(text).discharge_criteria


@pytest.mark.parametrize("text", [
    "Discharge: when ready to step down to outpatient.",
    "Dispo: home with her sister once stable; follow-up to be arranged.",
    "Step-down: once medically stable, to PHP.",
])
def test_readiness_alone_is_no_discharge_criterion(text):
    assert not _facts(text).discharge_criteria


def test_readiness_with_a_measure_of_it_still_counts():
    assert _facts("Discharge: once stable on oral meds for 7 days, step down to PHP.").discharge_criteria


# -- why a lower level is not enough ---------------------------------------------------------------------------------
@pytest.mark.parametrize("label", ["Why not step down", "Why not outpatient", "Reasons against discharge"])
def test_a_why_not_label_is_the_level_of_care_rationale(label):
    assert label_kind(label) == "loc"


def test_a_why_not_step_down_field_is_a_rationale_not_a_criterion():
    facts = _facts("Why not step down: the nearest PHP is 50 miles away and he cannot drive; still eating a third of meals "
                   "-> not safe for a day program yet.")
    assert facts.lower_level_rationale and not facts.discharge_criteria


@pytest.mark.parametrize("text", [
    "Recommendation: IOP per ASAM; client prefers IOP so she can get back to school sooner.",
    "He would rather do the evening IOP and go back to work during the day.",
    "She chose PHP over residential because she wants to get back to her kids.",
])
def test_the_clients_preference_for_a_level_is_no_reason_a_lower_one_fails(text):
    assert not _facts(text).lower_level_rationale


# -- length of stay left to necessity --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Length of stay: as medically necessary.",
    "LOS: as long as clinically indicated.",
    "Expected length of stay: as medically warranted.",
])
def test_a_length_left_to_necessity_is_no_duration(text):
    assert not _facts(text).duration


# -- medication: stopped, on and off, a list of trials ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "In college she was given Prozac, which she stopped after two weeks because of nausea.",
    "He took Adderall in high school but stopped it when he left home.",
    "She has been on and off Lexapro since her twenties.",
    "Failed trials (3): sertraline 200 mg 12 wk (2020); venlafaxine 225 mg 10 wk (2022); mirtazapine 30 mg 8 wk (2024).",
])
def test_a_medication_told_as_stopped_intermittent_or_a_past_trial_is_no_current_status(text):
    assert not [f for f in _facts(text).medication_status if f.text.startswith("current")]


@pytest.mark.parametrize("text", [
    "Tried Prozac in college but stopped it after two weeks; now on Lexapro 10 mg.",
    "Failed trials: sertraline; now on bupropion 300 mg.",
    "Meds: sertraline 100 mg daily, which she takes at night.",
    "History: no prior counseling; her PCP started escitalopram 10 mg in 03/2025.",  # a past cue in another clause
])
def test_a_current_medication_beside_a_past_one_still_counts(text):
    assert [f for f in _facts(text).medication_status if f.text.startswith("current")]


# -- prior treatment pointed to but not here -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Past psychiatric history: referral packet says \"see old chart\" - not received; client declined to go into it today.",
    "Prior treatment: see intake packet (not attached).",
    "Past psych hx: client declined to discuss today.",
])
def test_a_history_that_only_points_to_absent_records_is_no_prior_treatment(text):
    assert not _facts(text).prior_treatment


@pytest.mark.parametrize("text", [
    "Prior treatment: outpatient CBT 2021-2022, see records.",
    "Prior treatment: two IOP stays; records not yet received.",
    "Past psych hx: inpatient at 19 after an overdose; outpatient therapy since.",
])
def test_a_history_with_its_care_named_still_counts(text):
    assert _facts(text).prior_treatment


# -- a session count told as a total, an end of term, a schedule every few weeks -------------------------------------
@pytest.mark.parametrize("text", [
    "Plan: weekly sessions, 18 total; goals below.",
    "Plan: weekly while deployed, every other week at home, sessions, about 12.",
    "Plan updated 02/02/2026: weekly 90837 through end of semester (05/15/2026).",
])
def test_a_total_session_count_or_an_end_of_term_is_a_duration(text):
    assert _facts(text).duration


def test_session_length_is_no_session_count():
    assert not _facts("She has had weekly sessions, 45 minutes each.").duration


@pytest.mark.parametrize("text", [
    "Plan: visits every 3 wks x 5.",
    "Plan: sessions every three weeks through June.",
    "Plan: med check every 4 weeks with therapy weekly.",
])
def test_every_few_weeks_is_a_frequency(text):
    assert _facts(text).frequency


# -- a plan named by its date lists its targets ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Plan (03/11/2026): PCL-5 under 33 by 06/30/2026; sleeps 6 h on 5 nights a week; weekly sessions x 12.",
    "Plan dated 01/05/2026: BDI-II below 14 by 04/2026; 2 social outings a week.",
    "Plan from 2026-02-14: drinks on no more than 2 days a week by 05/01/2026; weekly x 10.",
])
def test_a_plan_named_by_its_date_lists_measurable_goals(text):
    goals = _facts(text).goals
    assert goals and all(g.measurable for g in goals)
    assert not any("weekly" in g.text for g in goals)


# -- work or school cut from its usual amount ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Works 24 h/wk now (was 40 before the injury).",
    "He attends 2 days a week instead of 5 since September.",
    "Cut back to part-time in March.",
    "Attendance: 55% of school days attended this quarter.",
])
def test_work_or_school_cut_from_its_usual_amount_is_an_impairment(text):
    assert any(i.domain == "work_school" for i in _facts(text).impairments)


@pytest.mark.parametrize("text", [
    "Works 40 hours a week as a nurse.",
    "Period cramps 3 days a week.",
    "She attends 5 days a week.",
])
def test_an_ordinary_schedule_is_no_impairment(text):
    assert not any(i.domain == "work_school" for i in _facts(text).impairments)


# -- instruments added to the catalog --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("BMS depression 15 -> 9, anxiety 11 -> 6.", {("BMS Depression", 15), ("BMS Depression", 9), ("BMS Anxiety", 11), ("BMS Anxiety", 6)}),
    ("Brief Mood Survey: depression 13, anger 4.", {("BMS Depression", 13), ("BMS Anger", 4)}),
    ("DRSP luteal mean 4.4 in March, 3.1 in May.", {("DRSP Luteal mean", 4.4), ("DRSP Luteal mean", 3.1)}),
])
def test_brief_mood_survey_and_drsp_parts_are_read(text, expected):
    assert set(_scores(text)) == expected


def test_bowel_movements_are_no_brief_mood_survey():
    assert not _scores("Had 2 BMs yesterday, 1 today.")


# -- the payer's own words quoted in a note are no progress ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    'Re: Cigna denial of continued sessions after visit 20 ("symptoms improved; maintenance care") - notes for the appeal',
    "Denied by Aetna: \u201cmember has improved and can be seen monthly\u201d.",
    'Adverse determination 10/02: "client is stable and improved, no longer meets criteria".',
])
def test_progress_words_inside_the_payers_quoted_decision_are_not_progress(text):
    assert not _facts(text).progress


@pytest.mark.parametrize("text", [
    'The plan denied more visits because "she improved", but she has in fact improved: sleeping 6 hours.',
    "Sleep has improved since the denial.",
    'She said "I feel better" and her mood has improved.',
])
def test_progress_told_outside_the_payers_quote_still_counts(text):
    assert _facts(text).progress


# -- a memo's subject line that records the denial is the denial -----------------------------------------------------
@pytest.mark.parametrize("note, expected", [
    ('Re: Cigna denial of continued sessions after visit 20 ("maintenance care") - notes for the appeal\nClient: A B\n',
     "Cigna denial of continued sessions"),
    ("Subject: Aetna denied continued IOP on 3/2, not medically necessary\nPlan: IOP.\n", "Aetna denied continued IOP"),
    ("RE: UHC appeal - services not authorized after 4/1\nDx F41.1\n", "UHC appeal - services not authorized"),
])
def test_a_subject_line_recording_the_denial_is_quoted_as_the_denial(note, expected):
    from assistant.letters.sections import denial_statements
    found = denial_statements([note], "Some Health Plan")
    assert found and found[0].startswith(expected)


def test_a_subject_line_naming_the_client_is_not_the_denial():
    from assistant.letters.sections import denial_statements
    assert denial_statements(["RE: Jane Roe, DOB 01/01/1990\nClient denied SI.\n"], "Aetna") == []


@pytest.mark.parametrize("text", [
    "- also he did play therapy in 1st grade for about 6 months after the divorce, not sure if that matters",
    "She saw a counselor at college in 2019, not sure if it is relevant.",
    "He had grief counseling after his dad died in 2020 - not sure if that counts.",
])
def test_doubt_about_relevance_is_no_doubt_about_the_history(text):
    from assistant.letters.element_checks import CHECKS
    from assistant.letters.patterns import Segment
    assert CHECKS["prior_treatment"](Segment(0, text, "", None))


@pytest.mark.parametrize("text, expected", [
    ("Aberrant Behavior Checklist, parent: Hyperactivity 30, Inappropriate Speech 6.",
     {("Aberrant Behavior Checklist Hyperactivity", 30), ("Aberrant Behavior Checklist Inappropriate Speech", 6)}),
    ("Aberrant Behavior Checklist (teacher): Irritability 24, Stereotypic Behavior 8.",
     {("Aberrant Behavior Checklist Irritability", 24), ("Aberrant Behavior Checklist Stereotypic Behavior", 8)}),
    ("OSBD-R 15.2 at intake, 9.6 today.", {("OSBD-R", 9.6), ("OSBD-R", 15.2)}),
])
def test_aberrant_behavior_checklist_parts_and_osbd_r_are_read(text, expected):
    assert set(_scores(text)) == expected


def test_abc_data_in_aba_is_no_aberrant_behavior_checklist():
    assert not _scores("ABC data collected on 3 episodes of hitting; antecedent was a transition each time.")
