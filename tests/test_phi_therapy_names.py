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


@pytest.mark.parametrize("text, org", [
    ("FROM: R. Lund, LMHC, Harlow Ridge Multisystemic Therapy Team (fax 555-0101)", "Harlow Ridge Multisystemic Therapy Team"),
    ("Referred to Tallis Creek Functional Family Therapy Program for in-home sessions.", "Tallis Creek Functional Family Therapy Program"),
    ("Records from Westmoor Problem-Solving Therapy Associates were reviewed.", "Westmoor Problem-Solving Therapy Associates"),
])
def test_a_therapy_inside_a_team_or_practice_name_is_redacted_with_it(redact, text, org):
    assert org not in redact(text) and not any(w in redact(text) for w in org.split()[:2])


@pytest.mark.parametrize("text, kept", [
    ("Conjoint session (EFT), stage 1: tracked the cycle with both partners.", "EFT"),
    ("Plan: IFS parts work next week; SFBT scaling at the start of each session.", "IFS"),
    ("CFT session by phone: compassionate letter drafted.", "CFT"),
])
def test_therapies_by_their_acronyms_stay(redact, text, kept):
    assert kept in redact(text)
