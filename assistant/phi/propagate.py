"""Case-level recall: a name or place found once is redacted wherever else it is written."""

from __future__ import annotations

import re
import unicodedata

from assistant.phi.caps_names import names_in_capitals
from assistant.phi.lower_initials import lowercase_initials
from assistant.phi.grow import listed_given_names
from assistant.phi.lexicon import RELATIONS
from assistant.phi.line_language import drop_other_language_words
from assistant.phi.signed_lowercase import signed_in_lowercase
from assistant.phi.lower_people import bracketed_nicknames, grow_lowercase, line_initials, lowercase_people, signed_initials
from assistant.phi.pairs import other_script_names, partner_names
from assistant.phi.recognizers.rosters import LETTERED as _LETTERED
from assistant.phi.recognizers.lower_names import known_names_lowercase
from assistant.phi.recognizers.names import _NOT_NAME, COMMON_ZIPF, tokenize
from assistant.phi.recognizers.noted_people import quoted_nicknames_again
from assistant.phi.set_names import row_names, spaced_names
from assistant.phi.short_forms import _NOT_INITIALS, derived_forms, login_forms
from assistant.phi.vocabulary import Vocabulary
from assistant.phi.world_words import world_words
from assistant.records import PhiSpan

_QUOTED_NICKNAME = re.compile(r"[ \t]+[\"“(][^\W\d_]{2,20}[\"”)](?=[ \t])")
_ID_TYPES = {"OTHER_ID", "MRN", "HEALTH_PLAN_ID", "LICENSE", "DEVICE_ID", "VEHICLE"}
_PLACE_SOURCES = {"city_state", "prose_place", "spacy_location", "county", "address_line"}


