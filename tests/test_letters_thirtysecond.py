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
    ("SSD-12 (02/03/2026): 33; SSD-12 (04/01/2026): 24.", "SSD-12", {33, 24}),
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


# -- a "why" heading too long for a field label still names the level-of-care rationale -----------------------------
@pytest.mark.parametrize("text", [
    "Why she still needs the partial hospital program rather than going back to her weekly therapist: she tried that in May and relapsed in ten days.",
    "Why he needs the residential unit instead of living at home with daily ACT visits: he has tried that twice and stopped his medication both times.",
    "Why we are asking for IOP and not simply adding a second weekly session: twice-weekly sessions in the spring did not stop the purging.",
])
def test_a_long_why_heading_is_the_lower_level_rationale(text):
    assert _status(text, "lower_level_insufficient", level="residential").status == "met"


@pytest.mark.parametrize("text", [
    "Why she came to us in the middle of the school year and not in the summer: her mother moved.",
    "Why he chose our clinic over the one that is two blocks from his house in the old mill: his cousin comes here.",
    "Why we changed the group day from the second Tuesday of the month to the fourth Thursday: the room was booked.",
])
def test_a_long_why_heading_about_something_else_is_no_rationale(text):
    assert _status(text, "lower_level_insufficient", level="residential").status == "missing"


# -- the schedule of the lower level that fell short, inside a "Why IOP" field, is not the plan's ---------------------
@pytest.mark.parametrize("text", [
    "Why IOP: weekly counseling plus buprenorphine for 7 months has not stopped use.",
    "Why PHP: twice-weekly therapy for 10 weeks was not enough to stop the purging.",
    "Why not outpatient: weekly sessions for 4 months did not keep her safe.",
])
def test_a_failed_lower_level_schedule_is_no_frequency(text):
    assert _status(text, "frequency_duration", level="IOP").status == "missing"


def test_the_requested_schedule_in_a_why_field_still_counts():
    text = "Why IOP: three days a week for 8 weeks gives the structure weekly therapy could not."
    assert _status(text, "frequency_duration", level="IOP").status == "met"


# -- a medication offered and turned down is a medication status ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Meds: amlodipine 5 mg. Her PCP suggested a psychiatry referral for an antipsychotic; she declined.",
    "Psychiatry offered an SSRI at intake; he declined.",
    "The NP recommended a stimulant trial - but the parents refused.",
])
def test_a_medication_offered_and_declined_is_a_status(text):
    assert _status(text, "medication_status").status == "met"


@pytest.mark.parametrize("text", [
    "Offered a referral to the food bank; she declined.",
    "Recommended a sleep diary, she refused.",
    "Suggested a family session; dad said no.",
])
def test_something_else_declined_is_no_medication_status(text):
    assert _status(text, "medication_status").status == "missing"


# -- company given up, a night spent in a chair, harm while intoxicated ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Stopped hosting her Thursday card group in March because she is afraid they will notice the tremor.",
    "He quit visiting friends after the layoff.",
    "Sleeps in the recliner most nights; will not go into the bedroom.",
    "Referred after a fall at home with a blood alcohol of 0.19.",
    "Fell twice in the kitchen while drinking last month.",
    "Drove home drunk from the reunion and hit a mailbox.",
])
def test_more_everyday_impairments(text):
    assert _status(text, "functional_impairment").status == "met"


@pytest.mark.parametrize("text", [
    "Hosting Thanksgiving again this year, with her sisters.",
    "She slept in a chair at the hospital beside her son after his surgery.",
    "Fell on the ice in January; no alcohol involved.",
    "Bought blackout curtains for the nursery.",
])
def test_ordinary_events_are_no_impairment(text):
    assert _status(text, "functional_impairment").status == "missing"


# -- a schedule of "20 weekly sessions" is no discharge condition -------------------------------------------------
@pytest.mark.parametrize("text", [
    "He agreed to 20 weekly group sessions, with individual sessions dropping to every other week.",
    "Plan: 12 weekly sessions of CBT, then dropping to monthly check-ins.",
    "She will attend 16 weekly sessions; individual therapy moves to every other week.",
])
def test_a_schedule_change_without_a_condition_is_no_discharge_criterion(text):
    assert _status(text, "discharge_criteria").status == "missing"


