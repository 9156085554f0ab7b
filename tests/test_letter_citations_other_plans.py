"""A section about one regional plan is not cited for a member of another plan of the same family (examples written
here): BCBS of Illinois's policy for a Blue Shield of California member, a "BCBSTX" section for Highmark, while the
plan's own state, written out or abbreviated, keeps it."""
from __future__ import annotations

import pytest

from assistant.letters.pipeline import _another_plans
from assistant.records import Passage


def passage(section: str) -> Passage:
    return Passage("c1", "bcbs-regional", "Blue plans", section, "", "", "2023-01-01", "bcbs", "text", True, 1.0)


@pytest.mark.parametrize("section, payer, other", [
    ("Blue Cross Blue Shield of Illinois professional psychotherapy policy", "Blue Shield of California", True),
    ("BCBSTX behavioral health prior authorization list", "Highmark Blue Cross Blue Shield", True),
    ("Blue Cross Blue Shield of Illinois professional psychotherapy policy", "BCBS of Illinois (BCBSIL)", False),
    ("BCBSTX behavioral health prior authorization list", "Blue Cross Blue Shield of TX", False),
    ("How Blue plans choose behavioral health criteria", "Blue Shield of California", False),
])
def test_another_plans_section(section, payer, other):
    assert _another_plans(passage(section), payer) is other
