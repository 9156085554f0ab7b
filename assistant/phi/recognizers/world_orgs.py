"""Organisations named the way other languages name them: a name, a few small words and the head after them
(Mongolian "Гэгээ сэтгэл зүйн зөвлөгөөний төв", Kazakh "Алматы қалалық емханасы", Turkish "Ankara Şehir Hastanesi"),
or a head and the name in quotation marks (Russian "Центр психологической помощи «Гармония»", "ООО «Вектор»"). The
heads are data (data/world_orgs.yaml). A head-last name opens with a capital inside a sentence, never at its start:
"Би сэтгэл зүйн төв рүү явсан" ("I went to a counselling centre") names no place."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.phi.recognizers.script_orgs import find_script_orgs
from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "world_orgs.yaml"
_QUOTED = r"(?:«[^»\n]{1,60}»|„[^“”\n]{1,60}[“”]|\"[^\"\n]{1,60}\")"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    # the name's capitalised word, up to four small words, the head: after a word of the sentence, not opening it
    last = re.compile(rf"(?<=[^\W\d_][ \t]|[,;(][ \t])(?<![.!?:][ \t])([^\W\d_a-z]\w+(?:[ \t]+[^\W\d_][\w'’-]*){{0,4}}?[ \t]+"
                      rf"(?:{_alt(data['heads_after'])}))(?!\w)")
    first = re.compile(rf"(?<!\w)(?i:{_alt(data['heads_before'])})(?:[ \t]+[^\W\d_][\w-]*){{0,4}}?[ \t]*{_QUOTED}")
    return last, first


def find_world_orgs(text: str) -> list[PhiSpan]:
    """Text -> ORGANIZATION_LINKED spans of other languages' organisations (nothing in a text all in ASCII)."""
    if text.isascii():
        return []
    last, first = _patterns()
    spans = [PhiSpan(m.start(1), m.end(1), "ORGANIZATION_LINKED", 0.7, "world_org") for m in last.finditer(text)
             if m.group(1)[0].isupper()]
    spans += [PhiSpan(m.start(), m.end(), "ORGANIZATION_LINKED", 0.75, "world_org") for m in first.finditer(text)]
    return spans + find_script_orgs(text)  # the scripts of India, which have no capitals: "ಶ್ರೀ ರಾಮ ಕಲ್ಯಾಣ ಮಂಟಪ"