@pytest.mark.parametrize("text", [
    "Step down to every other week after 4 weeks without a binge.",
    "Discharge when the PHQ-9 is under 10 for 2 months.",
    "Move to monthly once she has 8 weeks with no panic attack.",
])
def test_a_condition_for_stepping_down_is_a_criterion(text):
    assert _status(text, "discharge_criteria").status == "met"


# -- a referral letter: the referring clinician's own care is earlier treatment -----------------------------------
@pytest.mark.parametrize("text", [
    "Dear Dr. Ames,\nI'm referring Sam to your Wednesday evening group. I have seen him individually since March, weekly, for CBT.",
    "To the intake team,\nI am writing to refer Ana to your IOP. I've been seeing her since January for panic, every other week.",
    "Referral to your DBT program: I have treated <PERSON_2> for 8 months in weekly therapy.",
])
def test_the_referring_clinicians_care_is_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "met"


@pytest.mark.parametrize("text", [
    "I have seen him weekly since September for CBT.",  # no referral: this clinician's own current care
    "Dear Dr. Ames,\nI'm referring Sam to your group. I have seen him at the front desk since March.",
    "She was referred to the food bank last week.",
])
def test_no_referral_or_no_care_is_no_referrers_care(text):
    from assistant.letters.past_care import referrers_care
    from assistant.letters.reading import segments
    assert referrers_care(segments([text])) == []


# -- a lab column named by its symbol and unit; a body weight told by its unit; a drug level in a bracket -----------
@pytest.mark.parametrize("header,name", [("K (mmol/L)", "potassium"), ("Li (mmol/L)", "lithium level"), ("K+ (mEq/L)", "potassium")])
def test_a_lab_column_named_by_its_symbol_and_unit(header, name):
    from assistant.letters.catalog import read_header
    assert read_header(header).instrument.name == name


@pytest.mark.parametrize("header", ["K", "Q (pts)", "Na-ish (x)"])
def test_a_bare_letter_column_is_no_lab(header):
    from assistant.letters.catalog import read_header
    assert read_header(header).instrument is None


@pytest.mark.parametrize("text,values", [
    ("Eats one small meal a day; has lost about 6 kg since July (now 51 kg).", {51}),
    ("Evidence: 52.1 kg in 07/2025 -> 45.8 kg today (height 165 cm).", {52.1, 45.8}),
    ("Came in at 98 lb at admission; 104 lb on 3/2.", {98, 104}),
])
def test_a_body_weight_told_by_its_unit_and_a_time(text, values):
    assert {s for i, s, _ in _scores(text) if i == "weight"} == values


@pytest.mark.parametrize("text", [
    "Lost 6 kg since July.",
    "Goal weight: 50 kg by discharge.",
    "Carries 20 kg bags at the warehouse.",
    "Up 2 kg since intake.",
])
def test_a_change_a_target_or_a_load_is_no_weight(text):
    assert [x for x in _scores(text) if x[0] == "weight"] == []


@pytest.mark.parametrize("text,value", [
    ("Medication: lithium carbonate 300 mg three times daily (level 0.7 mmol/L on 03/20/2026).", 0.7),
    ("Lithium ER 450 mg bid (level 0.9 mEq/L, 05/01/2026).", 0.9),
    ("lithium 600 mg at night (12-hr level 0.6 on 3/3)", 0.6),
])
def test_a_drug_level_in_a_bracket_after_the_dose(text, value):
    assert [s for i, s, _ in _scores(text) if i == "lithium level"] == [value]


def test_a_dose_alone_is_no_level():
    assert [x for x in _scores("Lithium 300 mg tid, started inpatient.") if x[0] == "lithium level"] == []


# -- subscales and indices of aggression and adult ADHD scales -------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Measures 09/02/2026: BPAQ total = 98 (physical aggression subscale 31).", ("BPAQ physical aggression", 31)),
    ("Ratings: CAARS-S:L ADHD Index T = 71; ASRS Part A 5/6.", ("CAARS ADHD Index T", 71)),
    ("Collateral (mother, by phone): BAARS-IV childhood symptoms 25.", ("BAARS-IV childhood symptoms", 25)),
])
def test_parts_of_newer_catalog_instruments(text, want):
    assert want in {(i, s) for i, s, _ in _scores(text)}


