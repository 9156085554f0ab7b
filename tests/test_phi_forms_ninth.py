"""PHI in a ninth set of shapes, examples written here (three or more per class): an attendance list after
"present:" in any case; a given name with a surname's initial where the name is also a word; ISO week dates;
hardware addresses and service tags; an account's last digits; Irish and Canadian postcodes and "Co." counties;
and what must stay: a name or place guess cut at a sentence's end, a table's column headings, ordinary shorthand."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("present: dusty (house mgr), joy b (minutes), chance, bill k, mercy. absent: none.", "mercy"),
    ("Attendees: Rosa, Tom G., Hope, Deacon\nTopic: relapse triggers.", "Hope"),
    ("In attendance - marisol, keandre, june p, wes", "june p"),
])
def test_names_in_an_attendance_list_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("| 1 | Hope W | Y | PHQ-9 14 |", "Hope W"),
    ("Rusty K. shared first tonight; group coached him.", "Rusty K"),
    ("2. Cash M\n3. Teddy R", "Cash M"),
    ("4 | Page T (OP) | N | left early", "Page T"),
])
def test_a_given_name_with_a_surnames_initial_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("| 2024-W14 | NEG | NEG | 1 + 2 |", "2024-W14"),
    ("Continue CM through 2024-W25, then step down.", "2024-W25"),
    ("Draw held 2023W51-4 after the holiday.", "2023W51-4"),
])
def test_an_iso_week_date_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Practice laptop (service tag 8HZ3KX3) was taken from the car.", "8HZ3KX3"),
    ("Wi-Fi MAC 3C:52:82:1F:9A:07 logged in at 02:14.", "3C:52:82:1F:9A:07"),
    ("Tablet MAC address 3c-52-82-1f-9a-07 was wiped.", "3c-52-82-1f-9a-07"),
    ("Savings account ending 2290 was emptied in January.", "2290"),
])
def test_device_and_account_numbers_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Apt 7, Salthill, Co. Galway H91 X2T4", "H91 X2T4"),
    ("Apt 7, Salthill, Co. Galway H91 X2T4", "Co. Galway"),
    ("Mail to 24 Sussex Dr, Ottawa ON K1M 1M4.", "K1M 1M4"),
    ("She moved to Co. Kerry last spring.", "Co. Kerry"),
])
def test_irish_and_canadian_postcodes_and_counties_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Plan: request 10 more program days from Optum. Step-down to IOP when SI has resolved.", "Step-down"),
    ("He works at Northfield. Plan is weekly sessions.", "Plan"),
    ("Auth from Aetna. Next review in two weeks.", "Next review"),
])
def test_a_guess_stops_at_the_end_of_its_sentence(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("| 3 | Vitamin D | 25 ng/mL |", "Vitamin D"),
    ("Medicare Part B covers it; Cluster B traits noted.", "Part B"),
    ("| Plan B | declined |", "Plan B"),
])
def test_a_word_that_takes_a_letter_is_no_name(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Sx#  Date      Sched   Obs  Comp  Tot   HW\n---  --------  ------  ---  ----  ---   ----\n1    02/04/25  wkly    15   14    29    --", "Obs"),
    ("Sx#  Date      Sched   Obs  Comp  Tot   HW\n---  --------  ------  ---  ----  ---   ----\n1    02/04/25  wkly    15   14    29    --", "Sched"),
    ("1    02/04/25  wkly    15   14    29    -- intake; hierarchy started", "wkly"),
    ("Wi-Fi dropped twice during the video session.", "Wi-Fi"),
])
def test_column_headings_and_shorthand_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Case manager: Lonnie Ferreira-Haas, RN\nPresent: child; father Brendan Delacourt (last 15 min)", "child"),
    ("Participants: teacher Summer Lindgren; this writer, Aurelio Bianchi-Nwosu, LCSW", "LCSW"),
    ("Absent: father (Adnan bin Rashid), sent written input", "sent written input"),
])
def test_roles_and_credentials_in_an_attendance_list_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("SEX: F   AGE: 091   DOB: 19321109", "091"),
    ("2. HV -- Mrs. P (Philippa Ashgrove-Vance), 97. Unspecified depressive disorder.", "97"),
    ("I asked her again. She says yes, 91.", "91"),
])
def test_an_age_over_89_with_a_leading_zero_or_after_a_name_is_redacted(detector, text, value):
    assert covered(detector, text, value)


def test_a_score_after_a_descriptor_is_no_age(detector):
    assert untouched(detector, "Full Scale IQ: Average, 95.", "95")


@pytest.mark.parametrize("text, value", [
    ("| badge | name | IES-R |\n|---|---|---|\n| T-114 | Lt. Marco Vitale | 29 |", "T-114"),
    ("| ID | client | PCL-5 |\n|---|---|---|\n| A-22 | Dana | 41 |", "A-22"),
    ("| employee ID | shift |\n|---|---|\n| 4471 | night |", "4471"),
])
def test_a_value_under_a_badge_or_id_column_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("mail: use 411 maple st #2, louisville ky 40203 now", "louisville"),
    ("she moved to san jose, ca 95112 last month", "95112"),
    ("new addr: 12 elm rd apt 3 dayton oh 45402", "dayton"),
])
def test_a_lowercase_town_state_and_zip_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("new guy moving in tues: coming from ridgeview detox. room 2b.", "ridgeview detox"),
    ("mercy's shot is due 7/9 at zion family health. nobody touch the lockbox.", "zion family health"),
    ("house mtg minutes -- maple st house -- sun 6/30, 7pm", "maple st house"),
])
def test_a_lowercase_recovery_service_or_house_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("she is back at her mom's house since the weekend.", "house"),
    ("mental health is better this week, sleeping more.", "mental health"),
    ("went to detox last year and then a halfway house.", "halfway house"),
])
def test_everyday_lowercase_service_words_stay(detector, text, value):
    assert untouched(detector, text, value)
