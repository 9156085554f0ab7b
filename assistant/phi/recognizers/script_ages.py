"""Ages of 90 or more told with another language's word for "age" or "years old", in any script's digits: Burmese
"အသက် ၉၂", Russian "возраст 93", Mongolian "92 настай", Turkish "91 yaşında", Uzbek "96 yoshda", Greek "94 ετών"; and
ages written as words beside those words: Irish "in aois a nócha", German "zweiundneunzig Jahre", French "quatre-vingt-douze
ans". The words are data (data/world_ages.yaml); ages.py reads the English forms."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.phi.recognizers.script_dates import ascii_digits
from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "world_ages.yaml"
_AGE = r"(?<!\d)(9\d|1[01]\d)(?![\d.,]\d|\d)"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    age_before, age_after = f"(?i:{_alt(data['before'])})", f"(?i:{_alt(data['after'])})"
    before = re.compile(rf"(?<![^\W\d_]){age_before}[ \t]*[:：=-]?[ \t]*{_AGE}(?![ \t]*(?:%|/))")
    after = re.compile(rf"{_AGE}[ \t-]*{age_after}(?![^\W\d_])")
    # a number of 90 or more in words: the tens or the hundred, a unit before it joined by a small word ("zweiundneunzig")
    # or after it ("noventa y dos", "nócha a dó")
    units, links = _alt(data["units"]), _alt(data["links"])
    big = _alt(data["tens"] + data["hundreds"])
    number = (rf"(?i:(?:(?:{units})[ \t-]*(?:(?:{links})[ \t-]*)?)?(?:{big})"
              rf"(?:[ \t-]+(?:(?:{links})[ \t-]+)?(?:{units}))?)(?![^\W\d_])")
    between = rf"(?:[ \t]+(?i:{_alt(data['between'])})){{0,2}}"
    word_before = re.compile(rf"(?<![^\W\d_]){age_before}{between}[ \t]*[:=-]?[ \t]+({number})")
    word_after = re.compile(rf"(?<![^\W\d_'’-])({number})[ \t-]+{age_after}(?![^\W\d_])")
    return before, after, word_before, word_after


def find_script_ages(text: str) -> list[PhiSpan]:
    """Text -> AGE_OVER_89 spans of ages told with other languages' age words."""
    view = ascii_digits(text)
    return [PhiSpan(m.start(1), m.end(1), "AGE_OVER_89", 0.85, "age") for pattern in _patterns() for m in pattern.finditer(view)]
