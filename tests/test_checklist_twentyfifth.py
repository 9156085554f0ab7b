"""Letter and checklist classes found by the twenty-fifth blind set and the twenty-fourth's remainder, each with
examples written here (never the sets' own wording)."""
import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts
from letter_facts import status as _status


# -- a lab or vital sign's trend counts only beside the diagnosis it follows -----------------------------------------
@pytest.mark.parametrize("text", [
    "Dx: major depressive disorder, recurrent, severe (F33.2). Weight 82 kg on 3/1. Weight 80.5 kg on 4/2. MADRS today 28.",
    "Diagnosis: generalized anxiety disorder F41.1. HR 104 at intake; HR 88 on 5/6. GAD-7 once, 15.",
    "Dx F31.81 bipolar II. Lithium level 0.6 on 2/2 and 0.9 on 3/3. YMRS 14 this week.",
])
def test_a_body_measure_beside_a_condition_it_does_not_follow_is_no_trend(text):
    assert _status(text, "measure_trend").status == "missing"


@pytest.mark.parametrize("text", [
    "Dx: anorexia nervosa, restricting type (F50.01). Weight 41.2 kg on 6/1. Weight 43.0 kg on 6/15.",
    "Diagnosis: alcohol use disorder, severe F10.20. PEth 410 ng/mL on 1/5, 120 ng/mL on 2/9.",
    "Bulimia nervosa. Potassium 3.1 on 9/2 -> 3.9 on 9/16.",
])
def test_a_body_measure_beside_the_condition_it_follows_is_a_trend(text):
    assert _status(text, "measure_trend").status == "met"


def test_with_no_diagnosis_a_lab_trend_still_counts():
    assert _status("Wt 52 kg on 3/3. Wt 54 kg on 3/17.", "measure_trend").status == "met"


@pytest.mark.parametrize("text, quoted", [
    ("Dx F33.1. Vitals: HR 96, BP 120/80. PHQ-9 19 at intake.", "PHQ-9"),
    ("Dx F41.1. Wt 70 kg. GAD-7 today 16.", "GAD-7"),
    ("F43.10 PTSD. Pulse 110 on arrival. PCL-5 58.", "PCL-5"),
])
def test_the_standardized_measure_quotes_a_symptom_scale_before_a_vital(text, quoted):
    item = _status(text, "standardized_measure")
    assert item.status == "met" and quoted in item.evidence


# -- a "none" history beside someone's unconfirmed memory of care is not known either way --------------------------
@pytest.mark.parametrize("text", [
    "Denies prior treatment, though her mother recalls a school counselor in 2019 - unable to confirm.",
    "No previous therapy reported; wife believes he may have seen a psychiatrist in the Army, records not found.",
    "Past treatment: none known; the PCP's referral hints at prior counseling, unverified.",
])
def test_a_none_history_beside_an_unconfirmed_memory_of_care_is_missing(text):
    assert _status(text, "prior_treatment").status == "missing"


@pytest.mark.parametrize("text", [
    "No prior treatment; she remembers her mother had therapy, no details.",   # a relative's care
    "Prior tx: 12 sessions of CBT in 2022 per records; she recalls it helped.",  # confirmed care
    "No prior treatment of any kind, confirmed with her PCP.",
])
def test_a_history_that_is_known_stays_met(text):
    assert _status(text, "prior_treatment").status == "met"


# -- when the next visit is ("Recall 3 mo", "see back in 4 weeks") is not how long care lasts -----------------------
@pytest.mark.parametrize("text", [
    "Tx: fluoride varnish placed. Recall 3 mo.",
    "Plan: recall in 6 months for cleaning.",
    "Plan: see back in 4 weeks; refill sent.",
    "Plan: RTC 6 wks for med check.",
])
def test_a_next_visit_interval_is_no_duration(text):
    assert not extract_facts([text]).duration


@pytest.mark.parametrize("text", [
    "Plan: weekly CBT for 12 weeks; RTC 2 wks.",
    "Plan: weekly sessions for 16 weeks, then recall for a booster.",
    "Plan: 10 more sessions of ERP, weekly.",
])
def test_a_plan_length_beside_a_next_visit_still_counts(text):
    assert extract_facts([text]).duration


# -- a counted behaviour at two times is an ABA request's trend ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tantrums: 5 a day at baseline, 2 a day now (parent data).",
    "Since June his hitting dropped from 14 episodes a week to 3 a week.",
    "Target | rate/hr | 3.1 | 2.2 | 0.9",
    "Vocal mands rose from about 6 per session in July to 21 per session this month.",
])
def test_a_counted_behaviour_at_two_times_is_the_trend_of_an_aba_request(text):
    item = _status("Dx: autism spectrum disorder F84.0. " + text, "measure_trend", level="ABA")
    assert item.status == "met"


