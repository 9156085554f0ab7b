"""Checklist classes found on an eighth set of unseen notes, examples written here (three or more per class): goals
under long or plain-worded headings and in check-box lists; the end of treatment under other labels ("Step-down
readiness (to IOP):", "Stepping back down:", "done when ->", "ready to finish when"); a risk level written
after the word ("risk judged low"); a home-safety hazard or an "SI-R" score is no risk screen; a pointer to a
document the notes do not hold, or a sentence saying what a record leaves out, documents nothing; a relative's
medication told by pronoun or "her own"; care named by the other pronoun; notes pasted as HTML; a table border
with a sentence after it; the treating therapist in the room is no earlier care."""
from __future__ import annotations

import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts
from assistant.letters.reading import read_notes, segments_of


def status(notes: list[str], element: str, letter_type: str = "continued_stay", level: str = "outpatient psychotherapy") -> str:
    items = check_notes(extract_facts(notes), letter_type, level)
    return next(i.status for i in items if i.element == element)


BASE = ("Dx: F33.1 major depressive disorder. PHQ-9 18 on 01/06, 14 on 02/03. Weekly CBT, 45 minutes, for 12 weeks. "
        "She denies SI; risk low. No prior treatment. Medication: none. ")


@pytest.mark.parametrize("goals", [
    "Goals by the end of the 8 weeks:\n  - PHQ-9 below 10.\n  - Back at work 4 of 5 days.",
    "What we're aiming for:\n  - PHQ-9 under 10.\n  - Walks 3 times a week.",
    "\u2013 goals (set w/ D.):\n   [ ] bids submitted on time 4 of 4 weeks\n   [ ] PHQ-9 under 10",
])
def test_goals_under_other_headings_are_read(goals):
    assert status([BASE + "\n" + goals], "measurable_goals") == "met"


@pytest.mark.parametrize("criteria", [
    "Step-down readiness (to IOP): sleeping 6-8 hours most nights; mood of -1 or better on 5 days in a row.",
    "Stepping back down: when the kitchen is at CIR 3 or lower, we go back to weekly office sessions.",
    "\u2013 done when \u2192 on-time bids 4 wks straight \u2192 graduate at wk 12",
    "She'll be ready to finish when her PHQ-9 holds under 10 for a month.",
])
def test_the_end_of_treatment_under_other_labels_is_read(criteria):
    assert status([BASE + "\n" + criteria], "discharge_criteria") == "met"


BARE = "Dx: F42.2. Y-BOCS 29 on 03/02. Weekly ERP, 60 minutes. Goal: Y-BOCS 15 or below. "


@pytest.mark.parametrize("risk", [
    "We talked about safety. Suicide and self-harm risk judged low.",
    "Risk was assessed as minimal after the interview.",
    "Overall risk considered moderate; safety plan reviewed.",
])
def test_a_risk_level_written_after_the_word_is_a_screen(risk):
    assert status([BARE + risk], "risk_assessment") == "met"


@pytest.mark.parametrize("hazard", [
    "Risk assessment: HIGH fire/egress risk.",
    "Self-report 03/02: SI-R total 68 (Clutter 28, Acquisition 19).",
    "Home safety: fall risk assessed as high; clutter blocks the back door.",
])
def test_a_hazard_or_an_si_r_score_is_no_risk_screen(hazard):
    assert status([BARE + hazard], "risk_assessment") == "missing"


@pytest.mark.parametrize("pointer, element", [
    ("Risk: see the risk assessment in the student's campus record (not included in this release).", "risk_assessment"),
    ("Discharge criteria: per the program's standard step-down criteria (program manual).", "discharge_criteria"),
    ('Reason given: "The treatment plan does not include measurable goals and an expected length of treatment."',
     "frequency_duration"),
])
def test_a_pointer_or_a_statement_of_absence_documents_nothing(pointer, element):
    note = "Dx: F42.2. Y-BOCS 29 on 03/02. ERP with exposure hierarchy. " + pointer
    assert status([note], element) == "missing"


