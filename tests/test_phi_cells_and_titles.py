"""Two precision classes of the redaction (examples written here): a month and a day read across a table's column
gap or a line break are cells, not a date, so the table stays a table; and a title or relation word in lower case
("the nurse line", "coach said fine", "my mom said") is no cue when the next word is a common word, while
"coach ryan texted" and "her sister abena" still are."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, row", [
    ("Calls by month\n            crisis    clinic\nAug           1         3\nSep           2         5\n", "Aug           1"),
    ("Nights awake\nMarch        4        2\nApril        1        0\n", "March        4"),
    ("Visits      ER    urgent care\nNov           2      1\nDec           0      3\n", "Dec           0      3"),
])
def test_a_month_and_a_number_in_different_columns_are_not_a_date(redact, text, row):
    out = redact(text)
    assert row in out, out
    assert "\n" in out and out.count("\n") == text.count("\n")


@pytest.mark.parametrize("text", [
    "Seen 03/14/2026 after the weekend.",
    "On March 14, 2026 she moved.",
    "Next visit Aug 1 at noon.",
])
def test_a_date_written_in_one_piece_is_still_redacted(redact, text):
    assert "<DATE_" in redact(text)


@pytest.mark.parametrize("text, kept", [
    ("She called the nurse line twice on Saturday.", "nurse line"),
    ("after practice the coach said fine, come back Monday", "coach said fine"),
    ("he told my mom said nothing at dinner", "my mom said"),
    ("She phoned the nurse hotline again.", "nurse hotline"),
])
def test_a_common_word_after_a_lowercase_title_is_not_a_name(redact, text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize("text, name", [
    ("coach ryan texted at 9 about the bus", "ryan"),
    ("her sister abena came to session", "abena"),
    ("then nurse okonkwo checked vitals", "okonkwo"),
])
def test_a_name_after_a_lowercase_title_is_still_redacted(redact, text, name):
    assert name not in redact(text)


@pytest.mark.parametrize("text, month", [
    ("on sertraline since jan\n5:05p cm: ok", "jan"),
    ("Last seen in March\n2:15 pm call back from pharmacy", "March"),
    ("moved out in sept\n10:40 text from mom", "sept"),
])
def test_a_month_cut_from_its_line_by_a_break_is_still_redacted(redact, text, month):
    assert month not in redact(text)


@pytest.mark.parametrize("text, name", [
    ("her daughter hope comma age 12 comma is staying", "hope"),
    ("his son chance drove him home", "chance"),
    ("my sister faith called the office", "faith"),
])
def test_a_name_that_is_a_common_word_after_a_kin_word_is_redacted(redact, text, name):
    assert name not in redact(text)


@pytest.mark.parametrize("text, name", [
    ("PATIENT\nCalloway, Juniper (\"June\")   27 F   DOB 03-30-1997", "Juniper"),
    ("CLIENT\nOkonkwo-Vale, Desmond   44 M", "Desmond"),
    ("RESIDENT\nMarisol Etxeberria   Room 4", "Etxeberria"),
])
def test_a_label_alone_on_its_line_still_names_the_line_below(redact, text, name):
    assert name not in redact(text)
