"""Classes of places and organisations from the twentieth blind set (examples written here): institutions named by
a religious dedication, police, fire and EMS agencies named by their town, practices in capitals ending in their
service, a practice named after its owner at a line's start, a site's town after a dash, a school's grade range,
an adult day program, the saint's abbreviation before a name, roads named without a house number (numbered,
lettered, ordinal, abbreviated), grid addresses, a neighbourhood in brackets, a ZIP named by "zip", a town in
brackets after an organisation, unit abbreviations; and what must stay: a payer's plan name, a row of tab-separated
cells, a LaTeX table of scores, a personality disorder abbreviated "PD"."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("Was transferred to Holy Family South overnight for observation.", "Holy Family South"),
    ("Two admissions last year (pneumonia, Mount Sinai).", "Mount Sinai"),
    ("Her son was born at Our Lady of Lourdes in March.", "Our Lady of Lourdes"),
    ("Youth group at Immaculate Conception every Wednesday.", "Immaculate Conception"),
])
def test_an_institution_named_by_its_dedication_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("At 02:10 Provo PD did a welfare check at the home.", "Provo PD"),
    ("Transported by Three Rivers Regional EMS to the ED.", "Three Rivers Regional EMS"),
    ("Deputies from Cache County FD and police responded.", "Cache County FD"),
])
def test_an_agency_named_by_its_town_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Traits consistent with avoidant PD and borderline PD were discussed.", "avoidant PD"),
    ("Dx: Borderline PD; Cluster B traits. Plan: DBT skills group.", "Borderline PD"),
    ("Father called EMS after the overdose; EMS arrived in 8 minutes.", "called EMS"),
])
def test_a_disorder_or_a_call_to_ems_is_no_agency(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("pulled from badge log  unit=PINE HOLLOW FAMILY THERAPY - BILLINGS  door=2", "PINE HOLLOW FAMILY THERAPY - BILLINGS"),
    ("CAREER CENTER -- TOPEKA WEST\nRequest for records", "TOPEKA"),
    ("Employer: Larchmont Dental Group - Spokane (front desk)", "Spokane"),
])
def test_a_sites_town_after_a_dash_belongs_to_the_organisation(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Kids: R.T. attends Coral Springs Prep Academy K-8 and plays soccer.", "Coral Springs Prep Academy K-8"),
    ("Transferred to Whitfield Academy 6-12 in the fall.", "Whitfield Academy 6-12"),
    ("Mother works afternoons at Juniper Lane Adult Day with her aunt.", "Juniper Lane Adult Day"),
    ("Guzowski Couples Therapy, PLLC - 88 Birch Hollow Rd, Suite 2", "Guzowski Couples Therapy, PLLC"),
])
def test_a_school_with_its_grades_a_day_program_and_an_owners_practice_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("ST. AUGUSTINE BAYSIDE MEDICAL CENTER ADOLESCENT PARTIAL HOSPITAL PROGRAM", "ST. AUGUSTINE BAYSIDE MEDICAL CENTER"),
    ("Referred by Mt. Vernon Pediatrics last spring.", "Mt. Vernon Pediatrics"),
    ("Followed at St. Cloud Regional Clinic since 2019.", "St. Cloud Regional Clinic"),
])
def test_a_saints_or_mounts_abbreviation_belongs_to_the_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Aunt: W2215 County Rd JJ, Oakfield WI; checks on him weekly", "W2215 County Rd JJ"),
    ("the family lives out Route 31 past the feed store", "Route 31"),
    ("she parks in the 14th Ave garage before group", "14th Ave"),
    ("he met the dealer behind the 9th St NW laundromat", "9th St NW"),
    ("grandmother's old place on Birch Ln is empty now.", "Birch Ln"),
    ("I still drive down Rt. 9 to avoid the bridge", "Rt. 9"),
])
def test_a_road_or_street_without_a_house_number_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Residence 1374 S 450 E, Orem UT 84058.", "1374 S 450 E"),
    ("she stays at her dads on 800 w most weekends", "800 w"),
    ("Mailing: 62 N 300 W, Logan", "62 N 300 W"),
])
def test_a_grid_address_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Site: 17 Garnet Ave, Apt 4  (Fells Point)", "Fells Point"),
    ("Verify identity with name, DOB and zip (his is 53711).", "53711"),
    ("Sites: Bayshore Counseling (Arcata) and Elk River Clinic (Fortuna)", "Arcata"),
    ("Last address: 415 Tamarack Rd, Spc 12, near the river", "Spc 12"),
    ("Lives at 77 Quarry Ln, Trlr 3 with her boyfriend", "Trlr 3"),
    ("DISPATCH LOCATION: 212 E ELM ST APT 2 , FRESNO        CROSS: N 1ST ST", "FRESNO"),
])
def test_small_place_parts_around_an_address_or_organisation_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Kim, J\t3/4/88\t11/2\tintake done\tY\tMountain Valley Health Plan MVHP-2201", "Mountain Valley Health Plan"),
    ("Ortiz, R\t6/1/90\t10/9\tpending\tN\tHealth Partners Plans #55120", "Health Partners Plans"),
    ("Authorization requested from Prairie State Health Plan for 12 sessions.", "Prairie State Health Plan"),
])
def test_a_payers_plan_name_in_a_row_of_cells_is_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Scale & Result & Band\\\\\\hline\nBDI-II & 31 & Severe\\\\\n", "Scale & Result"),
    ("Test & Score & Range\\\\\nWISC-V VCI & 96 & Average\\\\\n", "WISC-V VCI & 96"),
    ("Domain & Raw & Rating\\\\\nAnxious Mood & 68 & Borderline\\\\\n", "Domain & Raw"),
])
def test_cells_of_a_latex_table_are_not_an_organisation(detector, text, value):
    assert untouched(detector, text, value)