@pytest.mark.parametrize("text, level", [
    ("Panic attacks: 5 a week at intake, 1 a week now.", "outpatient psychotherapy"),   # not a behaviour-analytic request
    ("ABA began at 20 hrs/week; now 25 hrs/week is requested.", "ABA"),               # hours of service, not behaviour
    ("Goal: biting no more than 1 per day across 3 weeks.", "ABA"),                   # a target, not data
    ("He bit others 6 to 8 times a day at baseline.", "ABA"),                         # one time only
])
def test_what_is_not_a_counted_behaviour_trend(text, level):
    assert _status(text, "measure_trend", level=level).status == "missing"


@pytest.mark.parametrize("table", [
    "Behavior | Measure | BL | Apr | Jun\nBiting | rate/hr | 1.6 | 1.1 | 0.4\n",
    "Target | Unit | Baseline | Week 8 | Week 16\nTantrums | count/day | 6 | 4 | 2\n",
    "Behavior | Metric | Jan | Feb | Mar\nSpitting | per session | 9 | 5 | 3\n",
])
def test_a_table_row_of_a_counted_behaviour_is_the_trend_of_an_aba_request(table):
    item = _status("Dx: autism spectrum disorder F84.0.\n\n" + table, "measure_trend", level="ABA")
    assert item.status == "met"


# -- parts listed after a dated heading share its date ---------------------------------------------------------------
@pytest.mark.parametrize("text, date", [
    ("Report date 11/30/2026.\nAberrant Behavior Checklist (parent, 11/20/2026): Irritability 31, Hyperactivity 29, Lethargy 9.", "11/20/2026"),
    ("Date: 3/3/2026\nECBI (mother, 1/5/2026): Intensity 172, Problem 24.", "1/5/2026"),
    ("Date: 3/3/2026\nVineland-3 (parent interview, 06/05/2026) Adaptive Behavior Composite 62 (Communication 58, Socialization 61).", "06/05/2026"),
])
def test_parts_after_a_dated_heading_share_its_date(text, date):
    assert {m.date for m in extract_facts([text]).measures} == {date}


def test_parts_without_a_heading_date_take_the_notes_date():
    assert {m.date for m in extract_facts(["Date: 3/3/2026\nECBI (mother): Intensity 172, Problem 24."]).measures} == {"3/3/2026"}


# -- a lab or vital's later readings told on in a list, each with unit and date --------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Weight 41.2 kg on 6/1, 43.0 kg on 6/15, 44.1 kg on 6/29.", [41.2, 43.0, 44.1]),
    ("Potassium 3.1 mEq/L on 9/2 and 3.9 mEq/L on 9/16.", [3.1, 3.9]),
    ("Wt 50 kg (3/3) -> 52 kg (3/17).", [50, 52]),
])
def test_a_lab_list_with_units_and_dates_is_read_as_a_series(text, expected):
    assert [m.score for m in extract_facts([text]).measures] == expected


@pytest.mark.parametrize("text", [
    "Wt 52 kg on 3/3, HR 88.",                     # another vital follows
    "Weight 41.2 kg, 40 kg goal by 6/15.",          # a target, no reading date
    "Weight 61 kg on 4/4; lost 3 kg since March.",  # an amount of change
])
def test_a_lab_value_followed_by_something_else_stays_one_reading(text):
    assert [m.instrument for m in extract_facts([text]).measures].count("weight") == 1


# -- a score after a few words and a colon or equals sign ------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Client-completed PCL-5 in the waiting room = 52.", [("PCL-5", 52)]),
    ("PHQ-9 read to her by phone: 14.", [("PHQ-9", 14)]),
    ("BDI-II given in group today = 27", [("BDI-II", 27)]),
])
def test_a_score_after_a_few_words_and_a_separator_is_read(text, expected):
    assert [(m.instrument, m.score) for m in extract_facts([text]).measures] == expected


@pytest.mark.parametrize("text", ["PHQ-9 target by discharge: 10.", "GAD-7 change since intake: 6.", "PHQ-9 goal: 5",
                                  "PHQ-9 repeat due: 12/1."])
def test_a_goal_a_change_or_a_due_date_after_a_separator_is_no_score(text):
    assert not extract_facts([text]).measures


# -- later values told with a pronoun in the next sentences ----------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Her PCL-5 at the first session was 64. Six weeks in it was 51, and last week (10/12) she scored 38.", [64, 51, 38]),
    ("His BDI-II was 30 in March. By May it had dropped to 22; in July it was 17.", [30, 22, 17]),
    ("GAD-7 at intake: 17. After the first month he was at 12, and he came in at 8 this week.", [17, 12, 8]),
])
def test_a_series_told_on_with_a_pronoun_is_read(text, expected):
    assert [m.score for m in extract_facts([text]).measures] == expected


@pytest.mark.parametrize("text", [
    "Her GAD-7 at intake was 15. She was 16 when it started.",      # an age
    "PHQ-9 today 14. It was 10 pm when she called.",                # a time
    "PHQ-9 today 14. The drive was long; it was 5 before we started.",
])
def test_an_age_or_a_time_in_the_next_sentence_is_no_later_score(text):
    assert len(extract_facts([text]).measures) == 1


