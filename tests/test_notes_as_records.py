"""Notes kept as records and apps rather than prose, by class: emoji-bulleted phone notes (each line its own item,
a time stamp before a label), a form's numbered section headings, question-and-answer records, structured exports
(YAML fields in lower case, a list of measure records, a count whose unit is in its label), abbreviated durations,
a firearms line as risk rather than functioning, and the short tokens a name rule must leave alone (an item letter,
a weekday of a schedule, a word hyphened onto an acronym). Examples written here, none from an eval set."""
from __future__ import annotations

import pytest

from assistant.inputs import unwrap_lines
from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts
from assistant.letters.reading import segments
from phi_spans import untouched


def status(notes: list[str], element: str, letter_type: str = "continued_stay", level: str = "outpatient psychotherapy") -> str:
    items = check_notes(extract_facts(notes), letter_type, level)
    return next(i.status for i in items if i.element == element)


@pytest.mark.parametrize("lines", [
    ["\U0001F46A fam hx: mom - bipolar 1. older sister - anorexia in high school and college", "\U0001F48A no meds right now"],
    ["\u2705 goals reviewed with her today, she wants to keep working on the sleep plan we made", "\U0001F48A sertraline 50 mg daily"],
    ["\U0001F4DA dropped 2 of her 4 classes this term after the deadline, manager texted last chance", "7:40 PM - PCP saw her today"],
])
def test_an_emoji_or_time_stamped_line_is_never_joined_to_the_line_above(lines):
    assert unwrap_lines("\n".join(lines)).split("\n") == lines


@pytest.mark.parametrize("note, kind", [
    ("\U0001F553 4:05 PM \u2014 why not just more sessions with me: cutting went up anyway", "loc"),
    ("9:12 AM - goals: PHQ-9 below 10 by June", "goals"),
    ("\U0001F558 10:30 am \u2013 risk: denies SI, C-SSRS negative", "risk"),
])
def test_a_time_stamp_before_a_label_keeps_the_label(note, kind):
    assert segments([note])[0].kind == kind


@pytest.mark.parametrize("note, kind", [
    ("10. MEASURABLE GOALS\na) CY-BOCS 15 or below at re-evaluation", "goals"),
    ("DIMENSION 6 - RECOVERY ENVIRONMENT\nLost his job in November.", "function"),
    ("IV) CURRENT MEDICATIONS\nsertraline 100 mg daily", "meds"),
])
def test_a_numbered_section_heading_governs_what_follows(note, kind):
    assert segments([note])[-1].kind in (kind, "")
    assert segments([note])[0].kind != "" or kind == "function"


@pytest.mark.parametrize("note, element", [
    ("Q: Goals?\nA: YMRS below 10 on two consecutive weekly ratings. Attend 90% of groups each week.", "measurable_goals"),
    ("Q1: Medications?\nA1: Lithium 900 mg nightly, level 0.8.", "medication_status"),
    ("Q: Why can't she be treated in weekly outpatient?\nA: She left IOP twice in May after 3 days and was readmitted; weekly care did not hold.",
     "lower_level_insufficient"),
])
def test_an_answer_is_about_what_its_question_asks(note, element):
    assert status([note], element, level="partial hospitalization") == "met"


RECORDS = """measures:
  - instrument: PCL-5
    date: 2025-03-10
    total: 52
  - instrument: ""
    date: 2025-03-10
    total: 17
  - instrument: PCL-5
    date: 2025-08-25
    total: 38
"""


def test_a_list_of_measure_records_is_a_dated_series():
    facts = extract_facts([RECORDS])
    assert sorted(m.score for m in facts.measures if m.instrument == "PCL-5") == [38, 52]
    assert facts.trends and facts.trends[0].instrument == "PCL-5"


@pytest.mark.parametrize("note", [
    '[{"measure": "GAD-7", "date": "01/06/2025", "score": 15}, {"measure": "GAD-7", "date": "03/03/2025", "score": 9}]',
    "- scale: PHQ-9\n  administered: 01/06/2025\n  value: 19\n- scale: PHQ-9\n  administered: 03/03/2025\n  value: 11",
    "- {tool: GAD-7, date: 01/06/2025, total: 15}\n- {tool: GAD-7, date: 03/03/2025, total: 9}",
])
def test_measure_records_in_other_export_shapes(note):
    assert len(extract_facts([note]).measures) == 2


@pytest.mark.parametrize("note", ["planned_sessions: 12", "Expected duration (weeks): 8", "Sessions requested: 10"])
def test_a_count_whose_unit_is_in_its_label_is_a_duration(note):
    assert extract_facts([note]).duration


@pytest.mark.parametrize("note", ["plan: IOP M/W/Th evenings for about 6 wks", "Plan: weekly sessions for ~12 weeks.",
                                  "Continue biweekly for around 3 mos."])
def test_an_approximate_or_abbreviated_duration(note):
    assert extract_facts([note]).duration


def test_a_lower_case_export_field_does_not_continue_the_list_item_above():
    note = 'goals:\n  - "fewer nightmares"\n  - "get back to normal"\nprogress: "nightmares down from nightly to 2 a week"'
    texts = [s.text for s in segments([note])]
    assert not any("normal" in t and "nightmares down" in t for t in texts)


