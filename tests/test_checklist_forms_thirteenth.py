"""The checklist on a thirteenth set of note shapes, examples written here (three or more per class): a short title
over a list ("Before PHP", "Why not IOP yet") heads it and its items tell the element; the end of treatment told in
plain words, under a named criteria label or a step-down rule, but not "we can't invent discharge criteria"; no
psychiatric medication told as "never taken anything for nerves" (a relative's is not the client's); a hoarding or
home-safety risk tool is no screen for harm; a field naming the level of care gives no reason for it; "Est. 3 wks",
"Add'l days requested: 12"; a lower level named as the usual choice before "but"; a list item headed by its year is
past care; an earlier figure told with "(was N)" is progress; a long heading alone on its line names its section."""
from __future__ import annotations

import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts


def status(notes: list[str], element: str, letter_type: str = "continued_stay", level: str = "outpatient psychotherapy") -> str:
    items = check_notes(extract_facts(notes), letter_type, level)
    return next(i.status for i in items if i.element == element)


@pytest.mark.parametrize("note, element", [
    ("Slide 7\nBefore PHP\n- Bayside Counseling since 03/2025: CBT every other week, about 12 sessions\n- School counselor check-ins 2023-24",
     "prior_treatment"),
    ("INTAKE SUMMARY - 05/02/2025\nBefore admission\n- outpatient therapist for 8 months, stopped in June\n- one ER visit, no follow-up care", "prior_treatment"),
    ("Slide 8\nWhy not IOP yet\n- our IOP meets 3-6 pm and mom works until 7, the hours when 4 of her last 5 cuts happened\n"
     "- passive death wish still there this morning", "lower_level_insufficient"),
    ("Why not weekly therapy\n- two relapses within 90 days of weekly OP discharge\n- stops lithium within weeks without daily contact",
     "lower_level_insufficient"),
])
def test_a_short_title_over_a_list_heads_it(note, element):
    assert status([note], element, level="PHP") == "met"


@pytest.mark.parametrize("text", [
    "This phase of therapy ends, and I will send clearance to Dr. Q, once the PCS is under 30 and the walking quota is met.",
    "We will end when all PRACTICE components are done and mom and I agree the symptoms no longer get in the way at school.",
    "D/C to weekly OP (finish WET, then return-to-work planning) when PCL-5 < 33 on 2 consecutive weekly admins.",
    "Transition criteria (team, 10/06): orthostatic symptoms resolved and PT clears him to walk without a device.",
    "Step-down rule agreed with the family at admission: move to after-school IOP when the total is 9 or more.",
])
def test_the_end_of_treatment_told_in_plain_words(text):
    assert extract_facts([text]).discharge_criteria


@pytest.mark.parametrize("text", [
    "(2) We can't invent discharge criteria after the fact.",
    "There are no discharge criteria in the plan yet.",
    "Step-down / d/c criteria: [TODO - ask Dr. Ames what the program uses]",
    "I will stop the recording when we finish.",
])
def test_no_criteria_said_or_left_for_later_is_no_criterion(text):
    assert not extract_facts([text]).discharge_criteria


@pytest.mark.parametrize("text, expected", [
    ("She has never taken anything for nerves or mood. PCP meds: amlodipine 5 mg.", "met"),
    ("Lisinopril 20 mg, atorvastatin 40 mg, vitamin D. Nothing for nerves or depression.", "met"),
    ("He has never been on medication for his depression.", "met"),
    ("Mother has never taken anything for her anxiety.", "missing"),
    ("Her mother reports she takes no medications.", "met"),
])
def test_no_psychiatric_medication_in_plain_words(text, expected):
    assert status([text], "medication_status") == expected


@pytest.mark.parametrize("text", [
    "HOMES Multi-disciplinary Hoarding Risk Assessment",
    "Home-safety risk assessment completed 04/22: exits blocked, no smoke detector.",
    "Fire risk assessment done by the landlord on 03/02.",
])
def test_a_hazard_risk_tool_is_no_screen_for_harm(text):
    assert not extract_facts([text]).risk.assessed


@pytest.mark.parametrize("text", [
    "Level of care: Mental Health Intensive Outpatient (IOP)    Facility: Harbor IOP    Attending: Dr. Lee, MD",
    "Requested level of care: PHP, 5 days a week",
    "LOC: residential (ASAM 3.5), day 12",
])
def test_a_field_naming_the_level_gives_no_reason(text):
    assert status([text], "lower_level_insufficient", level="IOP") == "missing"


