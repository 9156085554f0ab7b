"""Letter and checklist classes found in the thirty-first session (leftovers of the thirtieth set and the thirty-first
blind set), each with examples written here (never the set's own wording)."""
import pytest

from letter_facts import scores as _scores


# -- an undated "before -> after" summary restating scores the notes' dates of service already date ----------------
def _two_notes(first, second, summary):
    from assistant.letters.extract import extract_facts
    facts = extract_facts([first, second, summary])
    return sorted(((m.instrument, m.score, m.date) for m in facts.measures if m.instrument in ("GAD-7", "PHQ-9", "PCL-5")), key=str)


@pytest.mark.parametrize("first,second,summary,name", [
    ("Date of service: 02/03/2025\nGAD-7 15.", "Date of service: 04/07/2025\nGAD-7 9.", "Summary for the appeal: GAD-7 15 -> 9.", "GAD-7"),
    ("Session date: 01/14/2025\nPHQ-9 21 today.", "Session date: 03/11/2025\nPHQ-9 today 13.", "what I have: PHQ-9 21 to 13, job kept.", "PHQ-9"),
    ("DOS 2025-05-02\nPCL-5: 52", "DOS 2025-07-25\nPCL-5: 38", "Gains so far - PCL-5 52 => 38.", "PCL-5"),
])
def test_an_undated_summary_restating_dated_scores_adds_no_scores(first, second, summary, name):
    got = _two_notes(first, second, summary)
    assert [x for x in got if x[0] == name and x[2] is None] == []
    assert len([x for x in got if x[0] == name]) == 2


@pytest.mark.parametrize("text", [
    "Date of service: 02/03/2025\nGAD-7 15; last month it was 18.",
    "Session date: 01/14/2025\nPHQ-9 13 today, down from 21 at intake.",
    "DOS 2025-05-02\nPCL-5 38 (52 at the start).",
])
def test_an_earlier_value_that_no_date_restates_is_kept(text):
    assert len(_scores(text)) == 2


# -- a child's fear thermometer is a rating the catalog knows -------------------------------------------------------
@pytest.mark.parametrize("text,score", [
    ("Fear thermometer: 8 at the first visit.", 8),
    ("Exposure ladder step 3; fear-thermometer 6.", 6),
    ("Feelings thermometer rating 4 after the game.", 4),
])
def test_a_fear_thermometer_is_read_as_a_score(text, score):
    assert [(n, s) for n, s, _ in _scores(text)] == [("Fear Thermometer", score)]
