"""Letter classes found in the thirty-seventh session (the thirty-seventh blind set), each with examples written here
(never the set's own wording) and inputs each change must leave alone."""
import pytest

from assistant.letters.checklist import check_notes
from assistant.letters.extract import extract_facts
from assistant.letters.patterns import LABEL, label_kind


def _status(notes: list[str], element: str, letter_type: str = "continued_stay",
            level: str = "outpatient psychotherapy") -> str:
    items = check_notes(extract_facts(notes), letter_type, level)
    return next(i.status for i in items if i.element == element)


# -- a bilingual label whose other-language half redaction took for a name: the English half still names the field ----
@pytest.mark.parametrize("text,kind", [
    ("<PERSON_3> / Goals: panic attacks 1 or fewer a week for 4 weeks.", "goals"),
    ("<PERSON_12> / Plan: weekly CBT, 50 minutes, 12 sessions.", "plan"),
    ("<ADDRESS_2> / Risk: denies thoughts of suicide; low risk.", "risk"),
])
def test_a_redacted_first_half_leaves_the_english_label(text, kind):
    m = LABEL.match(text)
    assert m and label_kind(m.group(1)) == kind


@pytest.mark.parametrize("text", [
    "<PERSON_1> / <PERSON_2>: <DATE_1>",
    "<PERSON_4> said the goals were hers: fewer fights.",
    "Seen with <PERSON_5> / mother today.",
])
def test_placeholders_alone_make_no_label(text):
    m = LABEL.match(text)
    assert not m or label_kind(m.group(1)) == ""


def test_goals_under_a_redacted_bilingual_label_are_read():
    note = "Dx: F41.0 Panic disorder.\n<PERSON_7> / Goals: panic attacks 1 or fewer per week for 4 straight weeks."
    assert _status([note], "measurable_goals") == "met"


# -- the end of care asked as a short heading: "End:", "When we'd taper:", "Ending of therapy:" -------------------------
@pytest.mark.parametrize("note", [
    "Plan: weekly CBT.\nEnd: when she has gone 4 weeks without a panic attack.",
    "Plan: ERP weekly.\nWhen we would stop: after 3 straight weeks of Y-BOCS under 12.",
    "Plan: family sessions.\nKuisha / End: once he attends school 5 of 5 days for a month.",
    "Plan: IPT.\nWhen she'd step down: to monthly visits once the PHQ-9 is under 10 for 6 weeks.",
])
def test_an_end_heading_holds_discharge_criteria(note):
    assert _status([note], "discharge_criteria") == "met"


@pytest.mark.parametrize("note", [
    "Session start: 9:00  End: 9:50. Worked on exposure hierarchy.",
    "End date: 03/31/2027 per the authorization.",
    "Plan: weekly CBT. Ending the session with a breathing exercise.",
])
def test_an_end_time_or_date_is_no_criterion(note):
    assert _status([note], "discharge_criteria") == "missing"


# -- a diagnosis field that says the diagnosis comes later documents none ---------------------------------------------
@pytest.mark.parametrize("note", [
    "Diagnosis: to be assigned at the psychiatric evaluation next week.",
    "Dx: not yet given; the intake psychiatrist sees her Monday.",
    "Diagnosis: to be established after the full evaluation.",
    "Diagnosis: awaiting the neuropsychological testing results.",
])
def test_a_diagnosis_put_off_is_no_diagnosis(note):
    assert extract_facts([note]).diagnoses == ()


@pytest.mark.parametrize("note,name", [
    ("Diagnosis: Social anxiety disorder.", "Social anxiety disorder"),
    ("Dx: Generalized anxiety disorder (to be confirmed by psychiatry).", "Generalized anxiety disorder"),
    ("Diagnosis: major depressive disorder, recurrent, moderate.", "major depressive disorder"),
])
def test_a_named_diagnosis_is_kept(note, name):
    assert any(d.name.lower().startswith(name.lower()) for d in extract_facts([note]).diagnoses)


# -- care placed in an earlier episode by its year: "in the 2019 episode", "after her 2017 hospitalization" ------------
@pytest.mark.parametrize("note", [
    "In the 2018 episode he got well with about eight sessions of CBT through his employer.",
    "During her 2020 relapse she attended a DBT skills group for three months.",
    "After his 2017 hospitalization he saw a counselor at the clinic for a while.",
])
def test_care_in_an_earlier_years_episode_is_history(note):
    assert extract_facts([note]).prior_treatment


