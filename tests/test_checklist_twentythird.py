"""Classes from the twenty-third round of letters (examples written here): a medicine's blood level in a lab block or
a line of its own (lithium, valproate, clozapine, carbamazepine); a number beside a lab's name that no reading can be
(a dose, an age, a name) left out rather than asked about as a misprinted score; a score series written as dated pairs;
a score told in a sentence a few words after the name; discharge "criteria" that are the leaving itself, the level of
care itself, a role, a daily-routine transition or a step-down argued against; a length of stay left to the program or
to progress; "no medicine" in plain words; and a lab line the letter quotes word for word as the notes' own."""
from __future__ import annotations

import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.claims import unsupported_claims
from assistant.letters.extract import extract_facts


def _scores(note: str) -> list[tuple[str, object]]:
    return [(m.instrument, m.score) for m in extract_facts([note]).measures]


@pytest.mark.parametrize("note, want", [
    ("Recent Labs\n  LITHIUM  0.9 mmol/L  (11/30)      TSH  2.4  (11/21)", ("lithium level", 0.9)),
    ("Li 1.1 on 6/3, drawn 12 h post-dose.", ("lithium level", 1.1)),
    ("VPA level 81 mcg/mL on 02/14/2026.", ("valproate level", 81)),
    ("Clozapine level 388 ng/mL this week; ANC stable.", ("clozapine level", 388)),
    ("Tegretol level 7.4 ug/mL at the last draw.", ("carbamazepine level", 7.4)),
])
def test_a_medicines_blood_level_is_a_reading(note, want):
    assert want in _scores(note)


@pytest.mark.parametrize("note", [
    "Meds: lithium 900 qhs, sertraline 100.",
    "Client Jia Li 42, seen with her mother.",
    "Depakote 1000 mg at bedtime; clozapine 250 mg hs.",
])
def test_a_dose_or_a_name_beside_a_labs_name_is_no_reading_and_no_question(note):
    facts = extract_facts([note + " PHQ-9 16 on 03/03/2026."])
    assert [m.instrument for m in facts.measures] == ["PHQ-9"]
    assert facts.score_problems == ()


def test_a_rating_scale_out_of_range_is_still_asked_about():
    # a misprinted score of a rating scale is a question for the clinician; only labs and vitals are let go
    facts = extract_facts(["PHQ-9 31 on 03/03/2026."])
    assert [m.instrument for m in facts.score_problems] == ["PHQ-9"]


def _dated(note: str) -> list[tuple[str, object, object]]:
    return [(m.instrument, m.score, m.date) for m in extract_facts([note]).measures]


@pytest.mark.parametrize("note, want", [
    ("Scores\n  CDI-2 ........ intake 09/14: 27  |  10/30: 19\n", [("CDI-2", 27, "09/14"), ("CDI-2", 19, "10/30")]),
    ("  Y-BOCS:   2/03 - 29      3/17 - 21\n", [("Y-BOCS", 29, "2/03"), ("Y-BOCS", 21, "3/17")]),
    ("GAD-7 1/12 -> 16; 2/23 -> 10; 4/06 -> 7", [("GAD-7", 16, "1/12"), ("GAD-7", 10, "2/23"), ("GAD-7", 7, "4/06")]),
    ("EPDS (wk 2 05/01/2026: 18, wk 8 06/12/2026: 11)", [("EPDS", 18, "05/01/2026"), ("EPDS", 11, "06/12/2026")]),
])
def test_a_series_of_dated_pairs_keeps_each_date(note, want):
    assert _dated(note) == want


def test_a_lone_date_and_dash_is_no_reading():
    # "3/4-12" alone is a range or a code, not the 4th of March with a score of 12
    assert _dated("PHQ-9 3/4-12 items reviewed with her.") == []


@pytest.mark.parametrize("note, want", [
    ("I gave him the BDI-II at the start of the hour and he came out at 31.", ("BDI-II", 31)),
    ("Her PCL-5 from the portal on 5/14 was 44.", ("PCL-5", 44)),
    ("The SCARED her father filled in last night totalled 38.", ("SCARED", 38)),
])
def test_a_score_told_in_a_sentence(note, want):
    assert want in _scores(note)


