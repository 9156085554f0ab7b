"""Names that are no person: an XML element's own name attribute names the thing (a measure, a service), and an approach
named in capitals in a title is no practice; a person element's name attribute is still redacted."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kept", [
    ('    <Measure name="Vanderbilt parent - ODD items" value="6 of 8"/>', "ODD items"),
    ('<Instrument name="Brief Resilience Scale" score="3.2"/>', "Brief Resilience Scale"),
    ('<Service name="Family psychotherapy with client present" cpt="90847"/>', "Family psychotherapy with client present"),
])
def test_a_thing_named_by_an_xml_attribute_is_kept(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize("text, secret", [
    ('<Client name="Jaylen Okonkwo-Petrie" dob="2014-03-19"/>', "Okonkwo-Petrie"),
    ('event=checkin clinician="Dana Whitcombe" room=3', "Whitcombe"),
    ('<Guardian name="Marisol Vantreese"/>', "Vantreese"),
])
def test_a_person_named_by_an_attribute_is_redacted(redact, text, secret):
    assert secret not in redact(text)


@pytest.mark.parametrize("text, kept", [
    ("ACCELERATED RESOLUTION THERAPY - SESSION SHEET\nDOS 10/05/2026", "ACCELERATED RESOLUTION THERAPY"),
    ("SOMATIC EXPERIENCING THERAPY NOTE\nClient reports less tension.", "SOMATIC EXPERIENCING THERAPY"),
    ("IMAGERY RESCRIPTING THERAPY - SESSION 3", "IMAGERY RESCRIPTING THERAPY"),
])
def test_an_approach_named_in_capitals_is_no_practice(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize("text, secret", [
    ('DAP NOTE Client: NGUYEN, THI BICH NGOC (prefers "Nicky")', "THI BICH"),
    ("Client: TRAN THI MAI   DOB 02/03/1991", "TRAN THI MAI"),
    ("Guardian: LACE MORROW (aunt)", "LACE MORROW"),
])
def test_an_instrument_acronym_that_is_also_a_name_is_redacted_in_a_name(redact, text, secret):
    assert secret not in redact(text)


@pytest.mark.parametrize("text, kept", [
    ("THI 64 today; TFI 58.", "THI 64"),
    ("Tinnitus Handicap Inventory (THI) 64.", "THI) 64"),
    ("LACE total 12 (high readmission risk).", "LACE total 12"),
])
def test_the_same_acronym_before_its_score_is_kept(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize("text, kept", [
    ("Concern for RED-S. Ferritin low.", "RED-S"),
    ("Plan: RE-EVAL in 2 weeks with PHQ-9.", "RE-EVAL"),
    ("Dx: REM sleep behavior disorder suspected.", "REM sleep"),
])
def test_a_label_word_inside_a_longer_word_is_no_cue(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize("text, kept", [
    ("Insurance: UnitedHealthcare StudentResources (USR-7041192)", "UnitedHealthcare StudentResources"),
    ("Aetna BetterHealth of Virginia member since 2024", "Aetna BetterHealth of Virginia"),
    ("Secondary: Cigna LocalPlus, group 3340012", "Cigna LocalPlus"),
])
def test_a_payers_product_written_in_one_camel_case_word_is_kept(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize("text, kept", [
    ("IOP DAILY NOTE - Program day 14\nAdult Mental Health IOP (3 h/day, 3 days/week = 9 h/week)", "Adult Mental Health IOP"),
    ("She started the Adult Mental Health IOP on Monday.", "Adult Mental Health IOP"),
    ("Day 3 of the Adult Mental Health IOP.", "Adult Mental Health IOP"),
])
def test_a_program_named_only_by_generic_words_is_no_organisation(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize("text, kept", [
    ("REUNIFICATION THERAPY -- SESSION RECORD #3", "REUNIFICATION THERAPY"),
    ("EXPRESSIVE ARTS THERAPY - GROUP NOTE", "EXPRESSIVE ARTS THERAPY"),
    ("Reunification therapy session 4 with father present.", "Reunification therapy"),
])
def test_more_approaches_named_in_a_title(redact, text, kept):
    assert kept in redact(text)
