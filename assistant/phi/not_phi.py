"""Spans that are a document's machinery, not anybody's details, dropped or trimmed from the final spans.

- A code token: a camelCase key ("startTimestamp", "latitudeE7"), capitals joined by underscores ("HIGH_CONFIDENCE"),
  a quoted key before its colon ('"placeName":'), or a vCard or iCalendar property name ("X-ABLabel", "item1.TEL",
  "type=pref"). Logins are written in lowercase with underscores ("aria_bee") and are not touched.
- A field label that opens its line: ordinary English words, not a given name, before a colon, a dotted leader or
  a Markdown heading's end ("Roll:", "Facilitator:", "Name ........", "## Admin"). A word that is also part of a
  person's full name found in the note ("Baker:" beside "Tom Baker") stays redacted.
- A toll-free number (800, 833, 844, 855, 866, 877, 888): a company's or a help line's, never a person's.
- A state's postal code after a town inside an address ("Harlow MA 01452"): the state is not PHI; the town and the
  ZIP on either side stay redacted, each its own span.
- A lowercase common noun read as a place ("in rehab", "at the shelter"): a place with no name of its own.
- A capitals phrase of plain words joined by "of", "for" or "from" and not ending in an organisation's head word
  ("CHARACTER OF SERVICE", "FOR HEALTH CARE ITEMS AND SERVICES"): a form's title or a field's value. "SIGNS OF
  WELLNESS COUNSELING" ends in its head and stays.
- A coded element of an HL7 message, the code and its coding system ("44261-6^PHQ-9 total score^LN",
  "2106-3^White^CDCREC"): a LOINC, race or diagnosis code, not an identifier of the person.
- A date format written as letters ("YYYYMMDD", "MM/DD/YYYY").
- An insurer's own mailing address (payer_addresses.py): the box, town and ZIP where claims are sent.
- A form's title before its bracketed number ("Release of Information Authorization (Form HIM-12)").
"""

from __future__ import annotations

import re

from assistant.phi.export_headers import schema_references
from assistant.phi.lexicon import STATES, STREET_WORDS
from assistant.phi.payer_addresses import payer_address_regions
from assistant.phi.recognizers.file_formats import file_machinery
from assistant.phi.recognizers.structured import coded_values
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_WORDY = ("NAME", "ORGANIZATION_LINKED", "ADDRESS")
_DATE_FORMAT = re.compile(r"(?i)(?=[^/.-]*[ymd])[ymd]{2,4}(?:[/.-]?[ymd]{2,4}){1,2}")
_JOINS = {"of", "for", "from", "to", "and", "the"}
_ORG_HEADS = {"counseling", "counselling", "therapy", "services", "center", "centre", "clinic", "hospital", "practice",
              "agency", "school", "academy", "church", "university", "college", "institute", "foundation", "group",
              "associates", "health", "partners", "network", "alliance", "llc", "pllc", "inc", "society", "house",
              "home", "ministries", "league", "club", "district", "council", "board", "department", "court"}