@pytest.mark.parametrize("line", [
    "Her husband is supportive. He was started on sertraline by their family doctor in March.",
    "Mother moved all medications in the house into a lockbox, including her own sertraline.",
    "Her partner is anxious too. He takes buspirone 10 mg twice a day.",
])
def test_a_relative_s_medication_is_not_the_client_s(line):
    note = ("Dx: F43.12. She reports nightmares; she avoids the unit; she sleeps 4 hours. PCL-5 58 on 01/06. "
            "She attends weekly CPT. " + line)
    assert status([note], "medication_status") == "missing"


@pytest.mark.parametrize("line", [
    'Husband Walt died in 2019. Mena says he "had nerves" and saw a psychiatrist in the 1970s.',
    "Her son lives nearby; she says he was in counseling back in 2015.",
    "Her brother visits; she thinks he saw a therapist as a teenager years ago.",
])
def test_care_the_other_pronoun_received_is_not_prior_treatment(line):
    note = ("Dx: F41.1. She worries daily; she has stopped driving; she sleeps poorly. GAD-7 15 on 03/10. "
            "She will attend weekly CBT. " + line)
    assert status([note], "prior_treatment") == "missing"


@pytest.mark.parametrize("html", [
    "<p><b>Goals:</b></p> <ol> <li>PHQ-9 under 10 by June.</li> <li>Back at work 4 days a week.</li></ol>",
    "<div>Goals:<br>- PHQ-9 under 10 by June<br>- Back at work 4 days a week</div>",
    "<p>Goals:&nbsp;PHQ-9 under 10 by June; back at work 4 days a week.</p>",
])
def test_a_note_pasted_as_html_is_read_as_text(html):
    texts = [s.text for s in segments_of(read_notes([html]))]
    assert not any("<" in t and ">" in t for t in texts)
    assert status(["Dx: F33.1. PHQ-9 18 on 01/06. " + html], "measurable_goals") == "met"


@pytest.mark.parametrize("border", ["+------+------------+", "|======|============|", "+-----------+-----------+"])
def test_a_sentence_after_a_table_border_is_read_on_its_own(border):
    note = "Hierarchy:\n| Step | SUDS |\n| 1 | 40 |\n" + border + " Steps 1-2 were done with the therapist in the room."
    texts = [s.text for s in segments_of(read_notes([note]))]
    assert "Steps 1-2 were done with the therapist in the room." in texts


@pytest.mark.parametrize("line", [
    "Steps 1-2 were done with the therapist in the room.",
    "The first exposure was done during the session with me.",
    "She completed step 3 with this writer at today's session.",
])
def test_the_treating_therapist_in_the_room_is_no_earlier_care(line):
    note = "Dx: F42.2. Y-BOCS 29 on 03/02. Weekly ERP, 60 minutes. " + line
    assert status([note], "prior_treatment") == "missing"


@pytest.mark.parametrize("line", ["Restless when cutting down on bets.", "He is cutting back on overtime.", "She has been cutting class twice a week."])
def test_cutting_down_or_back_is_no_risk_factor(line):
    facts = extract_facts(["Dx: F63.0. Denies SI; risk low. " + line])
    assert not any("cutting" in f.text.lower() for f in facts.risk.factors)


def test_cutting_alone_is_still_a_risk_factor():
    facts = extract_facts(["Dx: F33.1. Denies SI; risk low. History of cutting her forearm at 15."])
    assert any("cutting" in f.text.lower() for f in facts.risk.factors)


@pytest.mark.parametrize("line", [
    "Stepfather completed an anger-management course through his employer's EAP in 2023; open to joining later.",
    "Her older sister was in residential treatment in 2019 and did well.",
    "His father saw a psychiatrist for years before he retired.",
])
def test_a_sentence_about_a_relative_gives_no_prior_treatment(line):
    assert status([BASE.replace("No prior treatment. ", "") + line], "prior_treatment") == "missing"
