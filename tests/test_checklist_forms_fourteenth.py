"""The checklist on a fourteenth set of note shapes, examples written here (three or more per class), each a way a
"met" had been claimed for what the notes do not document: a history not yet taken or not known; a medication the
notes cannot name, a drug word inside a substance-use diagnosis, "no psychotropics given in ED", a naloxone kit; an
unticked "[ ] Discharge criteria" item; an appeal deadline or the time since a discharge read as the plan's length;
an encounter-for-screening code (Z00-Z13) as the diagnosis code; the schedule that is not enough ("weekly sessions
can't ...", "despite weekly therapy"); goals still to be written; care told in the past ("saw", "kept going");
a medication's or a meal's "daily" as the session frequency."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


def facts(*notes: str):
    return extract_facts(list(notes))


@pytest.mark.parametrize("note", [
    "I didn't get to past psychiatric/counseling history today -- he got tired after 45 min. Will ask next visit.",
    "Prior services: Mom isn't sure -- she thinks the school in Texas might have had him see someone in 2nd grade.",
    "* Dr. K will get his prior treatment history -- his intake was incomplete.",
    "Psychiatric history not yet obtained; wife unsure whether he had counseling before.",
])
def test_a_history_not_taken_is_no_prior_care(note):
    assert not facts(note).prior_treatment


@pytest.mark.parametrize("note", [
    "Prior: 8 sessions of CBT in 2022; records requested.",
    "Prior: outpatient therapy in 2020 (unsure of the practice name).",
    "Prior: unknown counseling as a child; 2 admissions in 2019.",
])
def test_known_prior_care_beside_an_unknown_stays(note):
    assert facts(note).prior_treatment


@pytest.mark.parametrize("note", [
    "Home meds: mom says pt \"takes something at night for sleep from the psychiatrist,\" unsure of name; will reconcile AM.",
    "Meds: on something from Dr. Stein, does not know the name.",
    "Medications: some kind of pill for nerves, name unknown.",
])
def test_a_medication_without_a_name_is_no_status(note):
    assert not facts(note).medication_status


@pytest.mark.parametrize("note", [
    "Dx: Stimulant use disorder, amphetamine-type (methamphetamine), severe -- F15.20",
    "Opioid use disorder (heroin, fentanyl), severe - F11.20.",
    "Sedative, hypnotic or anxiolytic use disorder (alprazolam), moderate.",
])
def test_a_drug_inside_a_substance_use_diagnosis_is_no_medication(note):
    assert not facts(note).medications


@pytest.mark.parametrize("note", ["Meds: buprenorphine 8 mg for opioid use disorder.",
                                  "Meds: Adderall XR 20 mg (ADHD); alcohol use disorder in remission."])
def test_a_dosed_medication_beside_a_use_disorder_stays(note):
    assert facts(note).medications


@pytest.mark.parametrize("note", ["No psychotropics given in ED.", "No PRN medications needed overnight.",
                                  "Overdose education done; naloxone kit + fentanyl test strips given 11/2."])
def test_what_was_given_at_one_visit_is_no_status(note):
    assert not facts(note).medication_status


@pytest.mark.parametrize("note", ["[ ] Discharge / step-down criteria", "- [ ] write discharge criteria when PHQ-9 is under 10",
                                  "\u2610 Step-down plan: discharge when stable"])
def test_an_unticked_item_is_no_discharge_criterion(note):
    assert not facts(note).discharge_criteria


def test_a_ticked_item_is():
    assert facts("[x] Discharge criteria: PHQ-9 under 10 twice; back at work.").discharge_criteria


@pytest.mark.parametrize("note", ["Appeal due within 60 days, but want it in this week.",
                                  "The plan must decide within 14 days on the request.",
                                  "Second attempt within 7 wks of finishing PHP.", "Follow-up within 7 days of discharge."])
def test_a_clock_is_no_plan_length(note):
    assert not facts(note).duration


@pytest.mark.parametrize("note", ["Dx: Major depressive disorder, recurrent, moderate (ref. dx on the fax: Z13.31)",
                                  "Dx: Z00.00 general adult exam", "Referral code Z13.39 (screening for other mental health)."])
def test_an_encounter_code_is_no_diagnosis_code(note):
    assert not [d for d in facts(note).diagnoses if d.icd10]


def test_a_z_code_that_names_a_problem_stays():
    assert [d.icd10 for d in facts("Dx: Z63.0 Relationship distress with spouse").diagnoses] == ["Z63.0"]


@pytest.mark.parametrize("note", ["Therapist recommends residential -- escalating despite weekly therapy.",
                                  "Weekly sessions can't keep her safe between visits.",
                                  "Twice-weekly outpatient has not been enough since March."])
def test_the_schedule_that_is_not_enough_is_no_plan(note):
    assert not facts(note).frequency


@pytest.mark.parametrize("note", ["Formal goals to be finalized in the IOP treatment plan within 72 hours of admission.",
                                  "Goals: TBD at next session.", "Measurable goals will be set with the family at the next visit."])
def test_goals_still_to_be_written(note):
    assert not facts(note).goals


@pytest.mark.parametrize("note", [
    "For the letter: he saw an outside ERP therapist weekly 03/2025-07/2025, 17 sessions.",
    "She went to a counselor every other week through high school.",
    "Treatment history: saw the EAP counselor for 6 sessions, then kept going weekly with her (about 14 visits).",
])
def test_care_told_in_the_past_is_no_plan(note):
    f = facts(note)
    assert not f.frequency and not f.duration


@pytest.mark.parametrize("note", ["Recommends residential with supervised meals + supervised insulin dosing daily at discharge.",
                                  "Blood sugar checks 4x/day with mom.", "Medications twice daily, observed by staff."])
def test_a_medication_or_meal_schedule_is_no_session_frequency(note):
    assert not facts(note).frequency


@pytest.mark.parametrize("line", ["No psychotropics given in ED.", "None needed overnight.", "No PRNs required this shift."])
def test_what_was_given_under_a_medication_heading_is_no_status(line):
    assert not facts("MEDICATIONS\n" + line).medication_status


@pytest.mark.parametrize("note, scores", [
    ("[[For the progress note: LSAS-SR at intake 9/4 was 92, today's re-administration 74. -GA]]", [92, 74]),
    ("PHQ-9 at admission 10/2 was 21; this week's retest 15.", [21, 15]),
    ("PCL-5 on 3/4 was 50, now 41.", [50, 41]),
])
def test_a_date_before_was_is_no_fraction(note, scores):
    f = facts(note)
    assert [m.score for m in f.measures] == scores and f.trends


@pytest.mark.parametrize("note", ["Yeah she offered. I'm not on anything and I don't really want to be.",
                                  "She isn't taking anything for her mood.",
                                  "Does not want pills right now -- no prescribed psychiatric medicine."])
def test_no_medication_in_plain_words(note):
    assert [s.text for s in facts(note).medication_status] == ["none"]


@pytest.mark.parametrize("note", ["Is he on anything for sleep?", "Not on anything else new."])
def test_a_question_about_medication_is_no_status(note):
    assert not facts(note).medication_status


@pytest.mark.parametrize("note, parts", [
    ("SNAP-IV (mother, 10/29/25), mean item scores:  Inattention 2.4 | Hyperactivity/Impulsivity 2.6 | ODD 2.5", 3),
    ("SNAP-IV inattention 18, hyperactivity 21.", 2),
    ("SNAP-IV (teacher): Inattentive 2.1; Oppositional 1.2", 2),
])
def test_snap_iv_subscales(note, parts):
    assert len(facts(note).measures) == parts


@pytest.mark.parametrize("note", ["First detox at 24 (2015-16, no follow-up).",
                                  "Two detox stays (2021 at Valley Detox; 2023 at county), left both without follow-up.",
                                  "Methadone clinic 2019-2020, dropped out when she moved.",
                                  "Saw a counselor at 15 for a few months."])
def test_past_care_dated_by_a_bracketed_year_a_short_range_or_an_age(note):
    assert facts(note).prior_treatment


@pytest.mark.parametrize("note", ["She started therapy here at 24 sessions.", "Plan: IOP 3 days/week (2026 schedule).",
                                  "Current: weekly therapy (2025-present)."])
def test_current_care_is_no_prior_care(note):
    assert not facts(note).prior_treatment


@pytest.mark.parametrize("note, found", [("Frequency: two 60-minute sessions a week (90837) for 8 weeks.", "two 60-minute sessions a week"),
                                         ("Plan: 3 x 45 min sessions per week for 6 weeks.", "3 x 45 min sessions per week"),
                                         ("Plan: two family sessions a week.", "two family sessions a week")])
def test_a_frequency_with_each_sessions_length(note, found):
    assert found in [x.text for x in facts(note).frequency]


@pytest.mark.parametrize("note", ["Moving to 2x/wk - missed 1 of last 3 weekly sessions, EPDS 16 -> 19.",
                                  "Since 2x/wk began (9 sessions): showering daily.",
                                  "Assessment: 11 sessions of outpatient FBT with weekly dietitian visits, and her weight has gone down."])
def test_a_count_of_sessions_held_is_no_plan_length(note):
    assert not facts(note).duration


@pytest.mark.parametrize("note", ["Veteran attended every scheduled session except two cancelled for travel and a holiday.",
                                  "Session moved because of the holiday."])
def test_a_session_moved_for_a_holiday_is_no_impairment(note):
    assert not facts(note).impairments


def test_a_medication_beside_withdrawal_stays():
    assert [m.name for m in facts("Mild withdrawal (COWS 6) on buprenorphine-naloxone 16 mg/day started in detox.").medications][:1] == ["buprenorphine"]


@pytest.mark.parametrize("note, modality", [("What I did: OARS; decisional balance grid; developed discrepancy.", "motivational interviewing"),
                                            ("MI tally: change talk 19 vs. sustain talk 3.", "motivational interviewing"),
                                            ("Rolled with sustain talk about weekends instead of arguing.", "motivational interviewing"),
                                            ("Clinical hypnosis: induction and ego-strengthening suggestions.", "hypnotherapy"),
                                            ("Art therapy: collage of safe places.", "art therapy"),
                                            ("Equine-assisted psychotherapy, ground work only.", "equine-assisted therapy")])
def test_modalities_told_by_their_techniques(note, modality):
    assert modality in [m.text for m in facts(note).modalities]


@pytest.mark.parametrize("note, earlier", [("FAD general functioning 2.6 (intake 3.1).", 3.1),
                                           ("ECBI (mother): Intensity 172 (intake 190), Problem 24.", 190),
                                           ("SNAP-IV inattention 18 (baseline 24), hyperactivity 21.", 24)])
def test_a_subscales_earlier_value_in_a_bracket(note, earlier):
    f = facts(note)
    assert earlier in [m.score for m in f.measures if m.baseline] and f.trends


@pytest.mark.parametrize("note", ["Nursing: eating about 25-50% of meals; in bed by 4 pm most days.",
                                  "Declining bingo and the chapel service this month.",
                                  "Sales lead; turned down a regional-manager promotion that needs monthly flights.",
                                  "Eats only 40% of her meals since the move."])
def test_roles_given_up_in_a_facility_and_at_work(note):
    assert facts(note).impairments


@pytest.mark.parametrize("note", ["Goal: eats 75% or more of meals.", "He got a promotion at work last month.", "Attended the chapel service Sunday."])
def test_not_impairments_either(note):
    assert not facts(note).impairments


@pytest.mark.parametrize("note", ["Plan: Li level + BMP in 3 mo.", "Recheck TSH in 6 weeks.", "Labs: CBC and CMP in 2 weeks."])
def test_a_labs_timing_is_no_plan_length(note):
    assert not facts(note).duration


@pytest.mark.parametrize("note, goals, schedule", [
    ("PLAN/GOALS (family plan 01/09/2025, review 04/09/2025): weekly family sessions, 12 sessions; shouting incidents 1 or fewer "
     "a week by 04/09/2025; Amara at school every day.", 2, "weekly"),
    ("Goals/Plan: PHQ-9 below 10; back to work 3 days a week; weekly CBT, 12 sessions.", 2, "weekly"),
    ("Plan & goals: twice a week ERP; Y-BOCS under 16 by June; touches door handles 5 of 7 days.", 2, "twice a week"),
])
def test_a_label_naming_plan_and_goals(note, goals, schedule):
    f = facts(note)
    assert len(f.goals) == goals and schedule in [x.text.lower() for x in f.frequency]


def test_a_plan_bracket_with_a_semicolon_is_no_label():
    note = ("G (Goals): From the treatment plan dated 02/11/2025 (review 05/11/2025; weekly, estimated 12 sessions): goal 2 - "
            "GAD-7 from 16 to below 10 by 05/11/2025; goal 3 - turn in work reports on time at least 4 of 5 days a week.")
    assert any("work reports" in g.text for g in facts(note).goals)


@pytest.mark.parametrize("note", ["Still hasn't been to her sister's since the spring (missed the <DATE_5> wedding rehearsal dinner).",
                                  "Skipped the <DATE_2> family reunion.", "Missed <PERSON_3>'s birthday party on <DATE_1>."])
def test_a_placeholder_inside_a_lost_role(note):
    assert facts(note).impairments


@pytest.mark.parametrize("note, scores", [("PDSS went from 17 at intake (June 2) to 9 today.", [17, 9]),
                                          ("Panic Disorder Severity Scale went from seventeen at intake (June 2) to nine today.", [17, 9]),
                                          ("GAD-7 9 (Jan 18) today.", [9])])
def test_a_bracketed_date_is_no_earlier_value(note, scores):
    assert sorted(m.score for m in facts(note).measures) == sorted(scores)


@pytest.mark.parametrize("field, item", [
    ("Intervention: interoceptive exposure (spinning chair x3, straw breathing 2 min), cognitive restructuring.", "interoceptive exposure"),
    ("Interventions: grounding (5-4-3-2-1, paced breathing); thought record.", "grounding (5-4-3-2-1, paced breathing)"),
    ("Interventions: sand tray, feelings chart.", "sand tray"),
])
def test_an_interventions_fields_first_item_keeps_its_brackets_whole(field, item):
    texts = [m.text for m in facts(field).modalities]
    assert item in texts and not any(t.count("(") > t.count(")") for t in texts)