# -- an explicit "none before": a kind of care named, or "never seen anyone for it" ------------------------------------
@pytest.mark.parametrize("note", [
    "She did a peer support circle at church; no individual therapy before this.",
    "No formal counseling before the referral from her pediatrician.",
    "Has never seen anyone for the drinking; his doctor mentioned AA once.",
    "He has never talked to anybody about the assault.",
])
def test_no_care_of_this_kind_before_is_a_history_of_none(note):
    assert extract_facts([note]).prior_treatment


@pytest.mark.parametrize("note", [
    "He has never seen anyone so angry, he says of his father.",
    "No individual therapy sessions were missed this month.",
    "Plan: weekly CBT with me, 12 sessions.",
])
def test_no_care_history_is_read_from_other_nevers(note):
    assert not extract_facts([note]).prior_treatment


# -- care a counselor gave "weekly since ..." before a program is asked for is the lower level tried ------------------
@pytest.mark.parametrize("note,level", [
    ("Care so far: school counselor weekly since September (6 sessions) -- no change; she referred him on.", "IOP"),
    ("Up to now: a therapist every other week since March, 5 visits, and the panic kept climbing.", "PHP"),
    ("Her counselor weekly since 01/2026 (10 sessions) kept her going, but she is worse.", "IOP"),
])
def test_a_counselors_weekly_course_before_a_program_is_prior_care(note, level):
    from assistant.letters.levels import at_level
    assert at_level(extract_facts([note]), level).prior_treatment


@pytest.mark.parametrize("note,level", [
    ("Plan: counselor weekly for 12 more sessions.", "IOP"),
    ("School counselor weekly since September (6 sessions).", "outpatient psychotherapy"),
    ("Her counselor will meet her weekly once the IOP ends.", "IOP"),
])
def test_a_planned_or_same_level_course_is_not_moved(note, level):
    from assistant.letters.levels import at_level
    assert not at_level(extract_facts([note]), level).prior_treatment


# -- a lower level that got worse over its course, or that the client walked away from --------------------------------
@pytest.mark.parametrize("note", [
    "Outpatient since May: therapist weekly, and she deteriorated over that period.",
    "Home-based outpatient visits were set up, but he stopped answering the door after the second week.",
    "Weekly therapy since spring; she quit answering the clinic's calls in August.",
])
def test_a_lower_level_that_did_not_hold(note):
    assert _status([note], "lower_level_insufficient", "initial_authorization", "IOP") == "met"


@pytest.mark.parametrize("note", [
    "She stopped opening her mail after the layoff.",
    "Weekly therapy; mood was worse over the holidays.",
    "He answered the door today for the outreach worker.",
])
def test_no_level_or_no_failure_is_no_rationale(note):
    assert _status([note], "lower_level_insufficient", "initial_authorization", "IOP") == "missing"


# -- the named components of insomnia treatment are treatment approaches ---------------------------------------------
@pytest.mark.parametrize("note,name", [
    ("Plan: stimulus control instructions and a fixed rise time, weekly.", "stimulus control"),
    ("Interventions: sleep restriction therapy with a 6-hour sleep window.", "sleep restriction"),
    ("We will use time-in-bed restriction and a worry period in group.", "sleep restriction"),
])
def test_insomnia_components_are_modalities(note, name):
    assert name in {m.text for m in extract_facts([note]).modalities}


@pytest.mark.parametrize("note", [
    "Sleep restriction from her night shifts makes her irritable.",
    "Chronic sleep restriction since the baby was born.",
    "No impulse control problems reported.",
])
def test_sleep_loss_is_no_modality(note):
    assert not {m.text for m in extract_facts([note]).modalities} & {"sleep restriction", "stimulus control"}


# -- instruments the catalog lacked: acute stress and body image scales, named by their abbreviation ------------------
@pytest.mark.parametrize("note,name,score", [
    ("Acute Stress Disorder Scale (ASDS) ..... 58", "ASDS", 58),
    ("ASDS total 71 at intake, two weeks after the crash.", "ASDS", 71),
    ("Body Image Disturbance Questionnaire mean 3.6 today.", "BIDQ", 3.6),
])
def test_new_catalog_instruments_are_read(note, name, score):
    assert score in _scores(note, name)


@pytest.mark.parametrize("note,name,bad", [
    ("ASDS 120 written on the form (out of range).", "ASDS", 120),
    ("The asds group met on Tuesday at 4.", "ASDS", 4),
    ("BIDQ 9 per the scanned sheet.", "BIDQ", 9),
])
def test_out_of_range_or_bare_words_are_not_scores(note, name, bad):
    assert bad not in _scores(note, name)


def _scores(note: str, name: str) -> list:
    return [m.score for m in extract_facts([note]).measures if m.instrument == name or m.instrument.startswith(name + " ")]