@pytest.mark.parametrize("note", [
    "The PHQ-9 goal for the spring was 9.",
    "PHQ-9 she will complete next visit was discussed for 10 minutes.",
    "The GAD-7 cut-off we use is 10.",
])
def test_a_goal_a_plan_or_a_cut_off_in_a_sentence_is_no_score(note):
    assert _scores(note) == []


def _discharge(note: str) -> list[str]:
    return [f.text for f in extract_facts([note]).discharge_criteria]


@pytest.mark.parametrize("note", [
    "Aftercare is set up with Dr. Lowe, who will pick up weekly sessions when he leaves.",
    "Her outpatient team resumes care once she goes home.",
    "Family therapy continues after he is discharged.",
    "The medical director may discharge her earlier upon finding that she no longer requires hospitalization.",
    "Discharge once he no longer meets criteria for inpatient care.",
    "Referral came through the discharge planner after detox on 3/3.",
    "Spoke with the discharge coordinator after the family meeting.",
    "Goal 2: transition to nap with a visual timer, 4 of 5 days.",
    "Transition to lunch without aggression on 3 consecutive days.",
    "Stepping her back down to weekly sessions now, two weeks after a relapse, is what failed last spring.",
    "Returning to weekly outpatient after one good week is going back to what failed in May.",
    "Another fight at the group home would lead to a 30-day discharge notice from the placement.",
])
def test_what_follows_a_stay_a_circular_condition_a_role_or_a_routine_is_no_discharge_criterion(note):
    assert _discharge(note) == []


@pytest.mark.parametrize("note", [
    "Step down to IOP when no self-harm for 14 days.",
    "Discharge when he no longer needs staff prompts at meals for 2 weeks.",
    "Transition to outpatient once she attends school 4 of 5 days.",
    "Discharge when goals 1-2 hold for 4 straight weeks and the cycle can be de-escalated at home without me.",
])
def test_a_real_condition_is_still_a_discharge_criterion(note):
    assert _discharge(note)


def _status(note: str, element: str, level: str) -> str:
    items = check_notes(extract_facts([note]), "initial_authorization", level)
    return next(i.status for i in items if i.element == element)


@pytest.mark.parametrize("note, level", [
    ("Residential, individual CBT and daily groups. Length of stay: determined by progress in treatment.", "residential"),
    ("PHP 5 days a week, 5 hours a day. Length of stay per program.", "php"),
    ("IOP three evenings a week. Expected duration depends on clinical response.", "iop"),
])
def test_a_length_left_to_the_program_or_to_progress_is_no_length(note, level):
    assert _status(note, "frequency_duration", level) == "missing"


@pytest.mark.parametrize("note", [
    "Not on any medicine now (dad: we wanted testing first).",
    "He doesn't take any medicines.",
    "Denies any medicine for mood or sleep.",
])
def test_no_medicine_in_plain_words_is_a_status(note):
    assert [f.text for f in extract_facts([note]).medication_status] == ["none"]


@pytest.mark.parametrize("letter, notes, want", [
    ("Also recorded in the notes: TSH 2.9 (10/02).", ["Recent Labs\n  LITHIUM 0.7 mmol/L (10/02)   TSH 2.9 (10/02)"], []),
    ("Also recorded: CREAT 1.1 (8/8).", ["Meds: lithium 900 qhs\nLabs  CREAT 1.1 (8/8)  TSH 1.9"], []),
    ("Labs: TSH 4.7 and PHQ-9 = 12.", ["TSH 3.1 (11/24). PHQ-9 12 today."], ["TSH score 4.7 is not in the notes"]),
])
def test_a_lab_line_quoted_from_the_notes_is_supported(letter, notes, want):
    assert unsupported_claims(letter, notes, {}) == want


