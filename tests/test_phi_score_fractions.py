"""A score written with its maximum after an equals sign ("= 10/12") is a clinical fact, not a date; a date named
as one ("DOS = 3/4") is still a date. Examples written here."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("ARI-P (Affective Reactivity Index, parent) = 10/12 at intake.", "10/12"),
    ("Conners-4 ADHD Index (teacher) = 12/18 this term.", "12/18"),
    ("EPDS anxiety subscale (EPDS-3A) = 6/9 at the 6-week visit.", "6/9"),
])
def test_a_score_over_its_maximum_after_an_equals_sign_stays(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("DOS = 3/4, seen in office.", "3/4"),
    ("Start date = 4/1; weekly sessions.", "4/1"),
    ("Next appointment = 11/12 at 3 pm.", "11/12"),
])
def test_a_date_named_as_one_is_still_redacted(detector, text, value):
    assert covered(detector, text, value)
