"""Clean spaCy's entity spans: trim label words and stray edges, drop spans made of ordinary words."""

from __future__ import annotations

import re

from assistant.phi.keep import find_keep
from assistant.phi.recognizers.gazetteer import place_names
from assistant.phi.lexicon import RELATIONS, STATES
from assistant.phi.recognizers.names import _NOT_NAME, tokenize
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_EDGE = _NOT_NAME | {r.lower() for r in RELATIONS} | {"dob", "mrn", "his", "her", "their", "my"} | \
    {s.lower() for s in STATES.values()}
_STATE_ABBR = set(STATES)
_COMMON_ZIPF = 4.9  # "problem" 5.4, "response" 5.0; place names that are words ("Reading", "Normal") are in the gazetteer
_ORG_HEAD = re.compile(r"\b(?:Counseling|School|College|University|Hospital|Clinic|Center|Church|"
                       r"Parish|Society|Club|Partners|Services|Associates|Recovery|Health|Care)\b")


def _keep_token(tok, vocab: Vocabulary, kind: str = "") -> bool:
    low = tok.text.lower().rstrip(".")
    if low in _EDGE or tok.text in _STATE_ABBR:
        return False
    if kind == "NAME" and not tok.is_initial and vocab.is_word(low) and not vocab.is_first_name(low):
        return False  # "Call Mari": a capitalised verb at the start of a sentence is not part of the name
    if not (tok.is_title or tok.is_caps or tok.is_initial):
        return False
    return True


def _distinctive(tokens, vocab: Vocabulary) -> bool:
    """At least one token that is not an ordinary word, or is a known first name."""
    return any(not vocab.is_word(t.text.rstrip(".")) and not vocab.is_compound_word(t.text) or vocab.is_first_name(t.text)
               for t in tokens if any(c.isalpha() for c in t.text))  # a dash between words is no name


# Lowercase words that join the parts of one name ("Bank of the West", "Maria de la Cruz"); any other lowercase word
# inside a model's span ends a name ("Allied Universal guard Petrakis": a company, a role, then a surname).
_JOINERS = frozenset("of and the for at on in to de del della da di du des la le los las van von der den ter dos das bin ibn bint y e & und".split())


# Between two parts of one name there is never a number standing alone or a field separator: "Tobias Renard - 31 - M"
# is a name, an age and a sex; "Ames | Dx" two cells; "Cole; Brandt" two people.
_FIELD_GAP = re.compile(r"\s\d+\s|[|;]")  # a number standing alone, never a digit inside a code ("KF7QXR")


def _runs(tokens, line: str = "") -> list[list]:
    """Tokens of one piece -> runs of them cut at a lowercase word that joins nothing, or (a person's name, when
    line is given) at a number or a field separator between two tokens."""
    runs, run = [], []
    for tok in tokens:
        if tok.text.isalpha() and tok.text.islower() and len(tok.text) >= 3 and tok.text not in _JOINERS:
            runs, run = runs + [run], []
        elif run and _FIELD_GAP.search(line[run[-1].end:tok.start]):
            runs, run = runs + [run], [tok]
        else:
            run.append(tok)
    return [r for r in runs + [run] if r]


def clean(text: str, span: PhiSpan, vocab: Vocabulary) -> list[PhiSpan]:
    """One spaCy PERSON / ORG / LOCATION span -> zero or more trimmed spans worth redacting."""
    out = []
    # a line, a table cell or one side of a bracket: spaCy reads "Patterns of Problematic Thinking      PoPT" across a
    # column gap, and "INCIDENT NOTE  (Lou Brandt" across a bracket, as one name
    for piece in re.finditer(r"(?:(?! {3,}|\t|\n|[()\[\]]).)+", text[span.start:span.end]):
        line, offset = piece.group(0), span.start + piece.start()
        for tokens in _runs(tokenize(line), line if span.entity_type == "NAME" else ""):
            out += _kept(text, offset, tokens, span, vocab)
    return out


def _kept(text: str, offset: int, tokens: list, span: PhiSpan, vocab: Vocabulary) -> list[PhiSpan]:
    """One run of a span's tokens -> the run trimmed of label and edge words, if what is left is worth redacting."""
    while tokens and not _keep_token(tokens[0], vocab, span.entity_type):
        tokens = tokens[1:]
    while tokens and not _keep_token(tokens[-1], vocab, span.entity_type):
        tokens = tokens[:-1]
    if not tokens:
        return []
    start, end = offset + tokens[0].start, offset + tokens[-1].end
    value = text[start:end]
    if span.entity_type == "ADDRESS":
        # one everyday word no gazetteer knows as a place ("| Problem | Goal |" read as a place) is no address
        common = len(tokens) == 1 and vocab.frequency(value) >= _COMMON_ZIPF and value.lower() not in place_names()
        ok = not (value.isupper() and len(value) <= 4) and not common
    elif span.entity_type == "ORGANIZATION_LINKED":
        # "Aetna Level of Care Assessment Tool" is a payer's tool: without the payer, nothing is left.
        payer = [(a, b) for a, b in find_keep(text[start:end + 20], strong_only=True)  # "... Therapy (MCT)": the
                 if a < end - start]  # acronym after it counts, a score after the span does not
        rest = [t for t in tokens if not any(a <= t.start - tokens[0].start < b for a, b in payer)]
        ok = bool(rest) and (_distinctive(rest, vocab) or bool(not payer and _ORG_HEAD.search(value) and len(rest) >= 2))
    else:
        ok = _distinctive(tokens, vocab)
    return [PhiSpan(start, end, span.entity_type, span.score, span.source)] if ok else []
