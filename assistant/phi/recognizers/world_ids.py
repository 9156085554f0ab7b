"""Identifiers as other countries write them: after their own labels (data/world_ids.yaml) a health card's number in
groups ("CIP: PUFE 0910207 003"), a national registry number ("Регистрийн № / MN reg. no. .. УП04231918"), a clinician's
number after the college that registers them ("COPC 21904", "nº col. 28/12345"); after a profession of another language
and a comma, any college's letters and their number ("psicòleg clínic, COPC 21904", "médica, CRM-SP 123456"); and the
shape of an identity number in Cyrillic or Greek capitals with digits ("УП04231918", "АВ 123456")."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "world_ids.yaml"
# groups of letters and digits joined by one space, a stop, a slash or a hyphen: "PUFE 0910207 003", "08/41277"
_VALUE = re.compile(r"(?<![\w-])[^\W_]+(?:(?: |[./-])[^\W_]+)*")
_GAP = 40  # how far from its label a value may stand: an English gloss and dot leaders between ("№ / MN reg. no. ..")
_NOT_VALUE = re.compile(r"(?:19|20)\d\d|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d+[.,]\d{1,2}")  # a year, a date, a measure
_SHAPE = re.compile(r"(?<![\w-])[А-ЯЁӨҮІЇЄҐЎҚҒҢҰҺӘΑ-Ω]{1,3}[ -]?\d{6,10}(?![\w-])")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _labels() -> list[tuple[str, int, re.Pattern, re.Pattern | None]]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    out = []
    for kind, entry in data["labels"].items():
        caps = [w for w in entry["words"] if w.isupper()]
        words = [w for w in entry["words"] if not w.isupper()]
        either = [part for part in (_alt(caps), words and f"(?i:{_alt(words)})") if part]  # never an empty choice
        label = rf"(?<![\w-])(?:{'|'.join(either)})(?![\w-])"
        shape = re.compile(entry["shape"]) if "shape" in entry else None
        out.append((entry.get("kind", kind), entry["min_digits"], re.compile(label), shape))
    professions = _alt(data["professions"])
    out.append(("LICENSE", 3, re.compile(rf"(?i:\b(?:{professions}))(?:[ \t]+[^\W\d_]+)?[ \t]*,[ \t]*"
                                         rf"[A-Za-z][A-Za-z.·-]{{1,9}}(?=[ \t]*(?:n[ºo°]\.?[ \t]*)?\d)"), None))
    return out


def _trimmed(value: str) -> str:
    """A value run -> its identifier: up to a word in lower case, without trailing letters set off by a space."""
    groups = re.split(r"(?<=[^\W_])(?=[ ./-])|(?<=[ ./-])(?=[^\W_])", value)
    out = []
    for g in groups:
        if any(c.islower() for c in g) and not g.isdigit():
            break
        out.append(g)
    while out and (out[-1] in " ./-" or (not any(c.isdigit() for c in out[-1]) and len(out) > 1 and out[-2] == " ")):
        out.pop()
    return "".join(out)


def _value_after(text: str, at: int, min_digits: int) -> tuple[int, int] | None:
    """The first value with a digit within reach of a label's end, when it holds enough digits to be an identifier."""
    line_end = text.find("\n", at) % (len(text) + 1)
    for m in _VALUE.finditer(text, at, min(line_end if line_end >= at else len(text), at + _GAP + 30)):
        if m.start() - at > _GAP or "|" in text[at:m.start()]:
            return None
        value = _trimmed(m.group())
        if not any(c.isdigit() for c in value):
            continue  # a word of the label's gloss ("MN reg. no.")
        if sum(c.isdigit() for c in value) < min_digits or _NOT_VALUE.fullmatch(value):
            return None
        return m.start(), m.start() + len(value)
    return None


def find_world_ids(text: str) -> list[PhiSpan]:
    """Text -> identifier spans after other countries' labels and in Cyrillic or Greek identity shapes."""
    spans = [PhiSpan(m.start(), m.end(), "OTHER_ID", 0.75, "id_shape") for m in _SHAPE.finditer(text)]
    for kind, min_digits, label, shape in _labels():
        for m in label.finditer(text):
            found = _value_after(text, m.end(), min_digits)
            if found and (shape is None or shape.fullmatch(text, found[0], found[1])):
                spans.append(PhiSpan(found[0], found[1], kind, 0.8, "labelled_id"))
    return spans
