"""Letter and checklist classes found by the twenty-seventh blind set, each with examples written here (never the
set's own wording)."""
import pytest

from assistant.letters.extract import extract_facts
from letter_facts import status as _status


# -- a screener's questions asked, with their answers after a colon, are the screen (not a question left open) -----
@pytest.mark.parametrize("text", [
    "Asked the ASQ questions: no to all four; no acuity question needed.",
    "Administered the C-SSRS screener questions: all answered no, including past-month ideation.",
    "Went through the Columbia questions: denies wish to be dead and any plan.",
])
def test_a_screeners_questions_asked_with_answers_are_a_risk_screen(text):
    assert _status(text, "risk_assessment").status == "met"


@pytest.mark.parametrize("text", [
    "Reviewer questions: is there a safety plan? what is the risk level?",
    "Question 2: has a suicide risk screen been done?",
    "Payer questions: see attached form.",
])
def test_a_reviewers_questions_are_no_screen(text):
    assert _status(text, "risk_assessment").status == "missing"


# -- a list's title with a bracket that dates or sources it still names the list ------------------------------------
@pytest.mark.parametrize("text", [
    "Goals (from 09/03 plan)\n  1. at work 4 of 5 days for 6 weeks\n  2. PHQ-9 under 10",
    "IV. Objectives (updated 10/2)\n  - panic attacks 1 or fewer a week\n  - drives alone to the store twice a week",
    "Targets (per the plan of 2/14)\n  a) no purging for 4 straight weeks\n  b) 3 meals a day on 6 of 7 days",
])
def test_a_goal_list_titled_with_a_dated_bracket_is_the_goals(text):
    assert _status(text, "measurable_goals").status == "met"


# -- a lower frequency written as a rate, and what happened on it, is why less care is not enough -------------------
@pytest.mark.parametrize("text", [
    "When she dropped to 1x per week over the holidays, the purging crept back up to daily.",
    "During the month of one weekly session the panic attacks climbed back up to 5 a week.",
    "We tried 1 session/wk in October: checking went back up to 3 hours a day.",
])
def test_a_lower_frequency_as_a_rate_with_a_setback_is_the_rationale(text):
    assert _status(text, "lower_level_insufficient", "appeal", "2x/week").status == "met"


@pytest.mark.parametrize("text", [
    "She was seen 1x/wk in the spring and did well; we plan to continue.",
    "Homework: 1x per week mood log.",
    "One weekly session is scheduled on Tuesdays.",
])
def test_a_rate_alone_or_with_good_news_is_no_rationale(text):
    assert _status(text, "lower_level_insufficient", "appeal", "2x/week").status == "missing"


# -- care placed in an earlier stage of life is prior treatment; care still ahead is not ----------------------------
@pytest.mark.parametrize("text", [
    "Saw the school counselor weekly in 8th grade; it didn't help.",
    "Had counseling in college for about a semester.",
    "In high school he went to a therapist for a few months after his parents split.",
    "As a teenager she saw a psychiatrist twice.",
])
def test_care_in_an_earlier_stage_of_life_is_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "met"


@pytest.mark.parametrize("text", [
    "In 8th grade she started cutting.",
    "She wants to be a counselor when she finishes college.",
    "She plans to see a therapist in college.",
    "School counselor will check in weekly during the high school transition.",
])
def test_a_stage_of_life_without_care_or_care_ahead_is_no_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "missing"


# -- a group's weekday with its clock time, then the course's length, is the schedule -----------------------------
@pytest.mark.parametrize("text", [
    "Group meets Thursdays 6:00-7:30 pm for 12 weeks.",
    "Tuesdays 5-6 pm, 8 weeks, starts 01/14.",
    "Sessions on Mondays and Thursdays, 8 weeks.",
])
def test_a_weekday_schedule_with_the_course_length_is_frequency_and_duration(text):
    assert _status(text, "frequency_duration", "initial_authorization", "group").status == "met"