# an HL7 coded element: code ^ text ^ coding system (LOINC, CDC race and ethnicity, ICD-10, SNOMED, HL7 tables)
_HL7_CODED = re.compile(r"(?m)(?<=[|^~])([A-Z]?\d[\w.-]*)\^[^^|~\n]*\^(LN|CDCREC|I10|I10C|I9C|SCT|SNM|HL7\d{4}|CPT|RXNORM)(?=[|^~\n]|$)")
_CAMEL = re.compile(r"[a-z]+[A-Z][A-Za-z]*\d*")
_SNAKE_CAPS = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")
# a vCard/iCalendar content line: NAME[;PARAM=VALUE...]:value, the name maybe grouped ("item2.ADR")
_PROPERTY_LINE = re.compile(r"(?m)^(?:[A-Za-z0-9-]+\.)?[A-Z][A-Za-z0-9-]*(?:;[A-Za-z0-9-]+(?:=[^:;\n]*)?)*:")
# parameters whose value is a person: "ATTENDEE;CN=Dana Ruiz:mailto:...", "ORGANIZER;SENT-BY=..."
_PERSON_PARAM = re.compile(r"(?i);(?:CN|SENT-BY|DELEGATED-TO|DELEGATED-FROM|MEMBER)=(\"[^\"\n]*\"|[^:;\n]*)")
_CARD = re.compile(r"(?m)^BEGIN:(?:VCARD|VCALENDAR|VEVENT)\b")
_TOLL_FREE = re.compile(r"(?:\+?1[\s.-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[\s.-]?\d{3}[\s.-]?\d{4}")
_TOLL_FREE_IN = re.compile(r"(?<![\w.])" + _TOLL_FREE.pattern + r"(?!\w)")
_LINE_LEAD = re.compile(r"[ \t]*(?:#{1,6}[ \t]+|[-*>•][ \t]+|\d{1,2}[.)][ \t]+)?$")
_LABEL_END = re.compile(r"[ \t]*(?::|\.{3,}|_{3,})")
_STATE_CODES = "|".join(STATES)
_STREETS = {w.title() for w in STREET_WORDS}
# a town's last word, a state's code, then a ZIP or the end of the span: "Harlow MA 01452", "Bolton Flats, MA"
# ... or boxed by slashes on a form: "Corrales Viejo / NM / 87048"
_STATE_AFTER_TOWN = re.compile(rf"(?<=[a-z])(,?[ \t]+|[ \t]+/[ \t]+)({_STATE_CODES})(?=(?:[ \t]+/)?[ \t]+\d{{5}}(?:-\d{{4}})?\b|[ \t]*$)")


def _token(text: str, sp: PhiSpan) -> str:
    """The whole word the span sits in (a span may stop short: "latitudeE" of "latitudeE7")."""
    start, end = sp.start, sp.end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return text[start:end]


def _code_token(text: str, sp: PhiSpan, property_parts: list[tuple[int, int]]) -> bool:
    word = _token(text, sp)
    if _CAMEL.fullmatch(word) or _SNAKE_CAPS.fullmatch(word):
        return True
    if text[sp.start - 1:sp.start] == '"' and re.match(r'"[ \t]*:', text[sp.end:sp.end + 3]):
        return True  # a JSON key: '"placeName": ...'
    return any(a <= sp.start and sp.end <= b for a, b in property_parts)


def _property_parts(text: str) -> list[tuple[int, int]]:
    """(start, end) of each property name with its parameters, on the lines of a vCard or a calendar entry."""
    if not _CARD.search(text):
        return []
    out = []
    for m in _PROPERTY_LINE.finditer(text):
        cursor = m.start()
        for p in _PERSON_PARAM.finditer(text, m.start(), m.end()):
            out.append((cursor, p.start(1)))  # an attendee's or organiser's name in its parameter stays a name
            cursor = p.end(1)
        out.append((cursor, m.end()))
    return out


def _name_words(text: str, spans: list[PhiSpan]) -> set[str]:
    """Words of the note's NAME spans of two words or more: a full name makes each of its words a name there, and its
    initials too ("Olga Rask" makes "or" a name: the speaker label "OR:")."""
    out: set[str] = set()
    for sp in spans:
        words = re.findall(r"[^\W\d_]+", text[sp.start:sp.end])
        if sp.entity_type == "NAME" and len(words) >= 2:
            out.update(w.lower() for w in words)
            out.add("".join(w[0] for w in words).lower())
    return out


def _line_label(text: str, sp: PhiSpan, vocab: Vocabulary, names: set[str]) -> bool:
    line_start = text.rfind("\n", 0, sp.start) + 1
    lead = text[line_start:sp.start]
    if not _LINE_LEAD.fullmatch(lead):
        return False
    heading = lead.lstrip().startswith("#")
    if not (_LABEL_END.match(text, sp.end) or heading and re.match(r"[ \t]*(?:\n|$)", text[sp.end:])):
        return False
    words = re.findall(r"[^\W\d_]+", text[sp.start:sp.end])
    return 1 <= len(words) <= 3 and not re.search(r"\d", text[sp.start:sp.end]) and all(vocab.is_safe(w) and (vocab.is_word(w) or vocab.frequency(w) >= 3.5)
                                        and not vocab.is_first_name(w) and w.lower() not in names for w in words)