@pytest.mark.parametrize("note, want", [
    ("Plan: continue current care. Estimated additional days: 7.", "7 (Estimated additional days)"),
    ("Anticipated additional days: 5", "5 (Anticipated additional days)"),
    ("Requested additional sessions: 12", "12 (Requested additional sessions)"),
])
def test_a_count_field_named_by_two_words_is_the_length(note, want):
    assert want in [f.text for f in extract_facts([note]).duration]


def _prior(note: str) -> list[str]:
    return [f.text for f in extract_facts([note]).prior_treatment]


@pytest.mark.parametrize("note", [
    "Before IOP she saw Dr. Okafor (outpatient) weekly since March; he referred her up after the overdose.",
    "Before admission he was seeing a counselor at school since September.",
    "Before this program she was in outpatient therapy since January, twice a month.",
    "Occupational and speech therapy weekly from age 3 until he aged out of early intervention.",
    "Counseling from age 14 to 16 with the school social worker.",
    "Care to date: outpatient CBT in 2024 (8 sessions, stopped when the family moved).",
])
def test_care_told_as_before_this_level_or_ended_is_prior_treatment(note):
    assert _prior(note)


@pytest.mark.parametrize("note", [
    "Treatment to date: 12 sessions of CBT since intake.",
    "Practiced a 10-minute exposure in session; anxiety went from 7 to 4.",
    "In group, urges rated from 8 to 5 over the hour.",
])
def test_care_to_date_or_a_rating_from_one_number_to_another_is_not_prior_treatment(note):
    assert _prior(note) == []


def _screens(note: str) -> list[str]:
    return [s.text for s in extract_facts([note]).risk.screens]


@pytest.mark.parametrize("note", [
    "She has never had thoughts of suicide or self-harm, no history of self-injury.",
    "Asked today; he has never reported thoughts of hurting himself.",
    "PHQ-9 item 9 has been 0 at each check, no history of self-harm.",
])
def test_a_lifetime_no_and_no_history_are_a_screens_result(note):
    assert _screens(note)


@pytest.mark.parametrize("note", [
    "Her mother has never had thoughts of suicide.",
    "History of SI at 15.",
    "Her brother has never had thoughts of hurting himself.",
])
def test_someone_elses_answer_or_a_bare_history_is_no_screen(note):
    assert _screens(note) == []


@pytest.mark.parametrize("note", [
    "Completion: finishes the 12-week curriculum, then the alumni group.",
    "Completion: when she attends 10 of 12 sessions and leads one role-play.",
    "Completion: after the 8-session protocol and a PCL-5 under 33.",
])
def test_a_completion_field_is_the_discharge_criterion(note):
    assert _discharge(note)


@pytest.mark.parametrize("table, header", [
    ("Accession | Collected  | EtG (ng/mL) | vs prior\nA-1001 | 03/02/2026 | 1450 | --\nA-1002 | 03/09/2026 | 610 | -58%\n", "EtG (ng/mL)"),
    ("Lab ID | Date drawn | Lithium (mmol/L) | Change\nL-77 | 01/05/2026 | 0.4 | --\nL-78 | 01/19/2026 | 0.7 | +75%\n", "Lithium (mmol/L)"),
    ("Specimen | Specimen date | Norfentanyl (ng/mL) | delta\nS-9 | 2026-04-01 | 88 | --\nS-10 | 2026-04-08 | 21 | -76%\n", "Norfentanyl (ng/mL)"),
])
def test_a_lab_reports_rows_take_the_date_of_their_collection_column(table, header):
    found = extract_facts([table]).measures
    assert [bool(m.date) for m in found if m.surface == header] == [True, True]
    assert not [m for m in found if m.surface.lower() in ("vs prior", "change", "delta")]


@pytest.mark.parametrize("text, want", [
    ("her score on the PHQ-9 -- a nine-question checklist -- was 22", ["PHQ-9"]),
    ("GAD-7 -- a quick screen -- came back at 12", ["GAD-7"]),
    ("PHQ 9 was 12, GAD - 7 was 9, PHQ-A 10", ["PHQ-9", "GAD-7", "PHQ-A"]),
])
def test_an_instruments_name_holds_one_dash_at_most(text, want):
    from assistant.letters.catalog import catalog

    assert [h.instrument.name for h in catalog().find(text)] == want


