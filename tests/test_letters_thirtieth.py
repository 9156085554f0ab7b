"""Letter and checklist classes found in the thirtieth session (leftovers of the twenty-ninth set and the thirtieth
blind set), each with examples written here (never the set's own wording)."""
import pytest

from assistant.letters.extract import extract_facts
from letter_facts import scores as _scores, status as _status


# -- a step-down that never happened, counted as history, is no discharge criterion ----------------------------------
@pytest.mark.parametrize("text", [
    "History: three detox admissions; no completed step-down after any of them; relapsed within days each time.",
    "Left against advice twice, without a successful step-down; housing lost both times.",
    "Two residential stays (2021, 2023), zero sustained transitions to outpatient care.",
])
def test_a_step_down_that_never_happened_is_no_discharge_criterion(text):
    assert _status(text, "discharge_criteria").status == "missing"


@pytest.mark.parametrize("text", [
    "Step down to IOP once she completes 10 days without self-harm.",
    "Discharge criteria: no self-harm for 14 days and a completed relapse-prevention plan.",
    "Transition to outpatient when the step-down goals are completed and he has a sober-living bed.",
])
def test_a_condition_mentioning_completion_is_still_a_criterion(text):
    assert _status(text, "discharge_criteria").status == "met"


# -- the writer's own remarks about the paperwork are never copied into a letter -------------------------------------
from assistant.letters.sections import impairments, usable  # noqa: E402


@pytest.mark.parametrize("text", [
    "need to get the appeal out by friday.",
    "They're right that I never gave her any rating scales.",
    "Start the SCARED next visit so there's something to show the plan.",
    "The reviewer is right, the plan was vague.",
])
def test_the_writers_remarks_about_the_paperwork_are_not_usable(text):
    assert not usable(text)


@pytest.mark.parametrize("text", [
    "She is right to worry about the eviction; rent is two months behind.",
    "He got the job offer in writing and starts Monday.",
    "Mother said the school letter came in late.",
])
def test_sentences_about_the_clients_life_stay_usable(text):
    assert usable(text)


# -- a field whose value says the problem is absent is no impairment -------------------------------------------------
def _domains(text):
    return [(i.domain, i.text) for i in extract_facts([text]).impairments]


@pytest.mark.parametrize("text", [
    "Fights: none since the team meeting in May.",
    "Suspensions - 0 this semester.",
    "Fights = none reported by either parent.",
])
def test_a_field_saying_none_is_no_impairment(text):
    assert not [d for d, t in _domains(text) if "ight" in t or "uspen" in t]


@pytest.mark.parametrize("text", [
    "Fights: 3 in the last two weeks, one with a teacher.",
    "He got into fights at school twice this month.",
    "Fights: none at home but two at school since March.",
])
def test_a_field_naming_the_problem_is_still_an_impairment(text):
    assert _domains(text)


# -- a short line in capitals inside a mixed-case note is a heading, not an impairment -------------------------------
@pytest.mark.parametrize("title", ["SCHOOL SUSPENSION NOTICE", "NOTICE OF SUSPENSION FROM WORK", "EVICTION NOTICE - UNIT 4"])
def test_a_heading_in_capitals_is_not_shown_as_an_impairment(title):
    note = (f"Session note, 3/4.\n{title}\nClient brought the notice in today. He was suspended from school for three days "
            "after a fight and lost his job at the garage in May.")
    facts = extract_facts([note])
    assert any(i.evidence == title for i in facts.impairments)  # the finder still sees the word ...
    shown = [c for _, cs in impairments(facts, set(), [note]) for c in cs]
    assert shown and not any(c.rstrip(".") == title for c in shown)  # ... the letter does not quote the heading


def test_a_note_typed_all_in_capitals_keeps_its_impairments():
    note = "PT LOST JOB IN MAY. SUSPENDED FROM SCHOOL. NOT SLEEPING."
    shown = [c for _, cs in impairments(extract_facts([note]), set(), [note]) for c in cs]
    assert shown


