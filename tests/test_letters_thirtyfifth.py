"""Letter classes found in the thirty-fifth session (leftovers of the thirty-fourth sets and the thirty-fifth blind
set), each with examples written here (never the set's own wording)."""
import pytest

from assistant.letters.extract import extract_facts
from assistant.letters.sections import strip_label


# -- a condition weighed and set aside in the next sentence names no current diagnosis -------------------------------
@pytest.mark.parametrize("note,gone", [
    ("D2. Insomnia disorder is possible. Sleep loss tracks the mood episodes; not diagnosing it separately.", "insomnia"),
    ("Possible panic disorder. The attacks come only in social settings. Better explained by the social fear; no "
     "separate diagnosis.", "panic"),
    ("Hypothesis 3: generalized anxiety disorder. The worry is about one thing only. Not coded.", "generalized anxiety"),
])
def test_a_condition_set_aside_after_it_is_named_is_no_diagnosis(note, gone):
    names = [d.name.lower() for d in extract_facts([note]).diagnoses]
    assert not any(gone in n for n in names)


@pytest.mark.parametrize("note,kept", [
    ("Insomnia disorder. Sleeps 3-4 hours a night since June.", "insomnia"),
    ("Panic disorder, confirmed today. Does not meet criteria for agoraphobia.", "panic"),
    ("Generalized anxiety disorder. Social anxiety disorder ruled out.", "generalized anxiety"),
])
def test_a_condition_kept_or_another_ruled_out_stays(note, kept):
    names = [d.name.lower() for d in extract_facts([note]).diagnoses]
    assert any(kept in n for n in names)


# -- the sides of a differential are labels, not what the letter quotes ------------------------------------------------
@pytest.mark.parametrize("text,shown", [
    ("for:  C-SSRS today: passive wish to be dead YES, plan NO.", "C-SSRS today"),
    ("Evidence for: daily panic attacks since March.", "Daily panic attacks"),
    ("Supporting: lost two jobs in a year to missed shifts.", "Lost two jobs"),
    ("Against: sleeps well most nights.", "Sleeps well"),
])
def test_a_differentials_side_label_is_dropped_from_a_quote(text, shown):
    assert strip_label(text).startswith(shown)


def test_a_label_that_is_content_stays():
    assert strip_label("Forecast: rain all week.").startswith("Forecast")


# -- a line of the goal list that says when care ends is the discharge criterion, no goal -----------------------------
@pytest.mark.parametrize("line", [
    "STEP DOWN TO BIWEEKLY when the PCL-5 is under 33 twice in a row",
    "Discharge to the alumni group once she has 60 days without a binge",
    "Graduates from the program after all 12 modules are done and the GAD-7 is under 10",
])
def test_the_end_of_care_in_a_goal_list_is_no_goal(line):
    note = f"GOALS\n  - GAD-7 under 10\n  - back at work 3 days a week\n\n{line}."
    facts = extract_facts([note])
    assert not any(line[:20].lower() in g.text.lower() for g in facts.goals)
    assert any(g.text.startswith("GAD-7") for g in facts.goals)


@pytest.mark.parametrize("goal", ["Return to work full time when cleared by her doctor",
                                  "Reduce panic attacks to under 1 a week", "Sleep 7 hours on 5 nights a week"])
def test_an_ordinary_goal_stays(goal):
    facts = extract_facts([f"GOALS\n  - {goal}\n  - GAD-7 under 10"])
    assert any(goal[:15] in g.text for g in facts.goals)


# -- a measurement planned for later is no score of the notes ---------------------------------------------------------
@pytest.mark.parametrize("text", ["Repeat PHQ-9 at week 4.", "Re-administer the PCL-5 in 6 weeks.",
                                  "Rescreen with the AUDIT every 4 sessions."])
def test_a_planned_measurement_is_not_quoted_as_recorded(text):
    from assistant.letters.score_lines import other_measure_sentences
    notes = ["Intake. PHQ-9 19 today. " + text]
    facts = extract_facts(notes)
    assert not any(text[:10] in s for s in other_measure_sentences(notes, facts, set()))


# -- the condition first, then the finishing: discharge told backwards -------------------------------------------------
@pytest.mark.parametrize("text", [
    "After session 8 she finishes the group; individual referral if her GAD-7 is still 10 or higher.",
    "Once the workbook is done and the PCL-5 is under 33, he completes the program.",
    "When all 10 modules are in, they leave the series and move to monthly check-ins.",
])
def test_a_condition_before_the_finishing_is_discharge(text):
    assert extract_facts([text]).discharge_criteria


@pytest.mark.parametrize("text", ["After the fire she left the program for six months.",
                                  "When she was 12 she finished the course in art.",
                                  "After school he leaves the house to walk the dog."])
def test_a_past_finishing_is_no_discharge(text):
    assert not extract_facts([text]).discharge_criteria


# -- statistics of a norm table are no instruments -------------------------------------------------------------------
@pytest.mark.parametrize("text", ["T scores: mean 50, SD 10.", "Standard scores (mean 100, SD 15); SEM 3.",
                                  "Norms: MEAN 20 | SD 5 | N 312"])
def test_a_norm_tables_statistics_are_no_scores(text):
    assert not [m for m in extract_facts([text]).measures if m.instrument.upper() in ("SD", "SEM", "MEAN", "N")]


# -- a medical order's span is no span of therapy -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Plan: short arm cast today; keep it dry and on for 6 weeks.",
    "Plan: amoxicillin 500 mg three times a day for 10 days.",
    "Plan: no driving for 2 weeks; repeat x-ray in 1 week.",
])
def test_a_medical_orders_span_is_no_treatment_duration(text):
    assert not extract_facts([text]).duration


@pytest.mark.parametrize("text", ["Plan: weekly CBT for 12 weeks.", "Plan: splint for 3 weeks; weekly sessions for 16 weeks.",
                                  "Plan: 90837 weekly for 6 months."])
def test_a_therapy_span_beside_an_order_stays(text):
    assert extract_facts([text]).duration
