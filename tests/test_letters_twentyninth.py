"""Letter and checklist classes found in the twenty-ninth session (leftovers of the twenty-eighth set and the
twenty-ninth blind set), each with examples written here (never the set's own wording)."""
import pytest

from assistant.letters.extract import extract_facts
from letter_facts import scores as _scores, status as _status


# -- counting as an exercise ("counted down from 10") is no change in a symptom --------------------------------------
@pytest.mark.parametrize("text", [
    "Client practiced grounding; counted down from 10 to 1 with the therapist.",
    "Counting down from five, she named things she could see and hear.",
    "We used a slow count down from 20 while he breathed out.",
])
def test_a_counting_exercise_is_no_progress(text):
    assert _status(text, "progress").status == "missing"


@pytest.mark.parametrize("text", [
    "Anxiety down from 7 last week to 4.",
    "Panic attacks down from daily to twice a week.",
    "Urges decreased from 9 to 5 since the last review.",
])
def test_a_symptom_down_from_an_earlier_level_is_still_progress(text):
    assert _status(text, "progress").status == "met"


# -- a therapy named in another language's words ("TCC", "ativação comportamental", "Verhaltensaktivierung") ----------
@pytest.mark.parametrize("text", [
    "Intervenções: TCC - ativação comportamental; reestruturação cognitiva da culpa.",
    "Interventionen: KVT, Verhaltensaktivierung und Tagesstruktur.",
    "Intervenciones: reestructuración cognitiva y activación conductual con la paciente.",
    "Séance : activation comportementale, agenda de la semaine revu.",
])
def test_a_modality_named_in_another_language_is_read(text):
    assert _status(text, "treatment_modality").status == "met"


# -- an earlier stay named by its setting and a past year, with no verb ("28-day residential program 2019") ----------
@pytest.mark.parametrize("text", [
    "History for file: 28-day residential program 2019, sober 3 years, relapsed 2023 after a layoff.",
    "HX SUICIDE ATTEMPT 2017 (OD). STATE HOSP 2017 X 3 WKS.",
    "Hx: IOP in 2021 for six weeks, left early.",
    "Past psych: detox 2018 (5 days), nothing since.",
])
def test_an_earlier_stay_named_by_setting_and_year_is_prior_care(text):
    assert _status(text, "prior_treatment").status == "met"


@pytest.mark.parametrize("text", [
    "Plan: 6 more weeks of IOP through 2026.",
    "Residential admission 2026 pending auth.",
    "Requesting IOP starting 01/2026.",
])
def test_a_stay_still_ahead_is_no_prior_care(text):
    assert _status(text, "prior_treatment").status == "missing"


# -- work declined, taken away or paid less because of the symptoms -------------------------------------------------
@pytest.mark.parametrize("text", [
    "Still declining roof inspections (3 declined in October); supervisor has moved him to desk audits at lower pay.",
    "Refused one load last week because of the mountain route - about $900 lost.",
    "Her manager took her off the front counter and cut her hours after the second panic attack.",
    "He has been on light duty since the flashbacks started.",
])
def test_work_declined_or_reduced_is_impairment(text):
    assert _status(text, "functional_impairment").status == "met"


@pytest.mark.parametrize("text", [
    "Role-played declining extra shifts with her boss.",
    "Goal: accept 2 loads per week without refusing routes.",
    "Accepted every load this week; no routes refused.",
])
def test_work_words_in_an_exercise_a_goal_or_a_denial_are_no_impairment(text):
    assert _status(text, "functional_impairment").status == "missing"


# -- a plan's schedule written under its numbered goals, back at the list's margin, is no goal's continuation -------
@pytest.mark.parametrize("text", [
    "Dx F42.2 OCD\nTx plan (from intake):\n  1. Y-BOCS under 16\n  2. handwashing under 10x/day\n"
    "  weekly ERP x 16 sessions, done when 1-2 met\nmeds: fluvoxamine 100mg",
    "Dx F41.0\nTreatment plan:\n  - PDSS under 8\n  - drive the bridge alone\n  twice a week for 8 weeks, then review\nRisk: low",
    "Dx F50.2\nCare plan\n1) no binges for 4 weeks\n2) three meals a day\nsessions weekly through the April review\nMeds: none",
])
def test_a_schedule_line_at_the_lists_margin_is_the_plans_frequency(text):
    item = _status(text, "frequency_duration")
    assert item.status == "met" and "goal" not in item.evidence.lower() and not item.evidence.lstrip().startswith(("1", "2", "-"))


