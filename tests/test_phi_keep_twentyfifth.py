"""KEEP classes from the twenty-fifth blind set and an ABA letter (examples written here): clinical acronyms in capitals
listed with commas or in brackets (data/clinical_acronyms.txt), unless they spell the initials of a name in the note;
an instrument's short form written with a letter appended to its name; a therapy acronym after "for" following a
practice's name (the practice stays redacted); a plan named with "Healthplan" written as one word."""
from __future__ import annotations

import pytest

from assistant.phi.acronyms import find_clinical_acronyms, find_treatment_after_service
from assistant.phi.plan_names import find_one_word_plans
from phi_spans import covered, untouched


@pytest.mark.parametrize("text, acronyms", [
    ("Goals this period: manding through PECS, DTT and NET across settings.", ["PECS", "DTT", "NET"]),
    ("Parents completed caregiver coaching (BST) twice; FCT, PRT continue.", ["BST", "FCT", "PRT"]),
    ("Supervision: the RBT runs ESDM sessions, BCBA reviews the FBA and BIP monthly.", ["RBT", "ESDM", "BCBA", "FBA", "BIP"]),
    ("Plan -- DRA, DRO, NCR; AAC device trial with the SLP.", ["DRA", "DRO", "NCR", "AAC", "SLP"]),
])
def test_clinical_acronyms_in_capitals_survive_in_lists_and_brackets(detector, text, acronyms):
    for word in acronyms:
        assert untouched(detector, text, word), word


@pytest.mark.parametrize("text, name", [
    ("Client: Orla Pendergast-Wynn. Sessions of DTT and NET twice weekly.", "Orla Pendergast-Wynn"),
    ("PECS, DTT for Tobias Marchetti at home (BST with his aunt Greer Halloway).", "Greer Halloway"),
    ("FCT, PRT; guardian Winifred Osei-Brandt signed the consent.", "Winifred Osei-Brandt"),
])
def test_names_beside_clinical_acronyms_stay_redacted(detector, text, name):
    assert covered(detector, text, name)


@pytest.mark.parametrize("text, acronym", [
    ("Brenda S. Tate called. BST asked to reschedule.", "BST"),
    ("Per Nora Ellis Trout, NET will return Friday.", "NET"),
    ("Dana T. Tolliver (DTT) signed in.", "DTT"),
])
def test_an_acronym_spelling_the_initials_of_a_name_in_the_note_is_not_kept(text, acronym):
    at = text.index(acronym)
    assert (at, at + len(acronym)) not in set(find_clinical_acronyms(text))


@pytest.mark.parametrize("text, form", [
    ("Intake screens: SCOFF 3/5; EDE-QS 17; weight stable.", "EDE-QS 17"),
    ("The OCI-RS was 22 and the PCL-5 41 at week six.", "OCI-RS"),
    ("Follow-up PHQ-9A at 11, down from 15.", "PHQ-9A"),
])
def test_an_instruments_short_form_letter_keeps_the_name_and_score(detector, text, form):
    assert untouched(detector, text, form)


@pytest.mark.parametrize("text, name", [
    ("DESMOND KOVAC arrived late; mood low.", "DESMOND"),
    ("Seen with ORSON BELLWEATHER today, PHQ-9 = 14.", "ORSON"),
    ("Collateral from CAGEMAN, RUTH (sister).", "CAGEMAN"),
])
def test_a_name_in_capitals_that_begins_with_an_instrument_stays_redacted(detector, text, name):
    assert covered(detector, text, name)


@pytest.mark.parametrize("text, practice, therapy", [
    ("Referred to Stonebridge Youth Counseling for TF-CBT, weekly for 12 weeks.", "Stonebridge Youth Counseling", "TF-CBT"),
    ("She is on the waitlist at Harrowgate Family Therapy for DBT skills.", "Harrowgate Family Therapy", "DBT"),
    ("Linked with Millbrook Counseling Associates for EMDR after discharge.", "Millbrook Counseling Associates", "EMDR"),
])
def test_a_therapy_after_a_practices_name_is_kept_and_the_practice_redacted(detector, text, practice, therapy):
    assert covered(detector, text, practice)
    assert untouched(detector, text, therapy)


@pytest.mark.parametrize("text", [
    "Referred to the Pinecrest Center for CBT.",
    "Attends Larchmont Institute for DBT.",
    "Intake at Westmere Clinic for PCIT next week.",
])
def test_a_head_that_takes_for_inside_its_name_keeps_the_therapy_in_the_name(text):
    assert find_treatment_after_service(text) == []


@pytest.mark.parametrize("text, plan", [
    ("His care is covered by Brightfield Healthplan (Kansas Medicaid), member pending.", "Brightfield Healthplan"),
    ("Payer changed in May to Coralview HealthPlan of Texas.", "Coralview HealthPlan of Texas"),
    ("Prior auth faxed to Tamarack Ridge Healthplan on Monday.", "Tamarack Ridge Healthplan"),
])
def test_a_plan_named_with_healthplan_as_one_word_is_kept(detector, text, plan):
    at = text.index(plan)
    assert (at, at + len(plan)) in set(find_one_word_plans(text))
    assert untouched(detector, text, plan)