@pytest.mark.parametrize("text, expected", [
    ("The Geriatric Depression Scale she did with me was 12 back in May; this month it was 6.", [12, 6]),
    ("Her PHQ-9 at intake was 19 and last week it had dropped to 11.", [19, 11]),
    ("GAD-7 was 15 in May, it was 12 in June and it was 9 in July.", [15, 12, 9]),
])
def test_a_later_value_told_with_a_pronoun_in_the_same_sentence_is_read(text, expected):
    assert [m.score for m in extract_facts([text]).measures] == expected


# -- the Y-BOCS family's obsession and compulsion subscales, in a dated grid or in prose -----------------------------
@pytest.mark.parametrize("text, expected", [
    ("CY-BOCS (clinician)\n             03/02    05/11\n  Obsessions    13      9\n  Compulsions   14      8\n",
     [("CY-BOCS Obsessions", 13), ("CY-BOCS Obsessions", 9), ("CY-BOCS Compulsions", 14), ("CY-BOCS Compulsions", 8)]),
    ("Y-BOCS total 27 (obsessions 13, compulsions 14).", [("Y-BOCS", 27), ("Y-BOCS Obsessions", 13), ("Y-BOCS Compulsions", 14)]),
    ("Y-BOCS: 6/1 = 28; 7/1 = 22", [("Y-BOCS", 28), ("Y-BOCS", 22)]),
])
def test_y_bocs_subscales_and_totals_are_read(text, expected):
    assert [(m.instrument, m.score) for m in extract_facts([text]).measures] == expected


# -- a discharge or step-down that waits on a judgement with no sign of it --------------------------------------------
@pytest.mark.parametrize("text", [
    "Plan: step down to every other week once he's doing better.",
    "Discharge: when the care team feels she is ready.",
    "We will taper when they seem stable.",
    "Discharge when symptoms subside.",
])
def test_a_judgement_with_no_sign_is_no_discharge_criterion(text):
    assert not extract_facts([text]).discharge_criteria


@pytest.mark.parametrize("text", [
    "Discharge when she is ready to return to work full time for 2 weeks.",
    "Step down once he is sleeping 6 hours and back at school 4 days a week.",
    "Discharge when PHQ-9 is under 10 on two visits in a row.",
])
def test_a_condition_with_a_sign_stays_a_discharge_criterion(text):
    assert extract_facts([text]).discharge_criteria


# -- injury and external-cause codes are not the treated diagnosis's code --------------------------------------------
@pytest.mark.parametrize("text", [
    "Dx: S61.412A laceration of right hand; X78.0XXA self-harm by glass. Borderline personality disorder (code on claim).",
    "ED diagnosis: T42.4X2A poisoning by benzodiazepines, intentional self-harm. Depression per history.",
    "Diagnoses: W19.XXXA fall; S06.0X0A concussion. Client reports anxiety.",
])
def test_injury_codes_alone_leave_the_icd10_code_missing(text):
    assert _status(text, "icd10_code").status == "missing"


@pytest.mark.parametrize("text", [
    "Dx: F43.10 PTSD; S51.812A forearm laceration.",
    "Dx: T74.22XA child sexual abuse, confirmed; F43.10 PTSD.",
    "Diagnosis: F33.1 major depressive disorder, recurrent, moderate.",
])
def test_a_mental_health_code_beside_an_injury_code_counts(text):
    assert _status(text, "icd10_code").status == "met"


# -- an unsure answer or records still asked for is no history ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Prior services: grandma not sure -- \"maybe the school had a counselor?\"",
    "Previous therapy: pt unsure.",
    "Prior treatment: dad doesn't know; records requested.",
])
def test_an_unsure_history_is_missing(text):
    assert _status(text, "prior_treatment").status == "missing"


@pytest.mark.parametrize("text", [
    "Prior: 2 hospitalizations (2021, 2023); records requested.",
    "Prior treatment: weekly CBT in 2023, not sure how many sessions.",
    "Prior: none, she is sure of it.",
])
def test_a_history_with_content_beside_doubt_stays_met(text):
    assert _status(text, "prior_treatment").status == "met"


# -- a medications field that records a check, not what was found -----------------------------------------------------
@pytest.mark.parametrize("text", ["Meds: reconciled.", "Medications: verified with pharmacy.", "Meds: updated."])
def test_a_medication_check_alone_is_no_status(text):
    assert _status(text, "medication_status").status == "missing"


@pytest.mark.parametrize("text", ["Meds: reconciled - sertraline 50 mg daily.", "Current medications: confirmed, none.",
                                  "Meds: none."])
def test_a_medication_check_with_its_finding_is_a_status(text):
    assert _status(text, "medication_status").status == "met"


# -- a drug raised in one clause of a medication line leaves the others taken ----------------------------------------
@pytest.mark.parametrize("text, current", [
    ("Meds: lamotrigine 200 mg daily; quetiapine stopped in May; psychiatrist considering lurasidone.", "lamotrigine"),
    ("Meds: sertraline 50 mg daily; the NP suggested adding buspirone.", "sertraline"),
    ("Medications: bupropion XL 300 mg each morning; PCP brought up hydroxyzine for sleep.", "bupropion"),
])
def test_a_taken_drug_beside_a_suggested_one_is_current(text, current):
    item = _status(text, "medication_status")
    assert item.status == "met" and current in item.evidence
    assert not any(n in s.text for s in extract_facts([text]).medication_status
                   for n in ("lurasidone", "buspirone", "hydroxyzine") if s.text.startswith("current"))