def _name_terms(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> dict[str, bool]:
    """NAME spans -> {term: case_sensitive}; English words only match when capitalised."""
    terms: dict[str, bool] = {}
    for sp in spans:
        if sp.entity_type != "NAME":
            continue
        if sp.source == "initials":  # "M-J", "KJ": initials that stood for a person are that person everywhere
            terms[text[sp.start:sp.end]] = True
            continue
        tokens = tokenize(text[sp.start:sp.end])
        whole = " ".join(text[sp.start:sp.end].split())
        if len(tokens) >= 2 and sp.score >= 0.6 and whole[:1].isupper() and "\n" not in text[sp.start:sp.end] \
                and not re.search(r"\b(?:Jr|Sr|II|III|IV)\.?$", whole):
            terms[whole] = True  # the full name as written ("G. Marsh") wherever it is written again, even when each word is ordinary
        for tok in tokens:
            word = tok.text.rstrip(".")
            low = word.lower()
            if word.istitle() and len(low) >= 3 and tok is not tokens[0] and tok is not tokens[-1] \
                    and text[sp.start + tok.start - 2:sp.start + tok.start] in (' "', " “") and text[sp.start + tok.end:sp.start + tok.end + 1] in "\"”":
                if low not in _NOT_NAME and _declared_nickname(text, sp.start + tok.start, sp.start + tok.end, vocab):
                    terms[low] = False  # 'Jordan "Jojo" Pike' ... "jojo is driving": in any case
                else:
                    terms[word] = True  # 'Consuelo "Nana" Vasquez', 'Robert "Bud" Hale': a word, but capitalised it names them
                continue
            if len(low) < 2 or low in _NOT_NAME or (len(low) == 2 and not tok.is_title):
                continue
            if _declared_nickname(text, sp.start + tok.start, sp.start + tok.end, vocab):
                terms[low] = False  # 'Theodora "Teddy" Vance' ... "teddy said": the person's own name, in any case
                continue
            if low in world_words()[1] and not (tok is tokens[0] and sp.source in _PERSON_CUES and vocab.is_first_name(low)):
                continue  # "Lao" in "Wat Lao Sisaket" names a people: "PHQ-9 (Lao)" stays ("Dr. Dane Ross" spreads)
            if word.isupper() and len(word) >= 5 and tok is tokens[0] and sp.score >= 0.6 and low not in vocab.clinical \
                    and text[sp.start + tok.end:sp.start + tok.end + 1] == "," and low not in vocab.stop_words:
                terms[word] = True  # "KNIGHT, HOPE R" on a label is "pt KNIGHT" in capitals below it (never "knight")
            if word.isupper() and len(word) <= 4:
                if len(word) >= 3 and sp.score >= 0.6 and vocab.is_first_name(low) and vocab.frequency(low) < COMMON_ZIPF:
                    terms[word.capitalize()] = True  # "OSEI, FERN A" on a form is "Fern" in the note below it
                continue  # acronyms are never worth spreading
            if low in vocab.stop_words and not (word[:1].isupper() and len(low) >= 3 and vocab.is_first_name(low)):
                continue  # function words neither, unless a capitalised "May" or "Will" is someone's name
            if "-" in low and word[:1].isupper() and len(tokens) >= 2 and sp.score >= 0.6 and not (vocab.is_compound_word(word) and any(
                    vocab.frequency(p) >= COMMON_ZIPF for p in low.split("-") if p)):
                terms.update(_surname_parts(word, vocab, terms))  # "Okafor-Dunn" is "?q=okafor" in a search log
            # "Office-Based": a compound of ordinary words is ordinary too
            ordinary = vocab.is_word(low) or ("-" in low and all(vocab.is_word(p) for p in low.split("-") if p))
            if ordinary and (sp.score < 0.6 or not (vocab.is_first_name(low) or len(tokens) == 1 or _uncommon_given_name(
                    tok, tokens, sp, vocab))):
                continue  # spread "Hope" or "brother Yaw", never "Treatment" from "Bridgeview Office-Based Treatment"
            if ordinary and word.islower():
                terms[low] = False  # a lowercase note writes "gf destiny": match it in lowercase too
            else:
                terms[word if ordinary else low] = ordinary or terms.get(low, False)
            if ordinary and word.isupper() and vocab.is_first_name(low) and vocab.frequency(low) < COMMON_ZIPF:
                terms[word.capitalize()] = True  # "OSEI-BRANDT, LARKSPUR" on a form is "Larkspur" in the note below it
            folded = _ascii(low)
            if folded != low and len(folded) >= 3 and not vocab.is_word(folded):
                terms.setdefault(folded, False)  # "Nguyễn" is also registered as "NGUYEN"
    return terms


def _surname_parts(word: str, vocab: Vocabulary, terms: dict[str, bool]) -> dict[str, bool]:
    """A double-barrelled name ("Okafor-Dunn") -> each part of four letters or more, which names the person alone: in
    any case when no dictionary knows it ("okafor"), capitalised when it is a rare word ("Farrow")."""
    out = {}
    for part in word.split("-"):
        low = part.lower()
        if len(low) < 4 or low in vocab.stop_words or low in vocab.clinical or low in _NOT_NAME or low in RELATIONS:
            continue
        if not vocab.is_word(low):
            out[low] = terms.get(low, False)
        elif part.istitle() and vocab.frequency(low) < COMMON_ZIPF:
            out[part] = True
    return out


# a name before "LCSW", after "Dr." or "her brother", or a person's field ("Pt: Temperance Oyelowo-Finch")
_PERSON_CUES = {"credential", "title", "relation", "label"}


def _uncommon_given_name(tok, tokens, sp: PhiSpan, vocab: Vocabulary) -> bool:
    """The given name of a "Given Surname" found by a person's cue (a credential, a title, a relation) that is an
    English word only rarely ("Clover", "Lark", "Birch"): it names the person again when written capitalised alone."""
    word = tok.text.rstrip(".")
    rest = [t.text.rstrip(".") for t in tokens[1:]]
    return sp.source in _PERSON_CUES and sp.score >= 0.8 and tok is tokens[0] and len(tokens) in (2, 3) \
        and word.istitle() and len(word) >= 3 and vocab.frequency(word) < COMMON_ZIPF and word.lower() not in vocab.clinical \
        and all(len(r) >= 2 and not vocab.is_word(r) for r in rest)


def _declared_nickname(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """The word is written in quotes inside a person's name ('ana "pip" ruiz'), so it names them wherever it stands,
    written in any case, unless it is a word too common to read as a name when lowercase ("Hope", "Will")."""
    return text[start - 1:start] in "\"“" and text[end:end + 1] in "\"”" and vocab.frequency(text[start:end]) < 4.5 \
        and text[start:end].lower() not in vocab.stop_words and text[start:end].lower() not in vocab.clinical


def _place_terms(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> set[str]:
    """City names, and the local place word that opens an organisation's name ("Quillan Valley ...")."""
    terms = set()
    for sp in spans:
        value = text[sp.start:sp.end]
        if sp.entity_type == "ADDRESS" and sp.source in _PLACE_SOURCES and not any(c.isdigit() for c in value):
            terms.add(value)
        elif sp.entity_type == "ORGANIZATION_LINKED":
            first = value.split()[0] if value.split() else ""
            if first[:1].isupper() and len(first) > 3 and not vocab.is_word(first) and first.lower() not in _NOT_NAME:
                terms.add(first)
    return terms


# a name in capitals, surname first or not: its given name's initial ("QUILL, DASHA M." -> D, "DASHA QUILL" -> D)
_CAPS_GIVEN = re.compile(r"[A-Z][A-Z'’-]+,[ \t]*([A-Z])[A-Z'’-]+(?:[ \t]+[A-Z]\.?)?|([A-Z])[A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’.-]*)+")


def propagate(texts: list[str], spans: list[list[PhiSpan]], vocab: Vocabulary) -> list[list[PhiSpan]]:
    """Per-note spans -> the same plus every other occurrence of their names and places in the case."""
    names: dict[str, bool] = {}
    places: set[str] = set()
    speakers: set[str] = set()
    letters: set[str] = set()
    ids: set[str] = set()
    full_names: set[str] = set()  # "Miriam Oakes", found with a person's cue: written lowercase too ("m. oakes")
    quoted: set[str] = set()  # 'Aunt "Sis"', 'Elias Jr. "Sonny"': the nickname wherever the case quotes it again
    spans = [f + spaced_names(t, f, vocab) + row_names(t, f, vocab) for t, f in zip(texts, spans)]  # "W H I T C O M B E"
    for text, found in zip(texts, spans):
        found = drop_other_language_words(text, found, vocab)  # "gün" read as a name once is no name to spread
        for term, case in _name_terms(text, found, vocab).items():
            names[term] = names.get(term, False) or case
        places |= _place_terms(text, found, vocab)
        ids |= {text[sp.start:sp.end] for sp in found if _spreads(sp, text[sp.start:sp.end])}
        quoted |= {text[sp.start:sp.end] for sp in found if sp.entity_type == "NAME" and sp.score >= 0.7
                   and text[sp.start - 1:sp.start] in ("\"", "“") and text[sp.end:sp.end + 1] in ("\"", "”")
                   and re.fullmatch(r"[A-Z][a-z'’-]+", text[sp.start:sp.end])}
        for sp in found:
            if sp.entity_type == "NAME" and sp.score >= 0.7 and sp.source != "propagated":
                for login in login_forms(text[sp.start:sp.end], vocab):
                    names.setdefault(login, False)
                forms = derived_forms(text[sp.start:sp.end], vocab, speaker=True)
                written = _QUOTED_NICKNAME.sub(" ", text[sp.start:sp.end])  # 'Magdalena "Mags" Pruitt' is "magdalena pruitt" too
                if re.fullmatch(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]*)*[ \t]+[A-Z][\w'’-]{2,}", written):
                    full_names.add(" ".join(w for w in written.split() if not re.fullmatch(r"[A-Z]\.?", w)))
                speakers |= forms
                for form in forms:
                    if form.upper().strip(".") not in _NOT_INITIALS:  # "MO" or "OR" count only as a speaker label
                        names[form] = True
                if first := re.match(r"[A-Z](?=[a-z])", text[sp.start:sp.end]) or _CAPS_GIVEN.fullmatch(text[sp.start:sp.end]):
                    letters.add(first.group(first.lastindex or 0))  # "QUILL, DASHA M." is "D." too
    exact = sorted((t for t, case in names.items() if case), key=len, reverse=True)
    loose = sorted((t for t, case in names.items() if not case), key=len, reverse=True)
    out = []
    for text, found in zip(texts, spans):
        extra = list(found)
        extra += _occurrences(text, exact, 0, "NAME", "propagated", capitalised=True)
        extra += names_in_capitals(text, exact, vocab) + lowercase_initials(text, found, vocab)  # "WREN'S", "k. airdropped"
        extra += _occurrences(text, loose, re.I, "NAME", "propagated")
        extra += known_names_lowercase(text, exact, vocab)  # "Lambert, Grace" in the log is "grace asked" below it
        extra += _occurrences(text, sorted(places, key=len, reverse=True), 0, "ADDRESS", "propagated_place")
        extra += _speaker_labels(text, speakers) + _lone_initials(text, letters) + signed_initials(text, full_names, vocab, _NOT_INITIALS)
        extra += signed_in_lowercase(text, full_names, letters, vocab)  # "ok to send -- rv", "{fine. - t.}"
        extra += lowercase_people(text, full_names, vocab) + bracketed_nicknames(text, extra, vocab) + line_initials(text, found, vocab)
        extra += grow_lowercase(text, extra, vocab)
        extra += _initials_before(text, extra) + listed_given_names(text, extra, vocab)
        extra += quoted_nicknames_again(text, quoted)
        extra += partner_names(text, extra, vocab) + other_script_names(text, extra)  # a caption's other party; a name in two scripts
        # an identifier found once ("Room 6E-03", "MRN SB-00918834") is the same identifier wherever it is written
        extra += [PhiSpan(m.start(), m.end(), "OTHER_ID", 0.6, "propagated_id") for m in _id_occurrences(text, ids)]
        out.append(extra)
    return out



def join_adjacent_names(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Final spans of a note -> the same with NAME spans one space apart made one: a double given name spread word by
    word ("Ruby" + "Jean") is one name, and its placeholder covers the space between them too."""
    out: list[PhiSpan] = []
    for sp in sorted(spans, key=lambda x: (x.start, x.end)):
        last = out[-1] if out else None
        if last is not None and last.entity_type == sp.entity_type == "NAME" and sp.start == last.end + 1 \
                and text[last.end] == " ":
            out[-1] = PhiSpan(last.start, sp.end, "NAME", max(last.score, sp.score), last.source)
        else:
            out.append(sp)
    return out


def _occurrences(text: str, terms: list[str], flags: int, kind: str, source: str,
                 capitalised: bool = False) -> list[PhiSpan]:
    """Every whole-word occurrence of any term, found in one pass over the text."""
    if not terms:
        return []
    # an underscore is a blank to write on ("__TRB__"), not part of a word
    # a hyphen and a letter make a compound ("Office-Based"); a hyphen and a digit a label ("KELLER-4B" on a buzzer)
    # an editor's mark before a name is no compound: "[-Rosalind was ...-]", "{+Rosalind+}" (tracked changes)
    pattern = re.compile(r"(?<![^\W_])(?<![^\W_]-)(?:" + "|".join(_lookalike(t) for t in terms) + r")(?![^\W_]|-[^\W\d_])", flags)
    score = 0.65 if kind == "NAME" else 0.6
    return [PhiSpan(m.start(), m.end(), kind, score, source) for m in pattern.finditer(text)
            if (not capitalised or m.group()[0].isupper() or m.group()[0] in "01") and re.search(r"[^\W\d_]", m.group())]


# A scan read by OCR writes a letter as the digit it looks like ("0kafor-Brandt", "Hol1oway"): a name found once is
# found again with its look-alikes, so a swap in one place does not leak it there.
_LOOKALIKES = {"O": "[O0]", "o": "[o0]", "l": "[l1]", "I": "[I1]"}


def _lookalike(term: str) -> str:
    return "".join(_LOOKALIKES.get(c, re.escape(c)) for c in term)


def _speaker_labels(text: str, forms: set[str]) -> list[PhiSpan]:
    """A name's initials written as a transcript's speaker label, at the start of a line ("MO:  Good.", "12  CVB: ...")."""
    forms = {f for f in forms if "." not in f}
    if not forms:
        return []
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(r"^[ \t]*(?:\d{1,4}[ \t.)]+)?(%s)(?=[ \t]*:)" % alts, re.M)
    return [PhiSpan(m.start(1), m.end(1), "NAME", 0.65, "propagated") for m in pattern.finditer(text)]


def _lone_initials(text: str, letters: set[str]) -> list[PhiSpan]:
    """A person named by one initial ("D. filled out the application", "D.'s car", "with D. at the pantry"), when
    someone in the case has a name that starts with that letter; "vitamin D. She" is left alone."""
    if not letters:
        return []
    pattern = re.compile(r"(?<![\w.])(?<!vitamin )(?<!Vitamin )([%s]\.)(?=['\u2019]s\b|[ \t]+[a-z])" % "".join(sorted(letters)))
    # ... or signs a remark with it in brackets, after a quote or a comment: '"this one twice" (J.)', "-- chose the blue one (P.)"
    signed = re.compile(r"(?<=\()([%s]\.)(?=\))" % "".join(sorted(letters)))
    return [PhiSpan(m.start(1), m.end(1), "NAME", 0.6, "propagated") for m in (*pattern.finditer(text), *signed.finditer(text))]


_INITIAL_BEFORE = re.compile(r"(?<![\w.])([A-Za-z])\.[ \t]?$")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")


def _initials_before(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """The initial of a given name written just before a name found ("t. arkwright", "L. Okonjo"), in the name's
    case; not the letter that a word takes ("vitamin D. Ferris called", "Plan B. Okafor")."""
    out = []
    for sp in spans:
        first = text[sp.start:sp.start + 1]
        if sp.entity_type != "NAME" or not first.isalpha():
            continue
        m = _INITIAL_BEFORE.search(text[max(0, sp.start - 4):sp.start])
        if not m or m.group(1).isupper() != first.isupper() or m.group(1) == "v":
            continue  # "Okafor v. Lindqvist": the "v." of a case name is no initial
        start = max(0, sp.start - 4) + m.start(1)
        word = _WORD_BEFORE.search(text[max(0, start - 20):start])
        if not word or word.group(1).lower() not in _LETTERED:
            out.append(PhiSpan(start, sp.end, "NAME", sp.score, sp.source))
    return out


def _spreads(sp: PhiSpan, value: str) -> bool:
    """An identifier worth looking for elsewhere: four characters or more, with a digit, not a bare number."""
    return sp.entity_type in _ID_TYPES and len(value) >= 4 and any(c.isdigit() for c in value) and not value.isdigit()


def _id_occurrences(text: str, ids: set[str]) -> list[re.Match]:
    if not ids:
        return []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(v) for v in sorted(ids, key=len, reverse=True)) + r")(?![\w-])")
    return list(pattern.finditer(text))


def _ascii(word: str) -> str:
    """A name without its accents, as a registration system writes it: "nguyễn" -> "nguyen", "josé" -> "jose"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.replace("đ", "d").replace("Đ", "D")) if not unicodedata.combining(c))
