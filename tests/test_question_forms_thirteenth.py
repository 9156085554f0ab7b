"""Payer questions of a thirteenth kind, examples written here (three or more per class): "am I too late?" with the
notice's date and today's date given is answered first with whether there is still time, counting the window the
question's own program sets (not a decision time, not another program's window) from the notice's date."""
from __future__ import annotations

import pytest

from assistant.criteria.ask import extractive_answer
from assistant.records import Passage


def passage(text: str, title: str, n: int) -> Passage:
    return Passage(f"c{n}", f"s{n}", title, "Time limits", f"RULE-{n}", "", "", "all", text)


MA = passage("An enrollee has 65 calendar days, counted from the date printed on the organization-determination notice, "
             "to ask the plan for a reconsideration. The plan must decide a standard reconsideration within 30 days.",
             "Medicare Advantage appeals", 0)
ERISA = passage("Employer (ERISA) plans: a member may file an internal appeal within 180 days of the adverse benefit "
                "determination.", "Employer plan appeals", 1)
MEDICAID = passage("A Medicaid managed-care member has 60 calendar days from the date on the adverse benefit determination "
                   "notice to ask the plan for an appeal.", "Medicaid managed care appeals", 2)
LATE = passage("A plan may accept a late appeal for good cause; explain the delay in writing.", "Missed the appeal deadline", 3)


@pytest.mark.parametrize("question, lead", [
    ("Humana Medicare Advantage denied my client's therapy - the notice is dated March 3, 2026. Today is April 20. "
     "Am I already too late for the plan appeal?", "Still in time: 17 days left"),
    ("Our client's employer plan (ERISA) denial letter is dated January 5, 2026. Today is August 1, 2026. Did we miss "
     "the window?", "The window closed"),
    ("The Medicaid notice was dated May 1, 2026 and it's now May 20. Are we late to appeal?", "Still in time: 41 days left"),
])
def test_am_i_too_late_is_answered_first(question, lead):
    assert extractive_answer(question, [LATE, ERISA, MA, MEDICAID]).text.startswith(lead)


def test_the_window_counts_from_the_notice_not_from_today():
    text = extractive_answer("Medicare Advantage notice dated March 3, 2026; today is April 20. Too late?", [MA, LATE]).text
    assert "Last day: May 7, 2026" in text and "counted from March 3, 2026" in text
