"""Medication status means psychiatric medication the client takes. Classes: a drug a relative or roommate takes
(told with any verb: restarted, went back on, got refills of, her own), and a medication list that names only drugs
for the body (a statin, a supplement, a thyroid pill). Examples written here."""
from __future__ import annotations

import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts


def status(note: str) -> str:
    items = check_notes(extract_facts([note]), "continued_stay", "outpatient psychotherapy")
    return next(i.status for i in items if i.element == "medication_status")


@pytest.mark.parametrize("note", [
    "Mother restarted her own sertraline last month and says she has more patience.",
    "Husband Tom takes donepezil 10 mg and she manages his pill box.",
    "Her roommate got refills of quetiapine 100 mg this week, which worries her.",
    "Dad went back on bupropion in May; client is curious whether it would help her.",
])
def test_a_relative_s_medication_is_not_the_client_s(note):
    assert extract_facts([note]).medications == () or status(note) == "missing"
    assert status(note) == "missing"


@pytest.mark.parametrize("note", [
    "PCP meds: metoprolol 25 mg, atorvastatin 20 mg",
    "Current: potassium chloride 20 mEq daily started today; multivitamin.",
    "Medications: levothyroxine 50 mcg daily; ferrous sulfate 325 mg daily.",
])
def test_a_list_of_drugs_for_the_body_states_no_psychiatric_medication_status(note):
    assert status(note) == "missing"


@pytest.mark.parametrize("note", [
    "Meds: sertraline 100 mg daily, atorvastatin 20 mg.",
    "Medications: propranolol 10 mg as needed for performance anxiety; levothyroxine 50 mcg.",
    "She takes lithium 600 mg at bedtime and metformin 500 mg.",
])
def test_a_psychiatric_drug_beside_them_is_the_status(note):
    assert status(note) == "met"
