"""A name read by the model never runs over a number or a field separator ("<name> - 31 - M", "<name> | 44 | F"), and
an outline's or a time point's label ("H1", "T1", "Q10") is no scanned-fax misreading. Real Presidio and our rules."""
import pytest

from assistant.phi.ocr import ocr_view
from assistant.service import build_service


@pytest.fixture(scope="module")
def spans():
    svc = build_service()
    return lambda text: [(sp.entity_type, text[sp.start:sp.end]) for sp in svc.phi_spans(text)]


@pytest.mark.parametrize("text,name,rest", [
    ("Patient: Tobiah Renwick-Asante - 31 - M - Aetna Choice POS II", "Tobiah Renwick-Asante", "31"),
    ("Client  Marisol Quintero-Vance | 44 | F | Cigna", "Marisol Quintero-Vance", "44"),
    ("Seen today: Benedikt Orloff / 67 / male / Medicare", "Benedikt Orloff", "67"),
])
def test_a_name_stops_at_the_number_after_it(spans, text, name, rest):
    found = [t for kind, t in spans(text) if kind == "NAME"]
    assert name in found
    assert not any(rest in t for t in found)


@pytest.mark.parametrize("text,name", [
    ("Met with Mary-Jo Castellane and her aunt.", "Mary-Jo Castellane"),
    ("Client: Anneliese Fogerty-Brandt, 29, referred by her GP.", "Anneliese Fogerty-Brandt"),
    ("Patient: Okonkwo-Dahl, Sunniva (DOB on file)", "Okonkwo-Dahl, Sunniva"),
])
def test_a_name_without_a_number_inside_stays_whole(spans, text, name):
    assert any(name in t for kind, t in spans(text) if kind == "NAME")


@pytest.mark.parametrize("text", [
    "H1. Panic disorder.\nH2. Not a separate episode; belongs to H1.\nH3. Sleep, see H1.",
    "T1 intake, T1 scores below; T1 again at discharge as T10.",
    "Q1 yes. Q10 no. Q1 repeated. Q10 again.",
])
def test_a_letter_and_a_one_is_a_label_not_a_misread_word(text):
    assert ocr_view(text) is None


def test_a_scanned_fax_is_still_read_again():
    fax = "Hea1th C1inic 0ffice, seen O3/21/2O25, ca11 back"
    assert ocr_view(fax) is not None and "Health Clinic" in ocr_view(fax)


# -- a title inside a compound word names nobody -----------------------------------------------------------------
@pytest.mark.parametrize("text,word", [
    ("CBT group (odds and near-miss distortions, trigger mapping).", "distortions"),
    ("He had a near-miss crash on the interstate.", "crash"),
    ("The self-styled ex-dr remedies did not help.", "remedies"),
])
def test_a_title_inside_a_compound_is_no_title(spans, text, word):
    assert not any(word in t for _, t in spans(text))


@pytest.mark.parametrize("text,name", [("thanks miss hollis for the ride", "hollis"),
                                       ("Called Mrs. Quintanilla about the forms.", "Quintanilla"),
                                       ("spoke with dr okafor-lindqvist today", "okafor-lindqvist")])
def test_a_title_before_a_name_still_names(spans, text, name):
    assert any(name in t for _, t in spans(text))


# -- a field's first word is no given name ------------------------------------------------------------------------
@pytest.mark.parametrize("text,name,verb", [
    ("Safety: Asked Theodric privately whether he wishes he were dead.", "Theodric", "Asked"),
    ("Plan: Called Marisol back on Friday about the forms.", "Marisol", "Called"),
    ("Follow-up: Reminded Ezekiel Brandvold to bring the log next week.", "Ezekiel Brandvold", "Reminded"),
])
def test_a_verb_opening_a_field_is_not_part_of_the_name(spans, text, name, verb):
    names = [t for kind, t in spans(text) if kind == "NAME"]
    assert name in names and not any(verb in t for t in names)


def test_a_given_name_after_a_field_label_still_joins(spans):
    text = "Client: Rosalind Achterberg-Vance, 44, referred by her PCP."
    assert any("Rosalind" in t and "Achterberg" in t for _, t in spans(text))


@pytest.mark.parametrize("text,value", [
    ("Badge: HOLLINS DISTRIBUTION - K. AMBROSE-TILLERY", "K. AMBROSE-TILLERY"),
    ("Patient: Tobias Renwick-Asante - 31 - M - Aetna Choice POS II\nBadge: HOLLINS DISTRIBUTION - K. AMBROSE-TILLERY", "AMBROSE-TILLERY"),
])
def test_a_dash_between_words_does_not_cut_a_name_away(spans, text, value):
    assert any(value in t for _, t in spans(text))
