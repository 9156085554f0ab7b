"""PHI classes from the twenty-seventh round, examples written here (three or more per class, and shapes that must
stay untouched):
- a name or an organisation written in capitals goes on over the rest of its capitalised words on the same line (an
  employer field on an insurance card, a payee line), but a line that is only capitals is a heading;
- a wiki link in a note-taking vault whose target reads as a person's or a place's page is redacted; links to
  documents, clinical ideas and dated notes stay."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("Member ID   XQW 44120098\nGroup No.   O01774-02        NORTHFIELD PRECISION TOOL\nDependents  01",
     "NORTHFIELD PRECISION TOOL"),
    ("Employer:  GREAVES HARDWICK FREIGHT   Phone: 555-0142", "GREAVES HARDWICK FREIGHT"),
    ("Pay to the order of  TALLOWAY BRIDGE COUNSELING   $140.00", "TALLOWAY BRIDGE COUNSELING"),
])
def test_a_capitalised_name_goes_on_over_its_capitalised_words(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("JANE MORROW-KELLY\nPROGRESS NOTE\nSession focused on sleep.", "PROGRESS NOTE"),
    ("Client: ROSALIND FETTERMAN LCSW reviewed the plan.", "reviewed the plan"),
    ("TREATMENT PLAN REVIEW\nGoals: PHQ-9 below 10.", "PHQ-9"),
])
def test_capitals_that_are_headings_or_clinical_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Mena tends bar at [[The Copper Still]] in the evenings.", "The Copper Still"),
    ("Sister lives with her at [[Larkspur Row Flats]] since spring.", "Larkspur Row Flats"),
    ("Call from [[Obadiah Penhallow|Obi]] about pickup.", "Obadiah Penhallow"),
    ("Coach at [[Blue Heron Rowing Club]] noticed the weight loss.", "Blue Heron Rowing Club"),
])
def test_a_wiki_link_to_a_person_or_a_place_is_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("See [[Treatment plan 2026-09-30]] for the goals.", "Treatment plan"),
    ("Homework from [[Behavioral activation]] worksheet.", "Behavioral activation"),
    ("Scores in [[GAD-7]] tracker; plan in [[Safety plan]].", "Safety plan"),
    ("Discussed [[Worry]] and [[Sleep hygiene]] handouts.", "Sleep hygiene"),
])
def test_wiki_links_to_documents_and_clinical_ideas_stay(detector, text, value):
    assert untouched(detector, text, value)
