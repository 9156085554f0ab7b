"""A therapy named in lower case, wrapped over a line break or in brackets stays in the note; what is trimmed around
it leaves no lone connecting word redacted (examples written here)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kept", [
    ("We meet every other week, working with problem-solving\ntherapy plus behavioral activation scheduling.",
     ["problem-solving\ntherapy plus behavioral activation"]),
    ("PATH NOTES (Problem Adaptation Therapy) - session 7 with her daughter.", ["Problem Adaptation Therapy"]),
    ("Referred for functional family therapy and, later, illness management and recovery groups.",
     ["functional family therapy", "illness management and recovery"]),
])
def test_therapy_names_stay(redact, text, kept):
    out = redact(text)
    assert all(k in out for k in kept), out