def _plain_caps_phrase(text: str, sp: PhiSpan, vocab: Vocabulary) -> bool:
    value = text[sp.start:sp.end]
    words = re.findall(r"[^\W\d_][\w'-]*", value)
    if sp.entity_type != "ORGANIZATION_LINKED" or len(words) < 2 or any(c.islower() for c in value):
        return False
    low = [w.lower() for w in words]
    joined = low[0] in _JOINS - {"the"} or (any(w in ("of", "for", "from") for w in low[1:-1]) and low[-1] not in _ORG_HEADS)
    return joined and all(w in _JOINS or vocab.frequency(w) >= 3.5 and not vocab.is_first_name(w) for w in low)


def _hl7_codes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each code and its coding system's name in an HL7 message's coded elements."""
    if not re.search(r"(?m)^MSH\|", text):
        return []
    return [(m.start(g), m.end(g)) for m in _HL7_CODED.finditer(text) for g in (1, 2)]


def _common_noun_place(text: str, sp: PhiSpan, vocab: Vocabulary) -> bool:
    from assistant.phi.recognizers.gazetteer import place_names

    word = text[sp.start:sp.end]
    return (sp.entity_type in ("ADDRESS", "ORGANIZATION_LINKED") and word.isalpha() and word.islower()
            and vocab.frequency(word) >= 3.0 and word.title() not in place_names())


def _without_state(text: str, sp: PhiSpan) -> list[PhiSpan]:
    """An address span with a state's code after its town -> the pieces on either side of the code."""
    if sp.entity_type != "ADDRESS":
        return [sp]
    out, cursor = [], sp.start
    for m in _STATE_AFTER_TOWN.finditer(text[:sp.end], sp.start):
        before = re.search(r"(\w+)\.?$", text[sp.start:m.start()])
        if before is None or m.group(2) == "NE" and (before.group(1).title() in _STREETS or re.match(r"\s*\d", text[sp.start:sp.end])):
            continue  # "57th Ave NE", "210 Camino de las Brisas NE": a street's quadrant, not a state
        if m.start() > cursor:
            out.append(PhiSpan(cursor, m.start(), sp.entity_type, sp.score, sp.source))
        cursor = m.end()
    rest = text[cursor:sp.end]
    if cursor > sp.start and rest.strip(" \t/"):
        lead = len(rest) - len(rest.lstrip(" \t/"))
        out.append(PhiSpan(cursor + lead, sp.end, sp.entity_type, sp.score, sp.source))
    return out if cursor > sp.start else [sp]


def _only_codes(text: str, sp: PhiSpan, codes: list[tuple[int, int]]) -> bool:
    """Every letter or digit of the span outside the message's codes is a segment's name or a set id ("OBX|1|NM|")."""
    rest = "".join(c for k, c in enumerate(text[sp.start:sp.end], sp.start) if not any(a <= k < b for a, b in codes))
    return re.fullmatch(r"(?:[A-Z]{2,3}\d?|\d{1,2}|[|^~\s])*", rest) is not None


# A form's label given in two languages, the client's first: "Ախտորոշում / Diagnosis:", "Istoric anterior / Prior
# treatment:", "Tarehe / Date:". The words before the slash translate the English label; they name nobody.
_LABEL_PAIR = re.compile(r"(?m)(?:^|(?<=[ \t]{2})|(?<=[|(]))[ \t]*([^\W\d_][^\s/:|]*(?:[ \t][^\W\d_][^\s/:|]*){0,3})[ \t]*/[ \t]*"
                         r"([A-Z][A-Za-z-]*(?:[ \t][A-Za-z-]+){0,3})[ \t]*:")