@pytest.mark.parametrize("text", [
    "Works Thursdays 6-10 pm at the plant.",
    "Nightmares on Fridays, 12 weeks now.",
    "Thursdays 4:00 pm; has had nightmares for 12 weeks.",
])
def test_a_weekday_that_is_no_session_or_a_symptoms_span_is_no_schedule(text):
    assert _status(text, "frequency_duration", "initial_authorization", "group").status == "missing"


# -- earlier care counted and left, a withdrawal stay, years of mutual help that ended ------------------------------
@pytest.mark.parametrize("text", [
    "One outpatient counseling visit in the fall, did not go back.",
    "Two therapy sessions in 2021, then stopped going.",
    "Came after a 5-day hospital detox last month.",
    "Before this: inpatient withdrawal management at the county unit.",
    "Sober 9 years with NA (2012-2021) until the layoff.",
])
def test_earlier_care_counted_or_a_withdrawal_stay_is_prior_treatment(text):
    assert _status(text, "prior_treatment", level="PHP").status == "met"


@pytest.mark.parametrize("text", [
    "Next: two therapy sessions on <DATE_4> and <DATE_5>.",
    "Plan: 3-day inpatient detox if he relapses.",
    "Goes to AA (2 meetings a week).",
])
def test_visits_ahead_or_mutual_help_now_are_no_prior_treatment(text):
    assert _status(text, "prior_treatment", level="PHP").status == "missing"


# -- what changed, asked as a heading, and change counted in a program's days are progress ---------------------------
@pytest.mark.parametrize("text", [
    "What has changed in the program: day 1 left group early; since day 4 stays all 6 hours.",
    "Changes since admission: since week 2 she attends all three groups.",
    "Since session 5 he completes the exposure homework.",
])
def test_change_counted_in_program_days_is_progress(text):
    assert _status(text, "progress", level="PHP").status == "met"


@pytest.mark.parametrize("text", [
    "What has changed: nothing yet, still isolating.",
    "Since day 3 has been refusing meals.",
    "Change in address: moved to her sister's.",
])
def test_no_change_or_a_setback_is_no_progress(text):
    assert _status(text, "progress", level="PHP").status == "missing"


# -- a domain told as kept up is no impairment; kept up "but not" is ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Works full time and continues to drive and manage the household; no one at work has noticed.",
    "Still does all the chores and the cooking.",
    "Able to keep up with the housework and the bills.",
])
def test_a_domain_kept_up_is_no_impairment(text):
    assert _status(text, "functional_impairment").status == "missing"


@pytest.mark.parametrize("text", [
    "Still can't manage the household; her sister does the chores.",
    "Has stopped doing chores since June.",
    "Household is chaotic; bills unpaid for three months.",
])
def test_a_domain_given_up_is_an_impairment(text):
    assert _status(text, "functional_impairment").status == "met"


# -- a form's check-box options and logistics fields are not the clinical presentation -----------------------------
from assistant.letters import sections as S  # noqa: E402
from assistant.letters.narrative import narrative  # noqa: E402


@pytest.mark.parametrize("form, kept", [
    ("Trip: Science Center   Date: 10/05\nTransportation: school bus, 45 minutes each way\n[ ] My child may attend.\n"
     "[X] My child may NOT attend.\nComments: he panics on buses and cried the whole ride last year.", "cried the whole ride"),
    ("Appointment card\nLocation: Suite 4, east entrance\nTime: 3:15 pm\n\u2610 New client  \u2612 Returning client\n"
     "She has not left the house alone since March.", "has not left the house"),
    ("Balance due: $40.00\nPayment: card on file\n(X) Sliding scale approved\nHe sleeps about 3 hours a night and misses work.",
     "sleeps about 3 hours"),
])
def test_form_options_and_logistics_are_left_out_of_the_presentation(form, kept):
    picked = " ".join(narrative([form], set(), True, 6))
    assert kept in picked
    for junk in ("may attend", "NOT attend", "school bus, 45", "Suite 4", "Returning client", "card on file", "Sliding scale"):
        assert junk not in picked