@pytest.mark.parametrize("question, first, last", [
    ("DRAFT v3 (Feb. issue)\nHer PHQ-9 was 22 in August. Twelve weeks later it was 9. Fact-check by Dec 9: what band is that?", "22", "9"),
    ("Memo v2, Mar 3. The GAD-7 is scored from 0 to 21; he had 16 at intake and 7 now. What severity band?", "16", "7"),
    ("Rev 4 of the summary. My client scored 19 on the PHQ-9 at intake and 11 today. Which band is that?", "19", "11"),
])
def test_a_band_reading_takes_the_scores_not_versions_days_or_the_scales_span(question, first, last):
    from assistant.letters.score_bands import band_line

    line = band_line(question)
    assert f" {last} falls in" in line and f"it was {first} " in line


_CLINICIAN = ("Intake. She reports four months of low mood since the layoff, sleeping 11 hours, and has stopped "
              "seeing friends. She cries most days and missed two rent payments.")


@pytest.mark.parametrize("handout", [
    "Dear Ms. Lowe,\nThank you for talking with me about your medicines. Please bring this list to your next visit.\n"
    "What you should do: keep taking your sertraline every morning. Do not stop it on your own.\n"
    "Call us if you have questions about your refills.",
    "Welcome to Cedar Path! We are glad you are here. Your first group meets Monday at 9.\n"
    "Please bring your insurance card. You can park in the north lot. If you need a ride, tell your case manager.",
    "After-visit summary for you\nToday you saw the nurse for a blood pressure check. Your reading was fine.\n"
    "Keep walking every day. Your next visit is in March. Ask your pharmacist before you take new pills.",
])
def test_a_document_written_to_the_client_is_not_the_presenting_picture(handout):
    from assistant.letters.narrative import narrative

    picked = " ".join(narrative([handout, _CLINICIAN], set(), first_note=True, limit=6))
    assert "low mood" in picked and "you" not in picked.lower().split()


def test_when_every_note_is_written_to_the_client_they_are_still_read():
    from assistant.letters.narrative import narrative

    note = ("Visit summary shared with you in your portal. You told me your sleep is down to 4 hours and you have "
            "missed work twice this week. You rated your mood 3 of 10. We agreed you will try the wind-down plan. "
            "You said your sister has been helping with the kids.")
    assert narrative([note], set(), first_note=True, limit=6)


@pytest.mark.parametrize("row, want", [
    ('Sertraline | 200 mg daily | Feb-June 2021 (4 months) | "no change', "Sertraline, 200 mg daily, Feb-June 2021 (4 months), no change"),
    ("fluoxetine\t40 mg\t2019\tstopped: nausea", "fluoxetine, 40 mg, 2019, stopped: nausea"),
    ("| IOP | Lakeview | 3 weeks in 2024 |", "IOP, Lakeview, 3 weeks in 2024"),
])
def test_a_table_row_quoted_in_the_letter_reads_as_a_phrase(row, want):
    from assistant.letters.markup import row_as_phrase

    assert row_as_phrase(row) == want


@pytest.mark.parametrize("note, want", [
    ("Adequate trials of sertraline, venlafaxine and vortioxetine, all without response.", []),
    ("Failed fluoxetine, sertraline; now on bupropion 300 mg.", ["bupropion"]),
    ("Tried citalopram and escitalopram in 2022. Currently takes lamotrigine 100 mg.", ["lamotrigine"]),
])
def test_every_drug_of_a_list_after_a_past_cue_is_a_past_trial(note, want):
    assert [m.name for m in extract_facts([note]).medications] == want


@pytest.mark.parametrize("note", [
    "We'll end when he's gone a full month with no call-outs and the severity score is under 10.",
    "I'd stop once she has three weeks without a binge.",
    "We\u2019ll finish as soon as the PCL-5 is under 33 twice.",
])
def test_the_end_told_with_a_contraction_is_a_discharge_criterion(note):
    assert _discharge(note)