@pytest.mark.parametrize("note", [
    'risk:\n  firearms: "two hunting rifles in a locked safe; son has held the key since April"',
    "Firearms: a handgun at home, now locked; brother holds the key.",
    "Weapons: none in the home; he stopped hunting years ago.",
])
def test_a_firearms_line_is_risk_not_functioning(note):
    assert status([note], "functional_impairment") == "missing"


@pytest.mark.parametrize("text, value", [
    ("C-SSRS screener: yes to Q1 (wish to be dead), no to Q3-5.", "Q"),
    ("diagnoses:\n  - icd10: F43.12\n    description: PTSD", "icd"),
    ("plan: IOP M/W/Th 5:30-8:30 pm", "Th"),
    ("Harborlight IOP (DBT-informed) has an intake slot Monday.", "informed"),
])
def test_short_tokens_a_name_rule_must_leave_alone(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("note", ['assessment:\n  pcl5: 52\n  pcl5_previous: "58 (2024-12-10)"',
                                  "PHQ-9 previous: 18 (01/06/2025)", "GAD-7 prior: 15"])
def test_a_previous_score_field_is_not_prior_treatment(note):
    assert status([note], "prior_treatment") == "missing"


@pytest.mark.parametrize("note", ["Evicted yesterday; sleeping in his car.", "She has been couch-surfing since March.",
                                  "Lost her apartment in May and is now homeless."])
def test_housing_lost_is_an_impairment(note):
    assert status([note], "functional_impairment") == "met"


@pytest.mark.parametrize("notes, name", [
    (['client:\n  name: "<PERSON_1>"\nmedications:\n  - name: tamsulosin'], "<PERSON_1>"),
    (["Client name = '<PERSON_2>'"], "<PERSON_2>"),
    (['{"patient": "<PERSON_3>", "dob": "<DATE_1>"}'], "<PERSON_3>"),
])
def test_the_client_s_name_placeholder_in_quotes_is_the_client(notes, name):
    from assistant.letters.letter_view import client_identity
    assert client_identity(notes)["name"] == name


@pytest.mark.parametrize("text, drug", [
    ('  - name: tamsulosin\n    dose: "0.4 mg daily"', "tamsulosin"),
    ("Also takes olmesartan 20 mg for blood pressure.", "olmesartan"),
    ("Started pantoprazole 40 mg before breakfast.", "pantoprazole"),
])
def test_a_drug_our_list_does_not_name_stays_when_a_dose_is_near(detector, text, drug):
    assert untouched(detector, text, drug)


@pytest.mark.parametrize("note, name", [
    ('diagnoses:\n  - icd10: F43.12\n    description: "Posttraumatic stress disorder, chronic"', "posttraumatic stress disorder"),
    ("- code: F33.1\n  description: Major depressive disorder, recurrent, moderate", "major depressive disorder"),
    ('{"dx": "F41.1", "diagnosis": "generalized anxiety disorder"}', "generalized anxiety disorder"),
])
def test_a_code_and_its_name_in_two_export_fields_are_one_diagnosis(note, name):
    found = extract_facts([note]).diagnoses
    coded = [d for d in found if d.icd10]
    assert coded and name in coded[0].name.lower()


@pytest.mark.parametrize("note", ['onset: "combat exposure, 1970-71"', "History of exposure to domestic violence.",
                                  "Trauma exposure: two house fires as a child."])
def test_an_exposure_lived_through_is_not_exposure_therapy(note):
    assert status([note], "treatment_modality") == "missing"


def test_an_export_key_reads_as_words_in_a_letter():
    from assistant.letters.sections import clean
    assert clean('discharge_plan: "TBD"; cssrs_screen: negative') == 'discharge plan: "TBD"; cssrs screen: negative'


@pytest.mark.parametrize("raw, clean_text", [
    ("\U0001F556 7:40 PM \u2014 PCP saw her today \U0001F91E", "PCP saw her today"),
    ("\U0001FA79 cut L forearm Sat night", "cut L forearm Sat night"),
    ("9:12 AM - weekly session (seeing her weekly since 9/3)", "weekly session (seeing her weekly since 9/3)"),
])
def test_a_letter_quotes_phone_notes_without_emoji_or_time_stamps(raw, clean_text):
    from assistant.letters.sections import clean
    assert clean(raw) == clean_text


@pytest.mark.parametrize("line", ['\U0001F4F1 Notes - "IOP referral" (exported from phone, shared <DATE_2> 8:02 PM)',
                                  "# PracticeDesk export - record_type: progress_note - generated 2025-09-02",
                                  "Printed on <DATE_1> by the front desk"])
def test_an_export_header_is_not_part_of_the_clinical_picture(line):
    from assistant.letters.record_lines import paperwork
    assert paperwork(line)


@pytest.mark.parametrize("note, date", [
    ('Notes - "<DATE_1> C-W IOP referral" (exported from phone, shared <DATE_2> 8:02 PM)\nMon <DATE_4>\nQIDS-SR 19 today',
     "<DATE_4>"),
    ("# export generated <DATE_5>\nDate of service: <DATE_6>\nGAD-7 9 today", "<DATE_6>"),
    ("Thursday, <DATE_7>\nPHQ-9 12 today", "<DATE_7>"),
])
def test_a_quoted_title_or_a_sharing_time_is_not_the_date_of_service(note, date):
    from assistant.letters.reading import read_notes, service_dates
    assert service_dates(read_notes([note])) == {0: date}