# -- a span something in the past lasted is no planned duration ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Plan: IOP needed; her lithium was stopped and nothing replaced it for five weeks.",
    "Plan: she needs structure; she stayed home for 3 weeks after the move.",
    "Plan: daily program; the last taper lasted for 2 weeks and failed.",
])
def test_a_past_span_is_no_duration(text):
    assert not extract_facts([text]).duration


@pytest.mark.parametrize("text", [
    "Plan: IOP was approved for 4 weeks.",
    "Request: PHP, 5 days a week, planned for 3 weeks.",
    "Plan: she stayed home for 3 weeks; now weekly therapy for 8 weeks.",
])
def test_a_planned_span_stays_a_duration(text):
    assert extract_facts([text]).duration


# -- a field whose value is a schedule is the plan, whatever its label ----------------------------------------------
@pytest.mark.parametrize("text", [
    "Group: weekly, 90 minutes, for fourteen weeks; 8 teens; parallel parent session.",
    "Format: twice a week, 50 min, for 10 weeks.",
    "Service: 2x/week (60 min) for 8 weeks.",
])
def test_a_schedule_valued_field_gives_frequency_and_duration(text):
    facts = extract_facts([text])
    assert facts.frequency and facts.duration


def test_a_history_field_with_a_schedule_is_not_the_plan():
    assert not extract_facts(["Treatment history: weekly, 50 minutes, for 2 years with a prior counselor."]).frequency


@pytest.mark.parametrize("text", [
    "Three sessions over two weeks: two 90-minute testing mornings and a feedback session.",
    "Eight visits across 12 weeks, tapering at the end.",
    "Four appointments within 3 weeks (two testing, one scoring review, one feedback).",
])
def test_a_sentence_opening_with_sessions_over_a_span_is_a_duration(text):
    assert extract_facts([text]).duration


@pytest.mark.parametrize("text", ["She came to 3 sessions over 2 weeks, then stopped.", "3 sessions in 2 weeks were missed.",
                                  "Last spring: 6 sessions over 8 weeks with a school counselor, which did not help."])
def test_sessions_over_a_span_in_the_past_are_no_duration(text):
    assert not extract_facts([text]).duration


# -- a pre-service appeal whose only repeat score is on a medication trial's line -------------------------------------
@pytest.mark.parametrize("trial", [
    "2023-now  venlafaxine XR 225 mg; aripiprazole 5 mg added 03/2026 -- minimal benefit (MADRS 36 -> 34)",
    "2021: sertraline 150 mg for 12 weeks, PHQ-9 22 -> 20, no response.",
    "Escitalopram 20 mg (2024), 10 weeks: HAM-D 27 -> 25.",
])
def test_a_trend_on_a_drug_trial_line_leaves_a_pre_service_appeal_not_started(trial):
    text = "Appeal of pre-service denial for TMS.\nMedication trials:\n" + trial + "\nPlan: rTMS 5 days a week for 6 weeks."
    assert _status(text, "measure_trend", letter_type="appeal", level="TMS").status == "not_applicable"


def test_a_trend_in_the_current_care_keeps_an_appeal_started():
    text = "Appeal of the pre-service denial for IOP. In weekly therapy her PHQ-9 went from 21 in May to 19 in June."
    assert _status(text, "measure_trend", letter_type="appeal", level="IOP").status == "met"


# -- a form's question about earlier care answered with a ticked No --------------------------------------------------
@pytest.mark.parametrize("text", [
    "Has the camper ever received counseling or psychiatric care? [ ] Yes  [x] No",
    "Intake form\nPrior mental health treatment?  Yes [ ]  No [X]\nAllergies: none",
    "Ever hospitalized for psychiatric reasons? \u2612 No",
])
def test_a_ticked_no_to_a_care_question_is_no_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "met"


@pytest.mark.parametrize("text", [
    "Has the camper ever received counseling? [x] Yes  [ ] No",   # yes, with nothing about what
    "Allergies? [ ] Yes [x] No",                                  # not a question about care
    "Any prior therapy?  Yes [ ]  No [ ]",                        # left blank
])
def test_other_ticked_answers_are_no_history(text):
    assert _status(text, "prior_treatment").status == "missing"


# -- a discharge told with a closing verb at the start of the sentence ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Will close when she has had six weeks with two or fewer tantrums a week.",
    "Ends when PHQ-9 stays below 10 for a month.",
    "We'll wrap up when he has completed the protocol and the gains have held for a month.",
])
def test_a_closing_verb_with_a_condition_is_a_discharge_criterion(text):
    assert extract_facts([text]).discharge_criteria


