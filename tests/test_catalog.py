"""The measure catalog as data: names found the longest way, scores checked against ranges, bands and changes
written the way a reviewer reads them, unknown instruments carried as the notes name them."""
from __future__ import annotations

import pytest

from assistant.letters import score_lines as L
from assistant.letters.catalog import band, catalog, in_range
from assistant.letters.extract import extract_facts


def scores(*notes: str) -> list[tuple[str, object]]:
    return [(m.instrument, m.score) for m in extract_facts(list(notes)).measures]


def test_the_catalog_holds_at_least_sixty_rating_scales_with_consistent_data():
    scales = [i for i in catalog().instruments.values() if not i.lab]
    assert len(scales) >= 60
    for inst in catalog().instruments.values():
        assert inst.aliases and inst.better in ("", "lower", "higher"), inst.name
        if inst.low is not None:
            assert inst.low < inst.high, inst.name
        for lo, hi, label in inst.bands:
            assert inst.low <= lo <= hi <= inst.high and label, inst.name
        assert [b[0] for b in inst.bands] == sorted(b[0] for b in inst.bands), inst.name
        assert inst.change is None or inst.change > 0


@pytest.mark.parametrize("text, name", [
    ("Children's Yale-Brown Obsessive Compulsive Scale 24", "CY-BOCS"), ("CY-BOCS 24", "CY-BOCS"),
    ("Y-BOCS 24", "Y-BOCS"), ("PHQ-A 17", "PHQ-A"), ("DERS-16 60", "DERS-16"), ("DERS 120", "DERS"),
    ("CALOCUS 20", "CALOCUS"), ("LOCUS 20", "LOCUS"), ("AUDIT-C 6", "AUDIT-C"), ("AUDIT 19", "AUDIT"),
])
def test_the_longest_alias_wins(text, name):
    assert [n for n, _ in scores(text)] == [name]


@pytest.mark.parametrize("text, expected", [
    ("spin 48 today.", [("SPIN", 48)]),          # an all-lowercase note: a score right after the name counts
    ("SPIN total = 39.", [("SPIN", 39)]),
    ("goes to spin class at 6 most days.", []),
    ("CATS 31; the cats were fed.", [("CATS", 31)]),
    ("He was scared 3 times this week.", []),
])
def test_acronyms_that_are_words_need_capitals_or_a_score_right_after(text, expected):
    assert scores(text) == expected


@pytest.mark.parametrize("text", ["PHQ-9 = 31 on 01/05/2026.", "GAD-7: 25.", "EDE-Q global 7.5."])
def test_a_score_outside_its_range_is_kept_apart(text):
    facts = extract_facts([text])
    assert not facts.measures and len(facts.score_problems) == 1
    question = L.score_questions(facts)[0]
    assert "outside the instrument's range" in question and str(facts.score_problems[0].score) not in question


def test_scores_within_range_of_parts_and_t_scores_are_kept():
    assert scores("ECBI (mother): Intensity 172, Problem 24.") == [("ECBI Intensity", 172), ("ECBI Problem", 24)]
    assert scores("LOCUS composite 18 = level 4.") == [("LOCUS", 18), ("LOCUS level", 4)]
    assert scores("CDI-2 Total T-score 72.") == [("CDI-2 T", 72)]  # a T score, not a raw 0-56 total


@pytest.mark.parametrize("note, name, score", [
    ("Harbor Resilience Index was 22 at intake.", "Harbor Resilience Index", 22),
    ("MEASURES\n- FQS: 18\n- PHQ-9: 12", "FQS", 18),
    ("| Date | Family Climate Scale |\n|---|---|\n| 01/02/2025 | 31 |\n| 02/02/2025 | 27 |", "Family Climate Scale", 31),
])
def test_an_unknown_instrument_is_carried_as_written(note, name, score):
    assert (name, score) in scores(note)


def test_an_acronym_outside_a_measures_section_is_not_taken_for_an_instrument():
    assert scores("Seen in the ED 2 times; IOP 3 days a week; MDD 2 episodes.") == []


@pytest.mark.parametrize("text, expected", [
    ("His PGSI was 19 when we started in <DATE_1>, it was 12 in <DATE_2>, and it's 9 today.",
     [("PGSI", 19, "<DATE_1>"), ("PGSI", 12, "<DATE_2>"), ("PGSI", 9, None)]),
    ("Her SI-R was 68 and on <DATE_5> it was 52.", [("SI-R", 68, None), ("SI-R", 52, "<DATE_5>")]),
    ("OQ-45: 88 (01/06/2025), 71 (03/03/2025).", [("OQ-45", 88, "01/06/2025"), ("OQ-45", 71, "03/03/2025")]),
])
def test_a_series_told_in_dictation_keeps_each_score_with_its_date(text, expected):
    assert [(m.instrument, m.score, m.date) for m in extract_facts([text]).measures] == expected


def test_bands_ranges_and_change_come_from_the_catalog():
    phq, gad, ors = (catalog().instruments[n] for n in ("PHQ-9", "GAD-7", "ORS"))
    assert band(phq, 19) == "moderately severe" and band(phq, 12) == "moderate" and band(phq, 12, scale="T") == ""
    assert not in_range(phq, 28) and in_range(None, 999)
    assert L.change_text(phq, 19, 12) == ("7 points lower (improvement), at least the 5-point change considered "
                                          "clinically meaningful")
    assert L.change_text(gad, 12, 10).startswith("2 points lower (improvement), less than the 4-point")
    assert L.change_text(ors, 18.4, 26.0).startswith("7.6 points higher (improvement)")


def test_a_trend_line_names_the_earliest_and_latest_score_with_dates_and_bands():
    facts = extract_facts(["PHQ-9 = 19 (01/06/2025).", "PHQ-9 = 15 (02/03/2025).", "PHQ-9 = 12 (03/10/2025)."])
    (line,) = L.trends(facts)
    assert line.startswith("PHQ-9: 19 on 01/06/2025 to 12 on 03/10/2025 (3 administrations): 7 points lower")
    assert line.endswith("from the moderately severe to the moderate range")