# -- a letter spells out each instrument on its first line -------------------------------------------------------
def test_the_measures_section_spells_out_an_instrument_once():
    from assistant.letters.extract import extract_facts
    from assistant.letters.score_lines import measures
    lines = measures(extract_facts(["Brown Assessment of Beliefs Scale (BABS) 01/10/2026: 21. BABS 03/04/2026: 15.",
                                    "AAQ-II 38 on 01/10/2026."]))
    assert any(x.startswith("BABS = 21 on 01/10/2026") and x.endswith("- Brown Assessment of Beliefs Scale") for x in lines)
    assert sum("Brown Assessment of Beliefs Scale" in x for x in lines) == 1
    assert any(x.startswith("AAQ-II = 38") and "Acceptance and Action Questionnaire-II" in x for x in lines)


# -- a dose's schedule, and a failed lower level's span, are not the plan's ------------------------------------------
@pytest.mark.parametrize("text", [
    "Started buprenorphine/naloxone 16/4 mg daily in the office-based program.",
    "Takes sertraline 100 mg daily and trazodone 50 mg nightly.",
    "Naltrexone 50 mg daily since the detox.",
])
def test_a_dose_schedule_is_no_session_frequency(text):
    assert _status(text, "frequency_duration", level="IOP").status == "missing"


def test_a_plan_with_a_dose_keeps_its_session_schedule():
    assert _status("Plan: sertraline 50 mg daily; therapy weekly for 16 sessions.", "frequency_duration").status == "met"


# -- semantic proposals: therapy named by what it is for, or by its format, names no approach ----------------------
@pytest.mark.parametrize("text", [
    "Hopes for therapy (her words): to sleep and to stop crying at work.",
    "He came to therapy after the second arrest.",
    "Plan: individual therapy weekly, 50 min.",
    "Response to treatment: engaged.",
])
def test_therapy_without_an_approach_is_no_modality_evidence(text):
    from assistant.letters.element_checks import CHECKS
    from assistant.letters.reading import segments
    assert [f for s in segments([text]) for f in CHECKS["treatment_modality"](s)] == []


@pytest.mark.parametrize("text", [
    "Plan: exposure therapy weekly.",
    "Family therapy with both parents, structural.",
    "Approach: cognitive processing therapy.",
])
def test_a_named_therapy_is_modality_evidence(text):
    from assistant.letters.element_checks import CHECKS
    from assistant.letters.reading import segments
    assert [f for s in segments([text]) for f in CHECKS["treatment_modality"](s)] != []


# -- who was present, what was done, and labels in two languages with Latin letters --------------------------------
@pytest.mark.parametrize("label,kind", [
    ("Kî hebû / Present", "attendance"),
    ("Prisutni / Present", "attendance"),
    ("Present", "attendance"),
    ("Attendees", "attendance"),
    ("Çi hat kirin / What was done", "interventions"),
    ("Šta je urađeno / What we did", "interventions"),
    ("Bersiv / Response", "progress"),
])
def test_labels_named_by_either_half(label, kind):
    from assistant.letters.patterns.segments import label_kind
    assert label_kind(label) == kind


@pytest.mark.parametrize("label", ["Presenting problem", "Attendance this month", "Plan / Goals"])
def test_labels_that_keep_their_own_kind(label):
    from assistant.letters.patterns.segments import label_kind
    assert label_kind(label) != "attendance"


def test_who_was_present_is_not_the_presenting_picture():
    from assistant.letters.narrative import narrative
    notes = ["Present: client; mother for the last 10 minutes.\n\nShe has missed 11 of 18 school days since the move and "
             "sleeps in her mother's bed most nights; nightmares five nights a week since the border crossing."]
    out = " ".join(narrative(notes, set(), True, 6))
    assert "mother for the last" not in out and "missed 11 of 18 school days" in out