# -- a score another note restates keeps the place the series' own note gives it -------------------------------------
@pytest.mark.parametrize("notes, first, last", [
    (["Outside record 9/22/2026: PCL-5 = 39.",
      "PCL-5 at intake was 61. By the block it was 58. A week later he was at 39, and on 11/30 he scored 33."], 61, 33),
    (["ED note 3/3/2026. PHQ-9 24.",
      "Her PHQ-9 was 24 at the ED. At session 4 it was 18. At session 8 it was 13, and this week she scored 9."], 24, 9),
    (["Pre-op holding: GAD-7 15.",
      "GAD-7 at intake 19. A month later it was 15. In June it was 11."], 19, 11),
])
def test_a_restated_score_keeps_the_series_order(notes, first, last):
    trend = extract_facts(notes).trends[0]
    assert (trend.first, trend.last) == (first, last)


# -- letter wording: "in" before a month, a band that is a position against a cut-off --------------------------------
@pytest.mark.parametrize("text, expected", [
    ("PCL-5 = 58 on mid-September (a)", "PCL-5 = 58 in mid-September (a)"),
    ("PHQ-9 = 12 on June 2026", "PHQ-9 = 12 in June 2026"),
    ("GAD-7 = 9 on 06/2026", "GAD-7 = 9 in 06/2026"),
    ("PHQ-9 = 13 on June 4", "PHQ-9 = 13 on June 4"),
    ("PHQ-9 = 9 on 06/04/2026", "PHQ-9 = 9 on 06/04/2026"),
])
def test_on_before_a_month_reads_in(text, expected):
    from assistant.letters.letter_dates import in_months
    assert in_months(text) == expected


@pytest.mark.parametrize("text, phrase", [
    ("PCL-5 at intake 61 (8/3/2026). PCL-5 today 52 (11/30/2026).", "still at or above the provisional PTSD cut-off"),
    ("PCL-5 at intake 61 (8/3/2026). PCL-5 today 21 (11/30/2026).", "from at or above the provisional PTSD cut-off of 33 to below"),
    ("PHQ-9 at intake 22 (8/3/2026). PHQ-9 today 11 (11/30/2026).", "from the severe to the moderate range"),
])
def test_a_trend_line_names_bands_in_plain_words(text, phrase):
    from assistant.letters.score_lines import trends
    assert phrase in trends(extract_facts([text]))[0]


# -- an approach begun in an earlier year is past care ----------------------------------------------------------------
@pytest.mark.parametrize("text, past", [
    ("At his last duty station in 2019 he started Prolonged Exposure and got four sessions in.", "prolonged exposure"),
    ("In 2022 she did DBT skills group for 6 months.", "DBT"),
    ("Back in 2018 he completed EMDR with a counselor in Ohio.", "EMDR"),
])
def test_an_approach_begun_in_an_earlier_year_is_not_current(text, past):
    assert past not in [m.text for m in extract_facts([text]).modalities]


@pytest.mark.parametrize("text, now", [
    ("We started CPT on 8/3 and continue weekly.", "CPT"),
    ("In %d we started EMDR." % __import__("datetime").date.today().year, "EMDR"),
    ("Diagnosed in 2019; we use ERP weekly.", "ERP"),
])
def test_an_approach_in_current_care_stays(text, now):
    assert now in [m.text for m in extract_facts([text]).modalities]


# -- a lesson's session is no earlier care ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Swimmer: Ana R    Instructor: Kim P.    Session: Spring 2026, Tuesdays 5:00, 8 lessons",
    "Piano: weekly lessons since 2024; sessions last 30 minutes.",
    "Tutoring sessions last year in math, 2x/week.",
])
def test_a_lesson_session_is_no_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "missing"


def test_therapy_sessions_last_year_are_prior_treatment():
    assert _status("Counseling sessions last year with a school social worker, 10 visits.", "prior_treatment").status == "met"


# -- a table's rows and its legend under a progress heading are not sentences of the letter --------------------------
def test_rows_and_a_legend_under_a_progress_heading_stay_out_of_the_letter():
    from assistant.letters.sections import labelled
    note = ("STUDENT PROGRESS CARD\nSkill | 9/16 | 10/14\nFloats on back | x | P\n(v = independent   P = prompted   x = not yet)\n"
            "She stopped at the rope by herself.")
    out = labelled([note], "progress", set())
    assert not any("|" in s or "=" in s for s in out)


# -- early-childhood care and care told after "since ..., after" -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ABA since June 2025, after Early Intervention from 22 months (developmental therapy and speech).",
    "Early Intervention (speech and OT) from age 2 to 3.",
    "History: play therapy ages 4-6 at a community clinic.",
])
def test_early_childhood_care_is_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "met"


# -- the client's own first-person document is quoted as the client's words -------------------------------------------
@pytest.mark.parametrize("sentence", [
    "In April I spent eleven days on an adolescent unit after my mom found my arms.",
    "Over the summer I saw a therapist once a week, and it wasn't enough.",
    "My grades dropped and I stopped going to practice.",
])
def test_a_clients_own_sentence_is_quoted_as_theirs(sentence):
    from assistant.letters.informants import in_clients_words
    essay = "I am writing about a hard year. " + sentence + " I want you to know I am better now. I still use my skills."
    assert in_clients_words(sentence, essay).startswith('The client wrote: "')


