"""Names written in a script without capitals after a title (data/script_names.yaml): Lao "ນາງ ເພັດ", "ທ້າວ ບຸນມີ",
Thai "นาง มาลี", Burmese "ဦး ထွန်း", Amharic "አቶ ከበደ". No capital marks such a word as a name, so the title is the cue;
the title itself names no one: it is cut from every name span that begins with it, so a form's "Client: ນາງ ຄຳຫລ້າ
ພົມມະຈັນ" does not spread "ນາງ" (Mrs) over the case as a name."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "script_names.yaml"
# a word of such a script: letters and marks outside ASCII, no digit of any script, no punctuation
_WORD = r"[^\s\x00-\x7f()\[\]{}.,;:!?،、。“”‘’«»/|·•\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0e50-\u0e59\u0ed0-\u0ed9\u1040-\u1049\u17e0-\u17e9]+"
# two words make one name only when the second ends the phrase (a bracket, a comma, a line's end, a Latin word)
_PHRASE_END = r"(?=[ \t]*(?:$|[\n()\[\],;:.!?/|·\"“”]|[ \t][\x00-\x7f]))"


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, frozenset[str], re.Pattern]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    titles = "|".join(re.escape(t) for t in sorted(data["titles"], key=len, reverse=True))
    named = re.compile(rf"(?<![^\s\x00-\x7f])(?:{titles})[ \t]+({_WORD}(?:[ \t]+{_WORD}{_PHRASE_END})?)")
    opening = re.compile(rf"(?:{titles})(?:[ \t]+|$)")
    return named, frozenset(data["not_names"]), opening


def find_titled_script_names(text: str) -> list[PhiSpan]:
    """Text -> NAME spans of the words after a title of a script without capitals."""
    if text.isascii():
        return []
    named, not_names, _ = _data()
    return [PhiSpan(m.start(1), m.end(1), "NAME", 0.8, "script_title") for m in named.finditer(text)
            if m.group(1).split()[0] not in not_names]


def trim_script_titles(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Spans -> the same, with a title of a script without capitals cut from the start of each name span, and a span
    that is only such a title dropped."""
    if text.isascii():
        return spans
    _, _, opening = _data()
    out = []
    for sp in spans:
        m = opening.match(text[:sp.end], sp.start) if sp.entity_type == "NAME" else None
        if m is None:
            out.append(sp)
        elif m.end() < sp.end:
            out.append(PhiSpan(m.end(), sp.end, sp.entity_type, sp.score, sp.source))
    return out
