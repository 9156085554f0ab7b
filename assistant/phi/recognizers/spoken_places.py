"""Towns and businesses said aloud in dictation, where nothing is capitalised ("she moved back to cohoes", "works at
the copper kettle bakery"). On a line written all in lowercase, a place word after a place's preposition is read
as a name would be if it were capitalised:

- a gazetteer town after "in", "from", "to", "near", "outside" or "around" (one word only when it is rare in English,
  as for capitalised towns; "in reading" stays a word);
- a business or a practice after "at", "at the", "from the" or "to the" that ends in a head word ("bakery", "family
  practice", "elementary"), the words before the head being neither function words nor the everyday words that
  describe any such place ("the local bakery", "the corner store");
- a church or a school named for a saint after "at", "from" or "to" ("at saint brendan's", "from st agnes");
- a town spelled out letter by letter ("in cohoes period c o h o e s"), as a speaker does for the transcriber.
"""

from __future__ import annotations

import re

from assistant.phi.recognizers.gazetteer import place_names
from assistant.phi.recognizers.lower_businesses import lower_business_heads
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_TOWN_CUE = re.compile(r"\b(?:in|from|to|near|outside|around|outside of)[ \t]+$")
# "at", "behind", "across from" a place, or its name opening an aside: "(lakeview ceramics co-op, i teach there)"
_ORG_CUE = re.compile(r"(?:\b(?:at|from|to|near|behind|outside|inside|across from|next to|by)(?:[ \t]+the)?[ \t]+|\([ \t]*)$")
_WORD = re.compile(r"[a-z][a-z'’-]*")
# A one-word town after a place's preposition may be a little commoner in English than a capitalised one read with
# no cue ("in stockton", "to tacoma"); the everyday words that are also towns stay words ("in reading", "to hope").
LOWER_TOWN_ZIPF = 3.6
_HEADS = ("family practice|family medicine|medical center|health center|community center|senior center|high school|"
          "middle school|elementary school|elementary|credit union|bakery|diner|cafe|salon|garage|pharmacy|clinic|"
          "hospital|academy|church|parish|school|market|grocery|motel|restaurant|bar|grill|pub|tavern|brewery|gym|"
          "daycare|preschool|nursery|store|shop|hardware|bank|library|plant|mill|factory|warehouse|dealership|"
          # a room, a hall or a co-op a person plays, meets or works in; a clinic called "... health"
          "card room|cardroom|casino|parish hall|union hall|legion hall|bingo hall|co-op|cooperative|health|wellness")
# ... and the heads lower_businesses.py reads from data (a tire shop, a freight yard, a ward said short: "peds")
_HEADS = "|".join(sorted(set(_HEADS.split("|")) | set(lower_business_heads()), key=len, reverse=True))  # "parish hall" first
_HEAD = re.compile(rf"\b(?:{_HEADS})\b")
# words of the stop list that name a place's side or height as any word does: "front range tire", "top notch cleaners"
_NAMING_STOP_WORDS = frozenset({"front", "top", "back", "side", "bottom"})
# everyday words that describe any such place, not name one
_PLAIN = {"local", "same", "new", "old", "other", "nearby", "corner", "big", "small", "little", "main", "public",
          "private", "usual", "closest", "nearest", "next", "first", "last", "only", "regular", "whole", "entire",
          "county", "city", "town", "state", "school's", "kids", "kid's", "grocery", "gas", "liquor", "dollar",
          "coffee", "hardware", "auto", "pet", "thrift", "pawn", "walk-in", "urgent", "care", "free", "methadone"}


_SAINT = re.compile(r"\b(?:at|from|to|in|attends|attended)[ \t]+((?:saint|st\.?)[ \t]+[a-z][a-z'’]{2,})")
# ... or with no cue, when a place's head follows the saint's name: "7pm st anne's parish hall", "st. luke's hospital"
_SAINT_HEAD = re.compile(rf"\b(?:saint|st\.?)[ \t]+[a-z][a-z'’]{{2,}}[ \t]+(?:{_HEADS})\b")
_LETTERS = re.compile(r"(?<![\w'’-])[a-z](?:[ \t][a-z]){3,}(?![\w'’-])")


