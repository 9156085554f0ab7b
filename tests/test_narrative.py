"""Facts told as narrative, without a label: each class with varied positives and the hard negatives beside them."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


def facts(*notes: str):
    return extract_facts(list(notes))


@pytest.mark.parametrize("text", [
    "She still skips the Friday staff meeting and has not gone back to her book club.",
    "Since the accident he has stopped driving on the freeway and cancelled a trip to see his brother.",
    "The boy has not spoken to a teacher all year and is excused from reading aloud.",
    "They argue most nights and he has been sleeping in the guest room.",
    "She ran up credit card debt she has hidden from her husband.",
    "He is back to working half days after months of reduced hours.",
])
def test_impairment_told_in_prose_is_found(text):
    assert facts(text).impairments, text


@pytest.mark.parametrize("text", [
    "He no longer skips school and has not missed a day of work this month.",
    "Goals: stop avoiding friends; return to choir.",
    "Two psychiatric hospitalizations in 2019 and 2021.",  # history of care, not functioning now
])
def test_improvement_goals_and_hospital_history_are_not_impairment(text):
    assert not facts(text).impairments, text


@pytest.mark.parametrize("text", [
    "Before coming here she had six sessions with a school counselor in 2022.",
    "He went to Alcoholics Anonymous meetings last spring and stopped after a month.",
    "Referred by her weekly therapist of the past year, who is moving away.",
    "Admitted after eight months of weekly outpatient therapy without change.",
    "She had no counseling of any kind before this year.",
])
def test_care_before_this_episode_told_in_prose_is_prior_treatment(text):
    assert facts(text).prior_treatment, text


@pytest.mark.parametrize("text", [
    "We have been meeting weekly since <DATE_3>.",
    "Prior authorization for 12 sessions expires on <DATE_4>.",
    "She started here in March and attends every session.",
])
def test_current_care_and_authorizations_are_not_prior_treatment(text):
    assert not facts(text).prior_treatment, text


@pytest.mark.parametrize("text", [
    "We already tried weekly.",
    "That is why we recommended IOP rather than more weekly counseling.",
    "Outpatient care and a prior IOP have not held even a week of abstinence.",
    "There is no adolescent PHP within two hours of the family's town.",
])
def test_a_lower_level_that_did_not_hold_told_as_a_story(text):
    assert facts(text).lower_level_rationale, text


def test_a_story_over_two_sentences_counts_and_a_lone_level_word_does_not():
    story = facts("In June the family asked to drop to one session a week. Within a month she cut again.")
    assert len(story.lower_level_rationale) == 2
    assert not facts("She attends weekly sessions.").lower_level_rationale
    assert not facts("Her PHQ-9 went back up to 21.").lower_level_rationale


@pytest.mark.parametrize("text, freq, dur", [
    ("We'll keep meeting Tuesdays for about three more months.", True, True),
    ("I will see her every other week for about six months.", True, True),
    ("Plan: continue on Thursdays for another year.", True, True),
    ("In 2019 she went to a group on Mondays for a few weeks.", False, False),
])
def test_a_schedule_told_in_words(text, freq, dur):
    f = facts(text)
    assert (bool(f.frequency), bool(f.duration)) == (freq, dur), text


@pytest.mark.parametrize("text, found", [
    ("She will graduate when the ORS stays above 25 for three sessions.", True),
    ("Step-down to IOP when: no purging for 14 days and meals completed.", True),
    ("DISCHARGE CRITERIA\nProgram graduation: parent meets mastery criteria and ECBI below 114.", True),
    ("Outpatient follow-up failed after the last 2 discharges.", False),
    ("Relapsed within 48 hours of both detox discharges.", False),
])
def test_discharge_criteria_and_past_discharges(text, found):
    assert bool(facts(text).discharge_criteria) is found, text


@pytest.mark.parametrize("text, assessed", [
    ("SAFETY\nRisk to self: low. Risk to others: low-moderate.", True),
    ("No statements about wanting to die or hurt himself.", True),
    ("Risk to self: not assessed; screen next visit.", False),
])
def test_risk_stated_as_a_level_for_self_or_others(text, assessed):
    assert facts(text).risk.assessed is assessed


@pytest.mark.parametrize("text, found", [
    ("She is sleeping through most nights now, unlike in April.", True),
    ("Down to two panic attacks a week vs 6 in March.", True),
    ("He speaks up in meetings now; in January it was 0 times a week.", True),
    ("Goals: feel better than before.", False),
])
def test_progress_told_as_a_comparison(text, found):
    assert bool(facts(text).progress) is found, text


def test_medication_none_under_a_heading_goals_as_targets_and_disorder_abbreviated():
    f = facts("MEDICATION\nNone.\n\nHer targets are a PSWQ of 45 or less and two outings a week.",
              "dx: social anxiety d/o, generalized.")
    assert [m.text for m in f.medication_status] == ["none"]
    assert f.goals and f.goals[0].measurable and not f.measures  # "45 or less" is a target, not a score
    # written as the field says, with chart shorthand spelled out for the reviewer
    assert [d.name for d in f.diagnoses] == ["social anxiety disorder, generalized"]


@pytest.mark.parametrize("field, name", [
    ("Dx: adjustment d/o w/ mixed anxiety and depressed mood", "adjustment disorder with mixed anxiety and depressed mood"),
    ("Diagnosis: panic D/O w/o agoraphobia", "panic disorder without agoraphobia"),
    ("Diagnoses: insomnia d/o, persistent", "insomnia disorder, persistent"),
])
def test_uncoded_diagnosis_as_written_spells_out_chart_shorthand(field, name):
    names = [d.name for d in facts("Seen for individual therapy.", field).diagnoses]
    assert name in names, names


@pytest.mark.parametrize("text", [
    "Role-played declining extra shifts at work.",
    "Practiced skipping the reassurance text to her mother.",
    "Homework: avoid checking the stove more than once before leaving.",
])
def test_a_session_exercise_is_not_an_impairment(text):
    assert not facts(text).impairments, text


@pytest.mark.parametrize("note, kind", [
    ("MEDICATION MANAGEMENT + PSYCHOTHERAPY\nDate of service 01/28/2025\nShe has returned to full workdays.", ""),
    ("PSYCHIATRIC FOLLOW-UP\nPatient: <PERSON_1>\nMood improved.", ""),
    ("GOALS\nPHQ-9 below 10.", "goals"),
])
def test_a_notes_title_line_governs_no_section(note, kind):
    from assistant.letters.reading import segments

    assert segments([note])[-1].kind == kind


@pytest.mark.parametrize("text", [
    "Conflict de-escalated faster than in earlier sessions.",
    "She used the skill from our previous session at work.",
    "Compared with the last two sessions he was more open.",
])
def test_sessions_of_this_episode_are_not_prior_treatment(text):
    assert not facts(text).prior_treatment, text
