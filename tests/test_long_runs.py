"""Notes with long runs of one character (a PDF export's column gaps, a banner of asterisks, a row of dashes,
tabs from a spreadsheet) are read in one pass: no pattern may try every position of a run against every other.

Each test is a hang guard, not a benchmark: before the fix these inputs took from tens of seconds to minutes.
"""

from __future__ import annotations

import concurrent.futures

import pytest

GUARD_S = 60  # far above the fraction of a second these take; far below the minutes a backtracking pattern took


def _finishes(fn, *args):
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn, *args).result(timeout=GUARD_S)


@pytest.mark.parametrize("run", [" " * 3000, "\t" * 3000, "*" * 400, "x" * 400 + " ", "•" * 300 + "-" + "•" * 300])
def test_phi_spans_finish_on_long_runs(service, run):
    # a banner line, a wide column gap, a masked field: the name and the date around them are still found
    text = f"INTAKE SUMMARY\n{run}\nClient: Marisol Quintero-Baez{run}DOB 04/19/1981\nSeen by Dr. Theo Varga, LCSW {run}\n"
    spans = _finishes(service.phi_spans, text)
    found = {text[s.start:s.end] for s in spans}
    assert any("Quintero" in f for f in found)
    assert "04/19/1981" in found


def test_masked_card_digits_after_a_long_mask(service):
    text = "Card on file: " + "*" * 60 + "-4471\n" + "X" * 80 + " 9020 was declined."
    spans = _finishes(service.phi_spans, text)
    found = {text[s.start:s.end] for s in spans}
    assert "4471" in found and "9020" in found


def test_credentials_after_a_wide_gap_still_mark_the_name(service):
    # the credential after a name is a cue even when the export pads the columns
    text = "Therapist:  Odalys Verhoeven" + " " * 2500 + "LMFT\nNext visit in two weeks."
    spans = _finishes(service.phi_spans, text)
    assert any("Verhoeven" in text[s.start:s.end] for s in spans)


def test_leader_field_after_a_long_gap(service):
    text = "Name: Rowan Achterberg" + " " * 2500 + "Employer: Kestrel Ridge Fabrication\nCounty ........ Pembina\n"
    spans = _finishes(service.phi_spans, text)
    found = " | ".join(text[s.start:s.end] for s in spans)
    assert "Kestrel Ridge" in found and "Pembina" in found


@pytest.fixture(scope="module")
def warm_service(service):
    """The service after one ordinary draft: the knowledge index and the embedder are built outside the guard."""
    from assistant.records import LetterRequest

    service.draft(LetterRequest("initial_authorization", "Aetna", "outpatient", ("Dx F41.1. GAD-7 15. Weekly CBT.",)),
                  None, True)
    return service


@pytest.mark.parametrize("run", [" " * 3000, "\n" * 3000, "|" * 3000, "_" * 3000, "." * 3000])
def test_offline_draft_finishes_on_long_runs(warm_service, run):
    from assistant.records import LetterRequest

    service = warm_service
    note = (f"Date: 03/04/2025{run}Dx: F33.1 major depressive disorder.{run}\nPHQ-9 18 on 03/04/2025.{run}\n"
            f"Plan: weekly CBT for 12 weeks.{run}Missed three days of work this month.\n")
    draft = _finishes(service.draft, LetterRequest("initial_authorization", "Aetna", "outpatient", (note,)), None, True)
    assert "F33.1" in draft.letter and "PHQ-9" in draft.letter


def test_spoken_marks_in_a_row_all_become_marks():
    from assistant.letters.note_text import spoken_punctuation

    text = spoken_punctuation("sleep is poor comma period new paragraph plan colon weekly sessions period mood low semicolon "
                              "appetite fair period")
    assert text == "Sleep is poor.\n\nPlan: weekly sessions. Mood low; appetite fair."


def test_record_field_values_lose_trailing_comma_and_padding():
    from assistant.letters.record_scores import _field_value

    assert _field_value('"PCL-5" ,   ') == "PCL-5"
    assert _field_value("52,") == "52"
    assert _field_value("2025-03-10" + " " * 500) == "2025-03-10"


@pytest.mark.parametrize("blank", ["\t" * 20000, " " * 20000, " \t" * 10000])
def test_blank_line_of_a_spreadsheet_export_is_read_once(blank):
    # a line of only tabs or spaces is no table rule and no page number; before, both tests tried every split of the run
    from assistant.letters.note_text import without_page_furniture
    from assistant.letters.tables import _SEPARATOR

    assert _finishes(_SEPARATOR.match, blank) is False
    assert _SEPARATOR.match("| --- | :---: |") and _SEPARATOR.match("+------+-----+")
    note = f"Plan: weekly CBT.\n{blank}\nPage 2 of 3\nMood low."
    kept = _finishes(without_page_furniture, note)
    assert "Page 2" not in kept and "Mood low." in kept