# -- a message from someone else: its words to the reader dropped, its account quoted as theirs --------------------
@pytest.mark.parametrize("note,sender", [
    ("From: <PERSON_4> <EMAIL_1>\nTo: <PERSON_2> <EMAIL_2>\nSubject: Re: records\n\n<PERSON_2> - here is what our league "
     "has for him. I've coached him six seasons and he used to be the first at practice. Since March he has missed nine "
     "practices and walked off the field twice mid-game.", "<PERSON_4>"),
    ("From: Coach Rae\nDate: 03/02/2026\n\nHi <PERSON_2>, as you asked, the notes below. I have run the choir for ten years; "
     "she has skipped every rehearsal since January and stopped answering the group chat.", "Coach Rae"),
    ("From: <PERSON_7>\nSent: Monday\n\nI supervise him on the night crew. He has called out eleven shifts since the "
     "accident and fell asleep on the forklift twice; I had to send him home last week.", "<PERSON_7>"),
])
def test_a_third_partys_message_is_quoted_as_theirs(note, sender):
    from assistant.letters.narrative import narrative
    out = narrative([note, "Progress note 03/10/2026, LCSW: F43.10. Session focused on sleep."], set(), True, 6)
    assert out and out[0].startswith("A message to me from %s reads:" % sender)
    assert "here is what" not in out[0] and "as you asked" not in out[0]


def test_the_clinicians_own_note_is_not_quoted_as_a_message():
    from assistant.letters.narrative import narrative
    note = ("Intake 03/02/2026, LCSW. F41.1. She has not driven since the crash in January and has missed six "
            "shifts at the bakery; panic most mornings before work, with her husband driving her everywhere.")
    out = narrative([note], set(), True, 6)
    assert out and not out[0].startswith("A message to me")


# -- a club's or league's table columns are no instruments -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Event            Date         Rds   Score   Rating after\nSpring Open      03/08/2025   3     2.0     1842\nMay Swiss        05/17/2025   5     1.0     1790",
    "| Date | Opponent | Result | Points |\n|---|---|---|---|\n| 01/10/2026 | Eagles | W | 14 |\n| 01/17/2026 | Hawks | L | 6 |",
    "Week\tGames\tWins\tRank\n1\t4\t3\t12\n2\t4\t1\t19",
])
def test_a_league_table_gives_no_scores(text):
    assert _scores(text) == []


def test_a_score_column_under_an_instruments_title_is_still_read():
    text = "PHQ-9 over time\n| Date | Score |\n|---|---|\n| 01/02/2026 | 18 |\n| 02/02/2026 | 12 |"
    assert {s for i, s, _ in _scores(text) if i == "PHQ-9"} == {18, 12}


# -- a church's, school's or youth "program" is no care -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Before October she went to sleepovers and stayed for the church kids' program without trouble.",
    "Last summer he did a youth program at the Y and loved it.",
    "In 2024 she was in the school reading program twice a week.",
])
def test_a_community_program_is_no_prior_care(text):
    assert _status(text, "prior_treatment").status == "missing"


@pytest.mark.parametrize("text", [
    "In 2024 she attended a partial hospitalization program for 3 weeks.",
    "Completed an intensive outpatient program in 2023.",
    "Went through a residential program for alcohol in 2022.",
])
def test_a_treatment_program_is_prior_care(text):
    assert _status(text, "prior_treatment").status == "met"


# -- a threshold or a 0-10 self-rating beside a listed score is no unaccounted score ---------------------------------
def test_a_cutoff_beside_a_listed_score_is_not_quoted_again():
    from assistant.letters.extract import extract_facts
    from assistant.letters.score_lines import other_measure_sentences
    notes = ["Scores 02/10/2026: SCARED parent total 38; separation items 13 (clinical cutoff 5). Worry a 9 out of 10."]
    assert other_measure_sentences(notes, extract_facts(notes), set()) == []


