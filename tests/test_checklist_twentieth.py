"""Classes from the twentieth set's letters and audit checklist (examples written here): a table row wrapped onto the
next lines, goals under a spoken label, a change told before its values, an earlier value after a band in a bracket,
a second value written as a fraction, a span still ahead ("another 8 weeks"), and instruments new to the catalog."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts
from assistant.letters.reading import read_notes


def _rows(note: str) -> list[dict]:
    return [dict(r.cells) for b in read_notes([note]) if b.table is not None for r in b.table.rows]


@pytest.mark.parametrize("note, column, cell", [
    ("+------+----------------------+--------------+\n| Need | Goal                 | Response     |\n+------+----------------------+--------------+\n"
     "| Low  | 1. Client will walk  | agreed,      |\n| mood | 20 min a day         | tired today  |\n| Poor | 2. Sleep 7 hours     | kept log     |\n",
     "Goal", "1. Client will walk 20 min a day"),
    (" #  | ORDER                              | time  | by\n----+------------------------------------+-------+----\n"
     " 1  | Therapy: individual 2x/wk; family  | 09:10 | MD\n    |   1x/wk; groups daily              |       |\n"
     " 2  | Labs: CBC                          | 09:12 | MD\n",
     "ORDER", "Therapy: individual 2x/wk; family 1x/wk; groups daily"),
    ("| Problem | Intervention |\n|---|---|\n| Panic at work | interoceptive exposure, decatastroph- |\n| | izing the commute |\n",
     "Intervention", "interoceptive exposure, decatastrophizing the commute"),
])
def test_a_row_wrapped_onto_the_next_lines_is_one_row(note, column, cell):
    assert _rows(note)[0][column] == cell


def test_a_ditto_row_with_dates_and_scores_stays_its_own_row():
    note = "| Measure | Date | Score |\n|---|---|---|\n| PHQ-9 | 09/01/2026 | 18 |\n| | 10/01/2026 | 12 |\n"
    assert len(_rows(note)) == 2


@pytest.mark.parametrize("text", [
    "What we will work toward: riding the bus alone on 4 of 5 days; PHQ-9 under 10.",
    "What she wants to work on: back at work 3 days a week by March.",
    "What they'll work toward: no more than 1 meltdown a week at school.",
])
def test_goals_under_a_spoken_label(text):
    assert extract_facts([text]).goals


@pytest.mark.parametrize("text, scores", [
    ("The MADRS has come down twelve points, from 34 when we started in early September to 22 last week.", [34, 22]),
    ("Her GAD-7 went up by 4 points, from 8 at intake to 12 today.", [8, 12]),
    ("PCL-5 improved 10 points from 52 in mid-August to 42.", [52, 42]),
])
def test_a_change_told_before_its_values(text, scores):
    assert [m.score for m in extract_facts([text]).measures] == scores


@pytest.mark.parametrize("text, scores", [
    ("MIDAS 48 (grade IV; 61 at intake).", [48, 61]),
    ("PHQ-9 12 (moderate; 19 at intake)", [12, 19]),
    ("PCL-5 41 (probable PTSD; 58 on 08/02/2026)", [41, 58]),
])
def test_an_earlier_value_after_a_band_in_the_bracket(text, scores):
    assert [m.score for m in extract_facts([text]).measures] == scores


@pytest.mark.parametrize("text, scores", [
    ("GAI 15 of 20 at start (09/09) and 11 of 20 today.", [15, 11]),
    ("MoCA 21/30 at intake and 25/30 today.", [21, 25]),
    ("GAD-7 12 in March and 8 today.", [12, 8]),
])
def test_a_second_value_written_as_a_fraction(text, scores):
    assert [m.score for m in extract_facts([text]).measures] == scores


@pytest.mark.parametrize("text", [
    "Plan: IPT twice a week (Tue and Fri), another eight weeks, then we will step down to weekly once she is more stable.",
    "Continue twice weekly for another 6 weeks, then step down to weekly once PHQ-9 is under 10.",
    "Request an additional 10 sessions, then step down to biweekly when stable.",
])
def test_a_span_still_ahead_before_a_step_down(text):
    assert extract_facts([text]).duration


@pytest.mark.parametrize("text, name", [
    ("Tinnitus Functional Index (TFI) 71 at referral.", "TFI"),
    ("THI 64 today.", "THI"),
    ("MIDAS 48 this month.", "MIDAS"),
    ("HIT-6 62.", "HIT-6"),
    ("DAS-7 24, up from 21.", "DAS"),
    ("On the DSM-5 Severity Measure for Panic Disorder he scored 29 of a possible 40.", "DSM-5 Panic Severity"),
    ("agoraphobia severity measure 24 of 40", "DSM-5 Agoraphobia Severity"),
])
def test_instruments_new_to_the_catalog(text, name):
    assert name in {m.instrument for m in extract_facts([text]).measures}


def test_a_timed_test_table_is_read_with_seconds():
    note = ("Objective           Initial 09/09      Current 11/16      Norm / cut-off\n"
            "Berg Balance        41/56              47/56              <45 = fall risk\n"
            "TUG                 16.2 s             12.9 s             >13.5 s = fall risk\n")
    found = {(m.instrument, m.score) for m in extract_facts([note]).measures}
    assert {("Berg Balance Scale", 41), ("Berg Balance Scale", 47), ("TUG", 16.2), ("TUG", 12.9)} <= found


@pytest.mark.parametrize("text", [
    "Linked to avoidance of highway driving since the crash.",
    "Avoids the commissary since the incident in the parking lot.",
    "She has not been inside a grocery store since March.",
    "Has not driven since the accident; his wife drives him to work.",
])
def test_daily_life_given_up_is_an_impairment(text):
    assert extract_facts([text]).impairments


@pytest.mark.parametrize("text", ["Has not been to therapy since 2020.", "Avoids caffeine after noon."])
def test_no_impairment_in_treatment_gaps_or_habits(text):
    assert not extract_facts([text]).impairments


@pytest.mark.parametrize("text", [
    "Goals (plan 08/20/2026): PCL-5 under 33; back to 2 classes a semester. Weekly through 05/2027.",
    "Goals: PHQ-9 under 10; back at work. Weekly for 12 weeks.",
    "Goals: fewer than 2 panic attacks a week. Sessions twice a week x 8, then review.",
])
def test_a_schedule_sentence_inside_a_goals_field_is_the_plan(text):
    facts = extract_facts([text])
    assert facts.frequency and facts.duration


@pytest.mark.parametrize("text", [
    "Plan (10/15/2026): every other week x 10, then review.",
    "Plan: 1x/week x 12 while in day rehab.",
    "Plan: weekly sessions through May 2027.",
])
def test_a_count_or_an_end_month_after_the_schedule_is_the_duration(text):
    assert extract_facts([text]).duration


def test_a_goal_with_a_daily_habit_is_no_schedule():
    facts = extract_facts(["Goals: walk daily for 20 minutes; PHQ-9 under 10."])
    assert not facts.frequency and not facts.duration


@pytest.mark.parametrize("text, total", [
    ("Scores today: SAS-A ........ 70  (FNE 30 / SAD-New 24 / SAD-General 16; cutoff 50)", ("SAS-A", 70)),
    ("DASS-21 total 48: Depression 18, Anxiety 12, Stress 18", ("DASS-21", 48)),
    ("ECBI = 160 (Intensity 160, Problem 20)", ("ECBI", 160)),
])
def test_a_total_written_before_its_parts_is_kept(text, total):
    assert total in {(m.instrument, m.score) for m in extract_facts([text]).measures}


@pytest.mark.parametrize("text, expected", [
    ("CDI-2 (self) .. T = 68  (total raw 25)", ("CDI-2 T", 68)),
    ("PHQ-9 .. 14", ("PHQ-9", 14)),
    ("GAD-7 .. 11 (moderate)", ("GAD-7", 11)),
])
def test_a_two_dot_leader_joins_name_and_score(text, expected):
    assert expected in {(m.instrument, m.score) for m in extract_facts([text]).measures}


@pytest.mark.parametrize("text, name", [
    ("CBCL (father): Anxious/Depressed T 70, Total T 66.", "CBCL Anxious/Depressed T"),
    ("CDRS-R 11/02: 61 (moderate).", "CDRS-R"),
    ("LACE TOTAL  =  13   (>= 10 high risk)", "LACE"),
])
def test_more_instruments_and_parts(text, name):
    assert name in {m.instrument for m in extract_facts([text]).measures}


@pytest.mark.parametrize("text", [
    "Self-harm: 5 cutting episodes in the week before admission -> 1 since admission.",
    "Binges: 6 a week at intake -> 2 this week.",
    "Panic attacks 4/week before treatment -> 1/week now.",
])
def test_a_count_before_care_set_against_a_later_one_is_progress(text):
    assert extract_facts([text]).progress


@pytest.mark.parametrize("text", [
    "No prior behavioral health care; the pediatrician suggested a sticker chart.",
    "No previous behavioural health treatment.",
    "Denies any prior mental health services.",
])
def test_no_prior_care_in_other_words(text):
    assert extract_facts([text]).prior_treatment


@pytest.mark.parametrize("text", [
    "Weekly spacing is too slow for the graded exposure we need to get her back into class.",
    "Weekly sessions are too infrequent for the exposure work she needs between school days.",
    "Weekly outpatient ERP for 9 months (~34 sessions). Y-BOCS stuck 30-32 the whole time; checking still takes 5 hours a day.",
    "Weekly CBT for 6 months; progress has plateaued and she missed 8 shifts.",
])
def test_why_the_lower_level_is_not_enough_in_other_words(text):
    assert extract_facts([text]).lower_level_rationale


def test_stuck_in_traffic_is_no_reason():
    assert not extract_facts(["She got stuck in traffic so we did weekly sessions by video."]).lower_level_rationale


@pytest.mark.parametrize("note, expected", [
    ("| Instrument | 11/09 | 11/16 | 11/23 |\n| QIDS-SR16 | 21 | 17 | 14 |\n| PHQ-9 | 19 | 12 | 9 |", ("QIDS-SR16", 21, "11/09")),
    ("| Scale | 3/2 | 4/6 |\n| GAD-7 | 15 | 9 |\n| PHQ-9 | 12 | 8 |", ("GAD-7", 9, "4/6")),
    ("| Tool | 9/8 | 10/20 | 11/17 |\n| PCL-5 | 58 | 47 | 41 |\n| PHQ-9 | 16 | 13 | 11 |", ("PCL-5", 41, "11/17")),
])
def test_a_header_of_days_over_rows_of_scores(note, expected):
    assert expected in {(m.instrument, m.score, m.date) for m in extract_facts([note]).measures}


@pytest.mark.parametrize("text", [
    "At admission he was showering maybe twice a week and spent most days in bed; he is now up on program days.",
    "At intake she had missed 12 days of school.",
    "She bathes once a week and spends most of the day in her room.",
])
def test_functioning_dated_by_admission_is_an_impairment(text):
    assert extract_facts([text]).impairments


@pytest.mark.parametrize("text", [
    "Riverside Partial Hospitalization Program - Weekly Treatment Review",
    "Behavioral activation scheduling (daily activity log) reviewed.",
    "Plan: send a monthly progress report to the PCP.",
])
def test_how_often_a_document_is_written_is_no_session_frequency(text):
    assert not extract_facts([text]).frequency


def test_a_schedule_beside_a_report_is_still_read():
    assert [f.text for f in extract_facts(["Plan: weekly individual therapy and a monthly progress report to the PCP."]).frequency] == ["weekly"]


@pytest.mark.parametrize("text", [
    "ISP (reviewed 10/01/2026): 12 negative UDS in a row; back to 5 shifts a week; counseling 2x/month through 04/2027.",
    "ITP: weekly CBT x 12; PHQ-9 under 10.",
    "Individualized service plan: twice-monthly counseling through June 2027.",
])
def test_a_plan_under_its_acronym(text):
    assert extract_facts([text]).frequency


@pytest.mark.parametrize("note, element", [
    (" #  | ORDER                                         | time  | by\n----+-----------------------------------------------+-------+----\n"
     " 8  | Therapy schedule: individual 2x/wk; family 1x/wk | 16:30 | MD\n", "frequency"),
    (" #  | ORDER                                         | time  | by\n----+-----------------------------------------------+-------+----\n"
     " 9  | Discharge criteria: no self-harm x14 days; CDRS-R < 45 | 16:30 | MD\n", "discharge_criteria"),
    ("| Item | Detail | Owner |\n|---|---|---|\n| 1 | Frequency: weekly family sessions for 10 weeks | LCSW |\n| 2 | Labs: CBC | MD |\n", "frequency"),
])
def test_a_field_written_inside_a_table_cell(note, element):
    assert getattr(extract_facts([note]), element)


@pytest.mark.parametrize("note", [
    "Allergies: NKDA      Wt 58.1 kg   Ht 172 cm      Payer: Magellan  Sub ID FBX42290671",
    "DOB: 03/02/2011   Wt 61 kg  Ht 165 cm   MRN: 448812",
    "Room: 4B   HR 88   BP 118/72   Admitted: 12/01",
])
def test_a_record_header_is_not_quoted_as_a_measure_sentence(note):
    from assistant.letters.score_lines import other_measure_sentences
    assert other_measure_sentences([note], extract_facts([note]), set()) == []


@pytest.mark.parametrize("text", [
    "Hand-washing down to ~25 min/day from 2 h.",
    "Checking the locks takes 2 hours a day.",
    "He circled back to check the road 6x a day last month.",
])
def test_time_or_count_a_day_lost_to_compulsions_is_an_impairment(text):
    assert extract_facts([text]).impairments


@pytest.mark.parametrize("text, scores", [
    ("ASRS-v1.1 Part A: 4 of 6 positive (5 of 6 on 08/04).", [4, 5]),
    ("ASRS Part A: 4/6 (5/6 on 08/04)", [4, 5]),
    ("MoCA 24/30 (21/30 on 03/02/2026)", [24, 21]),
])
def test_an_earlier_fraction_in_a_bracket(text, scores):
    assert [m.score for m in extract_facts([text]).measures] == scores


@pytest.mark.parametrize("text", [
    "Adult Mental Health IOP (3 h/day, 3 days/week = 9 h/week)   Date: 05/14/2025",
    "Teen PHP (5 days a week, 9-3)",
    "Eating Disorder Day Program (4 days/week, lunch and snack)",
])
def test_a_programs_schedule_in_its_title(text):
    assert extract_facts([text]).frequency


def test_a_past_programs_schedule_is_history():
    assert not extract_facts(["She attended an IOP (3 days/week) in 2023 and left."]).frequency


@pytest.mark.parametrize("text, scores", [
    ("PDSS: today: 14, intake 2026-07-08: 19", [14, 19]),
    ("PHQ-9 12 on 2026-10-01, 18 on 2026-08-01", [12, 18]),
    ("GAD-7: now: 9, baseline 2026-05-02: 16", [9, 16]),
])
def test_values_labelled_by_a_time_point_and_an_iso_date(text, scores):
    assert [m.score for m in extract_facts([text]).measures] == scores


@pytest.mark.parametrize("text", [
    'Plan: PHP 8:00-3:30; step down "when medically and psychologically appropriate."',
    "Discharge planning: family sessions ongoing; first home pass when appropriate.",
    "Discharge when clinically indicated.",
])
def test_a_vague_condition_is_no_discharge_criterion(text):
    assert not extract_facts([text]).discharge_criteria


@pytest.mark.parametrize("text", [
    "MASTER TREATMENT PLAN REVIEW - 30 DAY          Residential Treatment",
    "Weigh twice weekly in program; recheck here in 2 weeks.",
    "Next 90-day recert due 01/15.",
])
def test_a_reviews_period_or_a_weigh_in_is_no_schedule(text):
    facts = extract_facts([text])
    assert not facts.frequency and not facts.duration


@pytest.mark.parametrize("text", [
    "When we'd step down: once mornings hold for a month -> every other week x 2, then close.",
    "Step-down: when PHQ-9 < 10, taper to monthly x 3.",
    "If stable in January, step down to every other week for 6 weeks.",
])
def test_the_taper_after_a_step_down_is_not_the_plans_length(text):
    assert not extract_facts([text]).duration


@pytest.mark.parametrize("level, note", [
    ("php", "Plan: continue PHP. Team estimate about 5 more program days; re-review 11/07."),
    ("residential", "PLAN: Continue residential care. Request 14 more days from BCBS."),
    ("inpatient", "Estimated 10 additional days of inpatient care."),
])
def test_a_stays_length_is_its_schedule(level, note):
    from assistant.letters.checklist import _frequency_duration
    assert _frequency_duration(extract_facts([note]), level).status == "met"


def test_an_outpatient_plan_still_needs_its_frequency():
    from assistant.letters.checklist import _frequency_duration
    assert _frequency_duration(extract_facts(["Plan: about 12 more sessions."]), "outpatient").status == "missing"


@pytest.mark.parametrize("text, name", [
    ("   Gaming Disorder Test .. 16 (range 4-20)", "GDT"),
    ("MELD-Na 19 (10/28/2026)", "MELD-Na"),
    ("SADQ-C total 31 at intake.", "SADQ"),
    ("  - RAADS-R: 142\n  - AQ (50 item): 38\n  - CAT-Q: 131", "CAT-Q"),
    ("SIPAT total 38 (minimally acceptable).", "SIPAT"),
    ("Assessment   Baseline 09/02   Day 30 10/02\n  Duke Activity Status Index  11.2          17.9\n  HADS  - A                   9             8", "DASI"),
])
def test_instruments_of_the_twenty_first_set(text, name):
    assert name in {m.instrument for m in extract_facts([text]).measures}


@pytest.mark.parametrize("text, expected", [
    ("   CELF-5  Core Language Score ............ SS 98   (45th %ile)   WNL", ("CELF-5 Core Language Score", 98)),
    ("   GFTA-3  Sounds-in-Words ................ SS 102  WNL", ("GFTA-3 Sounds-in-Words", 102)),
    ("ECBI (mother): Intensity ..... 172, Problem .... 24", ("ECBI Problem", 24)),
])
def test_a_part_led_to_its_score_by_dots(text, expected):
    assert expected in {(m.instrument, m.score) for m in extract_facts([text]).measures}


@pytest.mark.parametrize("text", [
    "Plan (treatment plan 08/20/2026, review due 11/20/2026): weekly, 12 more sessions.",
    "Outpatient: weekly psychotherapy for 8-10 sessions after discharge (authorization requested).",
    "Plan (renewal due 01/05): twice weekly for another 6 weeks.",
])
def test_a_deadline_in_a_bracket_or_sessions_after_an_event_leave_the_plans_length(text):
    assert extract_facts([text]).duration


@pytest.mark.parametrize("text", ["Appeal due within 60 days.", "Plan: weekly; relapse check 2 weeks after discharge."])
def test_a_deadline_or_time_since_an_event_is_still_no_length(text):
    assert not extract_facts([text]).duration


def test_the_stroke_aphasic_depression_questionnaire_is_not_the_alcohol_one():
    assert [m.instrument for m in extract_facts(["SADQ-10 (nurse-rated): 19."]).measures] == ["SADQ-10"]


@pytest.mark.parametrize("text, scores", [
    ("Rosalind rated the QIDS-SR16 at 16 this morning; on admission 11/23 it was 21.", [16, 21]),
    ("PHQ-9 14 this afternoon, at intake 09/02 it was 19.", [14, 19]),
    ("GAD-7 9 today; at baseline it was 15.", [9, 15]),
])
def test_an_earlier_value_told_after_a_time_point_and_its_date(text, scores):
    assert [m.score for m in extract_facts([text]).measures] == scores


@pytest.mark.parametrize("text", [
    "Step-down criteria: to IOP when QIDS-SR16 <= 10 twice. Continue PHP 5 days/week, 6 hrs/day.",
    "Discharge criteria: PHQ-9 under 10. Continue weekly CBT until then.",
    "Goals: PHQ-9 under 10. Continue twice weekly sessions.",
])
def test_a_field_that_continues_the_current_schedule(text):
    assert extract_facts([text]).frequency


@pytest.mark.parametrize("text", [
    "She tried the senior center's balance class in August but stopped after one session because she was scared.",
    "He went to a yoga class for 6 sessions in 2023.",
    "Last spring she joined a walking group at the Y, 8 sessions.",
])
def test_a_class_for_the_body_is_no_prior_treatment(text):
    assert not extract_facts([text]).prior_treatment


@pytest.mark.parametrize("text", ["She tried a DBT group in 2024 but stopped after one session.", "She saw a counselor for 4 sessions in 2022."])
def test_care_for_the_mind_stays_prior_treatment(text):
    assert extract_facts([text]).prior_treatment


@pytest.mark.parametrize("note", [
    "IOP: both programs waitlisted ~5 wks. PHP repeat not recommended (same program, re-attempt 7 wks after).",
    "She lived in a group home for 6 months in 2023.",
    "Residential stay at another center ended 3 weeks ago.",
])
def test_a_span_that_is_no_stay_does_not_stand_for_a_residential_schedule(note):
    from assistant.letters.checklist import _frequency_duration
    assert _frequency_duration(extract_facts([note]), "residential").status == "missing"


@pytest.mark.parametrize("text", [
    "Program: <ORG_1>, 5 days/week, 6 hours/day. Primary: <PERSON_5>, LICSW.",
    "Program: <ORG_2>, 4 days a week, 3 hours a day.",
    "Current program: <ORG_3>, 3 evenings a week.",
])
def test_a_program_fields_schedule_after_a_redacted_name(text):
    assert extract_facts([text]).frequency
