"""Names of people: by label, title, relation, credential, initials, first-name lexicon and spaCy."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from assistant.phi.lexicon import CREDENTIALS, JOB_TITLES, MONTHS_FULL, RELATIONS, STATES, TITLES, untie
from assistant.phi.recognizers.name_cues import (DASH_SIGNOFF, VERB_CLITIC, bracket_aside, LABEL_WORDS, LINE_INITIALS, LOWER_SIGNOFF, lower_signoff, NO_APOSTROPHE, NOT_INITIALS, SIGNOFF_WORD,
                                                 closes_field, honorific, in_phrase, label_cue, particle, signoff_line, title_cue, with_cue, SCORE_AFTER)
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

SURNAME_ZIPF = 4.6  # "Smith", "Marsh" (about 4.3) can follow a first name; "Plan", "Street" (5+) cannot
COMMON_ZIPF = 4.0  # wordfreq Zipf: a word seen more than 10 times per million words is common
# U+FFFD counts as a letter: a name in a note that was not UTF-8 ("Pe\ufffda") is still one word.
_TOKEN = re.compile(r"(?:[^\W\d_]|\ufffd)+(?:[-'’](?:[^\W\d_]|\ufffd)+)*\.?")
_CRED = {c.lower().replace(".", "") for c in CREDENTIALS}
_TITLE = {t.lower() for t in TITLES}
_MONTHS = {m.lower() for m in MONTHS_FULL}
_NOT_NAME = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "and", "or",
    "of", "a", "an", "i", "dob", "dos", "mrn", "id", "re", "cc", "to", "from", "date", "client",
    "patient", "note", "session", "plan", "goals", "risk", "assessment", "diagnosis", "dx", "mse",
    "medical", "medicaid", "medicare", "insurance", "member", "subscriber", "provider", "phone",
    "cell", "fax", "email", "address", "age", "sex", "male", "female", "family", "group", "school",
    "unknown", "none", "n/a", "self", "subject", "sent", "signed", "signature", "clinician", "beneficiary", "enrollee", "recipient",
    "insured", "resident", "consumer", "therapist", "time", "location", "attendees", "present", "absent", "program", "service",
    "services", "request", "requested", "tel", "direct", "ext", "unit", "suite", "apt", "street",
    "counseling", "center", "clinic", "hospital", "health", "behavioral", "mental", "department",
    "llc", "pllc", "inc", "office", "st", "county", "city", "town", "court", "state", "dear",
    "sincerely", "regards", "thanks", "best", "hi", "hello", "yes", "no", "ok", "per", "via", "with",
    "addr", "mon", "tues", "tue", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "tid",
    "bid", "qid", "prn", "qhs", "npi", "eob", "eobs", "dui", "po", "employee", "employer", "walk-in",
    "recovery", "criteria", "explanation", "requesting", "screenshots", "progress", "grievance", "i'm", "i've", "i'd", "i'll",
    "i’m", "i’ve", "i’d", "i’ll",  # "A. I'm a pharmacist" (a transcript's answer) names no "A. Im"
    "okay", "yeah", "yep", "nope", "um", "uh", "well", "sure", "alright", "hmm", "oh", "wow", "sorry", "please"} | _CRED | _TITLE | {r.lower() for r in RELATIONS if len(r) > 2} | NO_APOSTROPHE | set(JOB_TITLES)

_LABELS = re.compile(r"(?im)\b" + LABEL_WORDS + r"\s*(?:\(s\)|\([^()\n]{1,30}\)(?=[ \t]*[:|]))?\s*(?:--[ \t]*(?=(?-i:[A-Z][a-z]))|[:,;\-–—]|[ \t]*\|)?[ \t]*")
_FIELD_LABEL = re.compile(r"(?i)" + LABEL_WORDS + r"[ \t]*[(:]")  # "MEMBER\n Name (last, first): ...": no cue
_RELATION = re.compile(r"(?i)\b(?:" + "|".join(re.escape(r) for r in sorted(RELATIONS, key=len, reverse=True)) +
                       r")s?\b[ \t]*(?:--[ \t]*(?=(?-i:[A-Z][a-z]))|[,:(–—-])?[ \t]*(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?[ \t]+)?")
_WITH = re.compile(r"(?i)\b(?:w/|w(?= [a-z])|sess(?:ion)? with|met with|seen with|call with)[ \t]*")
_TITLE_RE = re.compile(  # only an abbreviation takes a full stop: "his sister. Yksi ..." ends a sentence
    r"\b(?:(?:" + "|".join(re.escape(t) for t in TITLES if len(t) > 4) + r")|(?:" + "|".join(re.escape(t) for t in TITLES if len(t) <= 4) + r")\.?)[ \t]+", re.I)
# A credential after a name ("Ruth Adebayo, LCSW"): as written, or in lowercase for the longer ones
# ("jb lmhc"); short ones such as "OT" or "MA" only in capitals, so "not" or "ma'am" never count.
_CRED_FORMS = sorted(set(CREDENTIALS) | {c.lower() for c in CREDENTIALS if len(c) >= 3 and c.lower() not in ("mft", "cpr")}, key=len, reverse=True)
# The match begins where the white space begins, so a long run of spaces is not tried at every position.
_CRED_AFTER = re.compile(r"(?<![ \t])[ \t]*+(?:,[ \t]*+)?(?<![\w-])(?:" + "|".join(re.escape(c) for c in _CRED_FORMS) + r")\b")
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}(?![\w])")

@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_title(self) -> bool:
        return self.text[:1].isupper() and not (self.text.isupper() and len(self.text) > 1)

    @property
    def is_caps(self) -> bool:
        return self.text.isupper() and len(self.text.rstrip(".")) >= 2

    @property
    def is_initial(self) -> bool:
        return len(self.text) <= 2 and self.text[:1].isupper() and (len(self.text) == 1 or self.text[1] == ".")


def tokenize(text: str) -> list[Token]:
    """Text -> word tokens, with a possessive 's and a sentence-final period left outside."""
    out = []
    for m in _TOKEN.finditer(text):
        s, e, word = m.start(), m.end(), m.group()
        if word.endswith(".") and not (len(word) == 2 and word[0].isupper()):
            e -= 1
        if re.search(r"['’]s$", text[s:e]):
            e -= 2
        if e > s:
            out.append(Token(s, e, text[s:e]))
    return out