def test_a_clinicians_sentence_is_not_quoted():
    from assistant.letters.informants import in_clients_words
    note = "Progress note, LCSW. Client reports I statements practice. She attended 3 of 4 groups. Plan: continue."
    assert in_clients_words("She attended 3 of 4 groups.", note) == "She attended 3 of 4 groups."


# -- how long the client planned an attempt is no treatment duration ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Planned for about a week: bought the pills on two trips, wrote goodbye letters.",
    "She planned the overdose for 3 days.",
    "He had been planning it for two weeks and stockpiled his sleeping pills.",
])
def test_how_long_an_attempt_was_planned_is_no_duration(text):
    assert not extract_facts([text]).duration


def test_a_planned_course_beside_a_means_plan_stays_a_duration():
    assert extract_facts(["Plan: CBT planned for 12 weeks; safety plan keeps pills locked away."]).duration


# -- the stay a plan asks for is not a stay before ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Plan: inpatient psychiatric admission for safety -- daily evaluation, groups.",
    "Plan: admit to inpatient unit today for safety.",
    "Plan: psychiatric hospitalization, voluntary, to 4 West.",
])
def test_the_stay_a_plan_asks_for_is_no_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "missing"


def test_a_stay_before_told_in_a_plan_is_prior_treatment():
    assert _status("Plan: IOP; she had a psychiatric hospitalization in 2023.", "prior_treatment").status == "met"


# -- labs and vitals come after the rating scales, and open the letter only when there is no scale -----------------
@pytest.mark.parametrize("text, first", [
    ("At call: HR 118, drowsy. PHQ-9 today 24 (12/02/2026).", "PHQ-9"),
    ("Wt 50 kg. EDE-Q global 4.1 on 3/3/2026.", "EDE-Q"),
    ("Lithium level 0.9 on 2/2/2026. YMRS 22 on 2/2/2026.", "YMRS"),
])
def test_rating_scales_come_before_labs_and_vitals(text, first):
    from assistant.letters.score_lines import headline, measures
    facts = extract_facts([text])
    assert measures(facts)[0].startswith(first) and all(first in h or "HR" not in h for h in headline(facts))
    assert len(headline(facts)) == 1


def test_a_lab_opens_the_letter_when_there_is_no_scale():
    from assistant.letters.score_lines import headline
    assert headline(extract_facts(["Weight 41.2 kg on 6/1. Weight 43.0 kg on 6/15."]))


# -- a psychiatric drug stopped, its time told in words, is an earlier medication trial --------------------------------
@pytest.mark.parametrize("text", [
    "Home meds: sertraline 100 mg daily (stopped taking it about a month ago, per pt).",
    "He took escitalopram 10 mg for a year and stopped last month.",
    "Bupropion XL 150 mg -- came off it a few months ago because of insomnia.",
])
def test_a_drug_stopped_with_a_time_in_words_is_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "met"


@pytest.mark.parametrize("text", ["Fluoxetine 20 mg, side effects two weeks ago, dose lowered.",
                                  "Sertraline 50 mg daily, no side effects.", "Started sertraline 25 mg a week ago."])
def test_a_current_drug_is_no_prior_trial(text):
    assert _status(text, "prior_treatment").status == "missing"


# -- a course counted after its schedule ("weekly CBT/exposure x 10"); an aside about what failed ---------------------
@pytest.mark.parametrize("text", [
    "Treatment plan (written 10/05/2026): weekly CBT/exposure x 10.",
    "Plan: weekly CBT for BDD x 20. Goals: BDD-YBOCS <= 20.",
    "Plan: 2x/wk SIT/CPT x 12; goals PCL-5 < 33.",
])
def test_a_course_counted_after_its_schedule_is_a_duration(text):
    assert extract_facts([text]).duration


@pytest.mark.parametrize("text", [
    "Plan: 2x/week for 4 weeks (weekly was not enough to carry her through this).",
    "Plan: 3x/week for 6 weeks (once a week has not held since May).",
    "Plan: twice weekly for 8 weeks (weekly failed twice this year).",
])
def test_an_aside_about_what_failed_leaves_the_plan_schedule(text):
    facts = extract_facts([text])
    assert facts.frequency and facts.duration


# -- boxed two-cell rows and labels in two languages are fields ------------------------------------------------------
BOXED = ("+------------+------------------------------------------+\n"
         "| Client     | R. M., 41                                |\n"
         "| Meds       | none; PCP offered trazodone, declined    |\n"
         "| Plan       | weekly CPT x 12; PCL-5 < 33 by 12/31     |\n"
         "+------------+------------------------------------------+")


def test_a_boxed_form_closed_by_a_border_is_read_without_error():
    facts = extract_facts([BOXED])
    assert facts.medication_status and facts.duration


@pytest.mark.parametrize("text, element", [
    ("Ліки / Meds: жодних / none; declined a psychiatry referral.", "medication_status"),
    ("Medicamentos / Meds: ninguno / none.", "medication_status"),
    ("План / Plan (від 02.09.2026): weekly CPT, 12 sessions.", "frequency_duration"),
])
def test_a_label_in_another_script_with_its_english_after_a_slash_is_read(text, element):
    assert _status(text, element).status == "met"