def test_a_wrapped_goal_indented_under_its_text_still_continues():
    from assistant.letters.reading import read_note
    text = "Dx F42.2\nGoals:\n  1. attend all lab sections for four\n     weeks in a row\n  2. handwashing under 10x/day\n"
    items = [b.text for b in read_note(text, 0) if b.kind == "item"]
    assert len(items) == 2 and "weeks in a row" in items[0]


# -- a score table whose first header cell names the instrument over time points ("PCL-5 | date | score") ----------
@pytest.mark.parametrize("text,expected", [
    ("Dx F43.10\n\nPCL-5\tdate\tscore\nintake\t09/08/2025\t58\nsession 4\t10/20/2025\t51\nPHQ-9\t09/08/2025\t19\n"
     "PHQ-9\t01/05/2026\t13\n\nPlan: weekly.",
     [("PCL-5", 58, "09/08/2025"), ("PCL-5", 51, "10/20/2025"), ("PHQ-9", 19, "09/08/2025"), ("PHQ-9", 13, "01/05/2026")]),
    ("GAD-7 | when | total\n---|---|---\nbaseline | 03/02/2026 | 15\nweek 6 | 04/13/2026 | 9\n",
     [("GAD-7", 15, "03/02/2026"), ("GAD-7", 9, "04/13/2026")]),
    ("EPDS     date        score\nintake   01/12/2026  21\n6 wk     02/23/2026  14\nPHQ-9    02/23/2026  12\n",
     [("EPDS", 21, "01/12/2026"), ("EPDS", 14, "02/23/2026"), ("PHQ-9", 12, "02/23/2026")]),
])
def test_a_table_headed_by_its_instrument_reads_each_row_as_an_administration(text, expected):
    assert _scores(text) == expected


def test_under_an_instrument_headed_table_parts_stay_parts_and_items_are_no_scores():
    assert _scores("DASS-21   score\nDepression  21\nAnxiety  14\nStress  26\n") == [
        ("DASS-21 Depression", 21, None), ("DASS-21 Anxiety", 14, None), ("DASS-21 Stress", 26, None)]
    assert _scores("PHQ-9 | score\n---|---\nItem 1 | 2\nItem 2 | 3\n9 | 1\n") == []


# -- a form's own notice and instructions are paperwork, never the clinical presentation -----------------------------
@pytest.mark.parametrize("text", [
    "Attention: This form contains information relating to employee health and must be used in a manner that protects it.",
    "Time of event ................... 10:52 AM [ ] Check if time cannot be determined",
    "What happened? Tell us how the injury occurred.",
    "This report is confidential and intended for the court only.",
    "This notice must be kept with the member's file for six years.",
])
def test_a_forms_notice_or_instruction_is_paperwork(text):
    from assistant.letters.record_lines import paperwork
    assert paperwork(text)


@pytest.mark.parametrize("text", [
    "Client reports the week was hard; she missed two shifts and slept most of Sunday.",
    "He said this form of therapy must be hard work, but he keeps coming.",
    "Mother tells us the tantrums now last ten minutes instead of an hour.",
])
def test_clinical_sentences_are_not_paperwork(text):
    from assistant.letters.record_lines import paperwork
    assert not paperwork(text)


# -- a reference number of a letter, case, claim or authorization is no member ID on the Re: line -------------------
@pytest.mark.parametrize("text,expected", [
    ("Client: <PERSON_1>  Highmark PPO  ID <ID_2>\nHighmark letter <DATE_1>, ref <MEMBER_ID_1>: denied.", "<ID_2>"),
    ("Client: <PERSON_1>\nAuth # <MEMBER_ID_3> approved 8 visits. Member ID: <MEMBER_ID_1>", "<MEMBER_ID_1>"),
    ("Client: <PERSON_1>  Member ID: <MEMBER_ID_2>\nAetna letter, reference # <MEMBER_ID_1>: denied.", "<MEMBER_ID_2>"),
    ("Client: <PERSON_1>\nClaim <MEMBER_ID_4> denied CO-50.\nSubscriber ID <MEMBER_ID_5>", "<MEMBER_ID_5>"),
])
def test_the_re_line_takes_the_members_id_not_a_reference_number(text, expected):
    from assistant.letters.letter_view import client_identity
    assert client_identity([text])["member_id"] == expected


