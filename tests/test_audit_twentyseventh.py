"""The documentation audit on a twenty-seventh set of note shapes, examples written here (three or more per class):
an unspecified anxiety code is judged on detail nothing negates ("no panic attacks" is not the detail of a panic
disorder), and generalized worry told in plain words (worry about many things, worry that is hard to control, worry
on most days for months) is the detail that supports a specific anxiety code."""
from __future__ import annotations

import pytest

from assistant.audit.check import audit_case
from audit_notes import names

SIGNED = "Signed: Marisol Trent-Oyelaran, LPC"
HEAD = "DOS 05/11/2026   Start 10:00 AM   End 10:50 AM   CPT 90834   Office (POS 11)"
DX = "Dx: F41.9 Anxiety disorder, unspecified\n"
REST = ("Interventions: cognitive restructuring; paced breathing.\nResponse: practiced the breathing twice in session.\n"
        "Risk: denies SI/HI.\nTreatment plan dated 04/06/2026: GAD-7 below 10 by 09/30/2026; weekly x 12.\n" + SIGNED)


def _note(middle: str) -> str:
    return HEAD + "\n" + DX + middle + "\n" + REST


def _detail(note: str) -> str:
    found = [f for f in audit_case([note], "Aetna", []).findings if f.rule == "diagnosis_unspecified"]
    return found[0].detail if found else ""


@pytest.mark.parametrize("middle", [
    "Symptoms: no panic attacks, no compulsions.",
    "Denies panic attacks or agoraphobia.",
    "She has not had panic attacks since spring; no social anxiety either.",
])
def test_negated_detail_is_not_the_reason_for_a_specific_code(middle):
    assert "diagnosis_unspecified" not in names(_note(middle))


@pytest.mark.parametrize("middle, shown", [
    ('Presenting: worry "about everything" since January; no panic attacks.', "about everything"),
    ("Says the worrying is hard to control and jumps from topic to topic; denies panic attacks.", "hard to control"),
    ("Can't shut off the worry at night; restless, tense jaw.", "shut off"),
    ("Worries about money, the kids and her job most days for the past 8 months.", "most days"),
])
def test_generalized_worry_in_plain_words_is_the_detail_and_is_quoted(middle, shown):
    detail = _detail(_note(middle))
    assert shown in detail and "panic" not in detail


@pytest.mark.parametrize("middle", [
    "Worried about the driving test next week; otherwise settled.",
    "No worry reported this week.",
    "Denies excessive worry; sleep fine.",
])
def test_a_single_or_denied_worry_is_not_the_detail(middle):
    assert "diagnosis_unspecified" not in names(_note(middle))
