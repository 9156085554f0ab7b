"""The safe-vocabulary backstop (the idea behind Philter): a word that is neither common English nor
our clinical vocabulary, standing where a name or a place can stand, is redacted.

"Where a name can stand": a capitalised word (Title or, past five letters, ALL CAPS), or any word on
a line written all in lowercase (text threads, dictation), where names lose their capitals. The
threshold is SAFE_ZIPF on wordfreq's Zipf scale; README ("the safe-vocabulary backstop") gives the
precision it costs on our sets.
"""

from __future__ import annotations

import re

from assistant.phi.lexicon import MONTHS_FULL, STATES, STREET_WORDS
from assistant.phi.recognizers.names import _NOT_NAME, tokenize
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_KANA = re.compile(r"[\u3041-\u30ff]")
LOWERCASE_ZIPF = 2.5  # stricter on lowercase lines: slang and misspellings are rare too
_PLACE_WORDS = {w.lower() for w in STREET_WORDS} | {
    "falls", "landing", "junction", "hollow", "heights", "mills", "springs", "creek", "ridge", "point",
    "bend", "flats", "crossing", "harbor", "harbour", "valley", "lake", "lakes", "river", "bay", "beach",
    "village", "township", "city", "town", "county", "corner", "corners", "center", "centre", "island",
    "mountain", "mount", "fork", "forks", "ford", "gap", "mesa", "canyon", "bluffs", "trestle", "bridge",
    "pond", "grange", "trailhead", "overlook", "port", "haven", "ferry", "station", "pines", "oaks"}
_SKIP = _NOT_NAME | {m.lower() for m in MONTHS_FULL} | {s.lower() for s in STATES.values()}
_PLACE_CUE = re.compile(r"(?:\b(?:in|at|near|from|to|past|outside|around|toward|towards|into|of)\s+(?:the\s+)?)$", re.I)


# One or two initials after a given name on a lowercase line, then no more of the sentence's words: "k.", "t-b", "m.-v."
# (one with its period may have more words after it: "osvaldo k. called back")
_SURNAME_INITIALS = re.compile(r"[ \t](?:[a-z]\.?(?:-[a-z]\.?)?(?![\w'’-])(?![ \t]*[\w(])|[b-hj-z]\.(?:-[a-z]\.)?(?![\w'’-]))")
# Where a system writes who did something: a lowercase login may stand there ("by ahoffmann", "user: jdoe").
_HANDLE_CUE = re.compile(r"(?:\b(?:(?:run|entered|created|edited|exported|modified|signed|uploaded|assigned|closed|reviewed)\s+)?by|"
                         r"\buser(?:\s*name)?|\blogin|\bclerk|\boperator|\bagent|\bassignee|\bowner)\s*[:=]?[ \t]*@?$", re.I)


def _lowercase_line(line: str) -> bool:
    words = re.findall(r"[^\W\d_]{2,}", line)
    return len(words) >= 3 and not any(w[0].isupper() and not w.isupper() for w in words)


# A line that goes on with the sentence of the line above it, in a paragraph with a capitalised line, was wrapped by the
# writer's editor ("... including a 10x magnifying" / "mirror; extracting with a comedone tool 40-60 min"): it is no
# line typed in lowercase, and its rare words are the sentence's, not names that lost their capitals.
_OPEN_END = re.compile(r"[A-Za-z,(/&+-]$")
_LABEL_START = re.compile(r"[ \t]*[^\s:]{1,20}:")


# A word broken across the line end by a hyphen: its first part closes the line above ("Vander-", "obses-").
_BROKEN_WORD = re.compile(r"(?<![\w-])([A-Za-z]+)-$")


def _wrapped(previous: str, line: str) -> bool:
    """The line goes on with the English sentence of the line before it (in a paragraph that has a capitalised line); a
    table's row, a dated entry of a log or a line in a script without capitals is a line of its own."""
    before = previous.rstrip()
    return bool(before) and _OPEN_END.search(before) is not None and not _LABEL_START.match(line) \
        and "|" not in line and "\t" not in line and re.match(r"[ \t]*(?:[(\"“'‘]|-[ \t])?[a-z]", line) is not None


