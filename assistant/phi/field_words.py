"""The words around a value, dropped or trimmed from the final spans; the value itself stays redacted:

- a field's label before its colon anywhere on a line, after a column's gap, a bar or a tick box as well as at the
  line's start (not_phi.py): "Evaluator: Priya ...", "Qty: 1 kit   Refills: 12", "[x] Asst. Public Defender:",
  "Div.: 3". Its words are plain English or a common word cut short ("Div", "Lang", "Qty"), never a given name and
  never a word of a person's full name found in the note ("Baker:" beside "Tom Baker");
- a machine's key written in UpperCamelCase, made only of English words and acronyms: an EXIF tag
  ("DateTimeOriginal", "LensSerialNumber", "GPSPosition"), a DICOM attribute ("ReferringPhysicianName"), a FHIR
  resource ("MedicationStatement"). A name joined the same way has a part no dictionary holds ("MacLeod", "DeShawn");
- the label an identifier was caught with ("MBI 2KX7-RT4-MW19", "Medicare MBI ...", "DEA AB1234563", "VIN ...") and
  the mask before a number's last digits ("xxx-xx-6620"): the number is the identifier (data/id_labels.txt);
- a state's name read as a person ("Oregon LMFT License", "Maine LCPC"), unless it is also a given name ("Georgia");
- the time of day after a date ("2026-11-17T08:02:11Z", "2026:11:29 23:48:02");
- a line of a form or a heading written as a sentence in capitals ("WHY YOU WERE IN THE HOSPITAL", "FIREARMS IN HOME").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.phi.abbreviations import vowel_dropped
from assistant.phi.lexicon import STATES
from assistant.phi.recognizers.orgs import CAPS_HEADS
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_WORDY = ("NAME", "ORGANIZATION_LINKED", "ADDRESS")
_IDS = ("OTHER_ID", "MRN", "HEALTH_PLAN_ID", "LICENSE", "SSN", "DEVICE_ID")
_COLON_AFTER = re.compile(r"\.?[ \t]*:(?!//|\d)")
# where a field starts: the line's start (after a bullet or a number), a column's gap, a bar or a tick box; "a party in
# Gig Harbor: she cried" is prose, and "[00:13:05] D-RAY:" a transcript's speaker, not a label
_FIELD_START = re.compile(r"(?:^[ \t]*(?:[-*>\u2022][ \t]+|\d{1,2}[.)][ \t]+)?|[ \t]{2,}|\t|\|[ \t]*|\[[ xX\u2713\u2714]?\][ \t]*)$")
_KEY_AFTER = re.compile(r"[ \t]*[:=]|\][ \t]*$|[\"']?[ \t]*:", re.M)  # a key before its value: "LensModel   :", "PatientID="
_CAMEL_PART = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z]|\d|$)|[A-Z]?[a-z]+|\d+")
_MASK = re.compile(r"(?:[xX*\u2022#]{2,4}[- ]?){1,3}(?=\d{4}$)")
_STATE_NAMES = {v.lower() for v in STATES.values()}
ABBREVIATED_ZIPF = 4.0  # a word cut short ("Div", "Asst") is of a word at least this common ("division", "assistant")


@lru_cache(maxsize=1)
def _id_labels() -> frozenset[str]:
    path = Path(__file__).resolve().parent / "data" / "id_labels.txt"
    return frozenset(w for ln in path.read_text(encoding="utf-8").splitlines() for w in ln.split("#", 1)[0].split())


_COMMON: dict[int, dict[str, tuple[str, ...]]] = {}


def _common_words(vocab: Vocabulary) -> dict[str, tuple[str, ...]]:
    """The common dictionary words of English, by their first two letters."""
    key = id(vocab.zipf)
    if key not in _COMMON:
        index: dict[str, list[str]] = {}
        for w, z in vocab.zipf.items():
            if z >= ABBREVIATED_ZIPF and w.isalpha() and w.isascii() and len(w) >= 4 and vocab.is_word(w):
                index.setdefault(w[:2], []).append(w)
        _COMMON.clear()
        _COMMON[key] = {k: tuple(v) for k, v in index.items()}
    return _COMMON[key]


def _cut_short(word: str, vocab: Vocabulary) -> bool:
    """A common word written short, its opening kept or its later letters thinned ("Div", "Lang", "Asst", "Distrib")."""
    low = word.lower()
    if not 2 <= len(low) <= 7 or vocab.is_word(low) or vocab.is_first_name(low):
        return False
    index = _common_words(vocab)
    if any(len(full) >= len(low) + 2 and full.startswith(low) for full in index.get(low[:2], ())):
        return True  # "Div", "Hon", "Distrib": the word's opening
    if not re.search(r"[aeiou]", low[1:]) and any(len(full) >= len(low) + 2 and _subsequence(low, full)
                                                  for key, words in index.items() if key[0] == low[0] for full in words):
        return True  # "Asst", "Qty", "Svc": its first letter and some of its consonants
    return vowel_dropped(low, vocab.zipf)


def _subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return all(c in it for c in short)


def _name_words(text: str, spans: list[PhiSpan]) -> set[str]:
    return {w.lower() for sp in spans if sp.entity_type == "NAME"
            for ws in [re.findall(r"[^\W\d_]+", text[sp.start:sp.end])] if len(ws) >= 2 for w in ws}


def _plain(word: str, vocab: Vocabulary) -> bool:
    low = word.lower()
    if vocab.is_first_name(low) or word.isupper() and len(word) <= 4 or re.search(r"(?:^|-)[A-Za-z]-|-[A-Za-z]$", word):
        return False  # a given name, capitals that may be someone's initials ("TC:"), a nickname with one ("D-RAY:")
    if vocab.is_safe(word) and (vocab.is_word(low) or vocab.frequency(low) >= 3.5):
        return True
    return word[1:].islower() and _cut_short(word, vocab)


def _label(text: str, sp: PhiSpan, vocab: Vocabulary, names: set[str]) -> bool:
    """The span is a field's label: plain words right before a colon."""
    if not _COLON_AFTER.match(text, sp.end) or not _FIELD_START.search(text, text.rfind("\n", 0, sp.start) + 1, sp.start):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", text[sp.start:sp.end])
    return 1 <= len(words) <= 3 and not re.search(r"\d", text[sp.start:sp.end]) \
        and all(w.lower() in ("the", "of", "and") or _plain(w, vocab) and w.lower() not in names for w in words)


