"""Classes from the twenty-second set's letters (examples written here): a score series told by occasion ("at the
intake visit"), values chained with ">" or "-->", instruments new to the catalog, the item columns of a titled score
grid, goals written as a care plan's outcome criteria, why less care is not enough in "has not been able to" words, a
sentence after a second label on one line, a testing request's own goals, schedule and battery, a unit's milieu and
groups, a past hospital stay told as a story, and redaction that keeps a table's line breaks."""
from __future__ import annotations

import pytest

from assistant.letters.catalog import catalog
from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts


def _scores(note: str) -> list[tuple[str, object]]:
    return [(m.instrument, m.score) for m in extract_facts([note]).measures]


def _status(note: str, element: str, letter_type: str = "continued_stay", level: str = "outpatient") -> str:
    items = check_notes(extract_facts([note]), letter_type, level)
    return next(i.status for i in items if i.element == element)


@pytest.mark.parametrize("note, want", [
    ("SCARED total: 41 at the intake visit, 30 at her 6-week review and 22 today.", [("SCARED", 41), ("SCARED", 30), ("SCARED", 22)]),
    ("EPDS 19 during the first appointment; 12 on 04/02/2026.", [("EPDS", 19), ("EPDS", 12)]),
    ("Y-BOCS was 31 at the initial evaluation, 24 at the March reassessment.", [("Y-BOCS", 31), ("Y-BOCS", 24)]),
])
def test_a_series_told_by_occasion_keeps_every_value(note, want):
    assert _scores(note) == want


@pytest.mark.parametrize("note, want", [
    ("Scores: GAD7 18 (02/02 intake) > 14 (03/01) > 9 (04/05)", [("GAD-7", 18), ("GAD-7", 14), ("GAD-7", 9)]),
    ("PCL-5 62 --> 50 --> 37", [("PCL-5", 62), ("PCL-5", 50), ("PCL-5", 37)]),
    ("BDI-II 33 \u00bb 25 (1/10, 2/14)", [("BDI-II", 33), ("BDI-II", 25)]),
])
def test_values_chained_with_arrows_of_any_shape(note, want):
    assert _scores(note) == want


def test_a_comparison_sign_before_a_threshold_is_no_second_value():
    assert _scores("A PHQ-9 > 10 means at least moderate symptoms.") == []


@pytest.mark.parametrize("text, name", [
    ("Br\u00f8set Violence Checklist 3", "BVC"), ("RAID 14", "RAID"), ("ASQ:SE-2 total 95", "ASQ:SE-2"),
    ("Young Child PTSD Checklist 31", "YCPC"), ("PG-13-R 38", "PG-13-R"), ("ASQ-3 Fine Motor 45", "ASQ-3"),
])
def test_instruments_new_to_the_catalog(text, name):
    assert [h.instrument.name for h in catalog().find(text)][:1] == [name]


def test_the_suicide_screen_is_not_the_developmental_one():
    assert [h.instrument.name for h in catalog().find("ASQ negative, ASQ:SE-2 105")] == ["ASQ", "ASQ:SE-2"]


@pytest.mark.parametrize("note, want", [
    ("BROSET VIOLENCE CHECKLIST (BVC)\nDate   Conf  Irrit  Boist  TOT\n03/01  1   1   1   3\n03/02  0   1   0   1\n", [("BVC", 3), ("BVC", 1)]),
    ("HAM-D-17 item sheet\nDate        Mood  Guilt  Insomnia  Total\n01/05/2026  3     2     1         22\n02/09/2026  2     1     1         15\n",
     [("HAM-D", 22), ("HAM-D", 15)]),
    ("RAID (Rating Anxiety in Dementia)\nDate    Worry  Apprehension  Sum\n09/01   2      3             19\n11/01   1      1             12\n",
     [("RAID", 19), ("RAID", 12)]),
])
def test_item_columns_beside_a_titled_total_are_no_instruments(note, want):
    assert _scores(note) == want


