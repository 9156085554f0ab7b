"""Names that are also words, told to be names by what stands in a bracket right after them.

A capitalised word followed by the person's birth date or age ("Wren (DOB 3/9/2016)", "Sky (age 9)") or by who the
person is to the client ("Rocky (stepfather)", "Blaze (her brother)") is a name, even when it is an ordinary word.
Relations are the lexicon's; the rest of the frame is the rule.
"""

from __future__ import annotations

import re

from assistant.phi.lexicon import RELATIONS
from assistant.phi.recognizers.names import _NOT_NAME
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_RELATION = "|".join(re.escape(r) for r in sorted(RELATIONS, key=len, reverse=True))
_WHAT = (r"(?:DOB|D\.O\.B\.|born|b\.|age|aged|\d{1,2}[ \t]*(?:yo|y/o|y\.o\.|years?(?:[ \t-]old)?)(?=[ \t,;)])|"
         rf"(?:(?:her|his|their|my|client'?s|pt'?s|the)[ \t]+)?(?:{_RELATION})s?(?=[ \t]*[),;]))")
_BESIDE = re.compile(rf"(?<![\w'’-])([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]*\([ \t]*(?i:{_WHAT})")


def find_bracket_names(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans for capitalised words with a birth date, an age or a relation in a bracket after them."""
    spans = []
    for m in _BESIDE.finditer(text):
        word = m.group(1)
        low = word.lower()
        if low in _NOT_NAME or low in vocab.clinical or low in vocab.stop_words:
            continue
        spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "bracket_cue"))
    return spans


# A wiki link in a note-taking vault ("[[The Copper Still]]", "[[Kemi Oduya|Kemi]]") names a page: a person, a place
# or a document. A target that names no document, clinical idea or date, and is either in title case throughout or
# holds a word that is not ordinary English, is a person's or a place's page.
_WIKI = re.compile(r"\[\[([^\[\]|#\n]{2,60})(?:#[^\[\]|\n]*)?(?:\|([^\[\]\n]{1,60}))?\]\]")
_PAGE_KINDS = frozenset(
    "intake session sessions plan plans note notes assessment summary template review progress treatment letter letters "
    "appointment meeting discharge safety screening screen worksheet homework log journal index moc daily weekly monthly "
    "checklist protocol form forms consent invoice billing superbill contacts resources handout handouts goals goal "
    "supervision referral referrals diagnosis measures scores tracker dashboard inbox tasks todo agenda minutes policy "
    "insurance authorization authorizations appeal appeals denial denials claim claims eob".split())


def find_wiki_links(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> spans for wiki-link targets and labels that read as a person's or a place's page."""
    spans = []
    for m in _WIKI.finditer(text):
        for g in (1, 2):
            part = m.group(g)
            if not part or not part.strip()[:1].isupper() or re.search(r"\d", part):
                continue
            every = re.findall(r"[^\W\d_][\w'’-]*", part)
            words = [w for w in every if w.lower() not in vocab.stop_words]
            lows = [w.lower() for w in words]
            if not words or any(w in _PAGE_KINDS or w in vocab.clinical or w in _NOT_NAME for w in lows) \
                    or (len(every) == 1 and vocab.is_word(words[0])) or any(w.lower() in RELATIONS for w in words):
                continue
            if all(vocab.is_word(w) for w in words) and not all(w[:1].isupper() for w in words):
                continue  # "[[Sleep hygiene]]": ordinary words in sentence case name an idea, not a place
            kind = "NAME" if vocab.is_first_name(words[0]) else "ORGANIZATION_LINKED"
            spans.append(PhiSpan(m.start(g), m.start(g) + len(part.rstrip()), kind, 0.7, "wiki_link"))
    return spans