# -- an item grid whose columns are the instrument's parts: the sum row gives each part's score ----------------------
@pytest.mark.parametrize("text, expected", [
    ("YGTSS (clinician, 02/10/2026)\n                 Motor    Phonic\n  Number .....      2        1\n  Frequency ..      3        2\n"
     "  Sub-total ..     11        7\n  Total Tic Score ...... 18\n", [("YGTSS motor", 11), ("YGTSS phonic", 7), ("YGTSS", 18)]),
    ("CY-BOCS, 3/3/2026\n            Obsessions   Compulsions\n  Time        3            3\n  Distress    2            3\n"
     "  Total       12           14\n", [("CY-BOCS obsessions", 12), ("CY-BOCS compulsions", 14)]),
    ("YGTSS - past week (9/9/2025)\n   Motor  Phonic\n   Intensity: 3  2\n   subtotal 14  10\n   Impairment ......... 30\n",
     [("YGTSS motor", 14), ("YGTSS phonic", 10), ("YGTSS impairment", 30)]),
])
def test_an_item_grid_sum_row_scores_each_column_part(text, expected):
    got = [(i.lower(), s) for i, s, _ in _scores(text)]
    for inst, score in expected:
        assert (inst.lower(), score) in got


def test_a_sum_row_with_a_different_count_of_numbers_is_not_split():
    text = "YGTSS (02/10/2026)\n      Motor    Phonic\n  Total ...... 18\n"
    assert [(i, s) for i, s, _ in _scores(text)] == [("YGTSS", 18)]


# -- orthostatic vitals: each position the heart rate was taken in is its own reading --------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Medical: HR lying 48, standing 90; K 3.6.", [("heart rate lying", 48), ("heart rate standing", 90)]),
    ("Vitals 2/9: pulse sitting 64, standing 101.", [("heart rate sitting", 64), ("heart rate standing", 101)]),
    ("Orthostatic check - heart rate supine 55 and standing 93 bpm.", [("heart rate supine", 55), ("heart rate standing", 93)]),
])
def test_orthostatic_heart_rates_are_read_by_position(text, expected):
    got = [(i, s) for i, s, _ in _scores(text)]
    assert all(e in got for e in expected)


@pytest.mark.parametrize("text", ["HR 72 today, standing order for labs renewed.", "Pulse 80 and regular.", "Resting HR 58 (on propranolol)."])
def test_a_heart_rate_without_a_position_reads_as_before(text):
    assert [i for i, _, _ in _scores(text)] == ["heart rate"]


# -- a program's completion on a condition, and a step to less care, are discharge criteria ---------------------------
@pytest.mark.parametrize("text", [
    "Completion letter to the court once all 10 sessions are attended and no new incidents are reported.",
    "Certificate of completion when she has attended 8 of 10 groups and the relapse-prevention plan is written.",
    "If the DERS is still above 90 at week 12, step to monthly booster sessions.",
])
def test_a_completion_on_a_condition_is_a_discharge_criterion(text):
    assert _status(text, "discharge_criteria").status == "met"


@pytest.mark.parametrize("text", [
    "Completion of the intake packet took most of the session.",
    "He received a certificate of completion from the welding course last year.",
    "Mother steps to the side when he escalates.",
])
def test_completion_told_as_an_event_is_no_discharge_criterion(text):
    assert _status(text, "discharge_criteria").status == "missing"


@pytest.mark.parametrize("text", [
    "Discharge: Y-BOCS 15 or lower on two monthly checks -> biweekly for a month -> discharge.",
    "Step-down: PCL-5 of 33 or lower at two readings a month apart.",
    "Discharge: a score of 20 or higher on the WEMWBS at three checks.",
])
def test_a_labelled_discharge_with_a_threshold_in_words_is_a_criterion(text):
    assert _status(text, "discharge_criteria").status == "met"


def test_a_discharge_label_with_no_condition_is_still_missing():
    assert _status("Discharge: to be discussed with the team.", "discharge_criteria").status == "missing"


# -- a named program and its steps are the treatment approach --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "PEARLS session 2 of 8: chose a problem to work on (getting to the pharmacy).",
    "PROBLEM-SOLVING (7 steps): defined the problem, brainstormed four solutions, picked one.",
    "Pleasant activities scheduled for the week: garden club Tuesday, call her son Sunday.",
])
def test_a_named_program_or_its_steps_is_a_modality(text):
    assert _status(text, "treatment_modality").status == "met"


@pytest.mark.parametrize("text", [
    "She wore her grandmother's pearls to the session.",
    "Problem-solving is hard for him when he is tired, he says.",
    "No pleasant activities this week; stayed in bed.",
])
def test_the_same_words_outside_a_treatment_are_no_modality(text):
    assert _status(text, "treatment_modality").status == "missing"


