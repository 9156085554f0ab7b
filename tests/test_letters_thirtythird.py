"""Letter and checklist classes found in the thirty-third session (leftovers of the thirty-second sets and the
thirty-third blind set), each with examples written here (never the set's own wording)."""
import pytest

from assistant.letters.extract import extract_facts
from assistant.letters.letter_view import _schedule_phrases


def _line(text):
    return "; ".join(_schedule_phrases(extract_facts([text])))


# -- the letter's schedule line is the plan's schedule, not every rhythm the notes mention ---------------------------
@pytest.mark.parametrize("text,shown,not_shown", [
    ("Why PHP and not weekly outpatient: she relapsed after weekly counseling twice.\n"
     "Plan: PHP 5 days/week, 6 hours/day, for an expected 3 weeks.", ["5 days/week", "3 weeks"], ["weekly"]),
    ("Group rules reviewed, including 24-hour notice for absences.\n"
     "He will attend the group every Tuesday, 12 sessions in all.", ["12 sessions"], ["24-hour"]),
    ("Pasted from the landlord: you may ask for a meeting within 14 days of this notice.\n"
     "We plan weekly individual therapy for 16 weeks.", ["weekly", "16 weeks"], ["within 14 days"]),
    ("Sertraline 50 mg daily since spring.\nRecommend biweekly CBT sessions over the next 4 months.",
     ["biweekly", "4 months"], ["daily"]),
])
def test_the_schedule_line_shows_the_plans_sentences_only(text, shown, not_shown):
    line = _line(text)
    for s in shown:
        assert s in line, line
    for s in not_shown:
        assert s not in line.replace("biweekly", ""), line


@pytest.mark.parametrize("text,shown", [
    ("Plan: weekly 50 min x 14 sessions.", "50 min x 14"),
    ("Plan: twice weekly, 45 minutes x 20.", "45 minutes x 20"),
    ("Plan: sessions 60 min x 10, weekly.", "60 min x 10"),
])
def test_minutes_times_sessions_is_read_whole(text, shown):
    assert shown in _line(text)


@pytest.mark.parametrize("text,shown", [
    ("Frequency: weekly. Duration: 12 sessions.", ["weekly", "12 sessions"]),
    ("She will come twice a week for 8 weeks, then weekly.", ["twice a week", "8 weeks"]),
    ("IOP 3 days/week, 3 hours/day; expected length of stay 6 weeks.", ["3 days/week", "6 weeks"]),
])
def test_a_plain_schedule_is_kept_whole(text, shown):
    line = _line(text)
    for s in shown:
        assert s in line, line