# -- a quoted question or a revision arrow inside a sentence does not end it -----------------------------------------
from assistant.letters.reading import sentences  # noqa: E402


@pytest.mark.parametrize("line, whole", [
    ('3. "Will I throw up?" questions 3 or fewer a day.', '"Will I throw up?" questions 3 or fewer a day'),
    ("Goal: GAD-7 under 12? -> under 10 by June.", "under 12? -> under 10 by June"),
    ('Asked "am I broken?" twice in session; tearful after.', 'Asked "am I broken?" twice in session'),
])
def test_a_quoted_question_or_a_revision_arrow_goes_on(line, whole):
    assert any(whole in line[a:b] for a, b in sentences(line))


@pytest.mark.parametrize("line", ["Is she safe? She says yes.", "Why now? Her job ended.", "Sleep? Poor. Appetite? Fair."])
def test_a_question_then_a_capitalised_sentence_still_splits(line):
    assert len(list(sentences(line))) >= 2


# -- a series of scores each with its date in a bracket after it (after leader dots, a spelled-out name, a part) -----
@pytest.mark.parametrize("text, instrument, scores", [
    ("FASA (Family Accommodation Scale-Anxiety, parent) ........ 31 (09/08/2025)   18 (12/01/2025)", "FASA", [31, 18]),
    ("PHQ-9: 14 (01/06/2025)   9 (02/03/2025)   7 (03/03/2025)", "PHQ-9", [14, 9, 7]),
    ("GAD-7 (self-report) 12 (09/01/2025) 8 (10/01/2025)", "GAD-7", [12, 8]),
    ("SDQ parent: Total difficulties 26 (09/02/2025)  19 (11/04/2025)", "SDQ Total Difficulties", [26, 19]),
])
def test_a_series_of_scores_with_bracketed_dates_is_read_whole(text, instrument, scores):
    facts = extract_facts([text])
    assert [m.score for m in facts.measures if m.instrument == instrument] == scores
    assert facts.trends


def test_a_single_score_with_its_date_is_one_reading():
    facts = extract_facts(["PHQ-9 14 (01/06/2025)"])
    assert [(m.score, m.date) for m in facts.measures] == [(14, "01/06/2025")]


# -- less common trauma and dissociation measures for adolescents; a date told after a comma ------------------------
@pytest.mark.parametrize("text, instrument, score, date", [
    ("UCLA PTSD-RI (DSM-5 version, self-report) total 52, given 12/22/2025", "UCLA PTSD-RI", 52, "12/22/2025"),
    ("PTSD Reaction Index 38 on 01/05/2026", "UCLA PTSD-RI", 38, "01/05/2026"),
    ("A-DES (Adolescent Dissociative Experiences Scale) mean 6.1, completed 12/22/2025", "A-DES", 6.1, "12/22/2025"),
    ("Adolescent Dissociative Experiences Scale 3.2 on 01/02/2025", "A-DES", 3.2, "01/02/2025"),
])
def test_adolescent_trauma_and_dissociation_measures_are_in_the_catalog(text, instrument, score, date):
    assert [(m.instrument, m.score, m.date) for m in extract_facts([text]).measures] == [(instrument, score, date)]


def test_the_adult_dissociation_scale_stays_itself():
    assert [m.instrument for m in extract_facts(["DES-II mean 22 on 01/02/2025"]).measures] == ["DES-II"]


# -- none before, told plainly, documents prior treatment ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    '- no counseling ever before ("we didn\'t do that").',
    "No therapy before now.",
    "Never any counseling before this.",
])
def test_no_care_ever_before_documents_prior_treatment(text):
    assert _status(text, "prior_treatment").status == "met"


# -- sessions named by their weekday, and a count after the session's minutes ---------------------------------------
@pytest.mark.parametrize("text", [
    "What I'm asking for: keep the Tuesday visits, 45 min, about 12 more, through the end of April.",
    "Plan: continue her Thursday sessions, 50 minutes, about 10 more.",
    "Request: keep the Monday sessions, 60 min, about 8 more, then review.",
])
def test_weekday_sessions_with_a_count_after_their_minutes_are_the_schedule(text):
    assert _status(text, "frequency_duration", "appeal").status == "met"


