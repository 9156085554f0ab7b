"""The documentation audit on a twenty-sixth set of note shapes, examples written here (three or more per class):
a code the note says an earlier record carried ("was entered as F43.20 at intake") is no current unspecified code."""
from __future__ import annotations

import pytest

from audit_notes import names

NOTE = ("Individual psychotherapy note\nClient: Tobiah Marsh   DOS 03/04/2026   2:00-2:53 PM   office (POS 11)   CPT 90837\n"
        "Dx: F43.23 Adjustment disorder with mixed anxiety and depressed mood ({phrase}; the mixed picture is clear now).\n"
        "Lost sleep since the layoff; crying spells at work, missed two shifts.\n"
        "Interventions: behavioral activation schedule; problem-solving on the job search.\n"
        "Response: rated mood 3/10 at the start and 5/10 at the end.\nRisk: denies SI/HI.\n"
        "Plan: treatment plan 02/02/2026 (review 05/02/2026); goals: PHQ-9 under 10 by 05/31/2026. Next 03/11/2026."
        "\nSigned: Wendeline Osei, LPC 03/04/2026")


@pytest.mark.parametrize("phrase", [
    "was entered as F43.20 at intake",
    "had been billed under F43.20 until last month",
    "originally coded as F43.20",
    "initially F43.20 on the intake form",
])
def test_a_code_an_earlier_record_carried_is_not_the_current_code(phrase):
    assert "diagnosis_unspecified" not in names(NOTE.format(phrase=phrase))


@pytest.mark.parametrize("phrase", [
    "F43.20 also listed",
    "coded F43.20 today",
    "and F43.20 on the claim",
])
def test_an_unspecified_code_given_now_is_still_found(phrase):
    note = NOTE.format(phrase=phrase).replace("F43.23 Adjustment disorder with mixed anxiety and depressed mood", "F43.20 Adjustment disorder, unspecified")
    assert "diagnosis_unspecified" in names(note)
