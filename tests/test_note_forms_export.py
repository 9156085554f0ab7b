"""Note forms the third blind set showed, each class with examples written here: risk screens told without the
word "risk", scores written as words, dates read as fractions, someone else's medication, a course told as over,
redacted dates taken for targets, and EHR fields run together on one line."""

from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts
from assistant.letters.number_words import with_digits


@pytest.mark.parametrize("text", [
    "SI/HI neg. Denies past attempts; no guns in home.",
    "Asked alone about wishing to be dead or hurting herself: denies.",
    "I asked him directly whether he had thought of ending his life; he said no.",
    "EPDS 21; Item 10 (the thought of harming myself) answered 'hardly ever'.",
    "PHQ-9 17, item 9 = 0.",
    "Fleeting thoughts of not waking up, no plan, no intent, never acted on them.",
    "Asked directly about thoughts of harming herself this week: none.",
])
def test_a_risk_screen_in_other_words(text):
    assert extract_facts([text]).risk.assessed


@pytest.mark.parametrize("text", [
    "Plan: C-SSRS to be administered next session.",
    "Her SI history is long.",
    "Si no viene el martes, llamar a la madre.",
])
def test_no_risk_screen(text):
    assert not extract_facts([text]).risk.assessed


@pytest.mark.parametrize("text, expected", [
    ("PCL-5 today thirty-eight (fifty-seven at intake on 06/30/2025).", {("PCL-5", 38), ("PCL-5", 57)}),
    ("He scored a twenty-one on the PHQ-9.", {("PHQ-9", 21)}),
    ("GAD-7 of nineteen at intake, now twelve.", {("GAD-7", 19), ("GAD-7", 12)}),
])
def test_scores_written_as_words(text, expected):
    assert {(m.instrument, m.score) for m in extract_facts([text]).measures} == expected


def test_number_words_become_digits_but_one_stays():
    assert with_digits("forty-six on one day, eleven the next") == "46 on one day, 11 the next"


@pytest.mark.parametrize("text, score, date", [
    ("When I repeated the PHQ-9 on 08/18 it was 14.", 14, "08/18"),
    ("The GAD-7 in 3/4 was 9.", 9, "3/4"),
    ("BDI-II at 10/02: 31.", 31, None),
])
def test_a_date_after_the_instrument_is_no_fraction(text, score, date):
    got = [(m.score, m.date) for m in extract_facts([text]).measures]
    assert got and got[0][0] == score and (date is None or got[0][1] == date)


@pytest.mark.parametrize("text", [
    'FHx: maternal aunt w/ OCD (on clomipramine, "helped a lot").',
    "Took about 10 of her roommate's quetiapine tablets after a breakup.",
    "Older half-brother (14) has ADHD, takes methylphenidate ER 36 mg.",
])
def test_someone_elses_medication_is_not_the_clients(text):
    assert extract_facts([text]).medications == ()


@pytest.mark.parametrize("text", [
    "Mother reports he takes sertraline 50 mg daily.",
    "Lives with her mother; on sertraline 50 mg since March.",
    "Meds: sertraline 100 mg; husband fills the pillbox.",
])
def test_the_clients_medication_beside_a_relative(text):
    assert [m.name.lower() for m in extract_facts([text]).medications] == ["sertraline"]


@pytest.mark.parametrize("text", [
    "DBT skills group in 2023 -- finished 16 of 24 weeks, left when she started a new job.",
    "Tried an IOP in spring; CBT there was discontinued after 3 weeks.",
    "EMDR with a community therapist ended in June when insurance changed.",
])
def test_a_course_told_as_over_is_no_current_modality(text):
    assert extract_facts([text]).modalities == ()


@pytest.mark.parametrize("goal, measurable", [
    ("Goals: less stress at home f/u <DATE_8>", False),
    ("Goals: feel calmer, review <DATE_2>", False),
    ("Goals: PHQ-9 below 10 by <DATE_3>", True),
])
def test_a_redacted_date_is_no_target(goal, measurable):
    assert [g.measurable for g in extract_facts([goal]).goals] == [measurable]


@pytest.mark.parametrize("note, element", [
    ("ENC 88 | 90791 | Pt: <PERSON_1> | FHx: brother takes methylphenidate 36 mg | Dx: F90.2 ADHD | Plan: PCIT weekly", "dx"),
    ("DOS <DATE_1> || Dx: F43.12 PTSD || Modality: Cognitive Processing Therapy || Meds: none", "meds"),
    ("Client: <PERSON_1> | Risk: SI/HI neg | Goals: PHQ-9 below 10 | Plan: CBT weekly x 12", "goals"),
])
def test_fields_run_together_on_one_line_are_read_as_fields(note, element):
    facts = extract_facts([note])
    if element == "dx":
        assert facts.diagnoses and facts.medications == ()
    elif element == "meds":
        assert facts.medication_status and facts.modalities
    else:
        assert facts.goals and facts.goals[0].measurable and facts.risk.assessed