@pytest.mark.parametrize("text", [
    "Graduation at session 8 if the PHQ-9 is under 10; otherwise refer back to the PCP.",
    "She graduates by week 12 once the GAD-7 stays below 8 for a month.",
    "Graduation after module 6 if no purging for 4 weeks.",
])
def test_graduation_at_a_session_on_a_condition_is_a_discharge_criterion(text):
    assert _status(text, "discharge_criteria").status == "met"


def test_a_graduation_that_happened_is_no_criterion():
    assert _status("Her daughter's graduation at session 8 time was hard for her.", "discharge_criteria").status == "missing"


# -- a count now set against an earlier month's or before care began is progress ------------------------------------
@pytest.mark.parametrize("text", [
    "3 of 4 weekly reports went out on time this week (0 of 4 most weeks in January).",
    "Slept through 5 nights of 7 this week, up from 2 in March.",
    "Homework done 4 of 5 days (1 of 5 before treatment).",
])
def test_a_count_against_an_earlier_month_is_progress(text):
    assert _status(text, "progress").status == "met"


@pytest.mark.parametrize("text", [
    "Meeting moved up from 3 in the afternoon to 1.",
    "She works 3 of 5 days at the bakery.",
    "Born in March; 2 older siblings.",
])
def test_counts_without_an_earlier_one_are_no_progress(text):
    assert _status(text, "progress").status == "missing"


# -- less common instruments in the catalog: psychosis risk (SIPS items, PQ-B), child anxiety (PARS), COPD anxiety (AIR) ---
@pytest.mark.parametrize("text, expected", [
    ("Clinician rating 4/2/2026: PARS (6-item version, with parent) 17.", ("PARS", 17)),
    ("AIR (anxiety in COPD) at intake 03/01/2026: 21.", ("AIR", 21)),
    ("Prodromal Questionnaire-Brief 2/2/2026 - distress score 44.", ("PQ-B distress score", 44)),
])
def test_less_common_instruments_are_read(text, expected):
    assert expected in [(i, s) for i, s, _ in _scores(text)]


@pytest.mark.parametrize("text", ["Walked outside for fresh air 10 minutes.", "Her coach said she made pars on 3 holes.",
                                  "Air quality index 42 kept her inside."])
def test_the_same_words_in_lower_case_are_no_instrument(text):
    assert not [i for i, _, _ in _scores(text) if i in ("AIR", "PARS")]


# -- a table of an instrument's items under a dated heading takes the heading's date ---------------------------------
@pytest.mark.parametrize("text, part", [
    ("SIPS positive items (3/14/2026):\n| Item | Rating |\n|---|---|\n| P1 Unusual thought content | 3 |\n| P4 Perceptual abnormalities | 2 |\n",
     "SIPS P1"),
    ("DASS-21 on 05/05/2026\n| Scale | Score |\n|---|---|\n| Depression | 14 |\n| Stress | 20 |\n", "DASS-21 Depression"),
    ("YGTSS, rated 1/9/2026\n| Part | Score |\n|---|---|\n| Motor | 12 |\n| Phonic | 9 |\n", "YGTSS motor"),
])
def test_item_rows_under_a_dated_heading_take_its_date(text, part):
    got = {i.lower(): d for i, _, d in _scores(text)}
    assert got.get(part.lower()) is not None


# -- a numbered list begun on a field's line: the later items belong to the field ------------------------------------
from assistant.letters.reading import segments  # noqa: E402


def _kinds(text):
    return {s.text.strip()[:2]: s.kind for s in segments([text])}


@pytest.mark.parametrize("text, kind", [
    ("Dx:      F41.0\nGoals:   1) finish a 30-minute walk without stopping\n         2) shop alone once a week\n         3) panic attacks 1 or fewer a week\n", "goals"),
    ("Plan:  a) weekly CBT, 50 min\n       b) psychiatry consult in May\n       c) recheck PHQ-9 monthly\n", "plan"),
    ("Goals: 1. back to school full days\n  2. fewer than 2 outbursts a week\n  3. sleep by 10 pm\n", "goals"),
])
def test_items_continuing_a_fields_numbered_list_take_its_label(text, kind):
    kinds = {t: k for t, k in _kinds(text).items() if t != "Dx"}
    assert kinds and all(k == kind for k in kinds.values())