def _unsafe(tok, vocab: Vocabulary, lower_line: bool, line: str = "") -> bool:
    word = tok.text.rstrip(".")
    low = word.lower()
    if len(word) < 3 or low in _SKIP or any(c.isdigit() for c in word):
        return False
    if word[0].isupper():
        if (word.isupper() and len(word) <= 5) or re.fullmatch(r"[A-Z]{2,}s", word):
            return False  # acronyms and their plurals (CBT, SSRIs) are the clinical list's job
        if word.isupper() and (re.match(r"-\d", line[tok.end:]) or re.search(r"\d-$", line[:tok.start])):
            return False  # the letters of a code joined to its number: "Form OM-HSE-114", "2026-QA-PSYCH"
        # A dictionary word opening a sentence, a line or a field ("Stressors:", "MSE: Disheveled") or
        # in capitals is a word; in mid-sentence a rare dictionary word with a capital is a name.
        opening = word.isupper() or re.search(r"(?:^|[.:!?;•·|(\"“—–-])[ \t]*$", line[:tok.start]) is not None
        return not vocab.is_safe(word, dictionary=opening)
    if _HANDLE_CUE.search(line[:tok.start]):  # "Export run: 2025-02-28 by ahoffmann", "Clerk: jmcnair": a login names a person
        return not vocab.is_safe(word, threshold=LOWERCASE_ZIPF)
    return lower_line and not vocab.is_safe(word, threshold=LOWERCASE_ZIPF)


def find_rare_words(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME or ADDRESS spans for words off the safe list, grown over the proper-noun phrase."""
    spans: list[PhiSpan] = []
    offset = 0
    japanese = _KANA.search(text) is not None  # Japanese has no capitals: japanese.py's frames read it, not a word list
    previous, capitalised = "", False
    for line in text.split("\n"):
        capitalised = bool(line.strip()) and (capitalised or re.search(r"[A-Z][a-z]", line) is not None and not _lowercase_line(line))
        lower_line = _lowercase_line(line) and not (capitalised and _wrapped(previous, line))
        broken = _BROKEN_WORD.search(previous) if not lower_line else None
        previous = line
        tokens = tokenize(line)
        if broken and tokens and tokens[0].text[:1].islower() and not line[:tokens[0].start].strip():
            whole = broken.group(1) + tokens[0].text  # "Hope Vander-" / "waal": the word read whole, as it was written
            if whole[0].isupper() and not vocab.is_safe(whole, dictionary=False):
                spans.append(PhiSpan(offset + tokens[0].start, offset + tokens[0].end, "NAME", 0.5, "rare_word"))
        i = 0
        while i < len(tokens):
            if japanese and tokens[i].text.lower() == tokens[i].text.upper() or not _unsafe(tokens[i], vocab, lower_line, line):
                i += 1
                continue
            start, end, place = i, i, False
            while start > 0 and _joined(line, tokens[start - 1], tokens[start]) and _capital_part(tokens[start - 1], vocab):
                start -= 1
            while end + 1 < len(tokens) and _joined(line, tokens[end], tokens[end + 1]) and (
                    _capital_part(tokens[end + 1], vocab) or _unsafe(tokens[end + 1], vocab, lower_line, line)
                    or (lower_line and tokens[end + 1].text.lower() in _PLACE_WORDS)):
                end += 1
            place = any(t.text.lower() in _PLACE_WORDS for t in tokens[start:end + 1]) or bool(
                _PLACE_CUE.search(line[:tokens[start].start]))
            stop = tokens[end].end
            if lower_line and not place and end + 1 < len(tokens) and (m := _SURNAME_INITIALS.match(line, tokens[end].end)):
                stop, end = m.end(), end + 1  # "rosalind t-b", "osvaldo k.": the surname's initials after a rare given name
            spans.append(PhiSpan(offset + tokens[start].start, offset + stop, "ADDRESS" if place else "NAME", 0.5, "rare_word"))
            i = end + 1
        offset += len(line) + 1
    return spans


def _joined(line: str, a, b) -> bool:
    return re.fullmatch(r" ?['’]?", line[a.end:b.start]) is not None or line[a.end:b.start] == "-"


def _capital_part(tok, vocab: Vocabulary) -> bool:
    """A capitalised neighbour that belongs to the same proper noun ("Esker Falls", "Orrin's Landing")."""
    word = tok.text.rstrip(".")
    low = word.lower()
    return word[:1].isupper() and not (word.isupper() and len(word) > 1 and low not in _PLACE_WORDS) \
        and low not in _SKIP and (low in _PLACE_WORDS or not vocab.is_safe(word, dictionary=False))