# -- an instrument's item grid under its heading ("Motor  Phonic" over "Number: 3  2") does not end the heading -----
YGTSS_LIKE = [
    ("Tic rating - YGTSS (02/03/2026)\n                 Motor   Phonic\n  Number ......    3       2\n"
     "  Intensity ...    3       2\n  Total Tic Score ........ 24\n  Impairment ............. 10\n\nPlan: weekly CBIT.",
     [("YGTSS", 24, "02/03/2026"), ("YGTSS impairment", 10, "02/03/2026")]),
    ("CY-BOCS 03/09/2026\n              Obsessions   Compulsions\n  Time: 3   3\n  Distress: 2   3\n"
     "  Total: 21\n\nPlan: ERP weekly.",
     [("CY-BOCS", 21, "03/09/2026")]),
    ("Y-BOCS - clinician-rated (04/14/2026)\n                Obsessions   Compulsions\n  Time ......    3     3\n"
     "  Interference ...    2     2\n  Total ........ 23\n",
     [("Y-BOCS", 23, "04/14/2026")]),
]


@pytest.mark.parametrize("text,expected", YGTSS_LIKE)
def test_rows_after_an_item_grid_under_an_instrument_heading_are_its_scores(text, expected):
    assert _scores(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Parent Tic Questionnaire (PTQ), mom: total 38", [("PTQ", 38, None)]),
    ("SCARED, mom: total 38", [("SCARED", 38, None)]),
    ("Vanderbilt, dad: 31 on 11/18/2025", [("Vanderbilt", 31, "11/18/2025")]),
    ("SDQ by grandma: 22", [("SDQ", 22, None)]),
])
def test_who_rated_it_between_the_instrument_and_its_score(text, expected):
    assert _scores(text) == expected


# -- items in pairs across the line under a heading whose bracket describes the form, closed by a leader total ------
@pytest.mark.parametrize("text,expected", [
    ("Labs ordered.\n\nBPRS (18-item, 1-7 scale), 02/10/2026\n  Somatic concern     2      Anxiety      5\n"
     "  Guilt feelings      2      Tension      5\n  TOTAL .......................... 41\nPlan: weekly.",
     [("BPRS", 41, "02/10/2026")]),
    ("Intake.\n\nPANSS (30 items), 03/03/2026\n  Delusions     5      Conceptual disorganization   4\n"
     "  Hallucinations   4      Excitement   2\n  Total ......... 88\n", [("PANSS", 88, "03/03/2026")]),
    ("Seen today.\n\nHAM-D (17-item version) 01/20/2026\n  Depressed mood   3      Guilt   2\n  Insomnia early   2      Work   3\n"
     "  Total ......... 22\n", [("HAM-D", 22, "01/20/2026")]),
])
def test_a_pair_grid_of_items_under_a_described_heading_gives_only_the_total(text, expected):
    assert _scores(text) == expected


# -- a row of a dated table whose first cell names an instrument is a score line of its own --------------------------
@pytest.mark.parametrize("text,expected", [
    ("MEASURES\ndate\tPACS\tPEth\n11/17/2025\t24\t312\n01/12/2026\t12\t96\nAUDIT at admission (11/17/2025)\t27\n\nPlan: IOP.",
     ("AUDIT", 27, "11/17/2025")),
    ("date | GAD-7 | PHQ-9\n---|---|---\n02/02/2026 | 14 | 17\n03/02/2026 | 9 | 12\nPCL-5 (02/02/2026) | 44 |\n",
     ("PCL-5", 44, "02/02/2026")),
    ("Date        CGI-S   CGI-I\n01/05/2026  5       -\n02/09/2026  4       2\nAUDIT-C at intake  9\n",
     ("AUDIT-C", 9, None)),
])
def test_an_instrument_named_in_a_dated_tables_date_column_is_its_own_score(text, expected):
    scores = _scores(text)
    assert expected in scores
    assert not any(name != expected[0] and score == expected[1] and date is None for name, score, date in scores)


# -- another record's id (a student's, an employee's, a case's) is no member ID -------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Student: <PERSON_1>  Grade: 3  Student ID: <ID_1>\nClient: <PERSON_1>  BCBS IL PPO  ID <ID_2>", "<ID_2>"),
    ("Client: <PERSON_1>  Employee ID <ID_3>\nAetna ID: <ID_4>", "<ID_4>"),
    ("Client: <PERSON_1>  Case ID: <ID_7>\nMedicaid ID: <ID_5>", "<ID_5>"),
    ("Client: <PERSON_1>  ID: <ID_6>", "<ID_6>"),
])
def test_the_member_id_is_not_another_records_id(text, expected):
    from assistant.letters.letter_view import client_identity
    assert client_identity([text])["member_id"] == expected