@pytest.mark.parametrize("text, span", [
    ("IOP 3 hrs/day, 4 days/wk (M/T/Th/F). Est. 3 wks.", "3 wks"),
    ("Add'l days requested: 12", "12 (Add'l days requested)"),
    ("Plan: weekly, est. 8 wks.", "8 wks"),
])
def test_an_estimate_or_an_added_count_is_the_plans_length(text, span):
    assert span in [d.text for d in extract_facts([text]).duration]


@pytest.mark.parametrize("text", [
    "Weekly office-only would be the usual format, but she cannot do the discarding part at home on her own.",
    "Once-a-week sessions would normally be the standard, but he relapsed within days each time.",
    "Weekly therapy would be the default, but she cannot tolerate exposures without coaching.",
    "Weekly has been tried twice and stalled.",
])
def test_a_lower_level_named_as_the_usual_choice_before_but(text):
    assert status([text], "lower_level_insufficient", "initial_authorization", "outpatient at higher frequency") == "met"


@pytest.mark.parametrize("text", [
    "- 2022: CPT, 12 weekly sessions with a network LPC; he dropped out.",
    "2019 - inpatient at Mercy for 5 days after an overdose.",
    "* 2021: 10 sessions of counseling through her employer's EAP.",
])
def test_a_list_item_headed_by_its_year_is_past_care(text):
    assert status([text], "prior_treatment") == "met"


@pytest.mark.parametrize("text", [
    "Texts to mother during program hours: about 8/day (was 20-30).",
    "Worry time about 1 h/day (was 4 h).",
    "Nightmares 2 a week (previously 6).",
])
def test_an_earlier_figure_told_with_was_is_progress(text):
    assert extract_facts([text]).progress


@pytest.mark.parametrize("note", [
    "Previous treatment\nTwelve sessions of CBT in 2019.\n\nWhy a partial hospitalisation programme rather than something less intensive\n"
    "I considered IOP. I would anticipate around three weeks in the programme, five days a week.",
    "History\nSaw a counselor in 2020.\n\nWhat we are asking for and for how long\nWe expect about 6 weeks of IOP, 3 days a week.",
    "Past care\nEAP, 4 sessions.\n\nPlan for the next twelve weeks of treatment\nWe will meet weekly for about 12 sessions.",
])
def test_a_long_heading_alone_on_its_line_ends_the_section_above(note):
    assert extract_facts([note]).duration


@pytest.mark.parametrize("item", [
    "    - Lost barista job 02/2026 after walking out mid-shift; rent due 03/15.",
    "    - Failing two classes; missed 9 school days this month.",
    "    - Stopped seeing friends; has not left the apartment except for group.",
])
def test_a_dbt_target_hierarchy_lists_problems_not_goals(item):
    note = ("INDIVIDUAL DBT SESSION - 03/03/2026\n\nTARGET HIERARCHY\n 1. Life-threatening behavior\n    - NSSI: none this week.\n"
            " 3. Quality-of-life\n" + item)
    assert status([note], "functional_impairment", level="IOP") == "met"


@pytest.mark.parametrize("notes, expected", [
    (["Intake\n<PERSON_1> \u00b7 DOB <DATE_2>\nSeen by: <PERSON_2>, LCSW", "Client <PERSON_1>  completed at home, <PERSON_2> w/ client   <PERSON_8> = yes"], "<PERSON_1>"),
    (["Progress note\nTherapist: <PERSON_2>\nReviewed the plan with the client <PERSON_5>'s mother.\n| Client | <PERSON_3> |"], "<PERSON_3>"),
    (["Name: <PERSON_4>\nDOB: <DATE_1>\nSpoke with client <PERSON_6> about it"], "<PERSON_4>"),
])
def test_the_client_is_named_by_a_label_that_opens_its_field(notes, expected):
    from assistant.letters.letter_view import client_identity
    assert client_identity(notes)["name"] == expected


def test_a_dictated_re_after_a_comma_names_the_client():
    from assistant.letters.letter_view import client_identity
    notes = ["Dictation, Dr. <PERSON_1>, LCSW, recorded <DATE_1>, re <PERSON_2>, date of birth <DATE_2>, please transcribe."]
    assert client_identity(notes)["name"] == "<PERSON_2>"


@pytest.mark.parametrize("notes", [
    ["Client: <PERSON_1> (legal name <PERSON_2>)   DOB <DATE_1>"],
    ["<PERSON_1> (legal name <PERSON_2>; uses <PERSON_1>, he/him), 15"],
    ["Name: <PERSON_1>\nLegal name: <PERSON_2>\nDOB: <DATE_1>"],
])
def test_the_legal_name_identifies_the_client_to_the_payer(notes):
    from assistant.letters.letter_view import client_identity
    assert client_identity(notes)["name"] == "<PERSON_2>"
