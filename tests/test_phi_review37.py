"""Redaction classes found by reading the thirty-seventh set's letters as a reviewer would (examples written here, never
the set's wording): a name span stops at a bracket it does not close (a letter had named its client "Tamsin
(Superhost"); after the chart's "w/", everyday capitalised words are a thing's name; and a slash of chart shorthand
("w/", "h/o") before a colon is no label in two languages (it had dropped "Dana Lark" from "Met w/ Dana Lark re: plan")."""
import pytest

from assistant.phi.redact import find_spans
from phi_spans import covered, untouched


@pytest.mark.parametrize("text, name, rest", [
    ("Messages -- Host: Tamsin (Superhost status under review) -- Listing", "Tamsin", "Superhost status"),
    ("Guardian: Marisol (grandmother, has custody since 2024)", "Marisol", "grandmother"),
    ("Driver: Oksana (rideshare, plate on file) arrived late", "Oksana", "rideshare"),
])
def test_a_name_stops_at_a_bracket_it_does_not_close(detector, text, name, rest):
    spans = find_spans([text], detector)[0]
    assert covered(detector, text, name)
    assert not any("(" in text[s.start:s.end] and ")" not in text[s.start:s.end] for s in spans if s.entity_type == "NAME")


def test_a_nickname_in_brackets_inside_a_name_stays_whole(detector):
    assert covered(detector, 'Client: Joseph ("Joey") Marchetti came alone.', 'Joseph ("Joey") Marchetti')


@pytest.mark.parametrize("text, words", [
    ('Listing: "Sunny Garden Loft w/ Hot Tub"', "Hot Tub"),
    ("Unit: 2BR w/ Ocean View, second floor", "Ocean"),
    ("Upgraded to the Suite w/ Private Deck for the weekend", "Private Deck"),
])
def test_everyday_words_after_w_slash_are_no_name(detector, text, words):
    assert not any(s.source == "with" for s in find_spans([text], detector)[0] if text[s.start:s.end] in words)


@pytest.mark.parametrize("text, name", [
    ("Session w/ Hope Carver and her mom.", "Hope Carver"),
    ("Met w/ Dana Lark re: plan.", "Dana Lark"),
    ("consult w/ Rose Tran about meds", "Rose Tran"),
    ("Pt h/ Ines Calloway re: housing", "Ines Calloway"),
])
def test_a_person_after_w_slash_is_redacted(detector, text, name):
    assert covered(detector, text, name)


def test_a_label_in_two_languages_is_still_a_label(detector):
    assert untouched(detector, "Diagnóstico / Diagnosis: panic disorder", "Diagnosis")


@pytest.mark.parametrize("text, nickname", [
    ('| WOJCIK, STANISLAW ("STAN")           | RM 412-B |', "STAN"),
    ('Client: Theo Okafor-Lindahl ("T-bone" to his dad), 12', "T-bone"),
    ("Resident: Marguerite Delacroix ('Mags' to staff) in 2B", "Mags"),
])
def test_a_quoted_nickname_opened_in_a_bracket_stays_redacted(detector, text, nickname):
    assert covered(detector, text, nickname)