# -- a lab column's symbol and unit become the lab's name with its unit in the letter --------------------------------
@pytest.mark.parametrize("table,line", [
    ("  date         wt (kg)   K (mmol/L)\n  11/24/2025   60.9      3.6\n  12/11/2025   59.8      3.4", "potassium (mmol/L) = 3.6"),
    ("  date         wt (kg)   K (mmol/L)\n  11/24/2025   60.9      3.6\n  12/11/2025   59.8      3.4", "weight (kg) = 60.9"),
    ("| Date | Li (mmol/L) |\n|---|---|\n| 03/02/2026 | 0.6 |\n| 03/20/2026 | 0.8 |", "lithium level (mmol/L) = 0.6"),
])
def test_a_lab_column_is_written_with_its_name_and_unit(table, line):
    from assistant.letters.extract import extract_facts
    from assistant.letters.score_lines import measures
    assert any(x.startswith(line) for x in measures(extract_facts([table])))


# -- a logfmt export: key=value pairs read as labelled fields --------------------------------------------------------
_LOGFMT = [
    'ts=2026-01-05T09:00 kind=progress cpt=90834 mins=45\nts=2026-01-05T09:00 field=impact value="missed 6 shifts since the '
    'crash; has not driven on the highway"\nts=2026-01-05T09:00 field=scores value="PCL-5 44 today; 58 at intake 2025-11-03"\n'
    'ts=2026-01-05T09:00 field=plan value="weekly CPT x 12 sessions"',
    'at=2026-02-01 field=function value="skipped 3 lab draws since spring"\nat=2026-02-01 field=meds value="none"\n'
    'at=2026-02-01 field=dx value="F40.230 fear of blood"',
    'event=visit date=2026-03-02 code=90837\nevent=note field=risk value="denies SI/HI; no firearms"\n'
    'event=note field=measures value="GAD-7 9 (was 15 at intake)"',
]


@pytest.mark.parametrize("note,element", [(_LOGFMT[0], "functional_impairment"), (_LOGFMT[0], "measure_trend"),
                                          (_LOGFMT[1], "functional_impairment"), (_LOGFMT[2], "risk_assessment"),
                                          (_LOGFMT[2], "measure_trend")])
def test_a_logfmt_export_is_read_by_its_fields(note, element):
    assert _status(note, element).status == "met"


@pytest.mark.parametrize("text", [
    "The formula is x=3 y=4 for the worksheet.",
    "a=1 b=2",
    "Scores: PHQ-9=12, GAD-7=9.",
])
def test_a_few_pairs_are_no_logfmt_export(text):
    from assistant.letters.logfmt import plain_logfmt
    assert plain_logfmt(text) == text


# -- "Now:" is a field of today's picture, not a comparison -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Now: low mood most days for about 5 months, stopped her card group.",
    "Currently: panic most mornings before work.",
    "Today - tearful, slept 4 hours.",
])
def test_a_now_label_is_no_progress_evidence(text):
    from assistant.letters.element_checks import CHECKS
    from assistant.letters.reading import segments
    assert [f for s in segments([text]) for f in CHECKS["progress"](s)] == []


def test_now_in_a_comparison_is_still_progress_evidence():
    from assistant.letters.element_checks import CHECKS
    from assistant.letters.reading import segments
    assert [f for s in segments(["Now sleeping 7 hours, was 4 at intake."]) for f in CHECKS["progress"](s)] != []


# -- visits used up are no plan; a treatment phase is the plan ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Weekly sessions. The 12 visits on the current authorization were used as of 10/02.",
    "Weekly sessions. All 20 sessions authorized have been used.",
    "Weekly sessions; the 8 EAP visits were exhausted in March.",
])
def test_visits_used_up_are_no_duration(text):
    assert _status(text, "frequency_duration").status == "missing"


@pytest.mark.parametrize("text", [
    "Phase 1 (safety and stabilization): grounding, psychoeducation. Sessions twice a week, 53 minutes, for 16 weeks.",
    "Stage 2 (exposure): in vivo work. Weekly sessions for 12 more weeks.",
    "Phase II (safety skills): twice-weekly DBT skills for 24 weeks.",
])
def test_a_phase_heading_with_safety_in_its_bracket_is_the_plan(text):
    assert _status(text, "frequency_duration").status == "met"