@pytest.mark.parametrize("text", [
    "Visits, 30 min, about 3 per week for the aide.",
    "She has a Tuesday appointment with her PCP.",
    "Monday visits from her son, about 12 more before he moves.",
])
def test_a_single_appointment_or_someone_elses_visits_are_no_schedule(text):
    assert _status(text, "frequency_duration", "appeal").status == "missing"


@pytest.mark.parametrize("text", [
    "Still refuses to sleep with the light off and hid under a desk twice at school.",
    "Still avoids the cafeteria and eats lunch in the nurse's office.",
    "Still will not ride the bus and has missed 6 school days this month.",
])
def test_still_with_a_problem_is_an_impairment(text):
    assert _status(text, "functional_impairment").status == "met"


# -- a "Scale | Score" table under a title that names one instrument: its rows are the instrument's parts ------------
@pytest.mark.parametrize("text, expected", [
    ("SDQ, parent version (mother), completed 10/14/2025:\nScale\tScore\tBand\nEmotional symptoms\t3\taverage\n"
     "Total difficulties\t26\tvery high\nImpact\t6\tvery high\n",
     {("SDQ emotional", 3), ("SDQ Total Difficulties", 26), ("SDQ impact", 6)}),
    ("SDQ (teacher) on 11/02/2025:\n| Scale | Score | Range |\n|---|---|---|\n| Conduct problems | 5 | high |\n| Prosocial | 7 | average |\n",
     {("SDQ conduct", 5), ("SDQ prosocial", 7)}),
    ("Strengths and Difficulties Questionnaire, 09/09/2025:\nScale,Score,Band\nPeer problems,4,high\nHyperactivity,9,very high\n",
     {("SDQ peer", 4), ("SDQ hyperactivity", 9)}),
])
def test_a_scale_table_under_an_instruments_title_reads_its_parts_on_the_titles_date(text, expected):
    measures = extract_facts([text]).measures
    assert {(m.instrument, m.score) for m in measures} >= expected
    assert all(m.date for m in measures if (m.instrument, m.score) in expected)


def test_a_long_table_without_a_title_keeps_its_own_names():
    text = "Date,Instrument,Rater,Total\n01/05/2025,PHQ-9,self,14\n02/05/2025,PHQ-9,self,9\n"
    assert [(m.instrument, m.score, m.date) for m in extract_facts([text]).measures] == [
        ("PHQ-9", 14, "01/05/2025"), ("PHQ-9", 9, "02/05/2025")]


# -- a table's own heading names its instrument, whatever the paragraph above it names --------------------------------
def test_the_heading_right_above_a_scale_table_names_it():
    text = ("Alone with him: asked the ASQ questions, no to all four.\n\nSDQ, parent version, completed 10/14/2025:\n"
            "Scale\tScore\tBand\nEmotional symptoms\t3\taverage\nTotal difficulties\t26\tvery high\n")
    assert {m.instrument for m in extract_facts([text]).measures} >= {"SDQ emotional", "SDQ Total Difficulties"}


# -- a box-drawn form's framed lines are read without the frame ------------------------------------------------------
from assistant.letters.plain_note import unframed  # noqa: E402

BOX = ("+------------------------------------------+\n| YOUTH INTAKE SCREEN                      |\n"
       "+------------------------------------------+\n| Other concerns: fights at school, sent   |\n"
       "|   home twice in March                    |\n| Sleep: up until 2 am most nights         |\n"
       "+------------------------------------------+\n")


@pytest.mark.parametrize("value", ["Other concerns: fights at school, sent", "Sleep: up until 2 am most nights"])
def test_a_boxed_forms_lines_lose_their_frame(value):
    lines = [line.strip() for line in unframed(BOX).split("\n")]
    assert value in lines and not any("|" in line or line.startswith("+--") for line in lines)


