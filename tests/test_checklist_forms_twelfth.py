"""The checklist on a twelfth set of note shapes, examples written here (three or more per class): a sentence under
its element's own label needs no embedding; a role given up or fled; a goal's time frame, the wait to the next visit
and "N of N days" are no treatment length; a clause of a goal list is a goal; a list number is no target; a plan's
targets after a dash, inside a bracket, under its heading or in a table's Goal column; care told with a bare year,
and "no prior psychotherapy"; a medication review is no ended trial; a child's plain-words risk denial; a lower
level that left the problem where it was; a session count after the schedule; instruments new to the catalog; two
named approaches; a "Reason for services" field; the audit's checklist reads the notes as drafting does."""
from __future__ import annotations

import pytest

from assistant.adapters.embedder import HashEmbedder
from assistant.letters.checklist import check_notes
from assistant.letters.element_checks import CHECKS
from assistant.letters.elements import is_measurable
from assistant.letters.extract import extract_facts
from assistant.letters.patterns import Segment
from assistant.letters.semantic import clauses


def status(notes: list[str], element: str, letter_type: str = "continued_stay", level: str = "outpatient psychotherapy") -> str:
    items = check_notes(extract_facts(notes), letter_type, level)
    return next(i.status for i in items if i.element == element)


def seg(text: str, kind: str = "") -> Segment:
    return Segment(0, text, kind, None)


@pytest.mark.parametrize("note", [
    "Function: still cannot cook at the stove; daughter will not bring the grandchildren into the house.",
    "Functional impact: has not been able to drive to the warehouse since the crash; wife does the school runs.",
    "Impact on functioning: skipping choir and the Sunday dinner at her sister's most weeks.",
])
def test_a_sentence_under_the_elements_own_label_needs_no_embedding(note):
    # the hash embedder finds nothing similar, so only the label can carry the sentence to the element's own check
    assert extract_facts([note], HashEmbedder()).impairments


@pytest.mark.parametrize("text", [
    "He had two panic episodes at the grocery store this week; he left his cart and went home both times.",
    "Removed from class about 4 times a week for calling out.",
    "Still trading away shifts at the pharmacy - gave away 2 shifts in December.",
    "She walked out of her sister's birthday dinner after twenty minutes because of the noise.",
    "Pulled out of soccer practice twice this month when the panic started.",
])
def test_a_role_given_up_or_fled_passes_the_impairment_check(text):
    assert CHECKS["functional_impairment"](seg(text))


@pytest.mark.parametrize("text", [
    "P: Continue weekly DBT-A individual sessions toward goal of 0 self-harm episodes for 8 weeks.",
    "Treatment plan reviewed <DATE_1>: goals - PHQ-9 below 15 in 8 weeks",
    "Plan: next appointment in 2 weeks.",
    "Plan: attends school 5 of 5 days.",
])
def test_a_goals_time_frame_the_next_visit_and_a_count_are_no_treatment_length(text):
    assert not CHECKS["duration"](seg(text, "plan"))


@pytest.mark.parametrize("text", [
    "Plan: weekly CBT for 12 weeks toward the goal of sleeping through the night.",
    "Continue biweekly sessions through 03/2026; target: no panic attacks for 4 weeks",
    "Plan: see her every other week for three more months.",
])
def test_the_treatments_own_length_still_counts(text):
    assert CHECKS["duration"](seg(text, "plan"))


@pytest.mark.parametrize("text, goal_clause", [
    ("Outpatient treatment plan (<DATE_1>; review <DATE_2>): weekly CBT; goals: 30 self-harm-free days; attends school 5 of 5 days.",
     "attends school 5 of 5 days."),
    ("Plan: weekly sessions; goals: PHQ-9 below 10; back at work 4 days a week", "back at work 4 days a week"),
    ("Tx plan: biweekly; targets: 0 ED visits; eats breakfast 6 of 7 days", "eats breakfast 6 of 7 days"),
])
def test_a_clause_of_a_goal_list_is_a_goal(text, goal_clause):
    kinds = {c.text: c.kind for c in clauses(seg(text, "plan"))}
    assert kinds[goal_clause] == "goals"


@pytest.mark.parametrize("goal, measurable", [
    ("1 - Improve family communication", False),
    ("2) reduce anxiety", False),
    ("Goal 3: feel better about school", False),
    ("1 - no self-harm for 8 weeks", True),
    ("2 panic attacks or fewer per week", True),
])
def test_a_list_number_is_no_target(goal, measurable):
    assert is_measurable(goal) is measurable