@pytest.mark.parametrize("text, want", [
    ("after parent and teacher Vanderbilts", ["Vanderbilt"]),
    ("both MADRSs were over 30", ["MADRS"]),
    ("the two Columbias were negative", ["C-SSRS"]),
])
def test_an_instrument_named_in_the_plural(text, want):
    from assistant.letters.catalog import catalog

    assert [h.instrument.name for h in catalog().find(text)] == want


@pytest.mark.parametrize("note", [
    "reading + math | 30 min | 1 hr 35 | 2 breaks",
    "homework took 2 hr 10 tonight",
    "slept 6 hr 40, woke twice",
])
def test_a_lowercase_name_right_after_a_number_is_its_unit(note):
    assert _scores(note) == []


@pytest.mark.parametrize("report", [
    "NORTHSIDE REFERENCE LABORATORY\nSpecimen: urine   Method: LC-MS/MS   Cutoff 20 ng/mL\nAccession A-55 collected 03/02.\n"
    "Other analytes: NEGATIVE on all specimens.",
    "Lab report. Ordering provider: clinic. Specimen type: serum. Collected 8:10. Reference range 0.6-1.2.\n"
    "Method: immunoassay. Comment: results are comparable only within one method.",
    "ACCESSION 7781 | COLLECTED 4/4 | ANALYTE: EtG | CUTOFF 500 | RESULT 1220\nSpecimen validity within limits. Laboratory director: on file.",
])
def test_a_laboratorys_report_is_not_the_presenting_picture(report):
    from assistant.letters.narrative import narrative

    picked = " ".join(narrative([report, _CLINICIAN], set(), first_note=True, limit=6))
    assert "low mood" in picked and "specimen" not in picked.lower()


def test_a_specimens_validity_columns_are_no_readings():
    table = ("Accession | Collected | EtG (ng/mL) | Creatinine (mg/dL) | pH\nA-1 | 03/02/2026 | 1450 | 160 | 6.1\n"
             "A-2 | 03/09/2026 | 610 | 122 | 5.8\n")
    assert {m.surface for m in extract_facts([table]).measures} == {"EtG (ng/mL)"}


@pytest.mark.parametrize("note", [
    "Dx: anorexia nervosa, severe (BMI < 16 at admit).\nMEAL PLAN COMPLETION - % of plan eaten\n"
    "            B      AMs     L      PMs\n03/02/2026  100    100     75     100\n03/03/2026  100    75      100    50\n",
    "PHQ-9 was 18 at intake.\nSLEEP LOG - hours slept\n            Naps   Night\n03/02/2026  1      5\n03/03/2026  0      6\n",
    "GAD-7 14 on 2/2.\nEXPOSURE PRACTICE: minutes per day\n            Bus    Store\n03/02/2026  10     5\n03/03/2026  15     10\n",
])
def test_a_table_under_its_own_heading_is_not_titled_by_an_instrument_further_up(note):
    assert not [m for m in extract_facts([note]).measures if m.date in ("03/02/2026", "03/03/2026")]


def test_an_instrument_heading_right_above_a_table_still_names_it():
    note = "OUTCOME TRACKER (Y-BOCS)\n            Tot   Obs\n03/02/2026  28    14\n03/16/2026  21    10\n"
    assert ("Y-BOCS", 28) in _scores(note)


@pytest.mark.parametrize("grid", [
    "WORKSHEET\n        | BENEFITS              | COSTS\n        | 11/10: \"nothing much now\" | 11/10: \"I'd lose my bed\"\n",
    "| Pros | Cons |\n| saw her daughter on Saturday | cravings after payday |\n",
    "Week | What went well | What was hard\n3 | walked every day | argued with my sister\n",
])
def test_a_grids_cells_are_never_the_presenting_picture(grid):
    from assistant.letters.narrative import narrative

    picked = " ".join(narrative([grid, _CLINICIAN], set(), first_note=True, limit=6))
    assert "|" not in picked
