"""Scores from psychological testing summaries: subscales named as the test manuals name them, T scores with
percentiles beside them, intelligence index scores, and small child scales. Examples written here."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts


@pytest.mark.parametrize("line, expected", [
    ("- RCADS child report: Major Depression T = 72 (99th); Generalized Anxiety T = 61 (86th)",
     {("RCADS Major Depression T", 72), ("RCADS Generalized Anxiety T", 61)}),
    ("BASC-3 PRS-A (mother): Depression T = 69 (96th), Withdrawal T = 66, Adaptive Skills T = 38",
     {("BASC-3 Depression T", 69), ("BASC-3 Withdrawal T", 66), ("BASC-3 Adaptive Skills T", 38)}),
    ("Cognitive screen: WASI-II FSIQ-4 97 (42nd percentile), VCI 101, PRI 93.",
     {("WASI-II FSIQ-4", 97), ("WASI-II VCI", 101), ("WASI-II PRI", 93)}),
    ("WISC-V: FSIQ 88, WMI 79 (8th), PSI 83", {("WISC-V FSIQ", 88), ("WISC-V WMI", 79), ("WISC-V PSI", 83)}),
    ("Irritability: ARI-P = 9/12 at intake, ARI-P 5 today.", {("ARI-P", 9), ("ARI-P", 5)}),  # the parent form is its own series (as MFQ-P)
])
def test_testing_scores_keep_their_scale_and_not_their_percentile(line, expected):
    got = {(m.instrument, m.score) for m in extract_facts([line]).measures}
    assert expected <= got, got
    assert not any(score in (99, 86, 96, 42, 8) for _, score in got - expected), got


def test_an_index_score_outside_its_range_is_asked_about_not_written():
    facts = extract_facts(["WISC-V FSIQ 210 (typo in the scoring printout)."])
    assert not facts.measures and facts.score_problems