def test_a_list_that_does_not_continue_the_fields_numbering_keeps_its_own_kind():
    text = "Goals: 1) walk daily\nSession summary\n3) panic attacks fewer than before\n"
    assert _kinds(text).get("3)") != "goals"


def test_a_list_that_starts_over_is_not_the_fields():
    text = "Goals: 1) walk daily\nThis week:\n1) she was calmer\n2) fewer arguments with her sister\n"
    assert _kinds(text).get("2)") != "goals"


def test_a_goal_list_item_with_fewer_is_no_progress():
    text = "Current: attacks 3-4 a week.\nGoals:   1) full rehab session\n         2) attacks 1 or fewer a week\n"
    assert _status(text, "progress").status == "missing"


# -- a line of scores set out in columns is no table header ----------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("SCORES 3/3/2026\n  SCAS-P (parent)        total 38      separation subscale 9\n  Fear rating today:  7\n",
     [("SCAS", 38), ("SCAS separation", 9)]),
    ("Measures (04/04/2026)\n  RCADS-P     total 52     GAD 11\n  PSC-17      total 21\n", [("RCADS", 52), ("RCADS GAD", 11), ("PSC-17", 21)]),
    ("Intake 5/5/2026\n  DASS-21    depression 18    stress 22\n  AUDIT-C 5\n", [("DASS-21 depression", 18), ("DASS-21 stress", 22)]),
])
def test_a_line_of_named_scores_in_columns_is_read_as_scores(text, expected):
    got = [(i.lower(), s) for i, s, _ in _scores(text)]
    assert all((i.lower(), s) in got for i, s in expected), got


def test_a_header_of_time_points_still_heads_a_table():
    text = "            Week 1   Week 4   Week 8\nPHQ-9       18       12       9\nGAD-7       15       11       8\n"
    got = [(i, s) for i, s, _ in _scores(text)]
    assert ("PHQ-9", 18) in got and ("PHQ-9", 9) in got and ("GAD-7", 8) in got


# -- a field label opening an aligned table's header line is no column -----------------------------------------------
@pytest.mark.parametrize("label", ["A:", "Scores:", "Results:"])
def test_a_label_before_an_aligned_header_is_no_column(label):
    pad = " " * len(label)
    text = (f"Q: What were the scores?\n{label}  measure              intake 2/2     week 6 3/16\n"
            f"{pad}  PHQ-9                19             11\n"
            f"{pad}  outbursts/day (avg)  4.5            1.5\n"
            f"{pad}  GAD-7                16 (self)      9 (self)\n")
    got = [(i, s) for i, s, _ in _scores(text)]
    assert ("PHQ-9", 19) in got and ("PHQ-9", 11) in got and ("GAD-7", 16) in got and ("GAD-7", 9) in got


@pytest.mark.parametrize("text", ["ARI-P 10 at intake 1/5/2026; ARI-P 6 on 3/2/2026. ARI-S 8 then 7.",
                                  "Irritability: ARI-P (parent report) 9 and ARI-S (self) 4 on 2/2/2026."])
def test_parent_and_self_reports_stay_separate_series(text):
    names = {i for i, _, _ in _scores(text)}
    assert "ARI-P" in names and "ARI" not in names


# -- goals given as the answer in a question-and-answer record -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Q: Goals on the plan?\nA: (1) Outbursts 1 a day or fewer for 5 days in a row. (2) Home by 9 pm on school nights.",
    "Q: What are the treatment goals?\nAnswer: PCL-5 below 33 by June; sleeps 6+ hours 5 nights a week.",
    "Q: Goals?\nA. no more than 2 panic attacks a month; drives to work alone 4 of 5 days.",
])
def test_goals_given_as_an_answer_are_read(text):
    assert _status(text, "measurable_goals").status == "met"


def test_an_answer_about_something_else_is_no_goal():
    text = "Q: Who referred her?\nA: her PCP, after 2 ER visits in a month."
    assert _status(text, "measurable_goals").status == "missing"


# -- an unticked to-do naming what is still to be written documents nothing ------------------------------------------
from assistant.letters.empty_values import says_nothing  # noqa: E402