# -- a score table's column that names a part of each row's instrument ----------------------------------------------
@pytest.mark.parametrize("table,want", [
    ("  Instrument                    Total   Separation anxiety subscale\n  SCARED - parent report          40      14 / 16\n"
     "  SCARED - child report           29      11 / 16", {("SCARED", 40), ("SCARED Separation", 14), ("SCARED Separation", 11)}),
    ("| Instrument | Total | Intensity |\n|---|---|---|\n| ECBI | 160 | 160 |", {("ECBI", 160)}),
    ("| Instrument | Total | Depression |\n|---|---|---|\n| DASS-21 | 48 | 18 |\n| PHQ-9 | 17 | 5 |", {("DASS-21", 48), ("DASS-21 Depression", 18), ("PHQ-9", 17)}),
])
def test_a_part_column_gives_each_rows_part_score(table, want):
    got = {(i, s) for i, s, _ in _scores(table)}
    assert want <= got


# -- a family's first time seeking help is "no prior treatment" -------------------------------------------------
@pytest.mark.parametrize("text", [
    "This is the first time the family has sought counseling for her.",
    "She is seeking counseling for the first time.",
    "This is the first time his parents have sought therapy for him.",
])
def test_a_first_time_seeking_care_is_no_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "met"


@pytest.mark.parametrize("text", [
    "She laughed for the first time in session.",
    "For the first time since June he slept through the night.",
    "The family came to the school play for the first time.",
])
def test_other_first_times_say_nothing_of_prior_care(text):
    assert _status(text, "prior_treatment").status == "missing"


# -- a sentence that opens in another script starts a new field; a wrapped "when:" goes on -------------------------
@pytest.mark.parametrize("text", [
    "План / Plan: weekly CPT, 12 sessions. Циљеви / Goals: PCL-5 < 33 by 01/31/2027; nightmares 1 a week or fewer.",
    "Σχέδιο / Plan: weekly, 16 sessions. Στόχοι / Goals: GAD-7 under 8 by 03/01/2027.",
    "Жоспар / Plan: weekly. Мақсаттар / Goals: PHQ-9 below 10 by 04/30/2027; back at work 3 days a week.",
])
def test_goals_after_a_sentence_in_another_script_are_read(text):
    assert _status(text, "measurable_goals").status == "met"


@pytest.mark.parametrize("text", [
    "Goals: no NSSI for 14 days. Step down to PHP\n  when: no NSSI 14 days, no passive SI 7 days.",
    "Plan: residential 30 days. Discharge home\n  once: 2 weeks without restricting, meals completed.",
    "Goals: sleep 6 hours. Step down to biweekly sessions\n  if: PHQ-9 under 10 on two checks.",
])
def test_a_wrapped_condition_word_continues_its_sentence(text):
    assert _status(text, "discharge_criteria", level="residential").status == "met"


def test_an_exports_lowercase_field_still_starts_a_field():
    from assistant.letters.reading import read_note
    blocks = read_note("status: active\nrisk: denies SI/HI\nmeds: none\nplan: weekly CBT x 12")
    assert [b.label for b in blocks if b.kind == "field"][:2] == ["status", "risk"]


# -- a family's or a couple's total beside its instrument ------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("SCORE-15 family total 48 (54 at intake).", {("SCORE-15", 48), ("SCORE-15", 54)}),
    ("DAS couple total 92 today.", {("DAS", 92)}),
    ("SCORE-15 family total 41 on 02/01/2026.", {("SCORE-15", 41)}),
])
def test_a_familys_total_is_read(text, want):
    assert want <= {(i, s) for i, s, _ in _scores(text)}


# -- "missed" before a date is no count of missed work ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Attendance: 15 of 16 scheduled days (missed 09/29 - dental appointment).",
    "Program days: all but one (missed 10.14, court date).",
    "Missed 3/2 for a funeral; otherwise here every day.",
])
def test_missed_before_a_date_is_no_work_impairment(text):
    assert _status(text, "functional_impairment", level="PHP").status == "missing"


@pytest.mark.parametrize("text", ["She missed 3 days of school last week.", "Missed 12 shifts since March.",
                                  "He has missed 4 classes this term."])
