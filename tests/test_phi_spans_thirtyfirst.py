"""Span hygiene found in the thirty-first session: a copy propagation spread from a seed the later checks dropped goes
with its seed, and a span never runs across a tab (examples written here)."""
import pytest

from assistant.phi.redact import _orphans_dropped, _split_at_tabs
from assistant.records import PhiSpan


def _span(text, word, source="spacy_name"):
    start = text.index(word)
    return PhiSpan(start, start + len(word), "NAME", 0.8, source)


@pytest.mark.parametrize("seed_text,copy_text,word", [
    ("meds: none", "no psych meds today", "meds"),
    ("labs: normal", "repeat labs next week", "labs"),
    ("plan: weekly", "the plan holds", "plan"),
])
def test_a_copy_of_a_seed_dropped_everywhere_goes_with_it(seed_text, copy_text, word):
    texts = [seed_text, copy_text]
    seeds = [[_span(seed_text, word)], []]
    final = [[], [_span(copy_text, word, "propagated")]]
    assert _orphans_dropped(texts, seeds, final) == [[], []]


@pytest.mark.parametrize("seed_text,copy_text,word", [
    ("Client: Rosa Delgado", "rosa called today", "Rosa"),
    ("Brother Tomas visited", "Tomas again", "Tomas"),
    ("Dr. Amadi referred", "amadi said yes", "Amadi"),
])
def test_a_copy_of_a_seed_that_stands_is_kept(seed_text, copy_text, word):
    texts = [seed_text, copy_text]
    seed = _span(seed_text, word)
    copy = _span(copy_text, word.lower() if word.lower() in copy_text else word, "propagated")
    assert _orphans_dropped(texts, [[seed], []], [[seed], [copy]]) == [[seed], [copy]]


def test_a_seed_grown_into_a_longer_span_still_stands():
    text = "Brightwater Biologics\tLab tech"
    seed = _span(text, "Brightwater Biologics")
    grown = PhiSpan(0, text.index("\tLab") + 4, "ORGANIZATION_LINKED", 0.8, "propagated")
    assert _orphans_dropped([text], [[seed]], [[grown]]) == [[grown]]


@pytest.mark.parametrize("text,first,second", [
    ("Halvorsen Analytics\tJr. data analyst", "Halvorsen Analytics", None),
    ("Maple Street Bakery\tCashier", "Maple Street Bakery", "Cashier"),
    ("Orchard Clinic\tDr Lena Holt", "Orchard Clinic", "Dr Lena Holt"),
])
def test_a_span_is_cut_at_tabs(text, first, second):
    cells = text.split("\t")
    end = len(cells[0]) + 1 + len(cells[1].split()[0] if second is None else cells[1])
    got = [text[s.start:s.end] for s in _split_at_tabs(text, [PhiSpan(0, end, "NAME", 0.8, "x")])]
    assert got == [first] + ([second] if second else [])
