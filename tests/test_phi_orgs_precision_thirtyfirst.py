"""Classes of organisation, place and identifier leaks from the thirty-first blind set, and of what was redacted that
is no PHI (examples written here): a church's see, a Marian dedication, whoever mail goes in care of, a military unit's
heading in capitals, a state's name in capitals before a ZIP, a form's "town / ST / ZIP" boxes, a blotter's block of a
street, a burial plot, a folio number, identifiers and names in a URL's query; kept: a boxed form's labelled rows, a
balance instrument's subscale score, payers with a brand of their own, generic titles and programs, national
organisations and software, a standard's coded XML attributes, an armoured signature's body, a phrase beside its
English translation, a kin word ending a sentence, behavioural activation's acronym."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("Letter of support from the Vocations Office, Diocese of Kellerton Falls, dated last spring.", "Diocese of Kellerton Falls"),
    ("He applied through the Archdiocese of Brannock and was interviewed twice.", "Archdiocese of Brannock"),
    ("Referred by a deacon of the Eparchy of Saint Ostrava Heights after the retreat.", "Eparchy of Saint Ostrava Heights"),
])
def test_a_church_see_named_for_its_city_is_an_organisation(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("She volunteers at Our Lady of Swift Mercy on weekends.", "Our Lady of Swift Mercy"),
    ("NA meets in the Our Lady of the Brambles school gym.", "Our Lady of the Brambles"),
    ("Baptised at Our Lady, Queen of Harrowgate parish in 1990.", "Our Lady, Queen of Harrowgate"),
])
def test_a_marian_dedication_names_a_parish_whatever_follows(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("WILLOWMERE CONDOMINIUM TRUST\nc/o Brackenridge Property Partners\n12 Main St", "Brackenridge Property Partners"),
    ("Send the refund C/O Tamsworth Holdings, attention billing.", "Tamsworth Holdings"),
    ("Mail for the client goes in care of Ardwell Family Trust until she moves.", "Ardwell Family Trust"),
])
def test_the_name_after_care_of_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Records to: c/o Front Desk, please.", "Front Desk"),
    ("Board of Directors\nc/o Community Manager\nRe: hearing", "Community Manager"),
    ("Two weeks w/o meds, then restarted.", "meds"),
])
def test_a_generic_receiver_after_care_of_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("HEADQUARTERS, 2ND BATTALION, 118TH INFANTRY REGIMENT\nMEMORANDUM FOR RECORD", "2ND BATTALION, 118TH INFANTRY REGIMENT"),
    ("UNIT: 3RD SQUADRON, 61ST CAVALRY REGIMENT", "3RD SQUADRON, 61ST CAVALRY REGIMENT"),
    ("He deployed with the 77th Signal Battalion in 2019.", "77th Signal Battalion"),
])
def test_a_military_unit_in_capitals_or_with_its_branch_is_an_organisation(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Only the 1st group of patients was offered the handout.", "group of patients"),
    ("Sessions on the 2nd wing of the hospital resumed.", "wing of the hospital"),
    ("THE 1ST DIVISION OF THE FORM IS OPTIONAL", "OPTIONAL"),
])
def test_ordinals_before_plain_words_are_no_unit(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("DEPARTMENT OF THE NAVY\n   CAMP DELLWOOD, NORTH CAROLINA 28547\n", "CAMP DELLWOOD"),
    ("Return address: PINE HOLLOW, OREGON 97452", "97452"),
    ("OFFICE OF THE CLERK\nMARLOWE CITY, IOWA 50319-0001", "MARLOWE CITY"),
])
def test_a_town_before_a_state_in_capitals_and_a_zip_is_an_address(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("City / State / ZIP ........ Quarry Bend / NM / 87510", "87510"),
    ("Home: Larkfield Mills / OR / 97031-2204", "Larkfield Mills"),
    ("4. Town / ST / ZIP: Brindle Gap / TX / 75201", "75201"),
])
def test_a_town_state_and_zip_boxed_by_slashes_are_an_address(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Reported from the 4500 block of Coldwater Avenue at 2 a.m.", "4500 block of Coldwater Avenue"),
    ("Arrest, 1300 blk of W. Tamarind Rd, no injuries.", "1300 blk of W. Tamarind Rd"),
    ("A theft in the 900 block of the Alder Street shops.", "900 block of the Alder Street"),
])
def test_a_blotters_block_of_a_street_is_an_address(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Interment: Section 12, Row D, Grave 7 beside her father.", "Section 12, Row D, Grave 7"),
    ("Plot details -- Block C, Lot 118, Space 3 (double depth).", "Block C, Lot 118, Space 3"),
    ("Niche 44, Tier 2 in the east columbarium.", "Niche 44, Tier 2"),
])
def test_a_burial_plot_is_an_address(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("We reviewed Section 4 of the handout and part 2 together.", "Section 4"),
    ("Used a 200-block walk as exposure; blocked 3 calls.", "200-block"),
    ("Row 3 of the table lists the goals.", "Row 3"),
])
def test_sections_rows_and_blocks_alone_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Guest folio: 5520 1187 0043  Cabin 9114", "5520 1187 0043"),
    ("Hotel folio # 77120-44 closed at checkout.", "77120-44"),
    ("Folio no. HX-22817 (incidentals)", "HX-22817"),
])
def test_a_folio_number_is_an_identifier(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('GET /ehr/chart?patient_id=330172&view=summary HTTP/1.1', "330172"),
    ("Link sent: https://portal.example.org/view?mrn=A7730214&tab=labs", "A7730214"),
    ('$ grep "pid=88214" access.log', "88214"),
    ('"GET /portal/find?lname=vasquez-orr&page=1 HTTP/1.1"', "vasquez-orr"),
])
def test_an_identifier_or_a_searched_name_in_a_urls_query_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ('"GET /help?tab=notes&page=2 HTTP/1.1" 200', "tab=notes"),
    ("Dosing: x=5 tablets, y=2 refills.", "x=5"),
    ("See /reports?sort=date&lang=en for the list.", "sort=date"),
])
def test_ordinary_query_keys_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("+--------------------------------+\n| Resident: HOLLIS, MAVIS J.   DOB: 02/11/1932 |\n| Medicare MBI: 4RT7-XK2-PL90    |", "Medicare"),
    ("| Client: Dorran Vey   Age: 44 |\n| Medicaid ID: 88120447 |\n| Plan: Aetna |", "Medicaid"),
    ("| Applicant: R. Ostrow   Ref: 4471 |\n| Tricare ID: 5520117 |", "Tricare"),
])
def test_a_boxed_forms_row_of_labelled_fields_is_no_column_header(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Gait aid: walker; Tinetti gait 9/12 today.", "Tinetti gait 9/12"),
    ("PT note: Tinetti balance 11/16, high fall risk.", "Tinetti balance 11/16"),
    ("Barthel 65 on admission; SPPB 6/12.", "Barthel 65"),
])
def test_balance_and_function_instruments_keep_their_scores(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Insurance: GeoBlue student plan, policy GB-22104.", "GeoBlue"),
    ("Coverage through Green Mountain Care since 2023.", "Green Mountain Care"),
    ("Her plan is NJ FamilyCare (Medicaid); ID on file.", "NJ FamilyCare"),
])
def test_payers_with_a_brand_of_their_own_are_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("SUBJECT: Request for Command-Directed Mental Health Evaluation -- PFC Rollins", "Command-Directed Mental Health Evaluation"),
    ("Plan: refer to the campus Disability Resource Center for testing accommodations.", "Disability Resource Center"),
    ("She enrolled in Substance Use Disorder Clinical Care last week.", "Substance Use Disorder Clinical Care"),
    ("<title>Continuity of Care Document</title>", "Continuity of Care"),
    ("Respite arranged through the Area Agency on Aging.", "Area Agency on Aging"),
])
def test_titles_and_kinds_of_program_made_of_plain_words_are_no_organisation(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Call Larkspur Hollow Elder Services re: the voucher.", "Larkspur Hollow Elder Services"),
    ("Notice from Keystone Ridge Community Management about the fence.", "Keystone Ridge Community Management"),
    ("She works at Tanglewood Mill Apartments as a leasing agent.", "Tanglewood Mill Apartments"),
])
def test_an_organisation_with_a_word_of_its_own_stays_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("AMERICORPS -- SERVICE MEMBER HEALTH FORM", "AMERICORPS"),
    ("She did two years in the Peace Corps in Ghana.", "Peace Corps"),
    ('203.0.113.9 - - "GET / HTTP/1.1" 200 "Mozilla/5.0 (Macintosh)"\n$ zgrep 404 /var/log/nginx/x.gz', "Mozilla"),
    ("gpg: Good signature, key 4A1F", "gpg"),
])
def test_national_organisations_and_software_are_kept(detector, text, value):
    assert untouched(detector, text, value)


_CDA = ('<ClinicalDocument>\n  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>\n'
        '  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1"/>\n  <addr use="HP"><city>Tollard</city></addr>\n'
        '  <id root="2.16.840.1.113883.19.5" extension="MR-4471902"/>\n  <participant typeCode="HLD"/>\n</ClinicalDocument>')


@pytest.mark.parametrize("value", ["2015-08-01", "34133-9", '"HP"', '"HLD"', "10.20.22.1"])
def test_a_standards_coded_xml_attributes_are_kept(detector, value):
    assert untouched(detector, _CDA, value)


@pytest.mark.parametrize("value", ["MR-4471902", "Tollard"])
def test_identifiers_and_places_in_the_same_xml_stay_redacted(detector, value):
    assert covered(detector, _CDA, value)


_SIGNED = ("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nHi, this is Marguerite Oduya, please call me.\n"
           "-----BEGIN PGP SIGNATURE-----\n\niQEzBAEBCAAdFiEEk7PqRzTmWvLbnXcUfGhJtEoPwQ8FAmXk\n"
           "Tr9vQmKpWxYzLbNcDeFgHiJkLmNoPqRsTuVwXyZaBcDeFgHiJ\n=Zk3P\n-----END PGP SIGNATURE-----\n")


@pytest.mark.parametrize("value", ["iQEzBAEBCAAdFiEEk7PqRzTmWvLbnXcUfGhJtEoPwQ8FAmXk", "Tr9vQmKpWxYzLbNcDeFgHiJkLmNoPqRsTuVwXyZaBcDeFgHiJ", "=Zk3P"])
def test_an_armoured_signatures_body_is_kept(detector, value):
    assert untouched(detector, _SIGNED, value)


def test_the_message_a_signature_signs_is_still_read(detector):
    assert covered(detector, _SIGNED, "Marguerite Oduya")


_CZECH = ("Klientka / Client: Radka Vojtíšková\nDatum / Date: 3. 2. 2025\nDiagnóza / Dx: F41.1 Generalizovaná úzkostná "
          "porucha / Generalized anxiety disorder\nCíle / Goals: Zvládat ranní úzkost / manage morning anxiety\n"
          "Plán / Plan: Pokračovat jednou týdně / continue weekly. Manžel Tomáš / husband Tomáš drives her.\n")
_POLISH = ("NOTATKA Z SESJI / SESSION NOTE -- Wrona, Iga\nRozpoznanie / Diagnosis: F32.1 Epizod depresyjny umiarkowany / "
           "Major depressive episode, moderate\nCele / Goals: Powrót do pracy / return to work\nPlan / Plan: co tydzień / weekly\n")


@pytest.mark.parametrize("text, value", [
    (_CZECH, "Generalizovaná úzkostná porucha"),
    (_CZECH, "Zvládat ranní úzkost"),
    (_CZECH, "Pokračovat jednou týdně"),
    (_POLISH, "NOTATKA Z SESJI"),
    (_POLISH, "Epizod depresyjny umiarkowany"),
    (_POLISH, "Powrót do pracy"),
])
def test_a_phrase_beside_its_english_translation_is_no_name(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    (_CZECH, "Radka Vojtíšková"),
    (_CZECH, "Tomáš"),
    (_POLISH, "Wrona"),
    (_POLISH, "Iga"),
])
def test_names_in_a_bilingual_note_stay_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("She called her sister. Tuesday was worse than Monday.", "Tuesday"),
    ("Met with his aunt. Afterwards he slept.", "Afterwards"),
    ("Spoke with the coach. Practice resumes Friday.", "Practice"),
])
def test_a_kin_or_role_word_ending_a_sentence_is_no_title(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Interventions: behavioural activation (BA) with an activity log.", "BA"),
    ("BA -- scheduled three pleasant activities.", "BA"),
    ("Started BATD workbook, session 2 of 10.", "BATD"),
])
def test_behavioural_activations_acronym_is_kept(detector, text, value):
    assert untouched(detector, text, value)
