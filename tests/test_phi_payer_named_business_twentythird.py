"""A business whose name begins with a payer's word is that business, not the payer: any organisation head word after
it ("Bindery", "Roofing", "Dental") makes the name a workplace to redact, while the words a plan's own name is made of
("Health Plan", "Healthcare", "Community Plan") keep it a payer."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, business, payer", [
    ("He has held the same job at Buckeye Bindery for two years. Insurance: Buckeye Health Plan.", "Buckeye Bindery", "Buckeye Health Plan"),
    ("Works nights at Ambetter Roofing; coverage through Ambetter from Superior HealthPlan.", "Ambetter Roofing", "Ambetter"),
    ("She cleans at Molina Dental two days a week. Plan: Molina Healthcare of Ohio.", "Molina Dental", "Molina Healthcare"),
])
def test_a_business_named_like_a_payer_is_redacted_and_the_payer_kept(service, text, business, payer):
    spans = service.phi_spans(text)
    assert business in {text[s.start:s.end] for s in spans}
    at = text.rindex(payer)  # the payer's own mention, after the business
    assert not any(s.start < at + len(payer) and at < s.end for s in spans)


@pytest.mark.parametrize("text, payer", [
    ("Health plan: Blue Cross and Blue Shield of Kansas City     Pharmacy benefit manager: Prime Therapeutics", "Blue Cross and Blue Shield of Kansas City"),
    ("Payer: Aetna     Clinic: Northside", "Aetna"),
    ("Coverage;Cigna (Evernorth BH);U440", "Evernorth"),
])
def test_a_payer_before_a_column_gap_or_its_own_behavioral_arm_is_kept(service, text, payer):
    at = text.index(payer)
    assert not any(s.start < at + len(payer) and at < s.end for s in service.phi_spans(text))