@pytest.mark.parametrize("text", [
    "Signatures on file: parent, 504 coordinator, teacher, principal.",
    "Signed by all team members on 03/02.",
    "Signature of all committee members obtained.",
])
def test_a_forms_signature_roll_is_paperwork(text):
    from assistant.letters.record_lines import paperwork
    assert paperwork(text)


def test_an_item_grid_whose_column_name_was_redacted_still_leaves_the_heading():
    text = ("Intake.\n\nYGTSS - clinician-rated (<DATE_6>)\n                Motor   <PERSON_9>\n  Number ......   3     2\n"
            "  Total Tic Score ......... 27 (of 50)\n")
    assert _scores(text) == [("YGTSS", 27, "<DATE_6>")]


# -- time already spent ("has now been off it for two weeks") is no planned duration --------------------------------
@pytest.mark.parametrize("text", [
    "Plan: she has now been off it for two weeks with no change in the events, which is what we would expect.",
    "Note: he has already been on the waitlist for six weeks, as expected this time of year.",
    "Assessment: they have been in family sessions for three months and we expect more of the same.",
])
def test_time_already_spent_is_no_planned_duration(text):
    assert _status(text, "frequency_duration").status == "missing"


@pytest.mark.parametrize("text", [
    "She had been sober for three months before the lapse. Plan: weekly sessions for 12 weeks.",
    "Plan: weekly CBT for 12 weeks.",
    "He has been in weekly therapy for 12 weeks; plan to continue weekly for 8 more sessions.",
])
def test_a_plan_beside_time_already_spent_is_still_read(text):
    assert _status(text, "frequency_duration").status == "met"


# -- no care of several kinds ever before ("No counseling or psychiatric care ever before") documents the history ----
@pytest.mark.parametrize("text", [
    'No counseling or psychiatric care ever before - "the doctor only gives tablets there".',
    "No therapy, counseling or psychiatry before now.",
    "no counseling/therapy ever before.",
])
def test_no_care_of_several_kinds_ever_before_is_documented_history(text):
    assert _status(text, "prior_treatment").status == "met"


def test_care_not_planned_before_discharge_is_no_history():
    assert _status("No counseling or therapy planned before discharge.", "prior_treatment").status == "missing"


# -- a condition with an arrow to fewer sessions is a step-down criterion --------------------------------------------
@pytest.mark.parametrize("text", [
    "when meltdowns are 1 or fewer a week for 4 wks -> every other week, then monthly check-ins.",
    "If she stays sober 8 weeks we'll space sessions to monthly.",
    "PHQ-9 under 10 for a month => biweekly.",
])
def test_a_condition_leading_to_fewer_sessions_is_a_step_down_criterion(text):
    assert _status(text, "discharge_criteria", level="family therapy").status == "met"


def test_a_past_change_of_frequency_is_no_criterion():
    assert _status("Moved from weekly -> biweekly last month.", "discharge_criteria", level="family therapy").status == "missing"


# -- a bilingual form's English gloss in brackets says what its field is about ---------------------------------------
@pytest.mark.parametrize("label,kind", [
    ("Pse IOP (Why IOP)", "loc"), ("Qëllimet (Goals)", "goals"), ("Rreziku (Risk)", "risk"), ("Historia (History)", "prior"),
])
def test_a_bilingual_labels_gloss_gives_its_kind(label, kind):
    from assistant.letters.patterns.segments import label_kind
    assert label_kind(label) == kind


@pytest.mark.parametrize("label,kind", [
    ("Treatment plan (09/04; target date 03/04)", "plan"), ("Goals (from intake)", "goals"), ("Mood (self-report)", ""),
])
def test_a_bracket_on_a_known_label_does_not_change_its_kind(label, kind):
    from assistant.letters.patterns.segments import label_kind
    assert label_kind(label) == kind


# -- a first record with no story of its own hands the presenting picture to the next note that tells one -----------
STORYLESS_FIRST = [
    ["PRN MEDICATION LOG\nDate | Time | Med | Reason\n01/02 | 21:00 | hydroxyzine 25 mg | agitation\nReassessment 1 hour after each dose.",
     "Weekly summary 01/20/2026: He slept six hours most nights this week and joined three groups, though he still "
     "leaves when the talk turns to his family. Staff note he now asks for his evening dose himself."],
    ["ATTENDANCE\nWeek 1: 4 of 5\nWeek 2: 5 of 5\nCheck in at the front desk.",
     "Intake 03/02/2026: She has not left the apartment alone since the accident in January and her sister does the "
     "shopping. She wakes twice a night with the crash replaying and has stopped driving entirely."],
    ["Vitals 02/02: BP 118/76, HR 72.\nSee chart.",
     "Session 1: The client describes a year of worsening low mood after the layoff; he spends most days on the couch "
     "and has stopped calling his brothers back."],
]


