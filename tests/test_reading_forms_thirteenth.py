"""Note reading on a thirteenth set of shapes, examples written here (three or more per class): a two-column
"Label | value" field table is a list of labelled fields; a count of sessions named by their approach ("12 CPT
sessions") and a bare "x 6" after a schedule are the plan's length, while the wait to the next visit is not; a line far
shorter than the note's longest line ended where its writer ended it (no hard wrap to undo); raw dictation with
its punctuation spoken ends sentences at "period"; a diagnosis name keeps a bracket closed before its code; a score
quoted inside the payer's decision is no new score."""
from __future__ import annotations

import pytest

from assistant.inputs import unwrap_lines
from assistant.letters.extract import extract_facts
from assistant.letters.reading import read_note, segments


@pytest.mark.parametrize("note, kind", [
    ("field | value\nClient | R. V.\nRisk | Denies SI/HI, intent or plan\nFrequency | Weekly, 16 sessions, then reassess\n"
     "Goal 1 | GAD-7 of 9 or less", "plan"),
    ("| Item | Detail |\n|---|---|\n| Medication | none |\n| Frequency | twice weekly, 20 sessions |\n| Risk | low |", "plan"),
    ("Diagnosis\tF41.1 Generalized anxiety disorder\nFrequency\tweekly, 12 sessions\nInterventions\tCBT, exposure", "plan"),
])
def test_a_two_column_field_table_labels_its_rows(note, kind):
    rows = [s for s in segments([note]) if "sessions" in s.text]
    assert rows and rows[0].kind == kind
    assert extract_facts([note]).duration


def test_a_two_column_score_table_stays_a_score_table():
    note = "Measure | Score\nPHQ-9 | 19\nGAD-7 | 12\nPCL-5 | 44"
    assert not any(b.kind == "field" for b in read_note(note))


@pytest.mark.parametrize("text, span", [
    ('frequency: "weekly, 12 CPT sessions"', "12 CPT sessions"),
    ("We will meet weekly for 10 EMDR sessions.", "10 EMDR sessions"),
    ("Plan: weekly, 8 DBT skills sessions, then review.", "8 DBT skills sessions"),
    ("Visits every 2 weeks x 6.", "x 6"),
    ("Plan: biweekly x 8, then monthly.", "biweekly x 8"),
    ("Follow-up every 2 weeks x 6 months.", "x 6 months"),
])
def test_a_planned_length_named_by_approach_or_counted_after_the_schedule(text, span):
    assert span in [d.text for d in extract_facts([text]).duration]


@pytest.mark.parametrize("text", [
    "Plan: continue biweekly; next appointment in 2 weeks.",
    "Follow up in 2 weeks.",
    "Continue weekly; RTC 3 weeks.",
])
def test_the_wait_to_the_next_visit_is_still_no_length(text):
    assert not extract_facts([text]).duration


@pytest.mark.parametrize("note, kept", [
    ("Dx: F42.2 Obsessive-compulsive disorder, mixed obsessional thoughts and acts\n"
     "Y-BOCS 23 today (26 at intake 03/05/2025). Washing about 15 times a day; late to work twice this week because of checking.",
     "Y-BOCS 23 today"),
    ("PROGRESS NOTE - 10/21/2025 - 90834 (POS 12) - W. Castellanos-Pruitt\n"
     "Reviewed the letter with client and daughter; both want to appeal and have asked for the records from March.",
     "Reviewed the letter"),
    ("Phone - Carol Vance (daughter; ROI on file) - 10/14/2025 - 12 min\n"
     "He got through the anniversary at her house; drank a lot that night and she stayed over until the next afternoon.",
     "He got through"),
])
def test_a_line_far_shorter_than_the_notes_width_is_not_a_wrap(note, kept):
    assert any(line.startswith(kept) for line in unwrap_lines(note).split("\n"))


@pytest.mark.parametrize("note", [
    "She reports that she has been missing three or four days of work\nat the plant every month since the spring and that her supervisor\n"
    "has now given her a written warning about her attendance record.",
    "Client describes worry about his son's asthma most of the day and\nchecks his phone about twenty times an hour while he is at work,\n"
    "which his manager has noticed and raised with him twice now.",
    "Mother reports that he refuses to get on the school bus three or\nfour mornings a week and has missed eleven days of school this term\n"
    "so far, with the attendance officer now involved in the case.",
])
def test_a_hard_wrapped_paragraph_is_still_joined(note):
    assert unwrap_lines(note).count("\n") == 0


