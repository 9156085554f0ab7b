"""People of the case written again in forms that the recognizers do not read alone (used by propagate.py):

- a known full name written all in lowercase, as a scanned or hurried form has it: "Brittany Pike" ... "brittany pike";
- a known surname in lowercase after a given name, a middle name or an initial: "kayleigh pike", "aubree lynn pike",
  "m. oakes", for a case that names "Miriam Oakes" or "Aubree Pike";
- a lowercase name found once and the rare lowercase word that ends its field ("travis" + "dunning  ** NOT ..."), or
  the given name that opens a list entry before it ("3. rob" + "meacham (uncle)");
- a known person's initials signing a remark after a dash, even when they spell an abbreviation ('"NO -- BP"');
- a nickname in brackets between two parts of a name found ("KOLAWOLE (KOLA) ADEYEMI", "Roberta (Bobbie) Quist").

A surname that is an everyday word ("Pike") is read only beside a given name or an initial, never alone.
"""

from __future__ import annotations

import re

from assistant.phi.acronyms import clinical_acronyms
from assistant.phi.lexicon import RELATIONS, TITLES
from assistant.phi.recognizers.names import _NOT_NAME
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_WORD = r"[^\W\d_][^\W\d_'’-]*"
# A rare lowercase word reads as a surname below this Zipf frequency ("dunning" yes, "said" no).
_RARE_ZIPF = 3.0
# ... and a lowercase given name opening a list entry is read as one below this ("rob" yes, "hey" or "will" no).
_GIVEN_ZIPF = 4.5
# Where a field or a list entry starts: a line's start with its number or bullet, a colon, or a gap of two spaces.
_ENTRY_START = re.compile(r"(?:^|[:|]|[ \t]{2})[ \t]*(?:\d{1,3}[.)][ \t]*|[-*•][ \t]*)?$", re.M)
# Where a field ends: a gap of two spaces, the line's end, a bracket or punctuation, or the full stop of a chat line
# that gives the name alone ("mags: magdalena pruitt. 608-555-...").
_FIELD_END = re.compile(r"[ \t]{2,}|[ \t]*(?:$|[,;:()\[\]|\"“”]|\.(?=[ \t]|$))", re.M)


def _given_like(word: str, vocab: Vocabulary) -> bool:
    """A lowercase word of three letters or more that may stand before a surname as a given or middle name (two
    letters are too often a word of another language: Creole "li di jefferson")."""
    return len(word) >= 3 and vocab.is_first_name(word) and word not in vocab.stop_words and word not in vocab.clinical \
        and word not in _NOT_NAME


def lowercase_people(text: str, full_names: set[str], vocab: Vocabulary) -> list[PhiSpan]:
    """Known full names ("Miriam Oakes") -> their lowercase occurrences in text, whole ("miriam oakes") or as a given
    name, a middle name or an initial before the surname ("m. oakes", "kayleigh pike", "aubree lynn pike")."""
    whole = {n.lower() for n in full_names if n.lower() != n and not all(vocab.is_word(w) for w in n.split())}
    surnames = {n.split()[-1].lower() for n in full_names if len(n.split()) >= 2 and len(n.split()[-1]) >= 3}
    surnames = {s for s in surnames if re.fullmatch(_WORD, s) and s not in vocab.stop_words and s not in _NOT_NAME}
    spans = []
    if whole:
        pattern = re.compile(r"(?<![\w'’-])(?:%s)(?![\w-])" % "|".join(re.escape(n) for n in sorted(whole, key=len, reverse=True)))
        spans += [PhiSpan(m.start(), m.end(), "NAME", 0.65, "propagated") for m in pattern.finditer(text)]
    if surnames:
        alts = "|".join(re.escape(s) for s in sorted(surnames, key=len, reverse=True))
        part = rf"(?:[a-z]\.|{_WORD})"
        pattern = re.compile(rf"(?<![\w'’.-])(?:({part})[ \t]+)?({part})[ \t]+({alts})(?![\w-])")
        for m in pattern.finditer(text):
            if not (m.group(2) + m.group(3)).islower() or not _lead(m.group(2), vocab):
                continue
            start = m.start(1) if m.group(1) and m.group(1).islower() and _lead(m.group(1), vocab) else m.start(2)
            spans.append(PhiSpan(start, m.end(3), "NAME", 0.65, "propagated"))
    return spans


def _lead(word: str, vocab: Vocabulary) -> bool:
    """An initial with its stop ("m.") or a given name, before a surname."""
    return re.fullmatch(r"[a-z]\.", word) is not None or _given_like(word, vocab)