@pytest.mark.parametrize("notes", STORYLESS_FIRST)
def test_the_presenting_picture_comes_from_the_first_note_that_tells_a_story(notes):
    from assistant.letters.narrative import narrative
    picture = " ".join(narrative(notes, set(), first_note=True, limit=6))
    assert picture and picture.split()[0] not in ("Reassessment", "Check", "See")
    assert any(word in picture for word in ("slept", "apartment", "low mood"))


def test_a_first_note_with_its_own_story_still_gives_the_presenting_picture():
    from assistant.letters.narrative import narrative
    notes = ["Intake: He has missed nine days of work this month and sleeps four hours a night since the divorce papers came.",
             "Session 2: He slept five hours and went to work four days this week after we started the sleep plan."]
    assert "nine days" in " ".join(narrative(notes, set(), first_note=True, limit=6))
    assert "five hours" in " ".join(narrative(notes, set(), first_note=False, limit=6))


# -- a score dated by its month alone repeats the score dated in full that month; a month sorts within its year -----
MONTH_ONLY = [
    ("Scores:\n  PHQ-9     <DATE_1> = 16    <DATE_2> = 23\n  GDS-15    <DATE_1> = 10    <DATE_2> = 13\n"
     "Since <DATE_3> every score is worse (PHQ-9 16 -> 23; GDS-15 10 -> 13).",
     {"<DATE_1>": "10/14/2025", "<DATE_2>": "01/14/2026", "<DATE_3>": "October"}, {"PHQ-9": (16, 23), "GDS-15": (10, 13)}),
    ("GAD-7 <DATE_1>: 15. GAD-7 <DATE_2>: 8.\nIn <DATE_3> the GAD-7 was 15 and she stopped driving.",
     {"<DATE_1>": "09/03/2025", "<DATE_2>": "11/20/2025", "<DATE_3>": "September"}, {"GAD-7": (15, 8)}),
    ("PCL-5 <DATE_1> 52; PCL-5 <DATE_2> 38.\nHe scored PCL-5 52 in <DATE_3>, before the first session.",
     {"<DATE_1>": "12/01/2025", "<DATE_2>": "02/02/2026", "<DATE_3>": "December"}, {"PCL-5": (52, 38)}),
]


@pytest.mark.parametrize("text,dates,trends", MONTH_ONLY)
def test_a_month_only_repeat_is_one_administration_and_the_trend_runs_in_order(text, dates, trends):
    from assistant.letters.dates import chronology
    facts = extract_facts([text], None, chronology(dates))
    got = {t.instrument: (t.first, t.last) for t in facts.trends}
    for name, pair in trends.items():
        assert got.get(name) == pair
    for name in trends:
        scores = [m.score for m in facts.measures if m.instrument == name]
        assert len(scores) == len(set(scores))


def test_a_month_name_takes_the_year_on_or_before_the_latest_date():
    from assistant.letters.dates import chronology
    order = chronology([("<DATE_1>", "10/14/2025"), ("<DATE_2>", "01/14/2026"), ("<DATE_3>", "October"), ("<DATE_4>", "January")])
    assert order["<DATE_3>"] == (2025, 10, 0) and order["<DATE_4>"] == (2026, 1, 0)


# -- a quoted clause is never cut at a semicolon inside its brackets ------------------------------------------------
@pytest.mark.parametrize("text,clauses", [
    ("every score worse (PHQ-9 16 -> 19 -> 23; GDS-15 10 -> 13), 16 lb weight loss; notice on table",
     ["every score worse (PHQ-9 16 -> 19 -> 23; GDS-15 10 -> 13), 16 lb weight loss", "notice on table"]),
    ("scores [BDI-II 30; BAI 22] at intake; both lower now",
     ["scores [BDI-II 30; BAI 22] at intake", "both lower now"]),
    ("PHQ-9 12, and GAD-7 9; sleep better", ["PHQ-9 12,", "and GAD-7 9", "sleep better"]),
])
def test_clauses_split_at_semicolons_outside_brackets_only(text, clauses):
    from assistant.letters.score_lines import _clauses
    assert _clauses(text) == clauses


