"""Health plans named by their own plan word written as one word ("Harborline Healthplan", "Crestview HealthPlan"):
a payer's name, which redaction keeps (payers.py reads "... Health Plan" written in two words)."""

from __future__ import annotations

import re

# one to three capitalised words (a brand may run its words together: "SilverLake"), then the plan word
_ONE_WORD_PLAN = re.compile(r"\b(?:[A-Z][A-Za-z]+[ \t]+){1,3}?(?:Healthplan|HealthPlan|HEALTHPLAN)s?\b"
                            r"(?:[ \t]+(?:of[ \t]+)?[A-Z][a-z]+)?(?=[\s,.;:()]|$)")


def find_one_word_plans(text: str) -> list[tuple[int, int]]:
    """Text -> spans of plans named "<Name> Healthplan" (also "HealthPlan", and a state after "of")."""
    return [(m.start(), m.end()) for m in _ONE_WORD_PLAN.finditer(text)]