@pytest.mark.parametrize("text", [
    "| Measure | Intake | Now |\n|---|---|---|\n| PHQ-9 | 18 | 9 |\n| GAD-7 | 15 | 7 |\n",
    "| a single framed line |\nplain text after it\n",
    "| one | two |\n| three | four |\n| five | six |\n+----------------+\n",
])
def test_tables_and_lone_framed_lines_are_left_as_they_are(text):
    assert unframed(text) == text


# -- a fire-setting risk level is no suicide or violence risk screen --------------------------------------------------
@pytest.mark.parametrize("text", [
    "FIRESETTING RISK LEVEL:  [ ] Little   [ ] Definite   [X] Extreme",
    "Fire-setting risk level: extreme.",
    "Arson risk assessment: moderate.",
])
def test_a_fire_setting_risk_level_is_no_risk_screen(text):
    assert _status(text, "risk_assessment").status == "missing"


# -- two capitalised fields on one line are two fields; a level in a prescriber's title is no level tried -------------
@pytest.mark.parametrize("text, element", [
    ("MEDS: naltrexone 50 mg daily (IOP psychiatrist).  HISTORY: 28-day residential 2022; relapsed in 2025.", "prior_treatment"),
    ("RISK: denies SI/HI, low risk.  PLAN: weekly CBT for 12 weeks.", "frequency_duration"),
    ("DX: F41.1 generalized anxiety disorder.  HISTORY: RTC in 2021 for 60 days.", "prior_treatment"),
])
def test_two_capitalised_fields_on_one_line_are_read_apart(text, element):
    assert _status(text, element, level="IOP").status == "met"


@pytest.mark.parametrize("text", [
    "MEDS: naltrexone 50 mg daily (IOP psychiatrist).\nHISTORY: 28-day residential 2022; relapsed in 2025.",
    "Sertraline 100 mg (outpatient prescriber).\nShe relapsed twice in that time.",
    "Meds: bupropion 300 mg (PHP psychiatrist).\nMissed two doses; relapsed on the weekend.",
])
def test_a_level_named_in_a_prescribers_title_is_no_level_tried(text):
    assert _status(text, "lower_level_insufficient", level="IOP").status == "missing"


# -- an older adult's life review, told by its name or its technique, is a treatment approach -------------------------
@pytest.mark.parametrize("text", [
    "We continued life review, this week the years at the bakery.",
    "Used reminiscence with the photographs she brought.",
    "Reminiscence group twice a week on the unit.",
])
def test_life_review_and_reminiscence_are_an_approach(text):
    assert _status(text, "treatment_modality").status == "met"


@pytest.mark.parametrize("text", ["Life review of the chart completed.", "She has a good memory for reminiscences.",
                                  "Reviewed her life insurance paperwork."])
def test_a_review_of_a_chart_or_a_memory_is_no_approach(text):
    assert _status(text, "treatment_modality").status == "missing"


# -- a pipe table written without outer bars is a table --------------------------------------------------------------
from assistant.letters.reading import read_notes  # noqa: E402


@pytest.mark.parametrize("text, header", [
    ("Contacts this month\n  date  | type      | notes\n  12/02 | phone     | IOP day 4, sleeping badly.\n"
     "  12/09 | in person | Coffee after group; got a sponsor.\n", ("date", "type", "notes")),
    ("Date | PHQ-9 | GAD-7\n01/05/2025 | 18 | 14\n02/05/2025 | 12 | 9\n", ("Date", "PHQ-9", "GAD-7")),
    ("week | sessions | PHQ-9\n1 | 3 | 18\n2 | 4 | 15\n", ("week", "sessions", "PHQ-9")),
])
def test_a_pipe_table_without_outer_bars_is_read_as_a_table(text, header):
    tables = [b.table for b in read_notes([text]) if b.table is not None]
    assert tables and tables[0].header == header


def test_a_sentence_with_a_bar_or_two_stays_prose():
    text = "Reviewed mood | sleep | appetite with her today.\nShe slept 6 hours most nights."
    assert not [b for b in read_notes([text]) if b.table is not None]


