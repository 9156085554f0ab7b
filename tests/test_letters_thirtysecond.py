"""Letter and checklist classes found in the thirty-second session (leftovers of the thirty-first sets and the
thirty-second blind set), each with examples written here (never the set's own wording)."""
import pytest

from letter_facts import scores as _scores, status as _status


# -- a two-language note glosses when a score was taken: "hoy / today 9 (la semana pasada / last week 12)" ----------
@pytest.mark.parametrize("text,name,values", [
    ("Escalas / Scales: GAD-7 hoy / today 9 (la semana pasada / last week 12).", "GAD-7", {9, 12}),
    ("Messungen / Measures: PHQ-9 heute / today 11; bei Aufnahme / at intake 19.", "PHQ-9", {11, 19}),
    ("Pomiary / Measures: PCL-5 dziś / today 38 (przy przyjęciu / at admission 51).", "PCL-5", {38, 51}),
    ("Đo lường / Measures: PHQ-9 hôm nay / today 8 (lần trước / last session 13).", "PHQ-9", {8, 13}),
])
def test_a_glossed_time_word_between_instrument_and_score_is_read_in_english(text, name, values):
    assert {s for i, s, _ in _scores(text) if i == name} == values
    assert _status(text, "measure_trend").status == "met"


@pytest.mark.parametrize("text,kept", [
    ("PHQ-9 / GAD-7: 12 / 9", "PHQ-9 / GAD-7: 12 / 9"),  # two instruments, no gloss
    ("Ja / Yes", "Ja / Yes"),
    ("today / now", "today / now"),  # both halves English
    ("Arbeit / work: missed 3 days", "Arbeit / work: missed 3 days"),  # the English half is no time word
])
def test_pairs_that_are_no_time_gloss_are_left_as_written(text, kept):
    from assistant.letters.glosses import english_glosses
    assert english_glosses(text) == kept


# -- the client's own medical care put off is a loss of function -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Why she came now: a new thyroid diagnosis, and she has skipped 4 blood draws since spring.",
    "Cancelled two dental cleanings this year after freezing in the chair.",
    "He has avoided his colonoscopy for three years because of the prep and the needles.",
    "Put off her follow-up cardiology appointments since the ICD was placed.",
])
def test_medical_care_put_off_is_impairment(text):
    assert _status(text, "functional_impairment").status == "met"


@pytest.mark.parametrize("text", [
    "Missed 2 therapy sessions in May (car trouble).",
    "Lab draw scheduled for Friday at the clinic.",
    "She did not miss any doctor appointments this quarter.",
    "Went to her PCP appointment alone and got the flu shot.",
])
def test_care_kept_or_therapy_missed_is_not_that_impairment(text):
    assert _status(text, "functional_impairment").status == "missing"


# -- "did not contain" with a course of care as its subject is history, not a record's gap ---------------------------
@pytest.mark.parametrize("text", [
    "History: weekly DBT-informed therapy 2023-2024, and weekly contact did not contain the crises between sessions.",
    "Past care: outpatient counseling 2022-2024; the once-a-week schedule did not contain her purging.",
    "Prior treatment: IOP in 2025 for 6 weeks - the program did not contain the relapses.",
])
def test_care_that_did_not_contain_symptoms_is_prior_care(text):
    assert _status(text, "prior_treatment").status == "met"


@pytest.mark.parametrize("text", [
    'Reason given: "The treatment plan does not include measurable goals."',
    "Records submitted did not document a trial of a lower level of care.",
    "It does not state the expected length of treatment.",
])
def test_a_record_that_does_not_include_something_documents_nothing(text):
    from assistant.letters.patterns.prose import asks
    assert asks(text)


# -- a goals field's schedule sentence, then a step-down clause of its own -----------------------------------------
@pytest.mark.parametrize("text", [
    "Goals: no purging for 6 weeks; EDE-Q under 2.5. Twice weekly for 6 months, then review; step down to weekly once purging stops.",
    "Goals: back at work 20 h/week. Three times a week for 12 weeks; move to weekly when she has a month without a crisis.",
    "Goals: PCL-5 under 33. Weekly for 16 sessions; drop to every other week once the nightmares are 1 a week or fewer.",
])
def test_a_schedule_before_a_step_down_clause_is_the_schedule(text):
    assert _status(text, "frequency_duration").status == "met"


@pytest.mark.parametrize("text", [
    "Plan: step down to weekly when the PHQ-9 is under 10.",
    "Goals: fewer crises; step down to weekly once stable.",
    "Step down to biweekly sessions after two scores under 10.",
])
def test_a_step_down_alone_is_no_schedule(text):
    assert _status(text, "frequency_duration").status == "missing"


# -- instruments the catalog lacked: wellbeing, resilience, loneliness, trauma, cognition, autism screening ----------
@pytest.mark.parametrize("text,name,values", [
    ("IES-R 46 at intake (01/10/2026), 30 on 03/02/2026.", "IES-R", {46, 30}),
    ("WHO-5 Well-Being Index: 28 at intake, 56 now.", "WHO-5", {28, 56}),
    ("WEMWBS 35 -> 47 over the group.", "WEMWBS", {35, 47}),
    ("Connor-Davidson Resilience Scale (CD-RISC) 41, was 33 at the start.", "CD-RISC", {41, 33}),
    ("PSYCHLOPS: 16 today (19 at session 1).", "PSYCHLOPS", {16, 19}),
    ("AAQ-II 38 at intake; 29 at week 8.", "AAQ-II", {38, 29}),
    ("UCLA Loneliness Scale 61 (02/2026) and 48 (05/2026).", "UCLA Loneliness Scale", {61, 48}),
    ("RUDAS 19/30 on 4/2; 21/30 on 6/4.", "RUDAS", {19, 21}),
    ("MQ (Mutilation Questionnaire) 22 today, 26 at the first visit.", "MQ", {22, 26}),
])
def test_instruments_added_to_the_catalog_are_read(text, name, values):
    assert {s for i, s, _ in _scores(text) if i == name} == values


@pytest.mark.parametrize("text", [
    "The CIA agents in his delusion follow him to the store.",  # a capitalised word that is an instrument's name
    "Brs and sisters visited on Sunday.",
    "the bads were worse this week than the goods",
])
def test_instrument_words_without_a_score_are_no_scores(text):
    assert _scores(text) == []


# -- a score-first series whose last pair follows "and" -----------------------------------------------------------
@pytest.mark.parametrize("text,name,values", [
    ("PHQ-9 21 (02/2026) and 14 (05/2026).", "PHQ-9", {21, 14}),
    ("GAD-7 17 (1/9), 12 (2/6) and 8 (3/6).", "GAD-7", {17, 12, 8}),
    ("PCL-5 58 (intake 10/01) and 41 (12/03), ahead of the review.", "PCL-5", {58, 41}),
])
def test_a_series_ending_with_and_keeps_its_last_pair(text, name, values):
    assert {s for i, s, _ in _scores(text) if i == name} == values