# -- an aligned log whose middle column wraps onto lines of its own keeps every row ----------------------------------
MIDDLE_WRAP = [
    ("DATE      TYPE         NOTE                                         FOLLOW-UP\n"
     "11/03/25  Hallway      Missed card group three weeks running.        Invite again\n"
     "11/24/25  Door knock   Mail piled at door. Answered in robe. Fridge:  Called daughter\n"
     "                       spoiled milk only.\n"
     "12/08/25  Phone        Daughter says he stopped their Sunday calls.  Weekly check\n", 3),
    ("When      Who        What happened                              Next step\n"
     "03/02/26  Teacher    Left class twice when the fire drill rang;  Meet parent\n"
     "                     hid in the restroom 20 minutes.\n"
     "03/09/26  Nurse      Stomach ache before the spelling test.     Call home\n"
     "03/16/26  Counselor  Stayed in class for the drill.             None\n", 3),
    ("Date      Contact   Summary                                    Plan\n"
     "05/01/26  Phone     Mother reports he refused the bus again;   Home visit\n"
     "                    walked him to school at 10.                 scheduled\n"
     "05/08/26  Visit     Slept through alarm three of five days.    Sleep log\n", 2),
]


@pytest.mark.parametrize("text,rows", MIDDLE_WRAP)
def test_a_logs_wrapped_middle_column_stays_in_its_row(text, rows):
    from assistant.letters.tables import find_tables
    tables = find_tables(text.split("\n"))
    assert len(tables) == 1 and len(tables[0].rows) == rows


def test_an_indented_paragraph_after_an_aligned_table_is_not_a_row():
    from assistant.letters.tables import find_tables
    text = ("Date        PHQ-9   GAD-7   Note\n03/02/2026  18      14      hard week\n03/16/2026  15      12      better\n\n"
            "            She says the new shift is the reason for both.\n")
    assert len(find_tables(text.split("\n"))[0].rows) == 2


# -- a diagnosis field that repeats its label before deferring names no diagnosis -----------------------------------
@pytest.mark.parametrize("text", [
    "Diagnosis: Dx deferred pending records.",
    "Diagnosis: Dx - pending testing.",
    "Diagnosis: Diagnosis deferred.",
])
def test_a_deferred_diagnosis_with_its_label_repeated_names_none(text):
    assert _status(text, "diagnosis").status == "missing"


def test_a_named_condition_in_the_field_is_still_a_diagnosis():
    assert _status("Diagnosis: Dysthymia, late onset.", "diagnosis").status == "met"


# -- an earlier value in brackets is read as the current one is ("6/9 ... (8/9 on ...)": items endorsed) -------------
@pytest.mark.parametrize("text,expected", [
    ("Vanderbilt (teacher) inattentive items 6/9 on 01/16/2026 (8/9 on 10/06/2025).",
     [("Vanderbilt inattentive", "6/9", "01/16/2026"), ("Vanderbilt inattentive", "8/9", "10/06/2025")]),
    ("Vanderbilt parent hyperactive 5/9 (intake 9/9).", [("Vanderbilt hyperactive", "5/9", None), ("Vanderbilt hyperactive", "9/9", None)]),
    ("PHQ-9 12/27 on 01/16/2026 (19/27 on 10/06/2025).", [("PHQ-9", 12, "01/16/2026"), ("PHQ-9", 19, "10/06/2025")]),
])
def test_an_earlier_bracketed_value_is_read_like_the_current_one(text, expected):
    assert _scores(text) == expected


# -- "total T = 66" is one score, its T score, never also the raw total ----------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("CBCL total T = 66 (T = 72 at intake 11/13/2025).", [("CBCL T", 66, None), ("CBCL T", 72, "11/13/2025")]),
    ("COSS-P (Children's Organizational Skills Scales, parent) total T = 66 (T = 72 at intake 11/13/2025).",
     [("COSS T", 66, None), ("COSS T", 72, "11/13/2025")]),
    ("CBCL total raw 48 on 02/02/2026.", [("CBCL", 48, "02/02/2026")]),
])
def test_a_total_t_score_is_one_score(text, expected):
    assert _scores(text) == expected


# -- behavioural techniques named by their tools (token chart, self-monitoring card, reward menu) and OST -------------
@pytest.mark.parametrize("text", [
    "Narrative: reviewed his out-of-seat self-monitoring card; added a 2-point bonus on the token chart for using it.",
    "Work: built a reward menu both parents accept; role-played the evening check-and-praise routine.",
    "Interventions: organizational skills training, materials module.",
    "Plan: continue the token economy at home and school.",
])
def test_a_behavioural_technique_named_by_its_tool_is_a_modality(text):
    assert _status(text, "treatment_modality").status == "met"


