"""PHI classes from the twenty-seventh round, examples written here (three or more per class, and shapes that must
stay untouched):
- a name or an organisation written in capitals goes on over the rest of its capitalised words on the same line (an
  employer field on an insurance card, a payee line), but a line that is only capitals is a heading;
- a wiki link in a note-taking vault whose target reads as a person's or a place's page is redacted; links to
  documents, clinical ideas and dated notes stay."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("Member ID   XQW 44120098\nGroup No.   O01774-02        NORTHFIELD PRECISION TOOL\nDependents  01",
     "NORTHFIELD PRECISION TOOL"),
    ("Employer:  GREAVES HARDWICK FREIGHT   Phone: 555-0142", "GREAVES HARDWICK FREIGHT"),
    ("Pay to the order of  TALLOWAY BRIDGE COUNSELING   $140.00", "TALLOWAY BRIDGE COUNSELING"),
])
def test_a_capitalised_name_goes_on_over_its_capitalised_words(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("JANE MORROW-KELLY\nPROGRESS NOTE\nSession focused on sleep.", "PROGRESS NOTE"),
    ("Client: ROSALIND FETTERMAN LCSW reviewed the plan.", "reviewed the plan"),
    ("TREATMENT PLAN REVIEW\nGoals: PHQ-9 below 10.", "PHQ-9"),
])
def test_capitals_that_are_headings_or_clinical_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Mena tends bar at [[The Copper Still]] in the evenings.", "The Copper Still"),
    ("Sister lives with her at [[Larkspur Row Flats]] since spring.", "Larkspur Row Flats"),
    ("Call from [[Obadiah Penhallow|Obi]] about pickup.", "Obadiah Penhallow"),
    ("Coach at [[Blue Heron Rowing Club]] noticed the weight loss.", "Blue Heron Rowing Club"),
])
def test_a_wiki_link_to_a_person_or_a_place_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("See [[Treatment plan 2026-09-30]] for the goals.", "Treatment plan"),
    ("Homework from [[Behavioral activation]] worksheet.", "Behavioral activation"),
    ("Scores in [[GAD-7]] tracker; plan in [[Safety plan]].", "Safety plan"),
    ("Discussed [[Worry]] and [[Sleep hygiene]] handouts.", "Sleep hygiene"),
])
def test_wiki_links_to_documents_and_clinical_ideas_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("| HARROWGATE SCREENING RISK LEVEL:  [X] High |", "RISK LEVEL"),
    ("WELLBECK DISTRICT REFERRAL TYPE: school", "REFERRAL TYPE"),
    ("Form: OSTERLEY INTAKE STATUS: open", "INTAKE STATUS"),
])
def test_capitalised_words_that_end_in_a_colon_are_a_label_not_the_name(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Prosocial\t4\tlow", "Prosocial"),
    ("| FIRESETTING RISK LEVEL:  [ ] Little   [X] Extreme |", "FIRESETTING"),
    ("Referred after a fire-setting screen; inattention and defiance at school.", "inattention"),
])
def test_child_behaviour_screening_words_are_clinical_vocabulary(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("INTENSIVE OUTPATIENT PROGRAM\nPSYCHODRAMA GROUP (Track B)\nDate: Tue 10/06/2026", "PSYCHODRAMA GROUP"),
    ("DBT SKILLS GROUP - week 4", "DBT SKILLS GROUP"),
    ("PROCESS GROUP notes, Thursday", "PROCESS GROUP"),
])
def test_a_group_named_by_its_therapy_is_no_organisation(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Employer: HALVERSON MARINE GROUP", "HALVERSON MARINE GROUP"),
    ("Works for KESTREL HOLLOW GROUP in sales.", "KESTREL HOLLOW GROUP"),
    ("Referred by TALLIS BRIDGE MEDICAL GROUP.", "TALLIS BRIDGE MEDICAL GROUP"),
])
def test_a_company_named_group_stays_redacted(detector, text, value):
    assert covered(detector, text, value)


from assistant.phi.redact import find_spans  # noqa: E402


@pytest.mark.parametrize("text, name, unit", [
    ("Resident: Philippa Mavromatis-Greer       Apt 3C        Move-in: 08/25/2025", "Philippa Mavromatis-Greer", "Apt 3C"),
    ("Client: Osric Vandermeer-Tull    Unit 12     Phone: 555-0147", "Osric Vandermeer-Tull", "Unit 12"),
    ("Patient   Marisol Quintanar-Beck     Room 214   Bed B", "Marisol Quintanar-Beck", "Room 214"),
])
def test_a_unit_in_a_field_of_its_own_after_a_name_is_an_address_apart_from_the_name(detector, text, name, unit):
    spans = find_spans([text], detector)[0]
    names = [text[s.start:s.end] for s in spans if s.entity_type == "NAME"]
    assert name in names and covered(detector, text, unit) and not any(unit in n for n in names)


@pytest.mark.parametrize("text, label, value", [
    ("Ախտորոշում / Diagnosis: Delusional disorder, persecutory type.", "Ախտորոշում", "Delusional"),
    ("Ծննդյան ամսաթիվ / DOB: 02/27/1942", "Ծննդյան ամսաթիվ", "DOB"),
    ("Istoric anterior / Prior treatment: none before this year.", "Istoric anterior", "Prior treatment"),
    ("Saxiixa / Signature: Hodan Warsame, LMHC", "Saxiixa", "Signature"),
])
def test_a_labels_other_language_half_is_no_name(detector, text, label, value):
    assert untouched(detector, text, label) and untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Հաճախորդ / Client: Arshaluys Melikyan, 83", "Arshaluys Melikyan"),
    ("Saxiixa / Signature: Hodan Warsame, LMHC", "Hodan Warsame"),
    ("Mteja / Client: Zawadi Mwangi-Otieno", "Zawadi Mwangi-Otieno"),
])
def test_the_value_after_a_two_language_label_stays_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("SOCIAL WORKER RECOMMENDS SM'S PRESENCE FOR THE HEARING", "WORKER RECOMMENDS"),
    ("PHARMACOGENOMIC TEST REPORT   page 1 of 2", "TEST REPORT"),
    ("NOTE: FAMILY CONFERENCE SCHEDULED FOR FRIDAY", "CONFERENCE SCHEDULED"),
])
def test_capitals_after_an_ordinary_word_or_running_on_as_a_sentence_are_not_grown_over(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("HARMON VALLEY FIRE-RESCUE - PATIENT CARE REPORT (ePCR)\nIncident: 2024-0311\n", "HARMON VALLEY FIRE-RESCUE"),
    ("GREAVES HOLLOW SCHOOL DISTRICT - STUDENT RECORD (page 1)\nGrade: 7\n", "GREAVES HOLLOW"),
    ("KESTREL BAY HOSPITAL - DISCHARGE SUMMARY (page 1)\n", "KESTREL BAY HOSPITAL"),
])
def test_a_capitals_name_before_a_documents_own_word_stays_redacted(detector, text, value):
    assert covered(detector, text, value)
