"""PHI classes from the twenty-eighth round's second pass over organisations, addresses and precision; examples
written here (three or more per class, and shapes that must stay untouched):
- an organisation named in full once is redacted where its short form (the name less its head words) is written;
- an emergency service, a shop named for its goods, a camp and a congregation are organisations, also when the
  name is wrapped onto the next line ("... Sahib" / "of <town>") or holds an abbreviation ("Twp.", "Dept.");
- a flat named by its number alone after who lives there ("the neighbour in C-114");
- a practice named all in lowercase after where a client started care;
- precision: ordinary Hmong words of a bilingual form, the labels of a run report's time columns, a registry's and a
  hearing's role nouns, and a federal agency's public notice number are kept."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("QUILLAN BAY REGIONAL -- INTAKE\nPt arrived by car. Admitted to Quillan Bay Regional Medical Center overnight.",
     "QUILLAN BAY REGIONAL"),
    ("Referred by Hollisford Pediatric Associates. Hollisford Pediatric faxed the growth chart on Monday.",
     "Hollisford Pediatric faxed"[:len("Hollisford Pediatric")]),
    ("Letterhead: Tamberlane Orchard Family Health Center.\nCopy kept at Tamberlane Orchard front desk.",
     "Tamberlane Orchard front"[:len("Tamberlane Orchard")]),
])
def test_short_form_of_an_organisation_named_in_full_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Seen at Community Mental Health Center. Community Mental wellness week starts soon.", "Mental wellness"),
    ("Seen at New Family Health Clinic. New Family rules apply at home.", "New Family rules"),
    ("Seen by Lakemont Psychiatric Emergency Services.\nPSYCHIATRIC EMERGENCY CONSULTATION follows.", "PSYCHIATRIC EMERGENCY"),
    ("Records from Maple Harbor Regional Medical Center arrived; the maple harbor regional tides were high.",
     "harbor regional tides"),
])
def test_short_form_of_shared_or_lowercase_words_is_not_spread(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("BRISTOW TOWNSHIP FIRE-RESCUE -- RUN SHEET", "BRISTOW TOWNSHIP FIRE-RESCUE"),
    ("Crew from Dellwood Fire Protection District arrived first.", "Dellwood Fire Protection District"),
    ("Transport by Harlow Twp. Police Dept. to the ED.", "Harlow Twp. Police Dept"),
    ("CAMP WILLOWMERE POND -- Cabin notes, week 2", "CAMP WILLOWMERE POND"),
    ("She is a junior counselor at Camp Ashgrove Lake this summer.", "Camp Ashgrove Lake"),
])
def test_emergency_services_and_camps_are_organisations(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Bought cigarettes at Dufresne's Variety on the corner.", "Dufresne's Variety"),
    ("Works nights stocking at Marchetti Liquors downtown.", "Marchetti Liquors"),
    ("The family attends Guru Ram Das Sangat of Palatine on Sundays.", "Guru Ram Das Sangat of Palatine"),
    ("Father takes them to Gurdwara Sahib\nof Elgin every week.", "Gurdwara Sahib\nof Elgin"),
    ("Friday prayers at Masjid Al-Huda with her uncle.", "Masjid Al-Huda"),
])
def test_shops_and_congregations_are_organisations(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Teaches a wide variety of coping skills in group.", "variety of coping"),
    ("Ask the Office Manager about the fees.", "Manager"),
    ("Seen at Harbor Clinic\nOf the goals, two were met.", "Of the goals"),
    ("She moved to Dayton. Mood improved since.", "Mood improved"),
])
def test_org_heads_do_not_swallow_ordinary_words(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Noise complaint from the neighbor in C-114 again this week.", "C-114"),
    ("Client lives in 7D with her aunt and two cousins.", "7D"),
    ("After the flood they moved into 12-B on the top floor.", "12-B"),
])
def test_a_flat_named_by_its_number_after_who_lives_there(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Labs show she is low in B-12 vitamin stores.", "B-12"),
    ("Oxygen was moved from 2L to 4L overnight.", "2L"),
    ("Her neighbor in the unit downstairs plays music late.", "downstairs"),
])
def test_numbers_that_are_no_flat_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("so i started with kat at juniper hollow counseling and it helps", "juniper hollow counseling"),
    ("started with dr lo at stillwater creek psychiatry last fall", "stillwater creek psychiatry"),
    ("i began seeing her at birchwood wellness in march", "birchwood wellness"),
])
def test_a_practice_written_in_lowercase_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("he started at family counseling last month", "family counseling"),
    ("she started at high school this fall", "high school"),
    ("they began seeing someone at couples counseling", "couples counseling"),
])
def test_a_kind_of_care_or_school_in_lowercase_is_kept(detector, text, value):
    assert untouched(detector, text, value)


_HMONG_FORM = ("Tsev neeg / Household\n  - Tus txiv / husband: Vang Lee\n  - Yawg / grandfather\n"
               "Kev npaj / Plan: kuv yuav hu rau koj thiab nws tsis muaj nyiaj\nClient says: \"Kuv ntshai heev\".\n"
               "Children: Nkauj Hnub 6, Pao 9. Neighbor Ger Moua helps.")


@pytest.mark.parametrize("value", ["Tsev neeg", "Yawg", "Kev npaj", "Kuv ntshai"])
def test_ordinary_hmong_words_of_a_bilingual_form_are_kept(detector, value):
    assert untouched(detector, _HMONG_FORM, value)


@pytest.mark.parametrize("value", ["Vang Lee", "Nkauj Hnub", "Ger Moua"])
def test_hmong_names_in_the_same_form_stay_redacted(detector, value):
    assert covered(detector, _HMONG_FORM, value)


@pytest.mark.parametrize("text, value", [
    ("TIMES  Call 14:02 | Disp 14:03 | Enrt 14:05 | OnScn 14:15 | Trans 14:40", "OnScn"),
    ("Arr 09:12   Triage 09:20   Seen 09:55   Dispo 11:30", "Dispo"),
    ("PtCont 22:41 / AtDest 23:02 / Avail 23:30", "AtDest"),
])
def test_time_column_labels_are_kept(detector, text, value):
    assert untouched(detector, text, value)


def test_a_roster_of_people_before_times_stays_redacted(detector):
    text = "On call: Marisol 08:00 | Tobias 12:00 | Henrietta 16:00"
    assert all(covered(detector, text, v) for v in ("Marisol", "Tobias", "Henrietta"))


@pytest.mark.parametrize("text, value", [
    ("[ ] Registrant's signed statement is attached.", "Registrant"),
    ("Hearing set, Docket: 2024-U-55012, before the examiner.", "Docket"),
    ("The Bursar's hold was lifted after the appeal.", "Bursar"),
])
def test_role_nouns_of_registries_and_hearings_are_kept(detector, text, value):
    assert untouched(detector, text, value)


def test_a_named_registrant_stays_redacted(detector):
    assert covered(detector, "Registrant Delphine Okoro signed on page two.", "Delphine Okoro")


@pytest.mark.parametrize("text, value", [
    ("Request made under HUD FHEO-2020-01 guidance on assistance animals.", "FHEO-2020-01"),
    ("See HUD Notice PIH-2021-12 for the voucher rule.", "PIH-2021-12"),
    ("The landlord cited Notice PIH 2020-13 in the reply.", "PIH 2020-13"),
])
def test_a_federal_notice_number_is_kept(detector, text, value):
    assert untouched(detector, text, value)


def test_a_case_number_of_the_same_shape_without_an_agency_stays_redacted(detector):
    assert covered(detector, "Client file KLM-2020-01 was reopened.", "KLM-2020-01")
