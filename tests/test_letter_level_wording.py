"""A level the checklist does not weigh against less intensive care (routine therapy, testing, TMS, ABA at many
hours a week) is named as it is in the letter, never called "routine outpatient intensity" (examples written here)."""
from __future__ import annotations

import pytest

from assistant.records import Clinician, LetterRequest

CLINICIAN = Clinician(name="Avery Testwright", credentials="BCBA", license="LBA-000123", npi="1234567890",
                      practice="Synthetic Behavior Clinic", address="1 Example Road", phone="555-0100")


@pytest.mark.parametrize("level, note", [
    ("ABA", "ABA plan: 97153 25 hours/week. Goals: mands for 10 items. Head-banging avg 12/day."),
    ("TMS", "TMS consult: PHQ-9 21 on 3/2/2026. Plan: rTMS five days a week for six weeks."),
    ("psychological testing", "Testing request: WISC-V and WIAT-4 to answer ADHD vs anxiety; 90791 done 3/1."),
])
def test_the_level_is_named_as_it_is(small_kb, level, note):
    request = LetterRequest(letter_type="initial_authorization", payer="Cigna", level_of_care=level, notes=(note,),
                            requested={})
    letter = small_kb.draft(request, clinician=CLINICIAN, offline=True).letter
    assert "routine outpatient intensity" not in letter
    assert f"This request is for {level} as described above" in letter