# == classes found by the second case batch (evals/blind25b) ==========================================================
@pytest.mark.parametrize("text", ["- Meds: on the MAR.", "Medications: on her med list.", "Meds: on the face sheet."])
def test_a_medication_field_pointing_to_a_chart_is_no_status(text):
    assert _status(text, "medication_status").status == "missing"


@pytest.mark.parametrize("text", [
    "I want thirty days without alcohol before I add a depression diagnosis.",
    "Plan: she needs 14 days clean before the next step.",
    "Goal for now: 10 days without purging, then we review.",
])
def test_a_span_of_abstinence_is_no_duration(text):
    assert not extract_facts([text]).duration


@pytest.mark.parametrize("text", [
    "Plan: mother arriving tonight and will stay with her two weeks.",
    "Plan: his brother is staying with him for 10 days.",
    "Plan: aunt visiting her for 3 weeks over the break.",
])
def test_how_long_someone_stays_with_the_client_is_no_duration(text):
    assert not extract_facts([text]).duration


@pytest.mark.parametrize("text", [
    "Prior help: parents think he talked to somebody at school last spring; he says that was about a failing grade, not this.",
    "Prior: his wife remembers he saw a counselor once; he says it was for a work evaluation, not therapy.",
    "Prior help: Will ask the school counselor.",
])
def test_a_memory_of_care_the_client_says_was_something_else_is_no_history(text):
    assert _status(text, "prior_treatment").status == "missing"


@pytest.mark.parametrize("text", [
    "Meds: went over Harold's carbidopa-levodopa timing chart with her again.",
    "Meds: reviewed her husband's pill schedule with her.",
    "Medications: went through <PERSON_3>'s doses with her.",
])
def test_a_medication_field_about_someone_elses_drugs_is_no_status(text):
    assert _status(text, "medication_status").status == "missing"


@pytest.mark.parametrize("text", [
    "Reason for twice weekly: unchanged from the original request.",
    "Why IOP: same as the last review.",
    "Medical necessity for PHP: unchanged from the initial authorization.",
])
def test_a_reason_field_pointing_to_an_earlier_request_is_no_reason(text):
    assert _status(text, "lower_level_insufficient", level="PHP").status == "missing"


@pytest.mark.parametrize("text", [
    "Back to weekly once she has two QIDS-SR scores under 10 in a row.",
    "Return to outpatient when he has 30 days sober.",
    "Dropping to biweekly after the PCL-5 stays under 33 for a month.",
])
def test_where_care_returns_and_when_is_no_lower_level_rationale(text):
    assert not extract_facts([text]).lower_level_rationale


@pytest.mark.parametrize("text", [
    "At home her parents could not get through a full weekend, so I do not think she can hold this at evening-only support.",
    "She could not hold her gains with weekly therapy over the summer.",
    "Evening groups were tried in the fall and she lost weight.",
])
def test_a_lower_level_that_cannot_hold_is_the_rationale(text):
    assert extract_facts([text]).lower_level_rationale


@pytest.mark.parametrize("text", [
    "We meet Tuesday evenings from five-thirty to eight for twelve weeks.",
    "Plan: group on Thursday afternoons at 4 for 10 weeks.",
    "We meet Monday nights, 6-8 pm, for 8 weeks.",
])
def test_a_weekday_part_of_day_in_the_plural_is_a_frequency(text):
    assert extract_facts([text]).frequency


def test_a_weekday_part_of_day_outside_a_plan_is_no_frequency():
    assert not extract_facts(["She works Saturday nights at the diner."]).frequency


@pytest.mark.parametrize("text", [
    "What I am aiming for before we finish: her CATS below 15; nightmares no more than once a week for a month.",
    "What we're hoping for before we wrap up: PHQ-9 under 10 on two visits; back at work 4 days a week.",
    "What she is working toward before we end: 0 panic attacks for 4 weeks; drives to work alone 5 days a week.",
])
def test_a_goal_told_as_what_must_hold_before_care_ends_is_goals_and_discharge(text):
    facts = extract_facts([text])
    assert any(g.measurable for g in facts.goals) and facts.discharge_criteria


@pytest.mark.parametrize("text", [
    "Once he has gone four weeks without vomiting and eats regularly, eating goes back to him, and we close with phase 3.",
    "When the PCL-5 has stayed under 33 for a month, we will wrap up with two relapse-prevention sessions.",
    "Once she drives alone to work five days a week, I will close out treatment with a booster plan.",
])
def test_a_condition_then_closing_words_is_a_discharge_criterion(text):
    assert extract_facts([text]).discharge_criteria


@pytest.mark.parametrize("text, expected", [
    ("PHQ-A: 18 at admit, 14 on 12/01.", [18, 14]),
    ("GAD-7 15 at entry, 9 on 3/3.", [15, 9]),
    ("PHQ-9: 21 on arrival, 16 on 4/4.", [21, 16]),
])
def test_admit_entry_and_arrival_are_time_points(text, expected):
    assert [m.score for m in extract_facts([text]).measures] == expected