@pytest.mark.parametrize("text", [
    "Mom says she bought a sticker chart at the store.",
    "He spent his tokens at the arcade on Saturday.",
    "Lost his bus pass; points off his grade for a late project.",
])
def test_everyday_rewards_are_no_modality(text):
    assert _status(text, "treatment_modality").status == "missing"


# -- today's count beside the first session's in brackets is progress ------------------------------------------------
@pytest.mark.parametrize("text", [
    "TOTAL 4/7 (2/7 at session 1)",
    "Binder check today 5 of 7 (2 of 7 at the first session).",
    "Homework turned in 4/5 (1/5 at week 1).",
])
def test_a_count_beside_the_first_sessions_is_progress(text):
    assert _status(text, "progress").status == "met"


def test_a_count_with_a_target_in_brackets_is_no_progress():
    assert _status("Goal: homework 4/5 (target by session 10).", "progress").status == "missing"


# -- Italian and Turkish notes read through the glossary (data) -------------------------------------------------------
@pytest.mark.parametrize("text,element", [
    ("Dimissione / Discharge: quando entrambi gli obiettivi tengono per 4 settimane -> controlli mensili.", "discharge_criteria"),
    ("Piano di trattamento: sedute settimanali, 12 sedute.", "frequency_duration"),
    ("Plan (tedavi planı 12.01.2026): haftalık BDT, 12 seans.", "frequency_duration"),
    ("Hedefler: PDSS <= 7; metroya 3 durak tek başına binmek.", "measurable_goals"),
])
def test_italian_and_turkish_clinical_words_are_read(text, element):
    assert _status(text, element).status == "met"


# -- the episode of care closing on a condition is a discharge criterion ---------------------------------------------
@pytest.mark.parametrize("text", [
    "PLAN: BHC follow-up every 2 weeks, 4-6 visits. Episode closes when PHQ-9 < 10 twice.",
    "The case will close once she has 8 sober weeks in a row.",
    "Episode of care ends when the GAD-7 stays under 8 for a month.",
])
def test_an_episode_closing_on_a_condition_is_a_discharge_criterion(text):
    assert _status(text, "discharge_criteria").status == "met"


def test_a_case_closed_in_the_past_is_no_criterion():
    assert _status("Case closed 03/02 after she moved to Ohio.", "discharge_criteria").status == "missing"


# -- a dotted-leader field opens its own line: a long field above it is never "wrapped" into it ---------------------
@pytest.mark.parametrize("text,lines", [
    ("Goals ............... 1) feel less down  2) get back to choir and church life  3) keep up with her doctors\n"
     "Plan ................ continue weekly 45-minute sessions, 12 more sessions; keep\n"
     "                      coordinating with PCP about the medication.", 2),
    ("Function ........... missed two of four appointments since June and stopped calling her sister on Sundays\n"
     "Risk ............... denies SI; safety plan reviewed with daughter.", 2),
    ("Presenting problem ... panic on the highway, stopped driving to work, takes two buses and arrives late\n"
     "Meds ................ none", 2),
])
def test_a_leader_field_after_a_long_line_is_its_own_line(text, lines):
    from assistant.inputs import unwrap_lines
    assert len(unwrap_lines(text).split("\n")) == lines


def test_prose_hard_wrapped_is_still_joined():
    from assistant.inputs import unwrap_lines
    text = ("She has missed three shifts this month because she could not get out of bed before ten and her manager\n"
            "has written her up twice.")
    assert "\n" not in unwrap_lines(text)


# -- the PANSS's scales written as their own abbreviations are its scales, not a parent form -------------------------
@pytest.mark.parametrize("text,expected", [
    ("Ratings:\ndate\tPANSS-P\tPANSS-N\tYMRS\n11/03/2025\t27\t18\t21\n11/12/2025\t23\t17\t15\n",
     [("PANSS-P", 27, "11/03/2025"), ("PANSS-P", 23, "11/12/2025"), ("PANSS-N", 18, "11/03/2025"), ("PANSS-N", 17, "11/12/2025"),
      ("YMRS", 21, "11/03/2025"), ("YMRS", 15, "11/12/2025")]),
    ("PANSS-G 40 on 03/03/2026.", [("PANSS-G", 40, "03/03/2026")]),
    ("PANSS total 88 on 03/03/2026; positive 24.", [("PANSS", 88, "03/03/2026"), ("PANSS positive", 24, "03/03/2026")]),
])
def test_the_panss_scales_by_abbreviation(text, expected):
    assert _scores(text) == expected


