"""Bullet-journal and phone-notes marks, examples written here: a line opened by an en or em dash, a "!" or a check
box of any kind ("[>]", "[/]") is an item of its own, never a hard-wrapped half of the line above; such an item is
read as an item; an arrow between an instrument and its score ("PSWQ -> 64") gives the score; and a notation's key
("key: [x] done ...") documents nothing."""
from __future__ import annotations

import pytest

from assistant.inputs import unwrap_lines
from assistant.letters.extract import extract_facts
from assistant.letters.patterns.prose import asks
from assistant.letters.reading import read_notes, segments_of

LONG = "x" * 70


@pytest.mark.parametrize("mark", ["\u2013 ", "\u2014 ", "! ", "[>] ", "[/] ", "[-] "])
def test_a_marked_line_is_never_joined_to_the_line_above(mark):
    text = "\u2013 " + LONG + " no kids\n" + mark + "lisdexamfetamine 40 mg qAM since July"
    assert unwrap_lines(text).count("\n") == 1


@pytest.mark.parametrize("line", ["\u2013 ADHD dx by PCP; lisdexamfetamine 40 mg", "\u2014 sleeps 5 hours", "[>] re-do ASRS"])
def test_a_marked_line_is_read_as_an_item(line):
    segs = segments_of(read_notes(["PLAN\n" + line]))
    assert any(s.form == "item" for s in segs)


@pytest.mark.parametrize("line, name, value", [
    ("[x] PSWQ \u2192 64", "PSWQ", 64),
    ("[x] GAD-7 \u2192 14", "GAD-7", 14),
    ("- PHQ-9 -> 11 today", "PHQ-9", 11),
])
def test_an_arrow_ties_an_instrument_to_its_score(line, name, value):
    assert any(m.instrument == name and m.score == value for m in extract_facts([line]).measures)


@pytest.mark.parametrize("line", ["key:  [x] done   [ ] open   [>] migrated", "Legend: * = reviewed, ! = urgent",
                                  "Symbols: \u2191 up \u2193 down"])
def test_a_notation_key_documents_nothing(line):
    assert asks(line)


from assistant.letters.note_text import without_page_furniture  # noqa: E402

PAGED = ("PROGRESS SUMMARY\nWeekly sessions left six days a week without structure at the times\n\n"
         "{mark}\n{notice}\n\nSHORE POINT RECOVERY CENTER - Gambling IOP      KOWALCZYK, R.   DOB 06/11/1967\n\n"
         "he gambles, so this program recommends IOP.\n\n{mark2}\n\n"
         "SHORE POINT RECOVERY CENTER - Gambling IOP      KOWALCZYK, R.   DOB 06/11/1967\n\nPlan: IOP 3 evenings a week.")


@pytest.mark.parametrize("mark, notice, mark2", [
    ("Page 1 of 3 \u2013 CONFIDENTIAL", "This record contains confidential health information. Do not redisclose.", "Page 2 of 3 \u2013 CONFIDENTIAL"),
    ("                     Page 1 of 2", "CONFIDENTIAL: disclosure without written consent is prohibited", "                     Page 2 of 2"),
    ("-- page 1/3 --", "", "-- page 2/3 --"),
])
def test_page_furniture_goes_and_a_sentence_cut_by_a_page_break_is_joined(mark, notice, mark2):
    text = without_page_furniture(PAGED.format(mark=mark, notice=notice, mark2=mark2))
    assert "at the times he gambles" in text
    assert "SHORE POINT" not in text and "redisclose" not in text.lower() and "page" not in text.lower()
    assert "Plan: IOP 3 evenings a week." in text


def test_a_note_without_pages_is_unchanged():
    note = "Dx: F63.0\nSHORE POINT RECOVERY CENTER intake\nGoals: no gambling for 6 weeks."
    assert without_page_furniture(note) == note


@pytest.mark.parametrize("heading", ["6. PRIOR TREATMENT AND LEVEL OF CARE", "IV) CONTINUED STAY AND LEVEL OF CARE",
                                     "B. PLAN OF CARE"])
def test_a_numbered_capitals_heading_is_no_organisation(detector, heading):
    from phi_spans import untouched
    text = "Current risk low.\n\n" + heading + "\nFrom 08/11 she saw a counselor weekly."
    assert untouched(detector, text, heading.split(None, 1)[1])


def test_repeated_lines_of_a_record_without_pages_are_kept():
    note = ("measures:\n  - instrument: PCL-5\n    date: 2025-03-10\n    total: 52\n"
            "  - instrument: CAPS-5 (past month)\n    date: 2025-03-10\n    total: 41\n")
    assert without_page_furniture(note) == note


from assistant.letters.sections import clean  # noqa: E402
from assistant.letters.narrative import narrative  # noqa: E402


@pytest.mark.parametrize("text, want", [
    ("Access to means addressed: [X] yes [ ] no [ ] n/a.", "Access to means addressed: yes."),
    ("Risk: [ ] Low [X] Moderate [ ] High", "Risk: Moderate"),
    ("Firearms in home: ( ) yes (x) no", "Firearms in home: no"),
])
def test_a_row_of_check_boxes_keeps_only_the_ticked_options(text, want):
    assert clean(text) == want


def test_the_presenting_picture_is_a_summary_not_the_record():
    things = ["the bills", "her mother", "the commute", "a deadline", "her son", "the rent", "her sleep", "the car"]
    note = "INTAKE\n" + " ".join(f"She reports lying awake for two hours most nights while she worries about {t} and "
                                  f"what could go wrong at work the next day." for t in things)
    picked = narrative([note], set(), True, 6)
    assert len(picked) >= 2 and sum(len(s.split()) for s in picked) <= 85


@pytest.mark.parametrize("legend", ["key: [x] done [ ] open [>] migrated", "Legend: * reviewed, ! urgent",
                                    "Symbols: \u2191 up, \u2193 down"])
def test_a_notation_key_is_not_the_presenting_picture(legend):
    note = legend + "\n\nShe has panic attacks four times a week and has stopped driving to work since March."
    assert not any(legend.split(":")[0].lower() in s.lower() for s in narrative([note], set(), True, 6))
