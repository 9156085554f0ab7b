"""Letters from an eleventh set of shapes, examples written here (three or more per class): a documentation
tool's own disclaimers are never quoted; a semicolon inside brackets ends no clause; a list's number or an
abbreviation with a period ends no sentence."""
from __future__ import annotations

import pytest

from assistant.letters.reading import read_note, sentences
from assistant.letters.sections import clause_with


@pytest.mark.parametrize("line", [
    "Auto-generated from the session transcript. Review and edit before adding to the chart.",
    "(!) AI-generated content may contain errors.",
    "Review and edit before adding to the chart.",
    "This summary was drafted by the assistant from the recording.",
])
def test_a_tools_disclaimer_is_never_quoted(line):
    assert read_note("Plan: weekly CBT.\n" + line)[-1].kind == "residue"


@pytest.mark.parametrize("evidence, phrase, whole", [
    ("Overdoses: 2 in 2025, both reversed w/ naloxone (EMS; friend)", "naloxone", "(EMS; friend)"),
    ("Missed work 3 days (flu; then migraine); manager warned him", "Missed work", "(flu; then migraine)"),
    ("Sleeps 4 h (per wife; sleep log agrees); naps daily", "Sleeps", "(per wife; sleep log agrees)"),
])
def test_a_semicolon_inside_brackets_ends_no_clause(evidence, phrase, whole):
    assert whole in clause_with(evidence, evidence, phrase)


@pytest.mark.parametrize("line, n", [
    ("Goals (from admission): 1. weight restoration  2. normalize eating  3. reduce exercise", 1),
    ("Tx plan goals (rev. 10/14): diazepam 0 mg by 11/01; PCL-5 < 40.", 1),
    ("PHQ-9 was 12. She then slept better.", 2),
])
def test_a_list_number_or_an_abbreviation_ends_no_sentence(line, n):
    assert len(list(sentences(line))) == n


@pytest.mark.parametrize("notes, word", [
    (["(due no later than the 18th day of PHP services). PHP admission: 09/02/2025. He was admitted after command voices "
      "told him to walk into the lake, and he has attended every day since."], "(due"),
    (["(continued from page 1) and the client then left the session early. She has missed three shifts at work this "
      "month because of panic attacks."], "(continued"),
    (["(see prior note for the full history). Since March she has not driven on the highway and has missed four "
      "appointments with her cardiologist."], "(see prior"),
])
def test_a_narrative_never_opens_on_a_bracketed_fragment(notes, word):
    from assistant.letters.narrative import narrative
    assert not any(s.startswith(word) for s in narrative(notes, set(), first_note=True, limit=6))


@pytest.mark.parametrize("note", [
    "Dx: F25.1 Schizoaffective disorder, depressive type; F17.210 Nicotine dependence, cigarettes. Plan: CBT group daily.",
    "Dx: F41.1 Generalized anxiety disorder. F17.200 Nicotine dependence. Approach: relapse prevention for smoking; CBT.",
    "Diagnoses: F60.3 Borderline personality disorder; F17.210 nicotine dependence. DBT weekly, CBT skills.",
])
def test_nicotine_dependence_alone_is_not_what_an_evidence_statement_is_about(note):
    from assistant.letters.approaches import evidence_base
    from assistant.letters.extract import extract_facts
    assert not any("nicotine" in line.lower() for line in evidence_base(extract_facts([note])))


@pytest.mark.parametrize("notes, name", [
    (["[Transcribed from <PERSON_1> handwritten notes.]\n\n<PERSON_2>   DOB <DATE_1>   Aetna"], "<PERSON_2>"),
    (["Therapist: see below\nSession with <PERSON_3> (<PERSON_1> present)\n<PERSON_2>, DOB <DATE_2>, Medicaid"], "<PERSON_2>"),
    (["Notes from <PERSON_1>.\nPatient line: <PERSON_2>  |  date of birth <DATE_1>"], "<PERSON_2>"),
])
def test_the_client_is_the_person_on_the_birth_date_line(notes, name):
    from assistant.letters.letter_view import client_identity
    assert client_identity(notes)["name"] == name