@pytest.mark.parametrize("note, goals", [
    ("Plan: tx plan <DATE_1> (review <DATE_2>) - RHS-15 < 12; ESL 3x/week; nightmares <= 2/week. Weekly 30-min sessions, 10 more.",
     ["RHS-15 < 12", "ESL 3x/week", "nightmares <= 2/week"]),
    ("Plan: per treatment plan of <DATE_1> (PCL-5 < 33 by <DATE_2>; nightmares <= 2/week; next review <DATE_3>).",
     ["PCL-5 < 33 by <DATE_2>", "nightmares <= 2/week"]),
    ("Risk: denies SI.\n\nTx plan (written <DATE_1>, review due <DATE_2>):\n  1. PDSS <= 8.\n  2. Rides light rail 2+ stops alone 3x/week.\n"
     "  3. Weekly 53-min sessions, 12 sessions.\nFrequency: weekly.", ["PDSS <= 8", "Rides light rail 2+ stops alone 3x/week"]),
    ("Dx: F33.1\n\n| Problem | Goal | Intervention |\n|---|---|---|\n| Low mood | PHQ-9 < 10 by <DATE_1> | BA |\n"
     "| Pulling away from friends | 1 social contact/week | Role-played a text |\n", ["PHQ-9 < 10 by <DATE_1>", "1 social contact/week"]),
])
def test_a_plans_targets_are_goals_however_the_plan_lists_them(note, goals):
    found = [g.text for g in extract_facts([note]).goals]
    assert found == goals


def test_a_plans_dates_and_schedule_are_no_targets():
    note = "Plan: tx plan dated <DATE_4> (next review <DATE_5>); weekly 45-min sessions, 12 sessions."
    assert not extract_facts([note]).goals


@pytest.mark.parametrize("note", [
    "Rafael: bupropion XL 150 mg (PCP); individual therapy 2019 (12 sessions) for his first depressive episode.",
    "Sertraline 50 mg (PCP, since 2023); counseling in college (2015).",
    "She had CBT 2021 for panic, eight sessions.",
    "Fluoxetine 40 mg (psychiatrist). No prior psychotherapy; dermatology visits only.",
])
def test_care_told_with_a_bare_year_and_no_prior_psychotherapy_are_prior_treatment(note):
    assert extract_facts([note]).prior_treatment


@pytest.mark.parametrize("note", [
    "Medication review: escitalopram 10 mg; sleep, appetite, side effects (mild nausea, resolved); BP 128/80; PHQ-9 14 (17 on <DATE_3>)",
    "Meds: sertraline 100 mg; side effects: none; PHQ-9 9 (12 on <DATE_2>)",
    "Lithium 600 mg; side effects mild tremor, stable; level 0.8 on <DATE_1>",
])
def test_a_medication_review_is_no_ended_trial(note):
    assert not extract_facts([note]).prior_treatment


@pytest.mark.parametrize("note", [
    "Risk: no self-harm statements; denies wanting to hurt himself or others; no weapons in either home per both parents.",
    "Risk: no concerns from father or school; Zeke denies wanting to hurt himself or anyone.",
    "Safety: she denies any intent to harm herself; no plan.",
])
def test_a_plain_words_risk_denial_is_a_risk_screen(note):
    assert status([note], "risk_assessment") == "met"


@pytest.mark.parametrize("note, level", [
    ("Weekly sessions Sept-Dec 2025 left BDI-II at 33-36 and work absences rising, so frequency was increased.",
     "outpatient at higher frequency (2x/week)"),
    ("Weekly sessions since <DATE_1> have not contained the anniversary surge (two crisis visits in 3 weeks).",
     "outpatient at higher frequency (2x/week)"),
    ("Outpatient therapy left her symptoms unchanged over six months.", "IOP"),
    ("Weekly therapy has not lowered his drinking.", "IOP"),
])
def test_a_lower_level_that_left_the_problem_where_it_was(note, level):
    assert status([note], "lower_level_insufficient", level=level) == "met"


@pytest.mark.parametrize("note", [
    "Plan: weekly 30-min sessions, 10 more.",
    "Plan: weekly 53+ min x 12.",
    "Plan: biweekly 45 min x 8.",
])
def test_a_session_count_after_the_schedule_is_the_duration(note):
    assert extract_facts([note]).duration


@pytest.mark.parametrize("note, instrument, scores", [
    ("CSDD 14 (17 on <DATE_1>, rated with her daughter).", "CSDD", [14, 17]),
    ("RHS-15 today 21 (27 at intake <DATE_2>).", "RHS-15", [21, 27]),
    ("OASIS 13 today.", "OASIS", [13]),
    ("PHQ-15 18 at intake, 11 today.", "PHQ-15", [18, 11]),
])
def test_instruments_new_to_the_catalog_are_read(note, instrument, scores):
    measures = extract_facts([note]).measures
    assert [m.instrument for m in measures] == [instrument] * len(scores) and [m.score for m in measures] == scores