@pytest.mark.parametrize("note, goal", [
    ("PROBLEM 2  Disturbed sleep\n  Outcome criteria ......... sleeps 7 h on 5 of 7 nights per staff log\n  Interventions ..... sleep hygiene",
     "sleeps 7 h on 5 of 7 nights per staff log"),
    ("Expected outcome: PHQ-9 below 10 by the 12-week review.", "PHQ-9 below 10 by the 12-week review"),
    ("Desired outcomes: attends school 5 of 5 days for 3 weeks.", "attends school 5 of 5 days for 3 weeks"),
])
def test_outcome_criteria_are_goals(note, goal):
    assert [g.text for g in extract_facts([note]).goals] == [goal]


@pytest.mark.parametrize("note", [
    "Weekly outpatient has not been able to stop the daily drinking; he drank at lunch twice last week.",
    "Monthly counseling has not been enough to keep her from cutting (3 episodes in May).",
    "Once-a-week therapy has not been able to interrupt the purging, which is now daily.",
])
def test_less_care_not_enough_in_has_not_been_able_words(note):
    assert extract_facts([note]).lower_level_rationale


@pytest.mark.parametrize("note, goals", [
    ("Goal: ride the bus alone. Plan: continue exposure. I'd like to keep the 60-minute sessions so the exposures can finish.",
     ["ride the bus alone"]),
    ("Goals: PHQ-9 under 10 by May. Plan: weekly CBT. Twice-monthly psychiatry check-ins for 12 weeks.", ["PHQ-9 under 10 by May"]),
    ("Dx: F41.1. Goal: sleep 7 hours on 5 of 7 nights. Plan: weekly CBT-I. Slept 6 hours most nights; 50-minute visits suit her.",
     ["sleep 7 hours on 5 of 7 nights"]),
])
def test_on_a_line_of_fields_a_label_covers_its_own_sentence(note, goals):
    assert [g.text for g in extract_facts([note]).goals] == goals


_TESTING = ("Referral questions: is there a reading disorder? Battery: WISC-V, WIAT-4, CTOPP-2, interview. "
            "Time requested: face-to-face testing over 3 sessions, 7 hours, then feedback.")


@pytest.mark.parametrize("element, status", [
    ("measurable_goals", "missing"), ("discharge_criteria", "not_applicable"), ("frequency_duration", "met"),
    ("treatment_modality", "met"),
])
def test_a_testing_request_is_judged_as_one_evaluation(element, status):
    assert _status(_TESTING, element, "initial_authorization", "psychological testing") == status


def test_goals_a_testing_request_does_state_still_count():
    note = _TESTING + " Goals: PHQ-A under 10 within 8 weeks of feedback."
    assert _status(note, "measurable_goals", "initial_authorization", "psychological testing") == "met"


@pytest.mark.parametrize("note, want", [
    ("Plan: continue milieu and daily groups as tolerated, daily MD visit.", {"milieu therapy"}),
    ("Treatment: therapeutic milieu, process groups, individual twice a week.", {"milieu therapy"}),
    ("He does best in the structured milieu; milieu program 6 days a week.", {"milieu therapy"}),
])
def test_a_units_milieu_is_its_treatment(note, want):
    assert want <= {f.text for f in extract_facts([note]).modalities}


def test_a_home_milieu_is_no_treatment():
    assert not extract_facts(["The home milieu is chaotic and loud."]).modalities


@pytest.mark.parametrize("note", [
    "First break at 22: three weeks on a unit across the state, then home on a pill he stopped.",
    "She spent ten days in a psychiatric hospital at 19 and never followed up.",
    "He went to a counselor a few times after the divorce.",
])
def test_a_past_stay_told_as_a_story_is_prior_care(note):
    assert extract_facts([note]).prior_treatment


def test_this_stays_own_days_are_not_prior_care():
    assert not extract_facts(["Day 8 on the unit: calmer, eating in the dining room."]).prior_treatment