@pytest.mark.parametrize("text, expected", [
    ("Zarit Burden Interview, 12-item (ZBI-12): 21 today. At the March visit (03/09/2026): 30.", [("ZBI-12", 21), ("ZBI-12", 30)]),
    ("ZBI-12: 18 today.", [("ZBI-12", 18)]),
    ("PHQ-9 today 12. At the June visit (06/02/2026): 17.", [("PHQ-9", 12), ("PHQ-9", 17)]),
])
def test_a_short_form_and_a_month_named_visit(text, expected):
    assert [(m.instrument, m.score) for m in extract_facts([text]).measures] == expected


# -- a score told only as its item answers is their sum ---------------------------------------------------------------
@pytest.mark.parametrize("text, total", [
    ("PHQ-9 today, items 1-9 in order:  2  2  1  3  2  1  1  0  0.", 12),
    ("GAD-7 items: 1, 2, 0, 3, 1, 2, 1 (today).", 10),
    ("PHQ-9 items 1-9: 3 3 3 3 3 3 3 3 3.", 27),
])
def test_item_answers_are_summed_into_the_total(text, total):
    assert [m.score for m in extract_facts([text]).measures] == [total]


@pytest.mark.parametrize("text", ["PHQ-9 items 1-9: 2 2 1 3.", "PHQ-9 item 9: 0.", "GAD-7 items: 1, 2, 9, 3, 1, 2, 1."])
def test_a_partial_or_impossible_item_list_is_no_total(text):
    assert not [m for m in extract_facts([text]).measures if m.score not in (0,)]


@pytest.mark.parametrize("text, first, last", [
    ("PHQ-9 today 14. Her total was 19 at intake.", 19, 14),
    ("PHQ-9 today, items 1-9: 2 2 1 3 2 1 1 0 0. At intake on 08/04 her total was seventeen.", 17, 12),
    ("GAD-7 today 9. Initially her total was 16.", 16, 9),
])
def test_an_earlier_total_told_after_today_comes_first(text, first, last):
    trend = extract_facts([text]).trends[0]
    assert (trend.first, trend.last) == (first, last)


def test_a_cannabis_metabolite_series_is_read():
    text = "Dx: cannabis use disorder, moderate, F12.20. Urine THC-COOH (ng/mL): 412 on 11/16 -> 88 on 11/23 -> 19 on 11/30."
    assert [m.score for m in extract_facts([text]).measures] == [412, 88, 19]
    assert _status(text, "measure_trend").status == "met"


@pytest.mark.parametrize("text", [
    "Practiced a 10-minute worry exposure in session and rated anxiety going from 7 to 4.",
    "When sessions slipped to once a week, the PDSS went back up from 13 to 17.",
    "In session her SUDS fell from 8 to 3 during the exposure.",
])
def test_a_rating_going_from_one_number_to_another_is_no_age_of_earlier_care(text):
    assert _status(text, "prior_treatment").status == "missing"


def test_an_instrument_title_over_a_list_item_with_a_compound_number_reads_no_score():
    text = "- Vanderbilt ODD: 6/8 on 09/16/2025\n\nFUNCTIONAL IMPAIRMENT\n- Work or school: 2-day suspension on 09/08/2025."
    assert [m.score for m in extract_facts([text]).measures] == ["6/8"]


def test_a_count_trend_without_counts_to_show_never_breaks_the_letter_check():
    from assistant.letters.checklist import mark_in_letter
    text = "Dx: autism F84.0. Aggression fell from twenty-three episodes in the week of Aug 3 to nine in the week of Nov 16."
    items = check_notes(extract_facts([text]), "continued_stay", "ABA")
    assert mark_in_letter(items, "A letter with none of those numbers.")


@pytest.mark.parametrize("text", [
    "Nightmares of the 2023 highway crash 4x/week (were nightly), still will not drive on the interstate.",
    "Flashbacks about the night of the fire 3x/week; will keep a log.",
    "Purging after dinner with the family 5x/week, will try delay.",
])
def test_a_symptom_told_with_its_frequency_a_few_words_later_is_no_session_frequency(text):
    assert not extract_facts([text]).frequency


def test_a_treatment_word_between_a_symptom_and_a_frequency_is_the_plan():
    assert extract_facts(["Plan: exercise with her sister and then therapy 2x/week."]).frequency


@pytest.mark.parametrize("text", [
    "Plan: weekly CBT, 12 sessions. First time in therapy.",
    "Plan: IOP 3 days a week. This is his first time in treatment.",
    "Tx plan: weekly, 10 sessions; no prior treatment.",
])
def test_a_none_history_told_in_a_plan_is_still_a_history(text):
    assert _status(text, "prior_treatment").status == "met"


@pytest.mark.parametrize("text", [
    "Pump: user boluses/day 1.4 (prior 14-day period 4.9) | site changes on schedule",
    "Sleep: 6.1 h a night (prior 7-day average 4.8) | wake time on schedule",
    "CGM: time in range 61% (previous 14-day report 48%); plan to review the schedule.",
])
def test_a_span_inside_brackets_with_a_past_word_is_no_duration(text):
    assert not extract_facts([text]).duration