def _label_pairs(text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    out = []
    for m in _LABEL_PAIR.finditer(text):
        left, right = m.group(1).split(), m.group(2).split()
        if len(left[-1]) == 1:
            continue  # "Met w/ Dana Lark re:", "h/o", "s/p": chart shorthand with a slash, no label in two languages
        if all(vocab.is_word(w) or w.isupper() and len(w) <= 4 for w in right) and not any(vocab.is_first_name(w) for w in left) \
                and m.group(1).lower() != m.group(2).lower():
            out.append((m.start(1), m.end()))
    return out


def _after_label(text: str, sp: PhiSpan, pairs: list[tuple[int, int]], vocab: Vocabulary) -> PhiSpan | None:
    """A span that starts in a two-language label: None when nothing but label and plain or clinical words, else the
    span from the label's end ("Ախտորոշում / Diagnosis: Delusional" is a label and a clinical word)."""
    pair = next(((a, b) for a, b in pairs if a <= sp.start < b), None)
    if pair is None:
        return sp
    start = pair[1] + len(text[pair[1]:sp.end]) - len(text[pair[1]:sp.end].lstrip())
    rest = re.findall(r"[^\W\d_][\w'-]*", text[start:sp.end])
    if start >= sp.end or all(w.lower() in vocab.clinical or vocab.is_word(w) for w in rest):
        return None
    return PhiSpan(start, sp.end, sp.entity_type, sp.score, sp.source)


# A form's title before its number: "Pre-Departure Health Disclosure & Continuity-of-Care Plan (Form GP-7, rev. 2024)",
# "PROVIDER BILLING STATEMENT (Form CV-MH3)": the title of a printed form names a document, not a place or a person.
_FORM_NUMBER = re.compile(r"[ \t]*\((?i:form)[ \t]+[A-Z]{1,5}-?[A-Z]*\d")  # "GP-7", "CV-MH3", "I-693"; "Form 4" is a count
_TITLE_WORDS = re.compile(r"[^\W\d_][\w'’&/-]*(?:[ \t]+[^\W\d_&][\w'’&/-]*|[ \t]+&)*")


def _form_title(text: str, sp: PhiSpan) -> bool:
    """The span is (part of) a form's title: words only up to the bracketed form number, which it may run into."""
    cut = text.find("(", sp.start, sp.end)
    if cut < 0:  # the title may run on past the span to its number: "Continuity of Care" + " Transfer Summary (Form CC-3)"
        cut = text.find("(", sp.end, text.find("\n", sp.end) if "\n" in text[sp.end:] else len(text))
    return cut >= 0 and _FORM_NUMBER.match(text, cut) is not None \
        and _TITLE_WORDS.fullmatch(text[sp.start:cut].strip()) is not None


_SEX_AFTER_AGE = re.compile(r"(?<![\d/.-])\d{1,3}\s*(?:y/?o|yo|yrs?|years? old|-year-old)?[ \t]*,?[ \t]*$", re.I)


def drop_machinery(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Final spans of one note -> the same less code tokens, line-opening labels, toll-free numbers, lowercase common
    nouns read as places, and the state codes inside addresses."""
    parts = _property_parts(text)
    names = _name_words(text, spans)
    codes = _hl7_codes(text)
    toll_free = [(m.start(), m.end()) for m in _TOLL_FREE_IN.finditer(text)]
    # a GEDCOM pointer "@I1@" is no handle, an XML file's schema URL no site anybody visited
    insurer = payer_address_regions(text) + file_machinery(text) + schema_references(text) + coded_values(text)
    pairs = _label_pairs(text, vocab)
    out = []
    for sp in spans:
        if sp.entity_type in _WORDY and pairs and (sp := _after_label(text, sp, pairs, vocab)) is None:
            continue
        value = text[sp.start:sp.end]
        if sp.entity_type in _WORDY and (_code_token(text, sp, parts) or _line_label(text, sp, vocab, names)
                                         or _common_noun_place(text, sp, vocab) or _plain_caps_phrase(text, sp, vocab)
                                         or _DATE_FORMAT.fullmatch(value) or _form_title(text, sp)):
            continue
        if sp.entity_type == "NAME" and _SEX_AFTER_AGE.search(text[max(0, sp.start - 12):sp.start]) and value in ("M", "F") \
                and not re.match(r"\.?\s*[A-Z][a-z]", text[sp.end:sp.end + 3]):
            continue  # "47 M", "(8 F)", "34 y/o F": the sex after the age, not an initial
        if codes and any(a < sp.end and sp.start < b for a, b in codes) and _only_codes(text, sp, codes):
            continue
        if _TOLL_FREE.fullmatch(value.strip()) or any(a <= sp.start and sp.end <= b for a, b in toll_free):
            continue  # the number, or a piece of it an ID rule read ("555-0100" of "(888)555-0100")
        if any(a <= sp.start and sp.end <= b for a, b in insurer):
            continue  # the insurer's box, town and ZIP, or a file's structure, whatever a rule read them as
        out += _without_state(text, sp)
    return out