@pytest.mark.parametrize("note, found", [
    ("Intervention: NET - continued the lifeline (stones and flowers).", True),
    ("Narrative exposure therapy: third narration of the journey.", True),
    ("Code: 90849 (multiple-family group psychotherapy), one claim per family.", True),
    ("Multi-family group tonight: trust after a slip.", True),
    ("The net effect of the move was small.", False),
])
def test_narrative_exposure_and_multi_family_group_are_named_approaches(note, found):
    assert bool(extract_facts([note]).modalities) is found


@pytest.mark.parametrize("note", [
    "Reason for services: removed from class about 4 times a week for calling out and leaving his seat.",
    "Reason for referral: has stopped going to work since the assault.",
    "Reasons for seeking treatment: fights with her husband most nights; missed 3 shifts.",
])
def test_a_reason_for_services_field_is_no_plan(note):
    assert extract_facts([note], HashEmbedder()).impairments


def test_the_audit_checklist_reads_the_notes_as_drafting_does(service):
    notes = ["Dx: F41.0 panic disorder.\nPDSS today 14 (19 at intake <DATE>).\nFunction: still cannot ride the bus to work.\n"
             "Risk: denies SI/HI.\nTx plan 08/12/2025 - PDSS <= 8; rides the bus 3x/week. Weekly 53-min sessions, 12 more.\n"]
    found = {i.element: i.status for i in service.check(notes, codes=["90837"]).checklist}
    assert found["measurable_goals"] == found["functional_impairment"] == found["frequency_duration"] == "met"


@pytest.mark.parametrize("line", [
    "[ ] CBT   [ ] DBT skills   [ ] Motivational interviewing   [ ] Psychoeducation   [ ] Mindfulness   [ ] Other: ",
    "Interventions offered: \u2610 Psychoeducation \u2610 Relaxation training \u2610 Exposure",
    "Approach: ( ) mindfulness ( ) grounding skills ( ) role-play",
])
def test_an_unticked_approach_is_no_modality(line):
    assert not CHECKS["treatment_modality"](seg(line))


@pytest.mark.parametrize("note, scores", [
    ("O: BDD-YBOCS 34 (admit <DATE_1>: 41). BABS 18 (admit 20) - poor insight.", [("BDD-YBOCS", 34), ("BDD-YBOCS", 41), ("BABS", 18), ("BABS", 20)]),
    ("PHQ-9 15 (admit 21).", [("PHQ-9", 15), ("PHQ-9", 21)]),
    ("PDSS today 14 (intake <DATE_1>: 19).", [("PDSS", 14), ("PDSS", 19)]),
])
def test_an_admission_score_in_brackets_is_the_baseline(note, scores):
    assert [(m.instrument, m.score) for m in extract_facts([note]).measures] == scores


@pytest.mark.parametrize("note, score", [
    ("Y-OQ 2.01 re-done by grandmother <DATE_1>: total 78.", 78),
    ("SDQ completed by the teacher: 19.", 19),
    ("PHQ-A filled out by the client: 12.", 12),
])
def test_who_completed_a_measure_may_stand_between_its_name_and_score(note, score):
    assert [m.score for m in extract_facts([note]).measures] == [score]


@pytest.mark.parametrize("notes", [
    ["She cares for her husband. My father was diagnosed in 2023. By last summer his memory test at the memory clinic "
     "(the MoCA) was 14 out of 30. She sleeps 4 hours. She cries most days. She has stopped seeing friends."],
    ["She reports her husband's PHQ-9 is 12."],
    ["Her mother's GAD-7 at the PCP was 15; she brought the printout."],
])
def test_a_relatives_score_is_not_the_clients(notes):
    assert not extract_facts(notes).measures


@pytest.mark.parametrize("note", [
    "Anticipated length of stay: to be determined at the first treatment-team review.",
    "Estimated duration: TBD",
    "Expected length of treatment is not yet known.",
])
def test_a_length_not_yet_set_is_no_duration(note):
    assert not extract_facts([note]).duration


@pytest.mark.parametrize("note", [
    "Three hours of IOP would leave her alone at the point of highest risk after discharge.",
    "After discharge she will attend weekly therapy.",
    "Following her discharge from the unit in May she stopped her medication.",
])
def test_after_discharge_is_a_time_not_a_criterion(note):
    assert not extract_facts([note]).discharge_criteria


