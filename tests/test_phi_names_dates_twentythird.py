"""Classes of name and date leaks from the twenty-third blind set (examples written here): a weekday beside a month and
day, a month-day with a hyphen after a date label, a zero-padded month-day stamp before its time in a log row, a date
typed with spaces around its separators (on a form's blank too), Turkish month names; a job title with a colon as a
name label, a rare lowercase surname closing a labelled field, a field of initials and a middle-initial blank, a
lowercase given name with a surname's initial in a table cell. And what must stay: hours, counts and ranges."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("Follow-up booked for Thu 4/9 at the annex.", "Thu 4/9"),
    ("Group moved to Saturday, 12-5, same room.", "Saturday, 12-5"),
    ("Court date is Fri Mar 6, per the clerk.", "Fri Mar 6"),
])
def test_a_weekday_beside_a_month_and_day_is_part_of_the_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("intake slip   date 7-14   referred by school", "7-14"),
    ("DOS: 11-3 (make-up session)", "11-3"),
    ("Date of service 2-27, telehealth.", "2-27"),
])
def test_a_hyphened_month_day_after_a_date_label_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("when | who\n03-07 14:20 | front desk", "03-07"),
    ("stamp | entry\n| 12-01 09:15 | door badge", "12-01"),
    ("log\n10-30 23:05 called back", "10-30"),
])
def test_a_zero_padded_month_day_before_its_time_in_a_log_row_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Birth date _1961 / 11 / 04_  Sex _F_", "1961 / 11 / 04"),
    ("DOB 04 / 11 / 1961 per the card", "04 / 11 / 1961"),
    ("Signed 2025 - 6 - 19 at the front desk", "2025 - 6 - 19"),
])
def test_a_date_with_spaces_around_its_separators_is_a_date(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Başvuru: Haziran sonunda poliklinik.", "Haziran"),
    ("Kontrol: 17 Şubat 2025.", "17 Şubat 2025"),
    ("Yakınma eylül ayında başladı.", "eylül"),
])
def test_turkish_month_names_are_dates(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Clinic intake    paralegal: ines   file opened", "ines"),
    ("Peer mentor: Odalys Fenwright checked in.", "Odalys Fenwright"),
    ("Volunteer sheet -- navigator: dmitri", "dmitri"),
])
def test_a_job_title_with_a_colon_labels_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("call log (case worker: gus fairley)\ncalled twice.", "gus fairley"),
    ("client: dee marchbanks, phone on file", "dee marchbanks"),
    ("Therapist: nell hazelrigg\nSession 4.", "nell hazelrigg"),
])
def test_a_rare_lowercase_surname_closing_a_labelled_field_is_part_of_the_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Falls: none.  Staff initials: IT\n", "IT"),
    ("Count verified - init.: rw", "rw"),
    ("Last _OKAFOR_  First _ADA_  MI _Q_  Sex _F_", "Q"),
])
def test_a_field_of_initials_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("time  | guest        | note\n09:10 | rosa t.      | ok\n", "rosa t."),
    ("| 2 | maya k | self |", "maya k"),
    ("sign-in\n- ivan p.\n", "ivan p."),
])
def test_a_lowercase_given_name_with_an_initial_in_a_cell_is_a_name(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Group runs Wed 3-4 pm in the annex.", "3-4"),
    ("Client: jo tearful and quiet today.", "tearful"),
    ("| plan b | backup |", "plan b"),
])
def test_hours_counts_and_words_after_a_name_stay(detector, text, value):
    assert untouched(detector, text, value)
