"""Classes of name, date and age leaks from the twenty-fifth blind set (examples written here): dates of the Ethiopian
and Nepali calendars (month first, era marks), a day and month joined with no space, a holiday in lowercase after a
word of time, a Spanish month alone after a Spanish word of time, a month/day after "come in"; an age in brackets with
an aside; a given name from a form written in capitals, a rare-word given name found with a credential, a name-shaped
login, given names that are words in a list of names, an initial before a lowercase surname, an initial signing a
remark in brackets. And what must stay: a score "in" a fraction, a field name with a dot, values listed as words,
"v." in a case name, a bracketed lab value."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("Intake (Tahsas 5, 2014 E.C.) at the family's apartment.", "Tahsas 5, 2014 E.C."),
    ("Her mother says she was born Ginbot 23, 1975 EC, not on the card date.", "Ginbot 23, 1975 EC"),
    ("Next home visit Yekatit 8; interpreter requested.", "Yekatit 8"),
    ("Father died on Megabit 14 and he has not slept since.", "Megabit 14"),
    ("DOB per family: 3 Baisakh 2041 B.S.", "3 Baisakh 2041 B.S."),
    ("He arrived in the camp in Mangsir 2052 BS with his uncle.", "Mangsir 2052 BS"),
])
def test_a_date_of_the_ethiopian_or_nepali_calendar_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("LOG  22SEP 0730  pt ambulatory, calm.", "22SEP"),
    ("Orders dated 03JAN25 from the battalion surgeon.", "03JAN25"),
    ("Seen 9Feb2026 for a refill.", "9Feb2026"),
])
def test_a_day_and_month_joined_with_no_space_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("she has not eaten with the family since easter and hides food", "easter"),
    ("ok over thanksgiving, then the fights started again", "thanksgiving"),
    ("relapsed right before christmas eve at his cousin's", "christmas eve"),
])
def test_a_holiday_in_lowercase_after_a_word_of_time_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Mi hijo dejó la escuela en octubre y no quiere volver.", "octubre"),
    ("La abuela vive con nosotros desde junio.", "junio"),
    ("No ha dormido bien hasta diciembre, dice la madre.", "diciembre"),
])
def test_a_spanish_month_alone_after_a_word_of_time_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("I reached the father; he agreed to come in 3/14 with both kids.", "3/14"),
    ("Pt checked in 6/19 and left before triage.", "6/19"),
    ("Her brother is due in 8/22 from overseas.", "8/22"),
])
def test_a_month_day_after_a_coming_in_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Seated with Great-aunt Vi (93!) near the stage.", "93"),
    ("Visitors: Grandpa Lou (91 -- hard of hearing) and his nurse.", "91"),
    ("Mr. Ferreira (97? per his son) lives alone.", "97"),
])
def test_an_age_in_brackets_with_an_aside_after_a_name_is_an_age(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Client: OSEI-BRANDT, HAZEL J   DOB 4/2/2001\n\nHazel came alone today.", "Hazel came"),
    ("PATIENT: VANTERPOOL, FERN\nPlan reviewed. Fern agreed to the safety plan.", "Fern agreed"),
    ("Name: HOLLOWAY, ASPEN R\nSummary: Aspen reports better sleep.", "Aspen reports"),
])
def test_a_given_name_from_a_form_in_capitals_is_redacted_in_title_case(detector, text, value):
    assert covered(detector, text, value.split()[0])


@pytest.mark.parametrize("text, value", [
    ("Case manager: Clover Abernethy-Lowe, CSW\nRide home was by Clover; client safe.", "by Clover"),
    ("Reviewed with Lark Okonjo, LMHC. Lark will call the school.", "Lark will"),
    ("Dr. Birch Tanaka-Reyes saw her Monday; Birch wants labs.", "Birch wants"),
])
def test_a_rare_word_given_name_found_with_a_cue_is_redacted_alone(detector, text, value):
    assert covered(detector, text, value.split()[-1] if value.startswith("by") else value.split()[0])


@pytest.mark.parametrize("text, value", [
    ("Sheet owner Dana Whitcombe; shared with: lena.okafor, the school nurse", "lena.okafor"),
    ("cc: priya_nair (case manager)", "priya_nair"),
    ("Edits by tomas.k on the shared plan.", "tomas.k"),
])
def test_a_name_shaped_login_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Table 3: Ezra, Noor (best man), Skye, Faith, Rowan", "Faith"),
    ("Carpool -- Priya S, Anika, Will, Tomasz", "Will"),
    ("Cabin 2: Ingrid, Joy, Soren, Mei", "Joy"),
])
def test_a_given_name_that_is_a_word_in_a_list_of_names_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("| 9:10 | t. arkwright | returned to class |", "t. arkwright"),
    ("picked up by j. quintanilla-roe at 3", "j. quintanilla-roe"),
    ("staff on shift: r. abernethy-ngata", "r. abernethy-ngata"),
])
def test_an_initial_before_a_lowercase_surname_is_part_of_the_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Playlist made by Jolene Farrow-Pike.\n3. Blue Moon  <- 'her wedding song' (J.)", "J."),
    ("Notes from Priscilla Tomlinson-Okoro.\n- asked about meds twice (P.)", "P."),
    ("Signed by Wendell Achterberg.\n'call me after 5' (W.)", "W."),
])
def test_an_initial_signing_a_remark_in_brackets_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Accuracy in 8/10 trials on the matching task.", "8/10"),
    ("SORT entry.day DESC LIMIT 5", "entry.day"),
    ("Values sorted: Faith, Hope, Joy, Courage, Honesty", "Hope"),
    ("Ruling in Okafor v. Lindqvist-Marsh was cited.", "v."),
    ("Glucose (96 - fasting) within range.", "96"),
    ("Read the report file.txt before the call.", "file.txt"),
])
def test_scores_fields_values_and_labs_stay(detector, text, value):
    assert untouched(detector, text, value)