@pytest.mark.parametrize("text", [
    "- [ ] d/c criteria + est. length of stay -> ask team Mon",
    "- [ ] treatment frequency and how many weeks -> check with Dr. Lee",
    "[ ] planned sessions per week \u2192 write into plan",
])
def test_an_unticked_todo_with_its_errand_says_nothing(text):
    assert says_nothing(text)
    assert _status(text, "frequency_duration").status == "missing"


@pytest.mark.parametrize("text", [
    "- [x] weekly 50-min sessions for 12 weeks -> sent to payer",
    "[ ] camera on in 2 meetings a week",
    "Plan: weekly 50-min sessions for 12 weeks -> ask about a group later",
])
def test_ticked_items_goals_and_plans_with_arrows_still_say_something(text):
    assert not says_nothing(text)


@pytest.mark.parametrize("text, expected", [
    ("Intake 2/2/2026: APSD (parent) total 24, callous-unemotional 9.", [("APSD", 24)]),
    ("Skin picking: SPIS-S 12 and SPS-R 19 on 3/3/2026.", [("SPIS-S", 12), ("SPS-R", 19)]),
    ("Pain clinic 1/10/2026: FDI 31; PCS-C (Pain Catastrophizing Scale - Child) 28.", [("FDI", 31), ("PCS-C", 28)]),
])
def test_conduct_skin_picking_and_pediatric_pain_instruments_are_read(text, expected):
    got = [(i, s) for i, s, _ in _scores(text)]
    assert all(e in got for e in expected), got
    assert ("PCS", 28) not in got  # the bracket spells out the child version, not another instrument


# -- "prior" before something that is no care (ejections, arrests, an authorization) is no treatment history ----------
from assistant.letters.patterns import label_kind  # noqa: E402


@pytest.mark.parametrize("label", ["PRIOR EJECTIONS THIS SEASON", "Previous arrests", "Prior auth", "Prior school suspensions"])
def test_prior_events_that_are_no_care_label_no_history(label):
    assert label_kind(label) != "prior"


@pytest.mark.parametrize("label", ["Prior treatment", "Previous hospitalizations", "Prior therapy (2019-2021)"])
def test_prior_care_still_labels_history(label):
    assert label_kind(label) == "prior"


def test_a_list_of_prior_ejections_is_no_treatment_history():
    text = "PRIOR EJECTIONS (league records): 4/12 argued a call, 5/3 threw a helmet."
    assert _status(text, "prior_treatment").status == "missing"


@pytest.mark.parametrize("text", [
    "Ready to leave group when: DAR-5 below 12 on two ratings a month apart.",
    "Ready to graduate when: 8 weeks with no self-harm and school 4 days a week.",
    "Ready to step down when: GAD-7 under 10 twice.",
])
def test_a_ready_to_leave_label_holds_the_discharge_criteria(text):
    assert _status(text, "discharge_criteria").status == "met"


def test_ready_to_leave_for_the_day_is_no_criterion():
    assert label_kind("Ready to leave at 3 pm") != "discharge" or _status(
        "Ready to leave at 3 pm: mother picks up.", "discharge_criteria").status == "missing"


# -- several notes pasted as one, each under the same dated title: each entry's scores take its title's date ---------
@pytest.mark.parametrize("text, dates", [
    ("STIPS NOTE - 03/14/2025 - 90837\nS: CDS = 150 today.\n\nSTIPS NOTE - 06/20/2025 - 90837\nS: CDS = 120 today.\n",
     ["03/14/2025", "06/20/2025"]),
    ("=== Session 2025-01-09 ===\nPHQ-9 17 today, sleeping badly.\n=== Session 2025-02-06 ===\nPHQ-9 12 today.\n"
     "=== Session 2025-03-06 ===\nPHQ-9 9 today.\n", ["2025-01-09", "2025-02-06", "2025-03-06"]),
    ("Progress note 4/2/2026 (50 min)\nGAD-7: 15.\nProgress note 4/16/2026 (50 min)\nGAD-7: 11.\n", ["4/2/2026", "4/16/2026"]),
])
def test_each_pasted_entry_dates_its_own_scores(text, dates):
    assert [d for _, _, d in _scores(text)] == dates


def test_a_single_dated_title_with_a_later_date_in_prose_changes_nothing():
    text = "Progress note 4/2/2026\nGAD-7: 15.\nShe starts a new job 5/1/2026.\nPHQ-9 11.\n"
    assert {d for _, _, d in _scores(text)} <= {"4/2/2026", None}