@pytest.mark.parametrize("note", [
    "Discharge/step-down: she will move to PHP when she goes into the community without staff.",
    "Discharge & transition: step down to IOP once she eats 3 meals a day without support.",
    "Step-down/discharge: when PHQ-9 is below 10 on two visits.",
])
def test_a_discharge_label_with_a_slash_is_a_discharge_label(note):
    assert extract_facts([note]).discharge_criteria


@pytest.mark.parametrize("note", [
    "Peggy will attend Monday, Wednesday and Friday, 9:00 to 12:00; we anticipate about six weeks.",
    "We expect roughly 10 sessions.",
    "Estimated 12 more program days.",
])
def test_a_length_told_as_an_estimate_is_the_duration(note):
    assert extract_facts([note]).duration


@pytest.mark.parametrize("note", [
    "His teacher moved his seat to the back, classmates imitate him, and he quit his Scout troop in March.",
    "She is teased on the bus every day and eats lunch in the nurse's office.",
    "He dropped out of the school band after kids made fun of his tics.",
])
def test_teasing_and_a_group_given_up_are_impairment(note):
    assert extract_facts([note]).impairments


@pytest.mark.parametrize("note, level", [
    ("Weekly IPT was not holding her (EPDS kept rising and she was missing sessions).", "outpatient at higher frequency (2x/week)"),
    ("Weekly CBT is not working: three ED visits this month.", "IOP"),
    ("Weekly outpatient would leave him six unstructured days a week.", "IOP"),
])
def test_a_lower_level_that_is_not_holding(note, level):
    assert status([note], "lower_level_insufficient", level=level) == "met"


def test_a_lower_level_simply_attended_is_no_rationale():
    assert status(["She started weekly CBT in May and likes her therapist."], "lower_level_insufficient", level="IOP") == "missing"


@pytest.mark.parametrize("note, scores", [
    ("Bandelow's Panic and Agoraphobia Scale went from 34 at intake (<DATE_1>) to 26 on <DATE_2> and 18 on <DATE_3>; "
     "on <DATE_4> it was back up to 23.", [34, 26, 18, 23]),
    ("PHQ-9 was 19 in March and 12 in May.", [19, 12]),
    ("GAD-7 15 on <DATE_1> and 9 on <DATE_2>; on <DATE_3> it was back down to 7.", [15, 9, 7]),
])
def test_a_run_of_scores_told_in_prose_is_read_to_its_end(note, scores):
    assert [m.score for m in extract_facts([note]).measures] == scores


@pytest.mark.parametrize("note, part, score", [
    ("YGTSS today: motor 17, phonic 14, total tic severity 31; impairment 30; global severity 61.", "global severity", 61),
    ("YGTSS re-rated today: motor 13, phonic 9, total tic severity 22; impairment 20; global 42.", "global", 42),
    ("SPS-R 17. Mood a bit lighter.", "", 17),
])
def test_instrument_parts_and_scales_new_to_the_catalog(note, part, score):
    assert (part, score) in [(m.part, m.score) for m in extract_facts([note]).measures]


@pytest.mark.parametrize("pairs, order", [
    ({"<DATE_1>": "09/02", "<DATE_2>": "09/16", "<DATE_3>": "09/23/2025"}, ["<DATE_1>", "<DATE_2>", "<DATE_3>"]),
    ({"<DATE_1>": "12/20", "<DATE_2>": "01/06/2026", "<DATE_3>": "01/03"}, ["<DATE_1>", "<DATE_3>", "<DATE_2>"]),
    ({"<DATE_1>": "2025-03-01", "<DATE_2>": "2/14", "<DATE_3>": "3/30"}, ["<DATE_3>", "<DATE_2>", "<DATE_1>"]),
])
def test_a_date_without_its_year_takes_the_year_of_the_cases_dates(pairs, order):
    from assistant.letters.dates import chronology
    keys = chronology(pairs)
    assert sorted(keys, key=keys.get) == order


@pytest.mark.parametrize("title", [
    "PSYCHIATRY WEEKLY - <DATE_9> - <PERSON_1>, MD",
    "PRIMARY THERAPIST - CONTINUED STAY SUMMARY - <DATE_9>",
    "GROUP NOTE: <DATE_9>",
])
def test_a_capitals_title_dates_its_note(title):
    from assistant.letters.reading import read_notes, service_dates
    assert service_dates(read_notes([title + "\nS: slept better."])) == {0: "<DATE_9>"}


@pytest.mark.parametrize("note", [
    "History and why residential: she left her dental-receptionist job in December and stopped seeing friends.",
    "Why IOP: he has missed 6 shifts this month and stopped going to his daughter's games.",
    "Level of care rationale: she no longer leaves the house to shop; her sister brings groceries.",
])
def test_a_why_this_level_field_tells_function_too(note):
    assert extract_facts([note]).impairments