def test_missed_counts_are_still_impairment(text):
    assert _status(text, "functional_impairment").status == "met"


@pytest.mark.parametrize("note,short", [
    ("YMRS 24 on 09/17/2025; YMRS 11 on 10/08/2025.", "YMRS = 24"),
    ("STOP-Bang 2 on 03/02/2026 (low risk).", "STOP-Bang = 2"),
    ("PCL-5 52 on 01/05/2026.", "PCL-5 = 52"),
])
def test_a_title_that_names_a_condition_is_not_spelled_out(note, short):
    from assistant.letters.extract import extract_facts
    from assistant.letters.score_lines import measures
    assert any(x.startswith(short) for x in measures(extract_facts([note])))


@pytest.mark.parametrize("note,line", [
    ("  date         Resting HR supine (bpm)\n  10/06/2025   46\n  10/20/2025   52", "Resting HR supine (bpm)"),
    ("| Date | Orthostatic HR rise (bpm) |\n|---|---|\n| 10/06/2025 | 36 |\n| 10/20/2025 | 24 |", "Orthostatic HR rise (bpm)"),
    ("| Date | Fasting glucose (mg/dL) |\n|---|---|\n| 10/06/2025 | 112 |\n| 10/20/2025 | 98 |", "Fasting glucose (mg/dL)"),
])
def test_a_lab_column_with_more_words_than_its_name_keeps_them(note, line):
    from assistant.letters.extract import extract_facts
    from assistant.letters.score_lines import measures
    assert any(x.startswith(line) for x in measures(extract_facts([note])))


# -- a history field in two languages that names no care is no treatment history ----------------------------------
@pytest.mark.parametrize("text", [
    "Historia / History: In 2008 armed men attacked his village; his younger brother was killed while they ran.",
    "Istorija / History: the family fled in 2015 and lived in a camp for two years.",
    "Vēsture / History: parents divorced when she was 9.",
])
def test_a_two_language_history_without_care_is_no_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "missing"


def test_a_two_language_history_naming_care_is_prior_treatment():
    assert _status("Istorija / History: saw a counselor in 2019 for 8 sessions.", "prior_treatment").status == "met"


# -- a row that already names its part takes no second part from a score column's header -------------------------
def test_an_item_row_keeps_its_own_name_under_a_rating_column():
    table = ("SIPS positive symptoms (10/20/2025):\n| Item | Rating | Notes |\n|---|---|---|\n"
             "| P1 Unusual thought content | 2 | |\n| P3 Grandiosity | 0 | |")
    from assistant.letters.extract import extract_facts
    from assistant.letters.score_lines import measures
    lines = measures(extract_facts([table]))
    assert any(x.startswith("SIPS P3 Grandiosity = 0") for x in lines) and not any("Rating =" in x for x in lines)


# -- our own words never read as a T score or a named condition: "what score", "repeat score", "first score" ---------
def test_the_questions_the_letter_asks_never_spell_a_t_score():
    import re
    from assistant.letters import checklist
    texts = [v for k, v in vars(checklist).items() if isinstance(v, dict) for v in v.values() if isinstance(v, str)]
    assert texts and not [t for t in texts if re.search(r"t[- ]scores?\b", t, re.I)]


@pytest.mark.parametrize("notes", [
    ["Intake 01/06/2026: PHQ-9 18. Plan: CBT weekly."],
    ["PHQ-9 = 34 (01/06/2026). GAD-7 = 12 (01/06/2026)."],
    ["GAD-7 15 on 01/02/2026; GAD-7 9 on 03/02/2026. Goals: GAD-7 under 8."],
])
def test_an_offline_letter_never_writes_t_score_by_accident(notes):
    import re
    from assistant.letters.extract import extract_facts
    from assistant.letters.score_lines import measures, score_questions, trends
    from assistant.letters.score_bands import band_line
    facts = extract_facts(notes)
    text = " ".join(measures(facts) + trends(facts) + score_questions(facts) + [band_line("What band is PHQ-9 8? It was 22.")])
    assert not re.search(r"(?<![A-Za-z])t[- ]scores?\b|[a-z]t[- ]scores?\b", text, re.I)