@pytest.mark.parametrize("note, fact", [
    ("progress note for client date of service march 6 2025 period session length forty six minutes period new paragraph "
     "diagnosis bipolar two disorder F31.81 comma currently depressed period client says he missed two shifts at the "
     "warehouse comma his supervisor gave him a written warning period he denies any suicidal thoughts period", "impairments"),
    ("follow up note period we met for forty eight minutes period he was late to work three times this week because of "
     "oversleeping period diagnosis F33.1 period we reviewed the mood chart period", "impairments"),
    ("session note period she stopped going to choir and no longer sees her sister period diagnosis F43.23 adjustment "
     "disorder period plan continue weekly period end of dictation", "impairments"),
])
def test_spoken_punctuation_ends_a_dictated_sentence(note, fact):
    assert getattr(extract_facts([note]), fact)


@pytest.mark.parametrize("text, name, code", [
    ("Dx: Stimulant use disorder, amphetamine-type (methamphetamine), severe \u2014 F15.20", "Stimulant use disorder, amphetamine-type (methamphetamine), severe", "F15.20"),
    ("Dx: ADHD (combined presentation) (F90.2)", "ADHD (combined presentation)", "F90.2"),
    ("Diagnosis: Major depressive disorder (recurrent), moderate - F33.1", "Major depressive disorder (recurrent), moderate", "F33.1"),
])
def test_a_bracket_closed_before_the_code_is_part_of_the_name(text, name, code):
    assert (name, code) in [(d.name, d.icd10) for d in extract_facts([text]).diagnoses]


@pytest.mark.parametrize("text", [
    'Humana letter dated 10/17/2025: further psychotherapy not approved - "the member\'s cognitive impairment (MoCA 21) may limit her capacity to benefit."',
    'Denial received: "records show PHQ-9 of 9, which does not support the requested frequency" - we disagree.',
    'Aetna did not authorize IOP: "GAD-7 12 is consistent with outpatient care."',
    'Cigna letter: further sessions not approved - "the PHQ-9 of 8 shows improvement." Reviewed it with the client.',
])
def test_a_score_quoted_in_the_payers_decision_is_no_new_score(text):
    assert not extract_facts([text]).measures


@pytest.mark.parametrize("text, instrument", [
    ("SCARED-Parent 41 (44 at intake 12/11/2025).", "SCARED-P"),
    ("SDQ-Teacher 19 today.", "SDQ-T"),
    ("MFQ-Child 31 on 05/05/2025.", "MFQ-C"),
])
def test_a_rater_form_spelled_out_on_the_name(text, instrument):
    assert instrument in [m.instrument for m in extract_facts([text]).measures]


@pytest.mark.parametrize("text, first, last", [
    ("MEASURES: DERS-16 58 (71 at IOP admission 01/26/2026).", 71, 58),
    ("PHQ-9 11 today (19 at program intake 02/03/2026).", 19, 11),
    ("GAD-7 9 (15 at the clinic intake).", 15, 9),
])
def test_an_earlier_value_at_a_named_admission(text, first, last):
    trends = extract_facts([text]).trends
    assert trends and (trends[0].first, trends[0].last) == (first, last)


@pytest.mark.parametrize("text, instrument, score", [
    ("ASRS-v1.1 symptom checklist 52 (58 at intake 01/08/2026).", "ASRS", 52),
    ("Whiteley index 24 today.", "Whiteley Index", 24),
    ("SCARED questionnaire 33 (child report).", "SCARED", 33),
])
def test_the_instruments_own_noun_between_name_and_score(text, instrument, score):
    assert (instrument, score) in [(m.instrument, m.score) for m in extract_facts([text]).measures]


@pytest.mark.parametrize("text, dates", [
    ("PCL-5 58 -> 49 -> 41 (8/25, 9/8, 9/15).", ["8/25", "9/8", "9/15"]),
    ("PHQ-9 18 -> 12 -> 9 (01/06, 02/03, 03/03).", ["01/06", "02/03", "03/03"]),
    ("GAD-7 15, 11, 8 (1/7; 2/4; 3/4)", ["1/7", "2/4", "3/4"]),
])
def test_a_bracket_of_dates_after_a_run_of_values_dates_each(text, dates):
    assert [m.date for m in extract_facts([text]).measures] == dates


@pytest.mark.parametrize("text, score", [
    ("Baseline: MGH-HPS 22. NIMH-TSS 16.", 16),
    ("NIMH TSS today 9 (16 at intake).", 9),
    ("NIMH Trichotillomania Severity Scale: 12", 12),
])
def test_the_nimh_trichotillomania_scale_is_read(text, score):
    assert score in [m.score for m in extract_facts([text]).measures if m.instrument == "NIMH-TSS"]
