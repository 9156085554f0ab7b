"""A name beside another. Its partner in a pair: a case caption or a couple written with a slash, an ampersand or "v."
("HRABOWSKI / DELACROIX", "Petrakis v. Lindqvist") names two people when one of them is already found as a name. And
the same name written again in another script ("محمد رحیمی / Mohammad Rahimi", "Khin Myat Noe · ခင်မြတ်နိုး", "周文杰 Zhou
Wenjie")."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from assistant.phi.lexicon import RELATIONS
from assistant.phi.recognizers.cjk import HAN, han_name
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_JOIN = re.compile(r"[ \t]*(?:/|&|\+|\bv\.|\bvs\.?|\band\b)[ \t]*")
_RARE = 3.5  # Zipf frequency under which a capitalised word reads as a surname ("Brown" 5.0, "Delacroix" under 3)
_WORD = re.compile(r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?")


@lru_cache(maxsize=1)
def _kin_words() -> frozenset[str]:
    lines = (Path(__file__).parent / "data" / "kin_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.lower() for line in lines for w in line.split("#", 1)[0].split()) | frozenset(RELATIONS)


def _partner_ok(name: str, word: str, vocab: Vocabulary, joiner: str) -> bool:
    """The word after the join is written like the name (both in capitals, or both capitalised) and is no common word,
    clinical term or acronym; after "and" only a given name counts ("Ruth and Walt", never "Ruth and Spanish")."""
    first = word.split()[0]
    if first.lower() in vocab.clinical or first.lower() in _kin_words() or len(first) < 3 or (first.isupper() and len(first) < 5):
        return False
    if "and" in joiner:
        return first[0].isupper() and vocab.is_first_name(first)
    rare = vocab.frequency(first) < _RARE or vocab.is_first_name(first)  # "Delacroix" is in a word list, rarely
    if name.isupper():
        return word.isupper() and rare
    return first[0].isupper() and not first.isupper() and rare


def partner_names(text: str, spans: list[PhiSpan], vocab: Vocabulary) -> list[PhiSpan]:
    """Spans of a note -> NAME spans of the unfound partner after each name in a pair."""
    taken = sorted((sp.start, sp.end) for sp in spans)
    out = []
    for sp in spans:
        if sp.entity_type != "NAME" or "\n" in text[sp.start:sp.end]:
            continue
        join = _JOIN.match(text, sp.end)
        word = _WORD.match(text, join.end()) if join else None
        if not word or any(s < word.end() and e > word.start() for s, e in taken):
            continue
        if "/" in join.group() and re.match(r"[ \t]*/", text[word.end():]):
            continue  # "Ana / Ben / Cy" rosters are the roster rules' job; a slash path is no pair
        if _partner_ok(text[sp.start:sp.end], word.group(), vocab, join.group()):
            out.append(PhiSpan(word.start(), word.end(), "NAME", 0.7, "partner"))
    return out


# Letters of scripts other than Latin and CJK (cjk.py reads those): Greek, Cyrillic, Armenian, Hebrew, Syriac, Arabic and
# Persian (with the zero-width non-joiner inside a word), Thaana, Devanagari and the Indic scripts, Thai, Lao, Tibetan,
# Myanmar, Georgian, Ethiopic, Cherokee, Khmer, Mongolian, Hangul.
_SCRIPT = "\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0700-\u077f\u0780-\u07bf\u0900-\u0dff" \
          "\u0e00-\u0e7f\u0e80-\u0fff\u1000-\u109f\u10a0-\u10ff\u1100-\u11ff\u1200-\u137f\u13a0-\u13ff\u1780-\u18af" \
          "\uac00-\ud7af\ufb50-\ufdff\ufe70-\ufeff\u200c"
_RUN = rf"[{_SCRIPT}]+(?:[ \t]+[{_SCRIPT}]+){{0,3}}"
_JOIN_SCRIPTS = r"[/(|–—=·•-]"  # "Олег Ткаченко (Oleh Tkachenko)", "Khin Myat Noe · ခင်မြတ်နိုး", "Ethan / 林子轩"
_BEFORE = re.compile(rf"({_RUN})[ \t]*(?:{_JOIN_SCRIPTS}[ \t]*)?$")
# ... or named with its language: "Pema Dolkar, in Tibetan པདྨ་སྒྲོལ་དཀར", "Oleh Tkachenko (in Ukrainian: Олег Ткаченко)"
_IN_LANGUAGE = r"[ \t]*(?:,[ \t]*)?(?:\(?(?:written )?in[ \t]+[A-Z][a-z]+(?:[ \t]+script)?:?[ \t]*)"
_AFTER = re.compile(rf"(?:{_IN_LANGUAGE}|[ \t]*(?:{_JOIN_SCRIPTS}[ \t]*)?)({_RUN})")
# a name in Han characters, the Japanese way with a space between the family and the given name too ("佐々木 健")
_HAN_WORD = rf"[{HAN}\u3005]{{1,4}}"
_HAN_BEFORE = [re.compile(rf"(?<![{HAN}\u3005])({_HAN_WORD})[ \t]*(?:{_JOIN_SCRIPTS}[ \t]*)?$"),
               re.compile(rf"(?<![{HAN}\u3005])({_HAN_WORD}[ \u3000]{_HAN_WORD})[ \t]*(?:{_JOIN_SCRIPTS}[ \t]*)?$")]
_HAN_AFTER = [re.compile(rf"[ \t]*(?:{_JOIN_SCRIPTS}[ \t]*)?({_HAN_WORD}[ \u3000]{_HAN_WORD})(?![{HAN}\u3005])"),
              re.compile(rf"[ \t]*(?:{_JOIN_SCRIPTS}[ \t]*)?({_HAN_WORD})(?![{HAN}\u3005])")]


def other_script_names(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Spans of a note -> NAME spans of a name written again in another script right beside a name found in Latin
    letters: "محمد نصیر رحیمی / Mohammad Nasir Rahimi", "| فرزانه Farzana Rahimi |", "Олег Ткаченко (Oleh Tkachenko)"."""
    out = []
    for sp in spans:
        words = len(re.findall(r"[A-Za-z]{2,}", text[sp.start:sp.end]))
        if sp.entity_type != "NAME" or not words:
            continue
        line_start = text.rfind("\n", 0, sp.start) + 1
        line_end = text.find("\n", sp.end) % (len(text) + 1)
        line_end = line_end if line_end >= sp.end else len(text)
        # a given name and a surname: one Latin word ("OTC" read as a name) is too weak a cue, unless the other script's
        # run is itself shaped as a name: Han characters that open with a family name, set off by a mark ("Ethan /
        # 林子轩"), or by a space when the Latin name holds that family name's reading ("周文杰 Zhou Wenjie")
        found = [_BEFORE.search(text, line_start, sp.start), _AFTER.match(text, sp.end, line_end)] if words >= 2 else []
        found += [_han_name_beside(text, sp, [p.search(text, line_start, sp.start) for p in _HAN_BEFORE]),
                  _han_name_beside(text, sp, [p.match(text, sp.end, line_end) for p in _HAN_AFTER])]
        out += [PhiSpan(m.start(1), m.end(1), "NAME", 0.7, "other_script") for m in found if m]
    return out


def _han_name_beside(text: str, sp: PhiSpan, runs: list[re.Match | None]) -> re.Match | None:
    """The first run of Han characters beside a Latin name that is shaped as a name; with only a space between, the
    Latin name must hold its family name's reading (cjk.han_name)."""
    for m in runs:
        if m and han_name(m.group(1), None if m.group().strip() != m.group(1) else text[sp.start:sp.end]):
            return m
    return None