# -- a work or production report's own target beside its value is no treatment goal ----------------------------------
@pytest.mark.parametrize("text", ["Finished audio: 9.5 min (target 40 min)    Pickups flagged: 31",
                                  "Shift report: 42 units packed (goal 60).", "Calls answered 18 (target 25) per hour."])
def test_a_reports_target_beside_its_value_is_no_goal(text):
    assert _status(text, "measurable_goals").status == "missing"


@pytest.mark.parametrize("text", ["Goals: walk 30 min a day (target 5 days a week).", "Goal: PHQ-9 below 10 by May.",
                                  "Target: 3 job applications a week."])
def test_treatment_goals_with_targets_are_still_goals(text):
    assert _status(text, "measurable_goals").status == "met"


# -- a condition named only as what earlier care was for is no current diagnosis -------------------------------------
def _dx(text):
    return [(d.name.lower(), d.icd10) for d in extract_facts([text]).diagnoses]


@pytest.mark.parametrize("text", [
    "Dx: F48.1 Depersonalization-derealization disorder\nHad 8 sessions of CBT for panic disorder in college (2012).",
    "Dx: F42.2 OCD\nPrior: was treated for major depressive disorder with sertraline, stopped 2021.",
    "Diagnosis: F40.10 Social anxiety disorder. Saw a counselor for generalized anxiety disorder as a teen.",
])
def test_a_condition_earlier_care_was_for_is_no_current_diagnosis(text):
    assert all(code for _, code in _dx(text))


@pytest.mark.parametrize("text", [
    "Dx: F43.10 PTSD\nShe is seeking care for panic disorder now; attacks weekly.",
    "Dx: F33.1 MDD, recurrent. Comorbid generalized anxiety disorder, onset 2019.",
    "Assessment: F90.0 ADHD and panic disorder, both current.",
])
def test_a_current_condition_beside_a_coded_one_is_still_listed(text):
    assert any(code is None for _, code in _dx(text))


# -- an aggression questionnaire named by its scale, and "subscale" between a name and its score ----------------------
@pytest.mark.parametrize("text, expected", [
    ("RPQ reactive aggression subscale 19 on 08/25/2025 and 15 on 11/17/2025.", [("RPQ reactive", 19), ("RPQ reactive", 15)]),
    ("Self-report 1/6/2026: RPQ proactive 7.", [("RPQ proactive", 7)]),
    ("MFQ scale score 30 on 1/12/2026.", [("MFQ", 30)]),
])
def test_a_score_after_its_scale_word_is_read(text, expected):
    got = [(i, s) for i, s, _ in _scores(text)]
    assert all(any(i.startswith(e[0]) and s == e[1] for i, s in got) for e in expected), got


def test_rpq_alone_stays_the_relationship_problems_questionnaire():
    assert [i for i, _, _ in _scores("RPQ 12 (caregiver) on 3/3/2026.")] == ["RPQ"]


@pytest.mark.parametrize("text", [
    "Open enrollment; he moves on from the group once he has attended two real interviews and his LSAS-SR is under 60.",
    "She moves on to monthly check-ins when the PHQ-9 is under 10 twice.",
    "They will move on from IOP after 3 weeks without use.",
])
def test_moving_on_from_the_group_on_a_condition_is_a_discharge_criterion(text):
    assert _status(text, "discharge_criteria").status == "met"


@pytest.mark.parametrize("text", ["He moved on from the topic of his father quickly.", "She wants to move on with her life.",
                                  "We moved on to the worksheet after the check-in."])
def test_moving_on_in_conversation_is_no_discharge_criterion(text):
    assert _status(text, "discharge_criteria").status == "missing"


# -- a heading in capitals is never quoted as a sentence of a section -------------------------------------------------
from types import SimpleNamespace  # noqa: E402

from assistant.letters.sections import sentences  # noqa: E402


@pytest.mark.parametrize("title", ["EARLY PSYCHOSIS PROGRAM - CLINICAL HIGH RISK (CHR) EVALUATION SUMMARY",
                                   "SUICIDE RISK SCREENING SUMMARY", "SAFETY PLAN REVIEW - PAGE 2"])
