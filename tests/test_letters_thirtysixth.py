"""Letter classes found in the thirty-sixth session (leftovers of the thirty-fourth and thirty-fifth blind sets), each
with examples written here (never the sets' own wording) and inputs each change must leave alone."""
import pytest

from assistant.letters.element_checks import CHECKS, runs_to_now
from assistant.letters.extract import extract_facts
from assistant.letters.glossary import glossed, note_languages
from assistant.letters.patterns import Segment


def _scores(note: str, name: str) -> list:
    return [m.score for m in extract_facts([note]).measures if m.instrument.startswith(name)]


def _trend_names(note: str) -> set[str]:
    return {t.instrument for t in extract_facts([note]).trends}


# -- two raters of one scale are two views of one time point, never a series ------------------------------------------
@pytest.mark.parametrize("note,name,raters", [
    ("BASC-3 on 10/02: parent Depression T 71; teacher Depression T 58.", "BASC-3", {"parent", "teacher"}),
    ("Screening: SCARED mother total 41, SCARED child total 29.", "SCARED", {"parent", "self"}),
    ("Ratings this month - BASC-3 father-rated Hyperactivity T 77 and teacher Hyperactivity T 66.", "BASC-3", {"parent", "teacher"}),
])
def test_two_raters_of_one_scale_make_no_trend(note, name, raters):
    facts = extract_facts([note])
    assert {m.rater for m in facts.measures if m.instrument.startswith(name)} == raters
    assert not any(t.instrument.startswith(name) for t in facts.trends)


@pytest.mark.parametrize("note,name", [
    ("BASC-3 parent Anxiety T 80 in September; parent Anxiety T 66 on 11/30.", "BASC-3"),
    ("PHQ-9 18 at intake, 11 today.", "PHQ-9"),
    ("SCARED child total 38 (intake), SCARED child total 22 today.", "SCARED"),
])
def test_one_rater_over_time_is_still_a_trend(note, name):
    assert any(t.startswith(name) for t in _trend_names(note))


def test_the_letter_names_the_rater():
    from assistant.letters.score_lines import measure_line
    facts = extract_facts(["BASC-3 on 10/02: parent Depression T 71; teacher Depression T 58."])
    assert {"parent rating", "teacher rating"} <= {w for m in facts.measures for w in [measure_line(m)] for w in
                                                   ("parent rating", "teacher rating") if w in measure_line(m)}


# -- a history paragraph that runs up to the present holds the current course -----------------------------------------
@pytest.mark.parametrize("note,approach", [
    ("History: panic since 2022; a counselor in 2023 for 4 visits. Since 03/2026 she has been in CBT with me every week.", "CBT"),
    ("Background: cutting since age 14, one ED visit in 2025. From 10/01/2026 we started DBT skills group plus individual DBT.", "DBT"),
    ("Treatment history: two inpatient stays. Starting in August 2026 he has been seen here weekly for EMDR.", "EMDR"),
])
def test_an_open_ended_course_under_a_history_label_is_current(note, approach):
    assert approach in {m.text for m in extract_facts([note]).modalities}


@pytest.mark.parametrize("text", [
    "History: CBT from 2019 to 2021 with Dr. K, then none.",
    "Since 2020 she did DBT, which ended in 2022.",
    "Past care: EMDR in 2018, stopped after 6 sessions.",
])
def test_a_closed_course_stays_history(text):
    assert not runs_to_now(text)
    assert not extract_facts([f"History: {text}" if not text.startswith("History") else text]).modalities


# -- "used to" with nothing said of today, "for now": no change since care began -------------------------------------
def _progress(text: str) -> bool:
    return bool(CHECKS["progress"](Segment(0, text, "", None, "prose")))


@pytest.mark.parametrize("text", [
    "He used to run every morning and coached his daughter's soccer team.",
    "I am sleeping at his apartment for now so he is not alone.",
    "For now the kids stay with their grandmother during the week.",
])
def test_a_past_life_or_a_stopgap_is_no_progress(text):
    assert not _progress(text)


@pytest.mark.parametrize("text", [
    "She used to skip every lunch; these days she eats with coworkers.",
    "He used to wake at 3 am and now sleeps until 6.",
    "Panic attacks are down to 1 a week.",
])
def test_a_then_and_now_comparison_is_progress(text):
    assert _progress(text)


# -- a run of dated values under a scale's heading; a month and day joined by a hyphen ----------------------------------
@pytest.mark.parametrize("note,name,scores", [
    ("HAM-D (17 items, clinician-rated):\n  09-02: 24     10-07: 18     11-04: 12", "HAM-D", [24, 18, 12]),
    ("YMRS, rated by Dr. Okafor:\n  3-14: 30;  4-11: 22", "YMRS", [30, 22]),
    ("PANSS total, rated by Dr. Ruiz:\n  02-20: 96, 03-19: 81, 04-16: 70\n  positive items fell most", "PANSS", [96, 81, 70]),
    ("MADRS, rated by <PERSON_2>:\n  <DATE_3>: 31   <DATE_4>: 22", "MADRS", [31, 22]),
])
def test_dated_values_in_a_row_under_the_heading(note, name, scores):
    assert _scores(note, name) == scores


