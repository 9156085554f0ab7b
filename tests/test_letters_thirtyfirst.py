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


# -- a workplace's, school's or agency's report pasted first: the clinician's own note gives the presenting picture -
from assistant.letters.narrative import narrative  # noqa: E402

_CLINICIAN = ("Progress note 03/04/2025 - 90834 (45 min) - Dx F41.0\n"
              "S: Sudden surges of terror with a racing heart and numb hands, four or five a week since January; she is "
              "sure she will faint in the aisle and now shops only at night with her sister beside her.\n"
              "Plan: interoceptive exposure next week.")


@pytest.mark.parametrize("report", [
    "NORTHSIDE WAREHOUSE - SHIFT SUPERVISOR LOG\nWeek 9: Associate left the pick line twice during second shift and sat in "
    "the break room for forty minutes. Picking rate 61% of standard. Supervisor will review attendance on Friday.",
    "LINCOLN MIDDLE SCHOOL - ATTENDANCE SUMMARY\nStudent left class eleven times this month and waited in the front office "
    "until a parent arrived. Two tests were missed and have to be made up before the grading period closes.",
    "COUNTY TRANSIT - OPERATOR INCIDENT FORM\nDriver stopped the bus between stops and asked dispatch for relief because "
    "she said she could not breathe. Passengers were transferred to the next coach and the route ran twelve minutes late.",
])
def test_a_report_pasted_before_the_clinicians_note_does_not_give_the_presenting_picture(report):
    picture = " ".join(narrative([report, _CLINICIAN], set(), first_note=True, limit=6))
    assert "terror" in picture
    assert not any(w in picture for w in ("Supervisor", "grading", "dispatch"))


@pytest.mark.parametrize("first", [
    "Intake 02/10/2025, LCSW. Client describes weeks of dread before every shift and has called out four times this month.",
    "S: Client reports she cannot sit through a meeting without leaving the room; it started after the layoffs in March.",
    "Diagnostic interview (90791). Pt tells of racing thoughts at night and of skipping his classes for two weeks now.",
])
def test_a_clinicians_first_note_still_gives_the_presenting_picture(first):
    picture = " ".join(narrative([first, _CLINICIAN], set(), first_note=True, limit=6))
    assert "terror" not in picture


def test_reports_alone_still_give_a_picture():
    report = ("CITY LIBRARY - VOLUNTEER COORDINATOR NOTE\nVolunteer left her Saturday shift after twenty minutes, crying, and "
              "has not come back for the last three Saturdays although she had not missed one in four years.")
    assert "crying" in " ".join(narrative([report, "Rent receipt, paid in full."], set(), first_note=True, limit=6))

