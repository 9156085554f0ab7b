"""Organisations named in the scripts of India, which have no capitals to mark a name: "ಸ್ಥಳ ....... ಶ್ರೀ ರಾಮ ಕಲ್ಯಾಣ
ಮಂಟಪ, ಜಯನಗರ, ಬೆಂಗಳೂರು", "पता: सरस्वती विद्यालय, गांधी नगर". The name is a whole list item or field value that ends in
its head word (data/script_orgs.yaml); a head inside a sentence ("went to the hospital") is no name. The comma-separated
words after the name, to its line's end, are where it stands: its locality and its town."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "script_orgs.yaml"
# a word of such a script: letters and marks outside ASCII, no digit of any script, no punctuation, no danda
_WORD = r"[^\s\x00-\x7f()\[\]{}.,;:!?،、。“”‘’«»/|·•\u0964\u0965\d]+"
# where an item or a value starts: a line's start, a label's colon, leader dots, a slash, a comma or a bracket
_OPEN = r"(?:(?m:^)|(?<=[:/,;(|])|(?<=\.\.))[ \t]*"
_CLOSE = r"(?=[ \t]*(?:[,;()\n/|]|$))"
_PART = re.compile(rf",[ \t]*({_WORD}(?:[ \t]+{_WORD})?){_CLOSE}")


@lru_cache(maxsize=1)
def _named() -> re.Pattern:
    heads = yaml.safe_load(_DATA.read_text(encoding="utf-8"))["heads"]
    alt = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"{_OPEN}((?:{_WORD}[ \t]+){{1,4}}(?:{alt})){_CLOSE}")


def find_script_orgs(text: str) -> list[PhiSpan]:
    """Text -> ORGANIZATION_LINKED spans of names in Indian scripts ending in their head word, and ADDRESS spans of the
    comma-separated places after each on its line."""
    if text.isascii():
        return []
    spans = []
    for m in _named().finditer(text):
        spans.append(PhiSpan(m.start(1), m.end(1), "ORGANIZATION_LINKED", 0.75, "script_org"))
        end = m.end(1)
        while part := _PART.match(text, end):
            spans.append(PhiSpan(part.start(1), part.end(1), "ADDRESS", 0.7, "script_org_place"))
            end = part.end(1)
    return spans
