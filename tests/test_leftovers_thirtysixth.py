"""What the thirty-sixth blind set left after its session, fixed by class at the start of the next one: subscale scores
told again for a later date in a sentence of their own, pain and disability instruments with their parts, and words of
machinery read as names (a field name in CamelCase, a document's revision letter, the letters of a form code). Examples
written here, never the set's own wording."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts
from phi_spans import covered, untouched


def _scores(text: str) -> set[tuple[str, object, str | None]]:
    return {(m.instrument, m.score, m.date) for m in extract_facts(["Seen today for a session.", text]).measures}


# --- a later administration's subscales in the next sentence, named by part only (letters/series_on.py) ---

@pytest.mark.parametrize("text, later", [
    ("Acrophobia Questionnaire (AQ): 09/02/2026 - anxiety 91, avoidance 24. 12/01/2026 - anxiety 63, avoidance 15.",
     {("Acrophobia Questionnaire anxiety", 63, "12/01/2026"), ("Acrophobia Questionnaire avoidance", 15, "12/01/2026")}),
    ("ECBI (mother): intake Intensity 172, Problem 24. Week 10: Intensity 131, Problem 15.",
     {("ECBI Intensity", 131, None), ("ECBI Problem", 15, None)}),
    ("BPI on 10/06: severity 6.5, interference 7.4. On 11/30 - severity 4.0; interference 5.1.",
     {("BPI severity", 4.0, "11/30"), ("BPI interference", 5.1, "11/30")}),
])
def test_subscales_told_again_for_a_later_date_are_later_scores(text, later):
    assert later <= _scores(text)


# the notes as written (before redaction, as the unsupported-claims check reads them) date the groups in words
@pytest.mark.parametrize("text, later", [
    ("Acrophobia Questionnaire (AQ): 2 Sep 2026 - anxiety 91, avoidance 24. 1 Dec 2026 - anxiety 63, avoidance 15.",
     {("Acrophobia Questionnaire anxiety", 63, "1 Dec 2026"), ("Acrophobia Questionnaire avoidance", 15, "1 Dec 2026")}),
    ("ECBI: intake Intensity 172, Problem 24. Nov 30, 2026: Intensity 131, Problem 15.",
     {("ECBI Intensity", 131, "Nov 30, 2026"), ("ECBI Problem", 15, "Nov 30, 2026")}),
    ("BPI, 6 Oct: severity 6.5, interference 7.4. 30 November - severity 4.0, interference 5.1.",
     {("BPI severity", 4.0, "30 November"), ("BPI interference", 5.1, "30 November")}),
])
def test_a_later_group_dated_in_words_is_read(text, later):
    assert later <= _scores(text)


@pytest.mark.parametrize("text", [
    "Acrophobia Questionnaire (AQ): 2 Sep 2026 - anxiety 91, avoidance 24.",
    "ECBI 14 Oct: Intensity 150, Problem 20",
    "NIAS 3 March: picky eating 12, fear 10",
])
def test_the_day_of_a_written_date_is_no_total(text):
    names = {name for name, _, _ in _scores(text)}
    assert names and not names & {"Acrophobia Questionnaire", "ECBI", "NIAS"}


@pytest.mark.parametrize("text", [
    "PCL-5 intrusion 14, avoidance 6. 11/30: intrusion 9, avoidance 4 and she slept better.",  # more than the scores
    "Acrophobia Questionnaire: 09/02/2026 - anxiety 91, avoidance 24. 12/01/2026 - anxiety 63, avoidance 150.",  # out of range: not read
    "Acrophobia Questionnaire: 09/02/2026 - anxiety 91, avoidance 24. 12/01/2026 - mood 3, sleep 5.",  # parts the sentence before did not score
])
def test_a_next_sentence_that_is_not_only_the_same_parts_adds_nothing(text):
    assert len(_scores(text)) == 2


# --- pain and disability instruments and published subscales in the catalog (data/measures.yaml) ---

@pytest.mark.parametrize("text, score", [
    ("Brief Pain Inventory, interference (mean)    7.4      0-10", ("BPI interference", 7.4, None)),
    ("BPI severity 6.5, interference 7.1", ("BPI severity", 6.5, None)),
    ("Oswestry Disability Index                    62%      severe disability", ("ODI", 62, None)),
    ("ODI: 44 % (moderate)", ("ODI", 44, None)),
    ("Tampa Scale for Kinesiophobia (TSK-11)       35       11-44", ("TSK-11", 35, None)),
    ("NIAS (Nine Item ARFID Screen) total 34; fear subscale 14.", ("NIAS fear", 14, None)),
    ("NIAS 30 (picky eating 12, appetite 8, fear 10)", ("NIAS appetite", 8, None)),
])
def test_pain_instruments_and_subscales_are_read(text, score):
    assert score in _scores(text)


# --- machinery that is no name (phi/camel_codes.py, name_cues.py, recognizers/backstop.py) ---

@pytest.mark.parametrize("text, word", [
    ("ResponseId        | RecordedDate     | Finished | Q1_SPIN_Total\nR_1fQ9kXb2 | 2026-10-07 18:02 | True | 47\n", "RecordedDate"),
    ("Columns kept: StartDate, EndDate, DurationSeconds, DistributionChannel.", "DurationSeconds"),
    ("StartDate\tEndDate\tProgress\tUserLanguage\n2026-10-07\t2026-10-07\t100\tEN\n", "UserLanguage"),
    ("Filter: ExternalReference = 11002934 (exported by the clinic)", "ExternalReference"),
])
def test_a_field_name_in_camel_case_is_kept(detector, text, word):
    assert untouched(detector, text, word)


@pytest.mark.parametrize("text, name", [
    ("Group roster: DeShawn and his mother came at 5.", "DeShawn"),
    ("Called McKenna back about the intake forms.", "McKenna"),
    ("Her cousin LaToya drove her to the session.", "LaToya"),
    ("Spoke with MaryKate, his sister, by phone.", "MaryKate"),
])
def test_a_name_with_an_inner_capital_is_still_redacted(detector, text, name):
    assert covered(detector, text, name)


@pytest.mark.parametrize("text, word", [
    ("CLIMBER RECORD                              Form OM-114 rev C\nTechnician: Caleb J. Nordgren", "rev C"),
    ("See the intake packet, REV 3, page 2.", "REV 3"),
    ("Safety plan template Rev. B (2025) was used.", "Rev. B"),
])
def test_a_revision_mark_is_no_reverend(detector, text, word):
    assert untouched(detector, text, word[-1])


def test_a_reverend_with_a_name_is_still_redacted(detector):
    assert covered(detector, "She talks weekly with Rev. Amos Whitcombe at her church.", "Amos Whitcombe")


@pytest.mark.parametrize("text, code", [
    ("CLIMBER STAND-DOWN RECORD          Form OM-HSE-114 rev C", "OM-HSE"),
    ("The mother signed form DHS-CFSA-601 at intake.", "DHS-CFSA"),
    ("Checklist 12-OMHSAS was completed by staff.", "OMHSAS"),
    ("She returned form PSYCHEVAL-22 on time.", "PSYCHEVAL"),
])
def test_the_letters_of_a_form_code_are_no_name(detector, text, code):
    assert untouched(detector, text, code)
