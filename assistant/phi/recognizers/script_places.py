"""A town or a village written in a script without capitals inside an English sentence: "mother-in-law came from 福清
to help", "grew up in 부산", "family moved from ရန်ကုန်". No capital marks such a word as a name, so a word of living
or moving before the place word is the cue, or a village's, a district's or a street's word written onto it ("ບ້ານໂນນສະຫວ່າງ,
ເມືອງປາກເຊ", "ရန်ကုန်မြို့"); a country, a province or a language ("wrote it in 中文") is no place of the person's and
stays (data/script_places.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "script_places.yaml"
# Han and Kana run without spaces: a place is two to five characters. The other scripts write words between spaces: a
# place is one to three of them (with their vowel signs and the zero-width non-joiner).
_HAN = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"
_SPACED = (r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u1200-\u137f\u1780-\u17ff"
           r"\uac00-\ud7af\u200c]")
_PLACE = rf"(?<!{_HAN}){_HAN}{{2,5}}(?!{_HAN})|{_SPACED}+(?:[ \t]+{_SPACED}+){{0,2}}(?!{_SPACED})"
# a word of living, moving or coming, a few words, then the place word: "came from", "lives with her son in"
_CUE = re.compile(rf"\b(?i:lives?|lived|living|moved|moves|moving|relocated|relocating|born|raised|grew[ \t]+up|stays?|"
                  rf"stayed|staying|resides?|resided|residing|visit(?:s|ed|ing)?|came|comes?|coming|flew|flies|flying|"
                  rf"returned|returning|went[ \t]+back|back[ \t]+home|hometown|village|town|city|native)\b"
                  rf"[^.\n;:]{{0,24}}?\b(?i:in|to|near|outside|from|of)[ \t]+({_PLACE})")


@lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.safe_load(_DATA.read_text(encoding="utf-8"))


def _not_local() -> frozenset[str]:
    return frozenset(_data()["not_local"])


# a word of a script written without spaces between its syllables' signs: letters and marks, no digit, no punctuation
_RUN = r"[^\s\x00-\x7f\d()\[\]{}.,;:!?،、。“”‘’«»/|·•\u0ed0-\u0ed9\u0e50-\u0e59\u17e0-\u17e9\u1040-\u1049]{2,}"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _marked() -> tuple[re.Pattern, re.Pattern]:
    before = re.compile(rf"(?<![^\s\x00-\x7f])(?:{_alt(_data()['prefixes'])})[ \t]?({_RUN})")
    after = re.compile(rf"(?<![^\s\x00-\x7f])({_RUN}?)(?:{_alt(_data()['suffixes'])})(?![^\s\x00-\x7f])")
    return before, after


def _named(name: str) -> bool:
    """A place's name after its place word, not a word of "house" or "home" ("บ้านเกิด", "ບ້ານຂອງ")."""
    return not any(name.startswith(w) for w in _data()["not_places"]) and name not in _not_local()


def find_script_places(text: str) -> list[PhiSpan]:
    """Text -> ADDRESS spans of places in scripts without capitals, told after a word of living or moving or marked
    by a village's, a district's or a street's word."""
    if text.isascii():
        return []
    spans = [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.7, "script_place") for m in _CUE.finditer(text)
             if m.group(1) not in _not_local() and not _REGION.fullmatch(m.group(1))]
    return spans + [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.75, "script_place") for pattern in _marked()
                    for m in pattern.finditer(text) if len(m.group(1)) >= 2 and _named(m.group(1))]


# a province, a country, a language by its last character ("浙江省", "纽约州", "泰國", "福州话"); a city of two
# characters may end in 州 too ("福州", "杭州")
_REGION = re.compile(r".+[省国國语語话話]|.{2,}州")