def _camel_key(value: str, vocab: Vocabulary) -> bool:
    """An UpperCamelCase key made of English words and acronyms ("InternalSerialNumber", "GPSAltitude")."""
    if not re.fullmatch(r"[A-Z][A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*|[A-Z]{2,}[A-Z][a-z][A-Za-z0-9]*", value):
        return False
    parts = _CAMEL_PART.findall(value)
    if "".join(parts) != value or len(parts) < 2:
        return False
    words = [p for p in parts if p[-1].islower()]
    return bool(words) and all(len(p) >= 3 and (vocab.is_word(p.lower()) or p.lower() in vocab.clinical
                                                  or vocab.frequency(p.lower()) >= 3.5) for p in words) \
        and not all(vocab.is_first_name(p.lower()) for p in words)


def _trimmed_id(text: str, sp: PhiSpan) -> PhiSpan:
    """An identifier's span less the label words and the mask before its value."""
    start, value = sp.start, text[sp.start:sp.end]
    while (m := re.match(r"([A-Za-z/.]+)[ \t]*[:#]?[ \t]+(?=\S*\d)", value)) and m.group(1).lower().rstrip(".") in _id_labels():
        start, value = start + m.end(), value[m.end():]
    if sp.entity_type in ("SSN", "OTHER_ID") and (mask := _MASK.match(value)):
        start, value = start + mask.end(), value[mask.end():]
    return sp if start == sp.start or not value else PhiSpan(start, sp.end, sp.entity_type, sp.score, sp.source)


# the time of day, to the second, after a date: a machine's stamp ("2026-11-17T08:02:11Z", "2026:11:29 23:48:02"); a
# weekday before it stays with it, and so does a time without seconds ("1985-11-09T00:00" is one field's value)
_TIME_AFTER = re.compile(r"(?:T|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d+)?(?:[ \t]?(?i:[ap]\.?m\.?))?(?:Z|[+-]\d{2}:?\d{2})?$")