def grow_lowercase(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Lowercase one-word NAME spans -> grown over a rare lowercase word that ends the field after them ("travis
    dunning  **"), or over the given name that opens the list entry before them ("3. rob meacham (uncle)")."""
    out = []
    for sp in spans:
        value = text[sp.start:sp.end]
        if sp.entity_type != "NAME" or not re.fullmatch(r"[a-z][a-z'’-]{2,}", value):
            continue
        after = re.match(rf"[ ]([a-z][a-z'’-]{{2,}})", text[sp.end:sp.end + 30])
        if after and _FIELD_END.match(text, sp.end + after.end()) and _surname_like(after.group(1), vocab):
            out.append(PhiSpan(sp.start, sp.end + after.end(), "NAME", sp.score, sp.source))
        before = re.search(r"([a-z]{2,})[ ]$", text[max(0, sp.start - 30):sp.start])
        if before and _given_like(before.group(1), vocab) and vocab.frequency(before.group(1)) < _GIVEN_ZIPF \
                and _surname_like(value, vocab, known=True) \
                and _ENTRY_START.search(text, 0, sp.start - len(before.group())) is not None \
                and _FIELD_END.match(text, sp.end):
            out.append(PhiSpan(sp.start - len(before.group()), sp.end, "NAME", sp.score, sp.source))
    return out


def _surname_like(word: str, vocab: Vocabulary, known: bool = False) -> bool:
    """A lowercase word that may be a surname: rare in English (or already found as a name), no clinical or function
    word."""
    return word not in vocab.stop_words and word not in vocab.clinical and word not in _NOT_NAME \
        and (known or vocab.frequency(word) < _RARE_ZIPF)


def signed_initials(text: str, full_names: set[str], vocab: Vocabulary, abbreviations: set[str]) -> list[PhiSpan]:
    """Initials of a known person, even when they spell an abbreviation ("BP", "OR"), that sign a remark after a dash,
    at the end of the line or before a closing quote or bracket: '"NO as of 10/1 -- BP"', "(-- OR)"."""
    forms = set()
    for name in full_names:
        words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
        if len(words) >= 2:
            forms |= {words[0][0] + words[-1][0], "".join(w[0] for w in words)}
    if not forms:
        return []
    alts = "|".join(sorted(forms, key=len, reverse=True))
    pattern = re.compile(rf"(?:--?|[—–~])[ \t]*({alts})(?=[ \t]*(?:$|[\"”'’)\]]))", re.M)
    # initials that spell an abbreviation ("BP", "OR") sign only a quoted or bracketed remark: "Vitals -- BP" is a list
    return [PhiSpan(m.start(1), m.end(1), "NAME", 0.65, "signed_initials") for m in pattern.finditer(text)
            if m.group(1).lower() not in vocab.clinical and m.group(1) not in abbreviations
            or re.match(r"[ \t]*[\"”'’)\]]", text[m.end(1):])]


# lowercase initials that sign or open a remark: "(note from md: ok w/ ROI)", "per tw,", "-- md"
_REMARK_INITIALS = r"(?:(?<=\bfrom )|(?<=\bper )|(?<=\bby )|(?<=-- )|(?<=\()){0}(?=[ \t]*[:,)]|[ \t]*$)"


def line_initials(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """A person named on a line ("Issued by: M. Dorsey") -> their initials in lowercase on the same line where they sign
    a remark ("(note from md: ok ...)"); an abbreviation of the same letters there is most likely theirs anyway."""
    out = []
    for sp in spans:
        words = re.findall(r"[A-Z][\w'’-]*", text[sp.start:sp.end])
        if sp.entity_type != "NAME" or sp.score < 0.7 or sp.source == "propagated" or len(words) < 2 or len(words) > 3:
            continue
        letters = "".join(w[0] for w in words).lower()
        line_start, line_end = text.rfind("\n", 0, sp.start) + 1, (text.find("\n", sp.end) + 1 or len(text) + 1) - 1
        pattern = re.compile(_REMARK_INITIALS.format(re.escape(letters)), re.M)
        out += [PhiSpan(m.start(), m.end(), "NAME", 0.65, "signed_initials") for m in pattern.finditer(text, line_start, line_end)
                if not re.match(r"[\w.]", text[m.end():m.end() + 1]) and letters not in vocab.stop_words]
    return out


_BRACKET_BETWEEN = re.compile(r"[ \t]*[(\"“]([^\W\d_][^\W\d_'’-]{1,20})[)\"”][ \t]*")
_NOT_NICKNAMES = {w.lower() for w in RELATIONS + TITLES}


def bracketed_nicknames(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Two NAME spans with one capitalised word in brackets or quotes between them -> a span over that word, the name
    the person goes by ("KOLAWOLE (KOLA) ADEYEMI", 'Theodora "Teddy" Vance'); a role or a relation between two people
    ("Ana Ruiz (Mother) Tomas Ruiz", "(PCP)") is no name."""
    ends = {sp.end for sp in spans if sp.entity_type == "NAME"}
    starts = {sp.start for sp in spans if sp.entity_type == "NAME"}
    out = []
    for end in ends:
        m = _BRACKET_BETWEEN.match(text, end)
        word = m.group(1) if m else ""
        if m and m.end() in starts and "\n" not in m.group() and word[:1].isupper() and word.lower() not in _NOT_NICKNAMES \
                and word.lower() not in vocab.clinical and word not in clinical_acronyms():
            out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.65, "propagated"))
    return out