def test_redaction_keeps_a_tables_line_breaks(service):
    note = "Date   Mood | RN\n03/01  4    | KM\n03/02  3    | JT\n03/03  2    | RR\n"
    case, vault = service.redact([note])
    text = case.notes[0].text
    assert text.count("\n") == note.count("\n")
    assert service.restore(text, vault) == note


@pytest.mark.parametrize("text, want", [
    ("Vineland-3 = 61 on June; 70 on June 5.", "Vineland-3 = 61 in June; 70 on June 5."),
    ("MoCA 22/30 on 08/2026 (neurology).", "MoCA 22/30 in 08/2026 (neurology)."),
    ("first seen on March 2026, again on Mar. 3", "first seen in March 2026, again on Mar. 3"),
])
def test_a_date_with_no_day_reads_in_not_on(text, want):
    from assistant.letters.letter_checks import single_spaced

    assert single_spaced(text) == want


def _passage(source_id: str, title: str):
    from assistant.records import Passage

    return Passage("c1", source_id, title, "Summary", "", "", "2023-01-01", "", "text")


@pytest.mark.parametrize("level, diagnosis, cited", [
    ("ABA", ("F84.0", "autism spectrum disorder"), False),
    ("IOP", ("F33.2", "major depressive disorder, recurrent, severe"), False),
    ("IOP", ("F10.20", "alcohol use disorder, severe"), True),
    ("residential (ASAM 3.5)", ("F41.1", "generalized anxiety disorder"), True),
])
def test_substance_use_criteria_are_cited_only_for_a_substance_use_case(level, diagnosis, cited):
    from assistant.letters.facts import Diagnosis
    from assistant.letters.pipeline import _substance_criteria_elsewhere
    from assistant.records import LetterRequest

    class _Reading:
        request = LetterRequest("continued_stay", "Aetna", level, ("note",))
        facts = type("F", (), {"diagnoses": (Diagnosis(diagnosis[1], diagnosis[0], "", 0),)})()

    asam = _passage("asam-criteria", "The ASAM Criteria: dimensions and levels of care")
    assert _substance_criteria_elsewhere(asam, _Reading()) is (not cited)
    assert _substance_criteria_elsewhere(_passage("aetna-behavioral-health-criteria", "Aetna criteria"), _Reading()) is False


@pytest.mark.parametrize("note, diagnosis", [
    ("+--------------+------------------------------+\n| Client       | Ann Roe                      |\n| Time         | 3:15-4:00 PM = 45 min        |\n"
     "| Code         | 90834                        |\n| Dx           | F63.3 Trichotillomania       |\n+--------------+------------------------------+\n"
     "Awareness training today.", "Trichotillomania"),
    ("| Client | Lee Moss |\n| Date | 03/02/2026 |\n| Diagnosis | F41.1 generalized anxiety disorder |\nCBT today.",
     "generalized anxiety disorder"),
    ("Visit\nName\tAl Roe\nDOS\t04/04/2026\nDx\tF43.10 PTSD\n", "PTSD"),
])
def test_a_visits_header_grid_is_a_list_of_fields(note, diagnosis):
    assert [d.name for d in extract_facts([note]).diagnoses][:1] == [diagnosis]


def test_a_grid_of_scores_stays_a_score_table():
    note = "| Measure | Score |\n| PHQ-9 | 19 |\n| GAD-7 | 14 |\n| Dx | F33.1 |\n"
    assert {m.instrument for m in extract_facts([note]).measures} >= {"PHQ-9", "GAD-7"}


@pytest.mark.parametrize("note, want", [
    ("SCARED parent separation subscale 11 (was 14 on 09/14/2026).", [("SCARED Separation", 11), ("SCARED Separation", 14)]),
    ("SCARED (child) Social Anxiety 9, School Avoidance 4", [("SCARED Social", 9), ("SCARED School Avoidance", 4)]),
    ("PHQ-9 13 (17 at group entry 12/02/2025).", [("PHQ-9", 13), ("PHQ-9", 17)]),
    ("GAD-7 8 (15 at program enrollment).", [("GAD-7", 8), ("GAD-7", 15)]),
])
def test_subscales_and_an_entry_value_in_a_bracket(note, want):
    assert _scores(note) == want


