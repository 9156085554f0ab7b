"""Letter defects: empty sections and table or Markdown markup, found in a finished letter's text."""

from assistant.letters.letter_checks import empty_sections, markup_lines, sections

LETTER = """RE: Request for authorization
Client: <PERSON_1> | DOB: <DATE_1> | Member ID: <MEMBER_ID_1>

STANDARDIZED MEASURES
- PHQ-9 = 18 on <DATE_2>

FUNCTIONAL IMPAIRMENT

RISK ASSESSMENT
[MISSING: Was a suicide risk screen done?]

DISCHARGE AND STEP-DOWN CRITERIA

Sincerely,
Dana Reyes, LCSW
"""


def test_a_heading_with_nothing_under_it_is_an_empty_section():
    assert empty_sections(LETTER) == ["FUNCTIONAL IMPAIRMENT", "DISCHARGE AND STEP-DOWN CRITERIA"]


def test_a_missing_question_counts_as_content():
    assert ("RISK ASSESSMENT", ["[MISSING: Was a suicide risk screen done?]"]) in sections(LETTER)


def test_our_own_re_line_is_not_markup():
    assert markup_lines(LETTER) == []


def test_pipe_tables_separators_and_header_rows_are_markup():
    text = "| Date | PHQ-9 | GAD-7 |\n|---|---|---|\n| 01/06 | 19 | 14 |\nPlain sentence | with one pipe."
    assert markup_lines(text) == ["| Date | PHQ-9 | GAD-7 |", "|---|---|---|", "| 01/06 | 19 | 14 |"]


def test_aligned_columns_and_markdown_are_markup():
    text = "Date        PHQ-9     GAD-7\n**Diagnosis**\n## Plan\nA normal line of prose, with commas."
    assert markup_lines(text) == ["Date        PHQ-9     GAD-7", "**Diagnosis**", "## Plan"]


def test_tab_separated_rows_are_markup():
    assert markup_lines("03/01/2025\t19\t14\nok") == ["03/01/2025\t19\t14"]


def test_a_note_quoted_in_capitals_is_content_not_a_heading():
    text = "RISK ASSESSMENT\nDENIES SI/HI. NO WEAPONS. RISK ASSESSED LOW.\n\nTREATMENT GOALS\n1. STABILIZE MOOD\n"
    assert empty_sections(text) == []