@pytest.mark.parametrize("note", ["Sleep log:\n  10-30: 6     11-20: 7", "Weights by week:\n  9-01: 61   9-08: 60"])
def test_a_row_of_values_under_no_scale_is_no_score(note):
    assert not extract_facts([note]).measures


@pytest.mark.parametrize("note,score", [
    ("MCCB 10-20: composite T 33 (see the neuropsychology report)", 33),
    ("MATRICS Consensus Cognitive Battery overall composite T 27.", 27),
    ("MCCB (two sittings) composite T = 41", 41),
])
def test_the_mccb_composite_is_read(note, score):
    assert _scores(note, "MCCB") == [score]


# -- a goals heading that carries its time span ------------------------------------------------------------------------
@pytest.mark.parametrize("title", ["Goals for the next 12 weeks", "Goals through 03/2027", "Objectives by June 2027"])
def test_a_goals_heading_with_its_span_opens_the_goals(title):
    note = f"Plan of care\n\n{title}\n1. Ride the bus to work alone 3 days a week\n2. GAD-7 under 8\n"
    goals = [g.text for g in extract_facts([note]).goals]
    assert any(g.startswith("Ride the bus") for g in goals) and any(g.startswith("GAD-7") for g in goals)


@pytest.mark.parametrize("title", ["Session 12", "3 things that went well", "Week 4"])
def test_a_numbered_title_naming_no_section_sets_no_goals(title):
    note = f"Notes\n\n{title}\n1. Rode the bus to work alone twice\n2. Called her sister\n"
    assert not extract_facts([note]).goals


# -- an item count in the name's bracket is no score -------------------------------------------------------------------
@pytest.mark.parametrize("note,name,score", [
    ("Sum (PCL-5, 20 questions) = 44", "PCL-5", 44),
    ("Score (EPDS, 10 questions) = 16.", "EPDS", 16),
    ("Total of all answers (BDI-II, 21 items) = 33", "BDI-II", 33),
])
def test_an_item_count_in_brackets_is_not_the_score(note, name, score):
    assert _scores(note, name) == [score]


def test_a_count_of_items_endorsed_still_reads():
    assert _scores("PHQ-9 (9 items) 14", "PHQ-9") == [14]


# -- glossary words apply only as the note's own language reads them ---------------------------------------------------
@pytest.mark.parametrize("note", [
    "Pacjent nie ma myśli samobójczych, terapia raz w tygodniu, 12 sesji.",
    "Klientka nie chodzi do pracy od marca; terapia raz w tygodniu.",
    "Nie śpi po nocach, nie je śniadań. Cele: spać 7 godzin.",
])
def test_a_polish_no_is_not_read_as_denies(note):
    assert "denies" not in glossed(note).lower()
    assert note_languages(note)[0] == "pl"


@pytest.mark.parametrize("note,english", [
    ("Patiente nie idées suicidaires. Suivi hebdomadaire.", "denies"),
    ("Plan: terapia weekly, 12 sesiones.", "12 sessions"),
    ("Pacjent ma terapia raz w tygodniu.", "once a week"),
])
def test_the_glossary_still_reads_its_words(note, english):
    assert english in glossed(note)


# -- an earlier score in brackets named by its occasion is the baseline -------------------------------------------------
@pytest.mark.parametrize("note,name,now,then", [
    ("PCL-5 41 this week (52 at the first visit).", "PCL-5", 41, 52),
    ("PHQ-9 9 (14 at his second appointment).", "PHQ-9", 9, 14),
    ("OCI-R 20 (26 at her initial assessment on 08/14).", "OCI-R", 20, 26),
])
def test_a_bracketed_earlier_occasion_is_the_baseline(note, name, now, then):
    ms = [m for m in extract_facts([note]).measures if m.instrument == name]
    assert {(m.score, m.baseline) for m in ms} == {(now, False), (then, True)}


def test_a_bracket_without_a_score_adds_none():
    assert _scores("PHQ-9 12 (a first session is booked).", "PHQ-9") == [12]


# -- "How she responded:" labels the response to treatment --------------------------------------------------------------
@pytest.mark.parametrize("note", [
    "How she responded: sleeping through the night on most nights now.",
    "How the family has responded to treatment: they use the reward chart every evening.",
    "How he has responded to CBT: goes to the store alone twice a week.",
])
def test_a_how_responded_label_is_progress(note):
    assert extract_facts([note]).progress


