"""Notes read as documents: tables of every shape become dated scores, headings govern their sections, and no table
row is ever a sentence."""
from __future__ import annotations

from assistant.inputs import unwrap_lines
from assistant.letters.extract import extract_facts
from assistant.letters.reading import read_note, segments


def scores(*notes: str) -> list[tuple[str, object, str | None]]:
    return [(m.instrument, m.score, m.date) for m in extract_facts(list(notes)).measures]


def test_pipe_table_rows_are_dated_scores_and_item_columns_are_skipped():
    note = ("## Outcome flowsheet\n\n| Date | GAD-7 | PHQ-9 | PHQ-9 item 9 |\n|---|---|---|---|\n"
            "| 01/05/2026 | 16 | 18 | 1 |\n| 02/02/2026 | 12 | 14 | 0 |\n| 03/02/2026 | 9 | 11 | 0 |\n")
    got = scores(note)
    assert ("GAD-7", 16, "01/05/2026") in got and ("PHQ-9", 11, "03/02/2026") in got
    assert len(got) == 6  # the item-9 column is one item, not a total
    assert {t.instrument for t in extract_facts([note]).trends} == {"GAD-7", "PHQ-9"}


def test_tab_export_with_an_identity_line_above_and_a_ragged_row():
    note = ("pt: <PERSON_1>\tDOB <DATE_1>\tplan <ID_1>\nvisit date\tCY-BOCS\tCDI-2 T\n"
            "<DATE_2>\t27\t68\n<DATE_3>\t21\n<DATE_4>\t15\t59\n")
    got = scores(note)
    assert ("CY-BOCS", 21, "<DATE_3>") in got and ("CDI-2 T", 59, "<DATE_4>") in got
    assert not any(s[0].startswith("pt") or s[1] == "<ID_1>" for s in got)
    assert len([s for s in got if s[0] == "CDI-2 T"]) == 2  # the short row has no CDI-2 score


def test_columns_aligned_with_spaces_and_an_empty_cell():
    note = ("Scores\n  Date          YMRS     MADRS\n  09/01/2025     14        30\n"
            "  09/15/2025     --        24\n  09/29/2025      6        19\n")
    got = scores(note)
    assert ("YMRS", 6, "09/29/2025") in got and ("MADRS", 24, "09/15/2025") in got
    assert not any(s[0] == "YMRS" and s[2] == "09/15/2025" for s in got)


def test_a_row_per_instrument_takes_its_dates_from_the_column_headers():
    note = ("| Measure | Admission 03/03/2025 | Week 4 04/01/2025 |\n|---|---|---|\n"
            "| EAT-26 | 41 | 30 |\n| BMI | 16.9 | 17.8 |\n| Ward Wellness Index | 12 | 19 |\n")
    got = scores(note)
    assert ("EAT-26", 41, "03/03/2025") in got and ("BMI", 17.8, "04/01/2025") in got
    assert ("Ward Wellness Index", 19, "04/01/2025") in got  # unknown instrument, carried as written
    first = next(m for m in extract_facts([note]).measures if m.instrument == "EAT-26")
    assert first.baseline  # the admission column is the earlier value


def test_identity_lines_with_pipes_are_fields_not_tables():
    note = ("**Client:** <PERSON_1> | **DOB:** <DATE_1> | **ID:** <ID_1>\n**Program:** <ORG_1> | **Admitted:** <DATE_2>\n\n"
            "Risk: denies SI.")
    blocks = read_note(note)
    assert not any(b.kind == "table" for b in blocks)
    assert extract_facts([note]).risk.assessed


def test_table_rows_never_become_sentences():
    notes = ["| Date | PCL-5 |\n|---|---|\n| 01/02/2025 | 55 |\n| 02/02/2025 | 41 |\n",
             "date\tK10\n<DATE_1>\t31\n<DATE_2>\t24\n", "Date        OQ-45\n01/03/2025    92\n02/03/2025    70\n"]
    for note in notes:
        assert not any("|" in s.text or "\t" in s.text or "   " in s.text for s in segments([note]))
        assert len(scores(note)) == 2


def test_a_heading_governs_its_section_and_the_note_title_governs_none():
    note = ("COMPREHENSIVE INTAKE ASSESSMENT\nReason for referral: stopped going to class in October.\n\n"
            "GOALS\nPHQ-9 below 10.\n\nHe eats lunch alone every day.")
    kinds = {s.text: s.kind for s in segments([note])}
    assert kinds["PHQ-9 below 10."] == "goals" and kinds["He eats lunch alone every day."] == "goals"
    assert kinds["Reason for referral: stopped going to class in October."] != "plan"
    assert not extract_facts([note]).measures  # a goal under a GOALS heading is a target, not a score


def test_unwrap_keeps_table_rows_and_joins_words_split_at_the_wrap():
    text = ("| Date | BAI |\n| 01/02/2025 | 30 |\nShe describes episodes of depersonalization in which she feels disso-\n"
            "ciated from her body; they happen 2-3 times a week and last several minutes each time.")
    out = unwrap_lines(text)
    assert "| Date | BAI |\n| 01/02/2025 | 30 |\n" in out and "disso-ciated from" in out


def test_a_table_listing_the_newest_row_first_still_runs_from_the_earliest_score():
    note = "| Date | PHQ-9 |\n|---|---|\n| 2025-09-23 | 12 |\n| 2025-06-17 | 15 |\n| 2025-04-08 | 19 |\n"
    (trend,) = extract_facts([note]).trends
    assert (trend.first, trend.last) == (19, 12)
    redacted = "| Date | PHQ-9 |\n|---|---|\n| <DATE_1> | 12 |\n| <DATE_2> | 15 |\n| <DATE_3> | 19 |\n"
    order = {"<DATE_1>": (2025, 9, 23), "<DATE_2>": (2025, 6, 17), "<DATE_3>": (2025, 4, 8)}
    (trend,) = extract_facts([redacted], chronology=order).trends
    assert (trend.first, trend.last) == (19, 12)
    (unordered,) = extract_facts([redacted]).trends  # without the dates, the order the notes give
    assert (unordered.first, unordered.last) == (12, 19)


def test_date_keys_read_the_common_written_forms():
    from assistant.letters.dates import chronology, date_key

    assert date_key("2025-04-08") == date_key("04/08/2025") == date_key("4/8/25") == date_key("April 8th, 2025") == (2025, 4, 8)
    assert date_key("March 2025") == (2025, 3, 0) and date_key("next week") is None and date_key("May") is None
    assert chronology([("<DATE_1>", "1/2/2024"), ("<PERSON_1>", "Ann"), ("<DATE_2>", "soon")]) == {"<DATE_1>": (2024, 1, 2)}