# -- the denial is the sentence that quotes the decision, not the document's title that mentions it -----------------
@pytest.mark.parametrize("note, quoted", [
    ('IOP CLINICAL SUMMARY FOR APPEAL (concurrent denial)   12/31/2025\n\nDenial dated 12/29/2025, effective 12/27: '
     '"Symptoms are stable. Member can be treated at the outpatient level."\n', "Member can be treated at the outpatient level."),
    ('PHP CONTINUED STAY APPEAL (denied 03/02)\n\nDenial issued 03/02: "No longer meets criteria. Step down to IOP."\n',
     "Step down to IOP."),
    ('RESIDENTIAL APPEAL PACKET - denial of 5/1\n\nThe denial of 5/1 reads: "Member is stable. Outpatient care is sufficient."\n',
     "Outpatient care is sufficient."),
])
def test_the_denial_quote_is_read_whole_and_the_title_is_not_it(note, quoted):
    found = S.denial_statements([note], "Aetna")
    assert found and quoted in found[0] and not any(s.isupper() or "APPEAL" in s for s in found)


# -- how often something is done is no reading of it -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Checks her pulse 30-40 times a day; reads about heart disease until 2 a.m.",
    "Weighs himself 6 times a day and hides the scale.",
    "Takes her blood pressure 10x a day at home.",
])
def test_how_often_a_measure_is_taken_is_no_reading(text):
    assert extract_facts([text]).measures == ()


@pytest.mark.parametrize("text, score", [("Pulse 88, BP 128/80.", 88), ("Pulse: 72 bpm", 72), ("Weight 52 kg today.", 52)])
def test_a_vital_with_its_value_is_still_read(text, score):
    assert score in [m.score for m in extract_facts([text]).measures]


# -- home life given up, told in everyday words, is an impairment ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Then she slept sitting up in her car in the parking lot 3-4 nights a week.",
    "He still won't sleep in his bedroom because of the voices in the vent.",
    "Has not let the maintenance man in since October, so the leak is not fixed.",
    "The landlord sent an eviction notice after the third complaint.",
])
def test_home_life_given_up_is_an_impairment(text):
    assert _status(text, "functional_impairment").status == "met"


@pytest.mark.parametrize("text", ["Slept well in her bed all week.", "Her car is in the shop.",
                                  "The building manager was friendly and fixed the sink."])
def test_ordinary_home_life_is_no_impairment(text):
    assert _status(text, "functional_impairment").status == "missing"


# -- a label in two languages, or with letters outside English, is a label -------------------------------------------
@pytest.mark.parametrize("text, element", [
    ("Criterii de încheiere / When we stop: when goals 1-3 are all met and she can handle a new symptom alone.", "discharge_criteria"),
    ("When we stop: when the panic attacks are under 1 a week for a month.", "discharge_criteria"),
    ("Kriterien / Discharge criteria: PHQ-9 under 10 for 4 weeks.", "discharge_criteria"),
])
def test_a_two_language_label_names_its_section(text, element):
    assert _status(text, element).status == "met"


@pytest.mark.parametrize("text, label", [("Diagnóstico: F32.1 episodio depresivo", "Diagnóstico"), ("Ärztin: Dr. Weber", "Ärztin"),
                                         ("Ngày: 01/02/2026", "Ngày")])
def test_labels_with_letters_outside_english_are_read(text, label):
    from assistant.letters.patterns import LABEL
    assert LABEL.match(text).group(1) == label



@pytest.mark.parametrize("text", [
    "Children placed with grandmother; supervised visits 1x/wk at the agency; lost her job for attendance.",
    "Calls her sponsor 1x/week; relapsed twice last month.",
    "Weigh-ins 1x per week at the clinic; she has not been able to gain weight.",
])
def test_a_rate_of_something_other_than_sessions_is_no_lower_level(text):
    assert _status(text, "lower_level_insufficient", "continued_stay", "IOP").status == "missing"