def test_a_capital_heading_found_as_evidence_is_not_quoted(title):
    note = (f"{title}\nRisk: ASQ negative; denies thoughts of harming anyone. Low risk.\n"
            "She described hearing her name in the hum of the fridge a few times a week and sleeps about five hours.\n")
    found = [SimpleNamespace(evidence=title, text="RISK", note_index=0),
             SimpleNamespace(evidence="Risk: ASQ negative; denies thoughts of harming anyone.", text="ASQ", note_index=0)]
    shown = sentences(found, set(), [note])
    assert shown and not any(title[:12] in s for s in shown)


def test_pasted_entries_with_redacted_dates_date_their_scores():
    text = ("STIPS NOTE - <DATE_1> - 90837\nS: CDS = 150 today.\n\nSTIPS NOTE - <DATE_2> - 90837\nS: CDS = 120 today.\n"
            "STIPS NOTE - <DATE_3> - 90837\nS: CDS = 101 today.\n")
    assert [d for _, _, d in _scores(text)] == ["<DATE_1>", "<DATE_2>", "<DATE_3>"]


# -- a record's line of several fields is paperwork, and a note format's letter before a label is stripped ------------
from assistant.letters.record_lines import paperwork  # noqa: E402
from assistant.letters.sections import strip_label  # noqa: E402


@pytest.mark.parametrize("text", ["Finished audio: 9.5 min (target 40 min) Pickups flagged: 31 Retakes: 58.",
                                  "Shift: nights Census: 14 Incidents: 2 Restraints: 0.",
                                  "Laps: 12 Best time: 41 s Coach: pleased."])
def test_a_line_of_several_fields_is_paperwork(text):
    assert paperwork(text)


@pytest.mark.parametrize("text", ["She said: \"I can't get air.\" Then she sat down and cried for a while.",
                                  "Mother reports he sleeps 5 hours; school: two suspensions this fall.",
                                  "He left the booth early and asked his partner to drive him home."])
def test_prose_with_a_colon_or_two_is_no_paperwork(text):
    assert not paperwork(text)


@pytest.mark.parametrize("text, shown", [("I - Interventions: attention training drills.", "Attention training drills."),
                                         ("P - Progress: less checking this week.", "Less checking this week."),
                                         ("S - Signs/symptoms: CDS = 121 today.", "CDS = 121 today.")])
def test_a_note_formats_letter_and_label_are_stripped(text, shown):
    assert strip_label(text) == shown


# -- a coded diagnosis written in two languages: the name is the English one, never the field's label -----------------
@pytest.mark.parametrize("text, name", [
    ("Diagnóza / Diagnosis: F48.1 Depersonalizačně-derealizační porucha / Depersonalization-derealization disorder.",
     "depersonalization-derealization disorder"),
    ("Diagnóza / Diagnosis: F48.1 <PERSON_8> porucha / Depersonalization-derealization disorder.",
     "depersonalization-derealization disorder"),
    ("Diagnóstico / Diagnosis: F32.1 Trastorno depresivo mayor / Major depressive disorder, single episode, moderate.",
     "major depressive disorder, single episode, moderate"),
])
def test_a_bilingual_coded_diagnosis_is_named_in_english(text, name):
    assert [(n, c) for n, c in _dx(text) if c] == [(name, text.split(": ")[1].split()[0])]


def test_a_name_with_a_slash_that_is_one_diagnosis_stays_whole():
    assert _dx("Dx: F43.10 PTSD / trauma") == [("ptsd", "F43.10")]


# -- a row-per-administration table whose headers are written in two languages ---------------------------------------
@pytest.mark.parametrize("text", [
    "Instrumento / Instrument | Informante | Puntaje / Score | Fecha / Date\nSCAS-P | madre | 48 | 05/06/2025\nPHQ-9 | yo | 13 | 08/26/2025\n",
    "Nástroj / Measure | Skóre / Score | Datum / Date\n|---|---|---|\nGAD-7 | 12 | 06/10/2025\nPHQ-9 | 9 | 06/10/2025\n",
    "Instrument / Outil | Score / Résultat | Date / Date\nGAD-7 | 15 | 01/02/2026\nPHQ-9 | 11 | 01/02/2026\n",
])
def test_a_table_with_bilingual_headers_is_read_with_its_dates(text):
    assert all(d for _, _, d in _scores(text)) and len(_scores(text)) == 2
