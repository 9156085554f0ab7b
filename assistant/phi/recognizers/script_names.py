"""Names written in a script without capitals after a title (data/script_names.yaml): Lao "ນາງ ເພັດ", "ທ້າວ ບຸນມີ",
Thai "นาง มาลี", Burmese "ဦး ထွန်း", Amharic "አቶ ከበደ". No capital marks such a word as a name, so the title is the cue;
the title itself names no one: it is cut from every name span that begins with it, so a form's "Client: ນາງ ຄຳຫລ້າ
ພົມມະຈັນ" does not spread "ນາງ" (Mrs) over the case as a name. The Indian scripts stack honorifics and initials before
a name ("ಚಿ॥ ಸೌ॥ ಅನನ್ಯಾ", "ಶ್ರೀ ಕೆ. ರಾಘವೇಂದ್ರ"), join two people with "and" ("... ಹೆಗ್ಡೆ ಮತ್ತು ಶ್ರೀಮತಿ ...") and write a
person's home town in brackets after the name ("ಶ್ರೀಮತಿ ಪ್ರಭಾ (ಉಡುಪಿ)")."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "script_names.yaml"
# a word of such a script: letters and marks outside ASCII, no digit of any script, no punctuation
_WORD = r"[^\s\x00-\x7f()\[\]{}.,;:!?،、。“”‘’«»/|·•\u0964\u0965\d]+"  # no digit of any script, no danda
# an initial of such a script: a syllable and a stop ("ಕೆ. ಶ್ರೀನಿವಾಸ")
_INITIALS = rf"(?:[^\s\x00-\x7f().,;:!?/|\u0964\u0965\d]{{1,3}}\.[ \t]*){{0,2}}"
# two words make one name only when the second ends the phrase (a bracket, a comma, a line's end, a Latin word, the
# word for "and" before the next person)
_PHRASE_END = r"(?=[ \t]*(?:$|[\n()\[\],;:.!?/|·\"“”]|[ \t][\x00-\x7f])%s)"


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, frozenset[str], re.Pattern, frozenset[str]]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    titles = "|".join(re.escape(t) for t in sorted(data["titles"], key=len, reverse=True))
    ands = "|".join(re.escape(w) for w in sorted(data["and_words"], key=len, reverse=True))
    end = _PHRASE_END % rf"|[ \t]+(?:{ands})(?=[ \t])"
    # one title or two ("ಚಿ॥ ಸೌ॥ ಅನನ್ಯಾ"), initials, the name; a place of the person's in brackets after it
    named = re.compile(rf"(?<![^\s\x00-\x7f])(?:{titles})(?:[ \t]+(?:{titles}))*[ \t]+"
                       rf"({_INITIALS}{_WORD}(?:[ \t]+{_WORD}{end})?)(?:[ \t]*\(({_WORD})\))?(?=([ \t]+{_WORD})?)")
    opening = re.compile(rf"(?:(?:{titles})(?:[ \t]+|$))+")
    return named, frozenset(data["not_names"]), opening, frozenset(data["invocations"])


def find_titled_script_names(text: str) -> list[PhiSpan]:
    """Text -> NAME spans of the words after a title of a script without capitals, and ADDRESS spans of a script word in
    brackets right after such a name: the place an invitation or a register writes beside a person ("(ಉಡುಪಿ)")."""
    if text.isascii():
        return []
    named, not_names, _, invocations = _data()
    spans = []
    for m in named.finditer(text):
        if m.group(1).split()[0] in not_names or invocations & set(m.group(1).split() + (m.group(3) or "").split()):
            continue  # "ນາງ ໄດ້" (she has), or a god's name before "ನಮಃ" (an invocation)
        spans.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "script_title"))
        if m.group(2):
            spans.append(PhiSpan(m.start(2), m.end(2), "ADDRESS", 0.7, "script_title"))
    return spans


def trim_script_titles(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Spans -> the same, with a title of a script without capitals cut from the start of each name span, and a span
    that is only such a title dropped."""
    if text.isascii():
        return spans
    opening = _data()[2]
    out = []
    for sp in spans:
        m = opening.match(text[:sp.end], sp.start) if sp.entity_type == "NAME" else None
        if m is None:
            out.append(sp)
        elif m.end() < sp.end:
            out.append(PhiSpan(m.end(), sp.end, sp.entity_type, sp.score, sp.source))
    return out