def _trimmed_date(text: str, sp: PhiSpan) -> PhiSpan:
    """A date's span less the time of day after it, which places nobody."""
    start, end = sp.start, sp.end
    if (time := _TIME_AFTER.search(text, start, end)) and time.start() > start and re.search(r"\d", text[start:time.start()]):
        end = time.start()
    return sp if (start, end) == (sp.start, sp.end) else PhiSpan(start, end, sp.entity_type, sp.score, sp.source)


# an identifier after its label: four digits or more, or letters and digits mixed ("DL 08817734", "VIN 1HGCM...");
# "DL   12" (a nurse's initials, then a time) is no identifier
_ID_AFTER = re.compile(r"[ \t]*[:#]?[ \t]*(?=[A-Z0-9-]*\d)(?:[A-Z0-9-]*\d{4}|(?=[A-Z0-9-]*[A-Z])[A-Z0-9-]{5,})")


# words of a sentence, not of a name: a heading or a checklist line in capitals ("WHY YOU WERE IN THE HOSPITAL",
# "WEAPONS IN VEHICLE") says something; an organisation's name says nothing ("THREE RIVERS AREA AGENCY ON AGING") or
# holds its head word beside a linking word ("THE MEADOW FOR GIRLS SCHOOL", "ACADEMY FOR GIRLS")
_SENTENCE_WORDS = {"YOU", "YOUR", "HER", "HIS", "THEIR", "IS", "ARE", "WAS", "WERE", "NOT", "WHY", "HOW", "WHAT", "WHEN"}
_LINKING_WORDS = {"TO", "FOR", "AT", "IN", "ABOUT", "WITH", "BY", "OR", "FROM", "INTO"}  # an organisation's too ("CENTER FOR")
_NAMING_WORDS = {"THE", "OF", "AND", "A", "AN"}


def _capitals_prose(value: str, vocab: Vocabulary) -> bool:
    """A phrase in capitals with a word only a sentence has (a pronoun, a verb), or with a linking word and no head word
    of an organisation, and besides only common or clinical words."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", value)
    if re.search(r"[a-z]", value) or len(words) < 2:
        return False
    sentence = any(w in _SENTENCE_WORDS for w in words)
    if not sentence and not (any(w in _LINKING_WORDS for w in words) and not any(w.rstrip(".,") in CAPS_HEADS for w in words)):
        return False
    content = [w for w in words if w not in _SENTENCE_WORDS | _LINKING_WORDS | _NAMING_WORDS]
    return len([w for w in content if len(w) >= 4]) >= (1 if sentence else 2) \
        and all(len(w) <= 3 or vocab.frequency(w.lower().strip("'’")) >= 3.5 or w.lower() in vocab.clinical for w in content)


def drop_field_words(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Final spans of one note -> the same less field labels, camel-case keys and states' names, and identifiers
    less their labels and masks."""
    names = _name_words(text, spans)
    out = []
    for sp in spans:
        value = text[sp.start:sp.end]
        if sp.entity_type in _WORDY and (_label(text, sp, vocab, names) or _capitals_prose(value, vocab)
                                         or _camel_key(value, vocab) and _KEY_AFTER.match(text, sp.end)):
            continue
        if sp.entity_type == "NAME" and re.fullmatch(r"[A-Z][a-z]{1,6}", value) and text[sp.end:sp.end + 1] == "." \
                and _cut_short(value, vocab) and value.lower() not in names:
            continue  # "Hon. Lorraine ...", "Dep. Grant", "Asst. Principal", "Div. 15": a title or a word cut short
        if sp.entity_type in _WORDY and value.lower() in _id_labels() and _ID_AFTER.match(text, sp.end):
            continue  # "VIN 1HGCM...", "DEA AB1234563": the identifier's label, read as someone's initials
        if sp.entity_type == "NAME" and value.lower() in _STATE_NAMES and not vocab.is_first_name(value.lower()):
            continue
        out.append(_trimmed_id(text, sp) if sp.entity_type in _IDS else _trimmed_date(text, sp) if sp.entity_type == "DATE" else sp)
    return out