def _saints_and_spellings(text: str, a: int, b: int, vocab: Vocabulary) -> list[PhiSpan]:
    out = [PhiSpan(m.start(1), m.end(1), "ORGANIZATION_LINKED", 0.6, "spoken_org") for m in _SAINT.finditer(text, a, b)
           if m.group(1).split()[-1] not in vocab.stop_words]
    out += [PhiSpan(m.start(), m.end(), "ORGANIZATION_LINKED", 0.6, "spoken_org") for m in _SAINT_HEAD.finditer(text, a, b)]
    out += [PhiSpan(m.start(), m.end(), "ADDRESS", 0.6, "spoken_place") for m in _LETTERS.finditer(text, a, b)
            if m.group().replace(" ", "").replace("\t", "").title() in place_names()]
    return out


_ACRONYM = re.compile(r"(?<![\w'’-])(?:[\w-]*\d[\w-]*|[A-Z]{2,5})(?![\w'’-])")  # ... or an id or a code ("cin 91844207C")


def _lower_lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        # a group's or a measure's acronym in capitals ("GA thurs 7pm"), or a code, leaves the line a lowercase one
        if sum(c.isalpha() for c in line) >= 20 and (bare := _ACRONYM.sub("", line)) == bare.lower():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _towns(text: str, a: int, b: int, vocab: Vocabulary) -> list[PhiSpan]:
    names, out = place_names(), []
    words = list(_WORD.finditer(text, a, b))
    for i, w in enumerate(words):
        if not _TOWN_CUE.search(text[max(a, w.start() - 12):w.start()]):
            continue
        for n in (3, 2, 1):
            run = words[i:i + n]
            if len(run) < n or any(text[x.end():y.start()] != " " for x, y in zip(run, run[1:])):
                continue
            name = " ".join(t.group().title() for t in run)
            single_ok = n > 1 or (len(name) >= 4 and vocab.frequency(name) < LOWER_TOWN_ZIPF and name.lower() not in vocab.clinical)
            if name in names and single_ok and not any(t.group() in vocab.stop_words for t in run):
                out.append(PhiSpan(run[0].start(), run[-1].end(), "ADDRESS", 0.6, "spoken_place"))
                break
    return out


def _businesses(text: str, a: int, b: int, vocab: Vocabulary) -> list[PhiSpan]:
    out = []
    for head in _HEAD.finditer(text, a, b):
        words = list(_WORD.finditer(text, max(a, head.start() - 40), head.start()))[-3:]
        name = []
        for w in reversed(words):
            if text[w.end():(name[0].start() if name else head.start())] != " ":
                break
            low = w.group()
            if low in vocab.stop_words and low not in _NAMING_STOP_WORDS or vocab.frequency(low) >= 5.5 or low in vocab.clinical:
                break
            name.insert(0, w)
        while name and name[0].group() in _PLAIN:  # "the local bakery"; a plain word inside a name stays: "brimfield public library"
            name.pop(0)
        if name and _ORG_CUE.search(text[max(a, name[0].start() - 12):name[0].start()]):
            out.append(PhiSpan(name[0].start(), head.end(), "ORGANIZATION_LINKED", 0.6, "spoken_org"))
    return out


def find_spoken_places(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> towns and businesses named in its all-lowercase lines."""
    out = []
    lines = _lower_lines(text)
    for a, b in lines:
        out += _towns(text, a, b, vocab) + _businesses(text, a, b, vocab) + _saints_and_spellings(text, a, b, vocab)
    return out + _short_names(text, lines, out, vocab)


# A business named in full once is called by its own word elsewhere: "the lucky derby card room" ... "called the derby".
# Only a word of the name that is neither a head, an everyday describing word nor a common English word counts.
SHORT_NAME_ZIPF = 4.5


def _short_names(text: str, lines: list[tuple[int, int]], found: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    own = set()
    for sp in found:
        if sp.entity_type == "ORGANIZATION_LINKED":
            bare = _HEAD.sub(" ", text[sp.start:sp.end])
            own |= {w for w in _WORD.findall(bare) if len(w) >= 4 and w not in _PLAIN and w not in vocab.stop_words
                    and w not in vocab.clinical and vocab.frequency(w) < SHORT_NAME_ZIPF and w not in ("saint",)}
    if not own:
        return []
    pattern = re.compile(r"(?<![\w'’-])(?:%s)(?![\w'’-])" % "|".join(re.escape(w) for w in sorted(own)))
    return [PhiSpan(m.start(), m.end(), "ORGANIZATION_LINKED", 0.55, "spoken_org")
            for a, b in lines for m in pattern.finditer(text, a, b)]