@pytest.mark.parametrize("note, name", [
    ("REBT SELF-HELP FORM (session copy). Disputing the demand.", "REBT"),
    ("Homework: a shame-attacking exercise at the store.", "REBT"),
    ("Leader interventions: here-and-now process comments; linked two members' stories.", "interpersonal process group"),
])
def test_more_approaches_by_name(note, name):
    assert name in {f.text for f in extract_facts([note]).modalities}


@pytest.mark.parametrize("note", [
    "Since the crash: nightmares most nights, won't walk to the bus stop (her aunt drives her).",
    "She refuses to ride the bus since the accident and misses first period.",
    "He is sleeping until 11 most days and calling in to the bakery about once a week.",
])
def test_everyday_places_given_up_are_impairment(note):
    assert extract_facts([note]).impairments


@pytest.mark.parametrize("sentences, kept", [
    (["C-SSRS (12/03): no ideation.", "C-SSRS (12/03): no ideation. Formulation: risk low."], ["C-SSRS (12/03): no ideation. Formulation: risk low."]),
    (["Denies SI/HI.", "Denies SI/HI.", "Safety plan reviewed."], ["Denies SI/HI.", "Safety plan reviewed."]),
    (["Plan: weekly CBT.", "Sertraline 50 mg."], ["Plan: weekly CBT.", "Sertraline 50 mg."]),
])
def test_a_section_says_each_thing_once(sentences, kept):
    from assistant.letters.quote_runs import without_repeats

    assert without_repeats(sentences) == kept


@pytest.mark.parametrize("text", [
    'RIVERSIDE PHP -- "EXIT SLIPS" typed by the front desk from the cards, as written today.',
    "<ORG_1> IOP \u2014 weekly team review, printed for the chart from the shared drive.",
    "NORTHSIDE CLINIC ~ group sign-in sheet with the notes copied underneath it for the file.",
])
def test_a_documents_title_line_is_no_narrative(text):
    from assistant.letters.record_lines import paperwork

    assert paperwork(text)


@pytest.mark.parametrize("text", [
    "Required: Dana Ruiz (mom); Leo Ruiz; Sam Ode (school counselor). Hi all -- agenda and last notes pasted below.",
    "Hello team, the minutes from Tuesday are below so we're on the same page.",
    "Attendees: mother, grandmother, case manager, therapist.",
])
def test_an_invitations_people_and_greeting_are_no_narrative(text):
    from assistant.letters.record_lines import paperwork

    assert paperwork(text)


@pytest.mark.parametrize("note", [
    "Compared with admission she is showering daily instead of twice a week.",
    "He walks daily now and goes to the gym three times a week.",
    "Eating twice a day, down from three times a day.",
])
def test_how_often_the_client_does_daily_things_is_no_session_schedule(note):
    assert not extract_facts([note]).frequency


@pytest.mark.parametrize("note", [
    "Plan (tx plan <DATE_3>, review <DATE_4>): tolerate twenty minutes apart from dad in the lobby by <DATE_5>; answer questions "
    "out loud to the teacher by the end of term; SCARED separation subscale under 9. Weekly.",
    "Treatment plan (signed <DATE_1>): ride the school bus with a buddy by spring break; order her own lunch at the cafe with "
    "no prompting by <DATE_2>; panic attacks 1 or fewer a week.",
    "Plan of care: return to the choir rehearsals before the holiday concert; sleep through the night without checking the "
    "locks by the next review; Y-BOCS under 16.",
])
def test_a_plans_targets_count_when_the_first_number_comes_late(note):
    assert any(g.measurable for g in extract_facts([note]).goals)