@pytest.mark.parametrize("text, code", [
    ("dx f34.1 persistent depressive disorder (dysthymia), late onset.", "F34.1"),
    ("diagnosis: f41.1 generalized anxiety disorder", "F41.1"),
    ("impression - f43.10 ptsd; r/o f32.1", "F43.10"),
])
def test_a_lowercase_icd_code_beside_a_diagnosis_cue(text, code):
    assert code in {d.icd10 for d in extract_facts([text]).diagnoses}


def test_a_lowercase_code_without_a_cue_is_no_diagnosis():
    assert extract_facts(["took b12 daily and a d3.1 supplement"]).diagnoses == ()


@pytest.mark.parametrize("text, first, last", [
    ("scores - phq-9: 16 at group start (06/23/25), 11 today.", 16, 11),
    ("PHQ-9 16 at the start of treatment (06/23/2025), 11 today.", 16, 11),
    ("GAD-7 14 at start, 9 now.", 14, 9),
])
def test_a_start_point_then_today(text, first, last):
    trends = extract_facts([text]).trends
    assert [(t.first, t.last) for t in trends] == [(first, last)]


@pytest.mark.parametrize("text, frequency, duration", [
    ("Plan: family therapy 50 min (90847), Q week x 16 wks.", "Q week", "x 16 wks"),
    ("Sched 2x/wk x 8 wks (16 sess), then re-eval.", "2x/wk", "x 8 wks"),
    ("Frequency: q2wks x 6 mos", "q2wks", "x 6 mos"),
])
def test_schedule_shorthand(text, frequency, duration):
    facts = extract_facts([text])
    assert [f.text for f in facts.frequency] == [frequency] and [d.text for d in facts.duration] == [duration]


def test_q_as_a_word_is_no_frequency():
    assert extract_facts(["The Q and A took a week."]).frequency == ()


@pytest.mark.parametrize("text", ["Continue Q week. Humana authorization for 12 visits used up; requesting more.",
                                  "Continue weekly. The auth for 20 sessions ran out on <DATE_3>.",
                                  "Weekly CBT continues; approval for 8 visits expired last month."])
def test_a_spent_authorization_is_no_planned_duration(text):
    assert extract_facts([text]).duration == ()


@pytest.mark.parametrize("text, frequency", [
    ("08/11/2025; session 6; PCL-5 46; nightmares 2x/wk (were nightly); plan: continue CPT weekly.", ["weekly"]),
    ("Panic 3x/week; avoids buses; plan: CBT twice a week for 8 weeks.", ["twice a week"]),
    ("Purging 4x/wk; binges daily; will continue FBT weekly.", ["weekly"]),
])
def test_a_symptoms_frequency_is_no_session_schedule(text, frequency):
    assert [f.text for f in extract_facts([text]).frequency] == frequency


@pytest.mark.parametrize("text", [
    'Husband did EMDR through the VA in 2019 and "swears by it"; she asked about switching.',
    "Her sister's DBT group meets on Tuesdays.",
    "Mom is in CBT for her own anxiety.",
])
def test_a_relatives_treatment_is_not_the_clients(text):
    assert extract_facts([text]).modalities == ()


def test_a_treatment_shared_with_a_relative_is_the_clients():
    assert [m.text for m in extract_facts(["Client and her mother did CBT homework together."]).modalities] == ["CBT"]


@pytest.mark.parametrize("text, date", [
    ("08/11/2025; session 6; PCL-5 46; PHQ-9 13", "08/11/2025"),
    ("3/4 - GAD-7 12, slept better", "3/4"),
    ("<DATE_4>: PHQ-9 9 at check-in", "<DATE_4>"),
])
def test_a_log_line_dates_its_scores(text, date):
    assert {m.date for m in extract_facts([text]).measures} == {date}


@pytest.mark.parametrize("text", [
    "Review; goals: eat 3 meals a day; weight 50 kg; plan: continue PHP 5 days/wk, estimated 3 more weeks.",
    "Team note; goals: GAD-7 below 8; progress: GAD-7 12; plan: CBT weekly for 10 more weeks.",
    "IOP day 9; goals: no self-harm for 4 weeks; risk: denies SI; plan: IOP 3 days/wk, 2 more weeks then step down.",
])
def test_an_inline_goal_list_ends_at_the_next_field(text):
    facts = extract_facts([text])
    assert facts.duration and facts.goals


@pytest.mark.parametrize("text", [
    '9/19/25 -- BCBS denied residential before admission on 9/18: "member can be safely treated in a PHP."',
    "Cigna did not authorize the residential stay before admission on 3/2.",
    "The PHP request was denied before admission; the plan cited MCG.",
])
def test_a_payer_decision_is_no_prior_treatment(text):
    assert extract_facts([text]).prior_treatment == ()