def test_how_someone_responded_to_an_event_is_no_progress():
    assert not extract_facts(["How he responded to the news: he cried for an hour."]).progress


# -- a loss in the client's own words is impairment, not progress -----------------------------------------------------
@pytest.mark.parametrize("note", [
    'He told me, "I can no longer sit through a class without leaving."',
    "She could no longer drive to work by October.",
    'She said: "I can\'t open my mail anymore, it just piles up."',
])
def test_can_no_longer_is_a_loss(note):
    facts = extract_facts([note])
    assert facts.impairments and not facts.progress


def test_no_longer_doing_a_symptom_is_progress():
    assert extract_facts(["He no longer panics in the car."]).progress


# -- the first care of any kind answers prior treatment ----------------------------------------------------------------
@pytest.mark.parametrize("note", [
    "This will be Dana's first mental-health treatment of any kind.",
    "This is the first counseling she has ever had.",
    "First time in any kind of therapy.",
])
def test_first_care_of_any_kind_answers_prior_treatment(note):
    assert extract_facts([note]).prior_treatment


@pytest.mark.parametrize("note", ["Her first CBT session was on 09/04.", "It is his first time driving since the crash."])
def test_a_first_session_or_first_time_is_no_history(note):
    assert not extract_facts([note]).prior_treatment


# -- a schedule told after the goal list is the frequency, no goal --------------------------------------------------------
@pytest.mark.parametrize("tail,freq", [
    ("We will meet weekly for these, 45 minutes each.", "weekly"),
    ("Sessions will stay twice a week until both are met.", "twice a week"),
    ("She'll be seen every other week while we work on them.", "every other week"),
])
def test_a_schedule_after_the_goals_is_the_frequency(tail, freq):
    facts = extract_facts([f"Goals:\n1. Sleep 7 hours on 5 nights a week.\n2. PHQ-9 under 10.\n{tail}"])
    assert freq in {f.text.lower() for f in facts.frequency}
    assert len(facts.goals) == 2


def test_goals_with_their_own_rates_stay_goals():
    facts = extract_facts(["Goals:\n- Walk 3 times a week.\n- Call a friend weekly."])
    assert len(facts.goals) == 2


# -- a session count after the sessions and a comma; a procedure code is no count --------------------------------------
@pytest.mark.parametrize("note,count", [
    ("Plan: weekly family sessions, 16.", "16"),
    ("Plan: 90847 weekly family sessions, 16.", "16"),
    ("Plan: biweekly individual sessions, 10.", "10"),
])
def test_a_count_after_the_sessions_is_the_duration(note, count):
    durations = [d.text for d in extract_facts([note]).duration]
    assert durations and all("9084" not in d for d in durations) and any(count in d for d in durations)


@pytest.mark.parametrize("note", ["Plan: weekly sessions, 2 per week at first.", "Seen in 90837 sessions, 45 minutes.",
                                  "Plan: 90834 weekly sessions."])
def test_a_rate_or_a_code_is_no_session_count(note):
    assert not extract_facts([note]).duration


# -- a subscale written as a fraction, with its earlier fraction in brackets ------------------------------------------
@pytest.mark.parametrize("note,name,now,then", [
    ("EDE-Q restraint 3.2/6 (intake 4.8/6)", "EDE-Q restraint", 3.2, 4.8),
    ("PCL-5 cluster B 7/20 (intake 15/20)", "PCL-5 cluster B", 7, 15),
    ("PCL-5 44 (intake 58); avoidance 3/8 (intake 7/8)", "PCL-5 avoidance", 3, 7),
])
def test_a_subscale_fraction_and_its_earlier_fraction(note, name, now, then):
    ms = [m for m in extract_facts([note]).measures if m.instrument == name]
    assert {(m.score, m.baseline) for m in ms} == {(now, False), (then, True)}


@pytest.mark.parametrize("note,name,scores", [("EDE-Q global 2.9 (intake 4.1)", "EDE-Q", [2.9, 4.1]),
                                              ("K10 21 (intake 30)", "K10", [21, 30])])
def test_a_plain_earlier_value_still_reads(note, name, scores):
    assert sorted(_scores(note, name)) == sorted(scores)


# -- nobody has treated the client for this: no prior treatment, said by a relative or the clinician -------------------
@pytest.mark.parametrize("note", ["- Nobody has seen her for this", "No one has ever treated him for this before.",
                                  "No therapist has seen them before."])
def test_nobody_has_seen_them_for_this_answers_prior_treatment(note):
    assert extract_facts([note]).prior_treatment


@pytest.mark.parametrize("note", ["Nobody has seen him since Tuesday.", "No one has helped her with the rent."])
def test_nobody_seeing_them_otherwise_is_no_history(note):
    assert not extract_facts([note]).prior_treatment
