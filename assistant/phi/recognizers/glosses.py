"""People told in a terse or quoted line, where no capital marks them. A gloss: short letters or a nickname, then "="
or ":" and who they are ("tj = guy from work", "KB = her sponsor", "dre: cousin on dad's side"); the gloss says the
letters are a person, however short. And a given name in lowercase opening a quoted message as the one who speaks or
asks ('"lily keeps asking why"', '"marco said no"'): a child's or a text's words, typed without capitals."""

from __future__ import annotations

import re

from assistant.phi.lexicon import RELATIONS
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_WHO = ("guy|girl|man|woman|lady|dude|kid|boy|person|ex|" + "|".join(re.escape(r) for r in RELATIONS if len(r) > 2))
_GLOSS = re.compile(r"(?<![\w.@/-])([A-Za-z]{2,4}|[A-Z]\.(?:[A-Z]\.)?)[ \t]*(?:=|:)[ \t]*"
                    r"(?:(?:a|an|the|his|her|my|their|pt's|client's|mom's|dad's|old|new|older|younger|ex-?)[ \t]+)*"
                    # ... and up to two words that say which one: "the squares guy", "her gym buddy's ex"
                    r"(?:[a-z][a-z'’-]*[ \t]+){0,2}"
                    rf"(?i:{_WHO})s?\b(?![ \t]*(?::|=))")


_QUOTED_SPEAKER = re.compile(r"(?:^|(?<=[\"“‘]))([a-z]{3,12})[ \t]+(?:keeps[ \t]+(?:asking|saying|crying|calling|texting)|says|said|"
                             r"asks|asked|told|tells|texted|texts|called|calls|wants|wanted|cried|yelled|screamed|"
                             r"won['’]t|doesn['’]t|didn['’]t)\b", re.M)


def find_glosses(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> NAME spans of letters glossed as a person ("tj = guy from work") and of a lowercase name speaking."""
    out = [PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "gloss") for m in _QUOTED_SPEAKER.finditer(text)
           if m.start(1) > 0 and vocab.is_first_name(m.group(1)) and vocab.frequency(m.group(1)) < 4.5
           and m.group(1) not in vocab.clinical]
    for m in _GLOSS.finditer(text):
        letters = m.group(1)
        if letters.lower() in vocab.clinical or letters.lower() in RELATIONS or (
                not letters.isupper() and vocab.frequency(letters) >= 4.0) or letters.isupper() and ":" in m.group():
            continue  # "pt: mother present", "note: friend came", "POA: son" are a label, not a person
        out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "gloss"))
    return out