class NameFinder:
    """Finds names in one text; holds the tokens so the rules can look left and right."""

    def __init__(self, text: str, vocab: Vocabulary, propn: frozenset[int] = frozenset()):
        self.text, self.vocab, self.propn = text, vocab, propn
        self.tokens = tokenize(text)
        self._at = {t.start: i for i, t in enumerate(self.tokens)}
        self._starts = [t.start for t in self.tokens]

    def _index_at_or_after(self, pos: int) -> int | None:
        i = bisect_left(self._starts, pos)
        if i < len(self.tokens) and "\n" not in self.text[pos:self.tokens[i].start]:
            return i
        return None

    def _nameish(self, t: Token, lower_ok: bool) -> bool:
        low = t.text.lower().rstrip(".")
        if (low in _NOT_NAME or VERB_CLITIC.search(low)) and not (t.is_initial and low not in _CRED and t.text != "I"):
            return False
        if t.text in STATES:
            return False  # "PA" is Pennsylvania; "Pa" may be a name
        if len(low) > 2 and low in self.vocab.clinical and not self.vocab.is_first_name(low):
            return False  # "parent Inattention T = 74", "released to MST": clinical words are nobody's name
        if t.is_initial:
            return True
        if t.is_title or t.is_caps:
            # "COUNSELOR: Okay, Bill" or "Relation | Phone": a common word that is nobody's first name
            # is not a name, whatever cue stands before it ("Hope", "Will" and "Rose" are first names).
            return not (self.vocab.zipf.get(low, 0.0) >= COMMON_ZIPF and not self.vocab.is_first_name(low)
                        and t.start not in self.propn)
        return lower_ok and (not self.vocab.is_word(low) or self.vocab.is_first_name(low)) and len(low) >= 2 \
            and low not in self.vocab.stop_words and not (self.vocab.zipf.get(low, 0.0) >= COMMON_ZIPF
                                                          and not self.vocab.is_first_name(low)) and self.vocab.zipf.get(low, 0.0) < 5.5

    def _titled(self, t: Token) -> bool:
        return t.is_title and not any(t.text.lower() in words for words in (_NOT_NAME, self.vocab.stop_words, self.vocab.clinical))

    def _between_quotes(self, t: Token) -> bool:
        return self.text[t.start - 1:t.start] in "\"“" and self.text[t.end:t.end + 1] in "\"”" and t.text.lower() not in _NOT_NAME

    def _particle(self, j: int) -> bool:
        """Token j is a surname particle followed, joined, by a name-like word ("de Souza", "DE PALMA")."""
        if j + 1 >= len(self.tokens) or not self._joined(self.tokens[j], self.tokens[j + 1], False):
            return False
        return particle(self.tokens[j].text, self.tokens[j + 1].text) and self._nameish(self.tokens[j + 1], False)

    def _joined(self, a: Token, b: Token, caps: bool) -> bool:
        gap = self.text[a.end:b.start]
        if re.fullmatch(r"[ \t]*[(\"“”')]{0,2}[ \t]*", gap):
            return len(gap) <= 4 and "\t" not in gap and "   " not in gap  # wider gaps are table columns
        return caps and re.fullmatch(r",[ \t]+", gap) is not None  # "MAYBERRY, AUGUST T."

    def run(self, i: int, lower_ok: bool = False, limit: int = 4, titled: bool = False) -> tuple[int, int] | None:
        """Longest run of name-like tokens from token i -> (start, end) offsets, or None. titled: an honorific stands
        before token i, so a capitalised everyday word there is a surname ("Ofc. Bright")."""
        if i is None or i >= len(self.tokens) or not (self._nameish(self.tokens[i], lower_ok) or titled and (
                self._titled(self.tokens[i]) or self._particle(i))):
            return None
        j = i
        while j + 1 < len(self.tokens) and j - i + 1 < limit:
            nxt = self.tokens[j + 1]
            caps = self.tokens[j].is_caps and nxt.is_caps
            # a nickname in quotes inside the name, in any case when the cue allows lowercase: 'ana "pip" ruiz'
            quoted = self.text[nxt.start - 1:nxt.start] in "\"“(" and (nxt.is_title or lower_ok and self._between_quotes(nxt))
            if self.text[nxt.start - 1:nxt.start] == "(" and not nxt.is_title:
                break  # "dez (CRPS)": an acronym in brackets is a role, not more of the name
            if self._particle(j + 1) and self._joined(self.tokens[j], nxt, caps):
                j += 1  # "Maria de Souza", "LUCA DI STEFANO": the particle belongs to the surname after it
                continue
            surname = j == i and lower_ok and nxt.text.islower() and closes_field(self.text, self.vocab, nxt.text, nxt.end)
            if not (self._joined(self.tokens[j], nxt, caps) and (quoted or surname or self._nameish(nxt, lower_ok and not nxt.is_title))):
                break
            if lower_ok and not quoted and not (nxt.is_title or nxt.is_caps) and self.vocab.is_word(nxt.text) and not self.vocab.is_first_name(nxt.text) and not surname:
                break
            j += 1
        if j > i and (self._particle(j) or bracket_aside(self.text, self.vocab, self.tokens[i].text, self.tokens[j].start, self.tokens[j].end)):
            j -= 1  # a particle with no surname after it, or a town in brackets ("Howard (Boca)"), is no part of the name
        end = self.tokens[j].end
        nxt = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
        if lower_ok and nxt is not None and re.fullmatch(r"[a-z](?:-[a-z])?\.?", nxt.text) and self._joined(self.tokens[j], nxt, False) \
                and not re.match(r"[ \t]*[\w(]", self.text[nxt.end:nxt.end + 2].lstrip(".")):
            end = nxt.end + (self.text[nxt.end:nxt.end + 1] == ".")  # "lenny o.", "dawn k", "rafa v-o": a surname's initials
        return self.tokens[i].start, end

    def _after(self, pattern: re.Pattern, lower_ok, source: str, score: float, cue_ok=None, titled=None) -> list[PhiSpan]:
        """Names right after each match; lower_ok(match) says whether lowercase names count there, cue_ok(match)
        whether the match is a cue at all, titled(match) whether an everyday word may be the surname after it."""
        spans = []
        for m in pattern.finditer(self.text):
            if cue_ok is not None and not cue_ok(m):
                continue
            i = self._index_at_or_after(m.end())
            if i is None or self.tokens[i].start != m.end():
                continue
            self._collect_list(i, lower_ok(m), source, score, spans, titled=titled is not None and titled(m))
        return spans

    def _collect_list(self, i, lower_ok, source, score, spans, depth=0, titled=False):
        found = self.run(i, lower_ok=lower_ok, titled=titled)
        if not found:
            return
        spans.append(PhiSpan(found[0], found[1], "NAME", score, source))
        tail = re.match(r"[\"”)]*(?:[ \t]*\(\d{1,2}\))?[ \t]*(?:,|;|and|&|\+)(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:her|his|their|my)[ \t]+)?",
                        self.text[found[1]:])
        if tail and depth < 8:
            j = self._index_at_or_after(found[1] + tail.end())
            rel = _RELATION.match(self.text, found[1] + tail.end())
            if rel and rel.end() > found[1] + tail.end():
                j = self._index_at_or_after(rel.end())
            if j is not None:
                self._collect_list(j, lower_ok, source, score * 0.95, spans, depth + 1)

    def by_context(self) -> list[PhiSpan]:
        """Names after labels, titles and relation words, and before credentials."""
        # Lowercase names count only where the cue is unmistakable: "Client: gabe", "mr. fairweather".
        after_colon = lambda m: bool(re.search(r"[:–—|-][ \t]*$", m.group())) or m.start() == 0 \
            or self.text[m.start() - 1] == "\n"
        spans = self._after(_LABELS, after_colon, "label", 0.85, lambda m: label_cue(self.text, self.vocab, m) and not _FIELD_LABEL.match(self.text, m.end()))
        spans += self._after(_TITLE_RE, lambda m: m.group()[0].islower(), "title", 0.9, lambda m: title_cue(self.text, self.vocab, m),
                             titled=honorific)
        spans += self._after(_RELATION, lambda m: m.group()[0].islower(), "relation", 0.8, lambda m: not in_phrase(self.text, self.vocab, m) and title_cue(self.text, self.vocab, m, kin=True))
        spans += self._after(_WITH, lambda m: True, "with", 0.75, lambda m: with_cue(self.text, self.vocab, m))
        for m in _CRED_AFTER.finditer(self.text):
            spans += self._before(m.start(), lower_ok=m.group().strip(" ,\t").islower())
        for m in _INITIALS.finditer(self.text):
            if m.group() not in NOT_INITIALS:
                spans.append(PhiSpan(m.start(), m.end(), "NAME", 0.7, "initials"))
        spans += [PhiSpan(m.start(1), m.end(1), "NAME", 0.75, "signoff") for m in LOWER_SIGNOFF.finditer(self.text)
                  if lower_signoff(m, self.vocab)]
        spans += self._after(DASH_SIGNOFF, lambda m: True, "signoff", 0.7, lambda m: signoff_line(self.text, self.vocab, m))
        spans += self._after(SIGNOFF_WORD, lambda m: True, "signoff", 0.75)
        for m in SIGNOFF_WORD.finditer(self.text):
            line = LINE_INITIALS.match(self.text, m.end() - len(re.search(r"[ \t]*$", m.group()).group()))
            if line:
                spans.append(PhiSpan(line.start(1), line.end(1), "NAME", 0.7, "signoff"))
        return spans

    def _before(self, pos: int, lower_ok: bool = False) -> list[PhiSpan]:
        j = bisect_left(self._starts, pos) - 1  # the last token that starts before pos
        while j >= 0 and self.tokens[j].end > pos:
            j -= 1
        if j < 0:
            return []
        if self.tokens[j].end < pos - 2 or not self._nameish(self.tokens[j], lower_ok):
            return []
        i = j
        while i - 1 >= 0 and j - i < 3:
            prev = self.tokens[i - 1]
            initial = lower_ok and (re.fullmatch(r"[a-z]\.", prev.text) is not None or (
                len(prev.text) == 1 and prev.text.islower() and self.text[prev.end:prev.end + 1] == "."))
            dotted = initial and re.fullmatch(r"\.[ \t]{1,2}", self.text[prev.end:self.tokens[i].start]) is not None
            if not ((self._joined(prev, self.tokens[i], False) or dotted) and (initial or self._nameish(prev, lower_ok))):
                break
            i -= 1
        return [PhiSpan(self.tokens[i].start, self.tokens[j].end, "NAME", 0.85, "credential")]

    def by_lexicon(self) -> list[PhiSpan]:
        """Known first names (with the surname after them), initial + surname, unknown proper nouns."""
        spans: list[PhiSpan] = []
        for i, t in enumerate(self.tokens):
            low = t.text.lower().rstrip(".")
            nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
            if low in _NOT_NAME or low in _MONTHS or (len(low) > 2 and low in self.vocab.clinical) or (low in self.vocab.stop_words and not (
                    t.is_title and self.vocab.is_first_name(low) and self._surname_like(t, nxt, caps=False))):
                continue  # "Will" and "May" are names only with a surname after them
            found = None
            if self._spelled(i):
                continue  # "P H Q 9", "C B T": dictation spells acronyms out letter by letter
            if t.is_title or t.is_caps or t.is_initial:
                found = self._capitalised(i, t, low, nxt)
            elif len(low) >= 3 and self.vocab.is_first_name(low) and not self.vocab.is_word(low):
                found = self.run(i, lower_ok=True)  # "saw jaylen okwuosa today"
                found = found and (*found, 0.6)
            if found:
                spans.append(PhiSpan(found[0], found[1], "NAME", found[2], "lexicon"))
            elif not self.vocab.is_word(low) and t.is_title and t.start in self.propn and len(low) > 2 and not self.vocab.is_compound_word(low):
                spans.append(PhiSpan(t.start, t.end, "NAME", 0.5, "unknown_propn"))  # not "Hyperactive-Impulsive"
        return spans

    def _surname_like(self, t: Token, nxt: Token | None, caps: bool) -> bool:
        if not (nxt is not None and (nxt.is_caps if caps else nxt.is_title) and self._joined(t, nxt, False)
                and nxt.text.lower() not in _NOT_NAME and not (caps and "  " in self.text[t.end:nxt.start])):
            return False  # capitals two spaces apart are a table's columns ("SOL  WASO"), not Sol Waso
        # "Ray Smith", "L. Marsh": a surname may be a word, but not an everyday one, after a first name
        common = self.vocab.frequency(nxt.text) >= SURNAME_ZIPF or nxt.text.lower() in self.vocab.stop_words
        return not self.vocab.is_word(nxt.text) or (not common and (self.vocab.is_first_name(t.text.rstrip("."))
                                                                     or t.is_initial) and not self._line_start(t))

    def _spelled(self, i: int) -> bool:
        """Token i is one of three or more single letters in a row ("P H Q", "L C S W")."""
        single = [len(t.text) == 1 for t in self.tokens]
        return single[i] and any(a >= 0 and a + 3 <= len(single) and all(single[a:a + 3]) for a in range(i - 2, i + 1))

    def _line_start(self, t: Token) -> bool:
        return not self.text[self.text.rfind("\n", 0, t.start) + 1:t.start].strip(" \t-*•0123456789.)")

    def _capitalised(self, i: int, t: Token, low: str, nxt: Token | None):
        known, word = self.vocab.is_first_name(low), self.vocab.is_word(low)
        if self.text[t.start - 1:t.start].isdigit() or SCORE_AFTER.match(self.text, t.end):  # "SUI 45T", "45T. Mild"
            return None
        if t.is_initial and self._surname_like(t, nxt, caps=False) and re.fullmatch(r"[ \t]{1,2}", self.text[t.end:nxt.start]):
            return t.start, nxt.end, 0.7  # "A. Bianchi-Nwosu" (not "T (F)  CIWA-Ar": a unit in a column header)
        if len(low) == 1:
            return None  # a letter alone is a unit, a sex or a column ("T (F)", "M/F"), not a name from the list
        if t.is_caps and not (known and self._surname_like(t, nxt, caps=True)) and (word or not known):
            return None  # capitals are headings unless a first name leads a surname
        found = self.run(i) if known and (not word or self._surname_like(t, nxt, caps=t.is_caps)) else None
        return found and (*found, 0.7)


def find_names(text: str, vocab: Vocabulary, propn: frozenset[int] = frozenset()) -> list[PhiSpan]:
    """Text -> NAME spans. propn holds start offsets of tokens spaCy tagged PROPN."""
    finder = NameFinder(untie(text), vocab, propn)
    return finder.by_context() + finder.by_lexicon()