@pytest.mark.parametrize("text", [
    "* Kids' Cool-Down Group - Coping Power-based anger coping (feelings awareness, perspective taking)",
    "Plan: anger coping group, 12 weekly sessions.",
    "Group uses the Coping Power program, with parent sessions alongside.",
])
def test_coping_power_is_a_modality(text):
    assert _status(text, "treatment_modality").status == "met"


# -- elapsed time ("been 2 days") is no planned duration; a step-down never taken is no criterion -------------------
@pytest.mark.parametrize("text", [
    "Request: i am dopesick real bad cant keep nothing down been 2 days.",
    "Request: been like three weeks since i slept right, need to see somebody.",
    "Plan request: it's been a few months since the last visit.",
])
def test_elapsed_time_is_no_planned_duration(text):
    assert _status(text, "frequency_duration").status == "missing"


@pytest.mark.parametrize("text", [
    "Three detox admissions (2019, 2022, 2024), never went on to the step-down after any of them.",
    "He did not step down to IOP after the last stay.",
    "She would not go to the step down program when offered in 2023.",
])
def test_a_step_down_never_taken_is_no_discharge_criterion(text):
    assert _status(text, "discharge_criteria").status == "missing"


def test_a_step_down_on_a_condition_is_still_a_criterion():
    assert _status("Step down to IOP when 5 days without cravings.", "discharge_criteria").status == "met"


def test_a_battery_table_with_another_tests_row_is_read_as_a_battery():
    text = ("VB-MAPP SUMMARY                       score      max\n"
            "  Milestones (Levels 1-3)             22.5       170\n"
            "     Level 1                          19.5        75\n"
            "  Barriers Assessment                 48          96\n"
            "VINELAND-3 (parent)   ABC standard score 64   Communication 58\n")
    assert ("Vineland-3 ABC", 64, None) in _scores(text) and ("VB-MAPP Milestones", 22.5, None) in _scores(text)


# -- a whole-number reading written with cents is an invoice's amount, not the reading -------------------------------
@pytest.mark.parametrize("text", [
    "REPAIR ORDER\nDIAG 1.0 HR ........................................ 165.00\nGOODWILL ADJ ....... -165.00",
    "Labor: 2.0 HR @ 95.00 = 190.00",
    "Invoice line: pulse oximeter rental, 1 mo ... 120.00",
])
def test_an_amount_with_cents_is_no_heart_rate(text):
    assert not [s for s in _scores(text) if s[0] == "heart rate"]


@pytest.mark.parametrize("text,score", [("Vitals: HR 72, BP 118/76.", 72), ("Pulse 88.0 bpm on admission", 88), ("heart rate 104 at triage", 104)])
def test_a_heart_rate_is_still_read(text, score):
    assert [s[1] for s in _scores(text) if s[0] == "heart rate"] == [score]


def test_a_planner_pages_indented_lines_under_a_time_slot_stay_prose():
    from assistant.letters.tables import find_tables
    text = (" 9:00   -- blocked, paperwork --\n"
            "10:00   R.D. (client)   10:00-10:52   90834   F40.298 other specified phobia\n"
            "        Eats only at home; left 2 staff meetings when a student said he felt sick.\n"
            "        Tried hypnotherapy 2022 (5 visits) - no change. No meds.\n"
            "12:00   lunch w/ Dana\n")
    rows = [r for t in find_tables(text.split("\n")) for r in t.rows]
    assert not any("hypnotherapy" in r.text for r in rows)
    assert _status(text, "prior_treatment").status == "met"


# -- a capital whose lower case is two characters ("İlaç") is read through the glossary, never a crash --------------
@pytest.mark.parametrize("text,expected", [
    ("İlaç: sertralin 50 mg", "Medication: sertralin 50 mg"),
    ("İLAÇLAR: yok", "Medications: yok"),
    ("ILAÇ: yok", "Medication: yok"),
])
def test_turkish_capitals_are_read_through_the_glossary(text, expected):
    from assistant.letters.glossary import glossed
    assert glossed(text) == expected


def test_a_turkish_note_with_dotted_capitals_is_checked():
    text = "Tanı: F41.0 Panik bozukluk\nİlaç: yok\nHedefler: PDSS <= 7\nPlan: haftalık BDT, 12 seans."
    assert _status(text, "medication_status").status == "met"