@pytest.mark.parametrize("note, kind", [
    ("Session: she says she is sleeping until noon and calling in to the diner about once a week.", ""),
    ("Session: CPT 7 of 12, reviewed the worksheet; missed 2 shifts this week.", ""),
    ("Session: weekly, 50 minutes, CBT.", "plan"),
    ("Sessions: twice a week for 8 weeks.", "plan"),
])
def test_a_session_field_is_the_schedule_only_when_it_opens_with_one(note, kind):
    from assistant.letters.extract import segments

    assert [s.kind for s in segments([note])] == [kind]


@pytest.mark.parametrize("note", [
    "UNIT 4 WEST -- violence checklist, nursing, every shift",
    "Moved to WARD 3 yesterday; PHASE 2 of the program starts Monday.",
    "Transferred to POD 6, BED 12 after the incident.",
])
def test_a_place_or_stage_in_capitals_is_no_instrument(note):
    assert _scores(note) == []


@pytest.mark.parametrize("note, want", [
    ("Weight 14 lb down since June; BMI 18.2 today.", [("BMI", 18.2)]),
    ("Weight: lost 6 kg since intake.", []),
    ("Weight 101 lb, up 3 lb from last week.", [("weight", 101)]),
])
def test_an_amount_of_change_is_no_reading(note, want):
    assert _scores(note) == want


@pytest.mark.parametrize("text, want", [
    ("medically necessary for Jordan W.. I am available.", "medically necessary for Jordan W. I am available."),
    ("I am treating Ana R.. for depression", "I am treating Ana R. for depression"),
    ("Seen with her mother, Mrs. L..", "Seen with her mother, Mrs. L."),
])
def test_an_initial_at_a_sentence_end_takes_one_period(text, want):
    from assistant.letters.letter_checks import single_spaced

    assert single_spaced(text) == want


@pytest.mark.parametrize("text, want", [
    ('"get my son back', "get my son back"), ("\u201cless angry at school", "less angry at school"),
    ('say "brave words" to the teacher', 'say "brave words" to the teacher'),
])
def test_a_goal_never_prints_half_a_quote(text, want):
    from assistant.letters.letter_view import _balanced

    assert _balanced(text) == want


@pytest.mark.parametrize("note, want", [
    ("SCARED (parent) 39 (48 at intake 11/2025); separation subscale 13.", [("SCARED", 39), ("SCARED", 48), ("SCARED Separation", 13)]),
    ("SCARED 30 (was 41); Social 9, School Avoidance 4", [("SCARED", 30), ("SCARED", 41), ("SCARED Social", 9), ("SCARED School Avoidance", 4)]),
    ("ASQ-3 total 210 (was 180); Communication 40, Fine Motor 45", [("ASQ-3", 210), ("ASQ-3", 180), ("ASQ-3 Communication", 40), ("ASQ-3 Fine Motor", 45)]),
])
def test_a_total_keeps_its_earlier_value_when_parts_follow(note, want):
    assert _scores(note) == want


@pytest.mark.parametrize("note", [
    "Plan: weekly. Treatment plan 12/10/2025 (review 03/10/2026): visits to the nurse 1 or fewer a week; SCAS-P under 33. 12 sessions.",
    "Dx: F41.1. Plan: CBT weekly. About 16 sessions in all.",
    "Goals: PHQ-9 under 10. Plan: weekly IPT. Expect about 12 sessions.",
])
def test_on_a_line_of_fields_an_unlabelled_sentence_follows_the_plan_before_it(note):
    assert extract_facts([note]).duration


@pytest.mark.parametrize("note", [
    "P - Plan: tx plan 02/16/2026. Goals: homework done with 1 or fewer meltdowns on 4 of 5 nights. Weekly family sessions x 10.",
    "Plan: per tx plan. Goal: drive the highway twice a week. Weekly through 05/2027, 20 sessions.",
    "Treatment plan: CBT. Goals: GAD-7 under 8. Twice a week for 6 weeks, 12 sessions.",
])
def test_a_schedule_after_a_goal_on_a_plan_line_is_the_plans(note):
    facts = extract_facts([note])
    assert facts.duration and all("session" not in g.text for g in facts.goals)
