"""The measure catalog (assistant/data/measures.yaml): instrument names, ranges, direction, bands, meaningful change.

Code here only reads the data: it finds instrument names in text (longest alias first, whole words, acronyms that
are English words only in capitals or right before a score), reads a table header into an instrument and its part
("CALOCUS level", "RCADS MDD T"), checks a score against the instrument's range and names its severity band.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import yaml

CATALOG_FILE = Path(__file__).resolve().parents[1] / "data" / "measures.yaml"
_T_RANGE = (20.0, 120.0)  # a T score, whatever the instrument
# A column or phrase about one item ("PHQ-9 item 9", "item #9") is not a total score.
# An export's column name joins its words with underscores ("Q4_PHQ9_item9", "phq9_item_9"): the item is one all the same.
ITEM = re.compile(r"(?<![A-Za-z])items?[\s_]*#?\s*\d+(?!\d)|\bQ\d+\b", re.I)
_T_SCORE = re.compile(r"(?:\bT(?:[- ]?scores?)?|\bT-?score)\s*$|\bT\b", re.I)
_PERCENTILE = re.compile(r"percentile|%ile", re.I)


@dataclass(frozen=True)
class Instrument:
    """One catalog entry."""
    name: str
    full: str = ""
    aliases: tuple[str, ...] = ()
    cased: tuple[str, ...] = ()
    domain: str = ""
    low: float | None = None
    high: float | None = None
    better: str = ""  # lower | higher | ''
    bands: tuple[tuple[float, float, str], ...] = ()
    change: float | None = None
    result: bool = False  # categorical result
    endorsed: bool = False  # "7/9" items endorsed
    lab: bool = False
    percent: bool = False  # a percentage, often written before its name ("81% of median BMI")
    parts: dict = field(default_factory=dict)  # part name -> (low, high) or None
    units: tuple[str, ...] = ()  # a lab's or vital's units as written after its value ("%", "ms", "bpm")
    whole: bool = False  # counted in whole numbers (a heart rate): "165.00" beside its name is some other figure (money)


@dataclass(frozen=True)
class Hit:
    """An instrument name found in text."""
    instrument: Instrument
    start: int
    end: int
    surface: str  # the words as written
    loose: bool  # an English-word acronym not in capitals: counts only right before a score


def _entry(raw: dict) -> Instrument:
    rng = raw.get("range") or (None, None)
    parts = {str(k): (tuple(float(x) for x in v) if v else None) for k, v in (raw.get("parts") or {}).items()}
    return Instrument(str(raw["name"]), raw.get("full", ""), tuple(str(a) for a in raw["aliases"]),
                      tuple(str(a) for a in raw.get("cased", ())), raw.get("domain", ""),
                      None if rng[0] is None else float(rng[0]), None if rng[1] is None else float(rng[1]),
                      raw.get("better", "") or "", tuple((float(a), float(b), str(c)) for a, b, c in raw.get("bands", ())),
                      None if raw.get("change") is None else float(raw["change"]), bool(raw.get("result")),
                      bool(raw.get("endorsed")), bool(raw.get("lab")), bool(raw.get("percent")), parts,
                      tuple(str(u) for u in raw.get("units", ())), bool(raw.get("whole")))


def _alias_pattern(alias: str) -> str:
    out = []
    for ch in alias:
        if ch in "- ":  # one dash at most, with a space either side: "PHQ 9", "PHQ - 9", never "PHQ-9 -- a"
            out.append(r"\s?[-\u2010-\u2013]?\s?")
        elif ch in "'\u2019":
            out.append("['\u2019]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _compile(aliases: list[str], flags: int) -> re.Pattern[str] | None:
    if not aliases:
        return None
    alts = "|".join(_alias_pattern(a) for a in sorted(set(aliases), key=len, reverse=True))
    return re.compile(r"(?<![A-Za-z0-9%%])(?:%s)(?P<form>[-\u2010](?:%s|(?i:%s)|%s)(?![A-Za-z0-9]))?(?![A-Za-z0-9])(?![-\u2010][A-Za-z0-9])"
                      % (alts, "|".join(_FORMS), "|".join(_FORM_WORDS), _VARIANT), flags)


# An informant's or version's form written onto the name: "MFQ-C" (child), "SDQ-P" (parent), "SCARED-T" (teacher),
# or spelled out: "SCARED-Parent", "SDQ-Teacher", "MASC-Self".
_FORMS = ("SR", "PR", "TR", "CR", "C", "P", "T", "Y", "A")
# A version or variant the catalog does not list, in capitals after a known acronym: "OCI-CV" (the children's
# version of the OCI), "MoCA-B", "DASS-Y". It is its own instrument under the name as written, with no range or
# bands (another version may score differently), never read as the base instrument.
_VARIANT = r"(?-i:[A-Z][A-Z0-9]{0,3})"
_FORM_WORDS = {"parent": "P", "caregiver": "P", "child": "C", "teacher": "T", "youth": "Y", "self": "SR", "adolescent": "A",
               "clinician": "CR"}


# A shorter version named after the name, in brackets or after a comma or dash: "(short form)", ", SF", "(15-item)".
_SHORT = re.compile(r"\s*(?:\(\s*|,\s*|\s[-\u2013]\s)(?:the\s+)?(?:(?P<short>short[\s-]?(?:form|version)|SF)|(?P<n>\d{1,3})[\s-]?items?"
                    r"(?:\s+(?:form|version))?)(?:\s*\))?(?![A-Za-z0-9])", re.I)


def _acronym_like(text: str) -> bool:
    """ "OCI", "MoCA", "PHQ-9": two capitals or more, so "Beck-CV" is no variant of a name."""
    return sum(c.isupper() for c in text) >= 2


def norm(text: str) -> str:
    """A name reduced for lookup: lowercase letters, digits and % only."""
    return re.sub(r"[^a-z0-9%+]", "", text.lower().replace("\u2019", "'"))


class Catalog:
    """The instruments, and finders over their names."""

    def __init__(self, instruments: list[Instrument]):
        self.instruments = {i.name: i for i in instruments}
        self._by_alias = {norm(a): i for i in instruments for a in i.aliases + (i.name,)}
        words = [a for i in instruments for a in i.cased]
        plain = [a for i in instruments for a in i.aliases if a not in i.cased]
        self._plain = _compile(plain, re.I)
        self._strict = _compile(words, 0)
        self._loose = _compile(words, re.I)
        # a name in the plural ("parent and teacher Vanderbilts", "both MADRSs"): names written with a capital only
        many = [a for a in plain + words if a[:1].isupper() and len(a) >= 4 and a[-1:].isalpha() and not a.endswith("s")]
        self._plural = re.compile(r"(?<![A-Za-z0-9])(?:%s)s(?![A-Za-z0-9])" % "|".join(_alias_pattern(a) for a in many)) if many else None

    def __len__(self) -> int:
        return len(self.instruments)

    def get(self, name: str) -> Instrument | None:
        """The instrument a name or alias refers to."""
        return self.instruments.get(name) or self._by_alias.get(norm(name))

    def find(self, text: str) -> list[Hit]:
        """Instrument names in text, leftmost-longest, not overlapping."""
        found: list[tuple[int, int, bool]] = []
        for rx, loose in ((self._plain, False), (self._strict, False), (self._loose, True), (self._plural, False)):
            if rx is not None:
                found += [(m.start(), m.end(), loose) for m in rx.finditer(text)]
        found.sort(key=lambda x: (x[0], -(x[1] - x[0]), x[2]))
        out: list[Hit] = []
        for start, end, loose in found:
            if out and start < out[-1].end or loose and re.search(r"\d\s?$", text[max(0, start - 2):start]):
                continue  # "1 hr 35": a lowercase name right after a number is its unit ("hr" is hours there, not HR)
            inst = self._by_alias.get(norm(text[start:end])) or self._form_of(text[start:end]) or self._by_alias.get(norm(text[start:end - 1]))
            if inst is not None and (short := _SHORT.match(text, end)) and (form := self._short_of(inst, text[start:end], short)):
                inst, end = form, short.end()  # "Geriatric Depression Scale (short form)", "GDS, 15-item version"
            if inst is not None and out and out[-1].instrument is not inst and re.fullmatch(r"\s*\(\s*", text[out[-1].end:start]) \
                    and re.match(r"\s*\)", text[end:]):
                continue  # "Acrophobia Questionnaire (AQ)": the bracket abbreviates the name before it, not another instrument
            if inst is not None and out and out[-1].instrument is inst and re.fullmatch(r"\s*\(\s*", text[out[-1].end:start]) \
                    and not re.match(r"\s*\)", text[end:]):
                continue  # "CDSS (Calgary Depression Scale, 0-27)": the name glossed in a bracket is the same mention
            if inst is not None:
                out.append(Hit(inst, start, end, text[start:end], loose))
        return out

    def _short_of(self, inst: Instrument, surface: str, short: re.Match) -> Instrument | None:
        """The catalog's own entry for a shorter version named after the name: "<name> short form", "<name>-15"."""
        tails = (" short form", "-SF") if short.group("short") else ("-" + short.group("n"),)
        found = (self._by_alias.get(norm(base + tail)) for base in (surface, inst.name) for tail in tails)
        return next((f for f in found if f is not None and f is not inst), None)

    def _form_of(self, surface: str) -> Instrument | None:
        """ "MFQ-P" -> the MFQ, named for its form, so a parent's and a child's reports stay separate series;
        "OCI-CV" -> a variant named as written, without the base's range and bands."""
        m = re.match(r"(.+?)[-\u2010](%s)$" % "|".join(_FORMS + tuple(_FORM_WORDS)), surface, re.I)
        base = self._by_alias.get(norm(m.group(1))) if m else None
        if base is None:
            v = re.match(r"(.+?)[-\u2010](%s)$" % _VARIANT, surface)
            base = self._by_alias.get(norm(v.group(1))) if v and _acronym_like(v.group(1)) else None
            if base is None:
                return None
            form = Instrument(f"{v.group(1)}-{v.group(2)}", base.full and f"a version of the {base.full}", (surface,),
                              domain=base.domain, better=base.better)
            self.instruments.setdefault(form.name, form)
            self._by_alias.setdefault(norm(form.name), form)
            return self.instruments[form.name]
        letter = _FORM_WORDS.get(m.group(2).lower(), m.group(2).upper())
        form = replace(base, name=f"{base.name}-{letter}", aliases=(surface,), cased=())
        self.instruments.setdefault(form.name, form)
        self._by_alias.setdefault(norm(form.name), form)
        return self.instruments[form.name]

    def names_in(self, text: str) -> Iterator[Hit]:
        """Strict hits only: names that count even without a score after them."""
        return (h for h in self.find(text) if not h.loose)


@lru_cache(maxsize=1)
def catalog() -> Catalog:
    """The catalog, read once per process."""
    with open(CATALOG_FILE, encoding="utf-8") as fh:
        return Catalog([_entry(raw) for raw in yaml.safe_load(fh)])


@dataclass(frozen=True)
class Reading:
    """What a table header or the words around a score say about the score: instrument, part and scale."""
    instrument: Instrument | None
    part: str  # "Intensity", "level", "MDD"; '' for the total
    scale: str  # "T" | "percentile" | ''
    item: bool  # one item, not a score


def _part(inst: Instrument, rest: str) -> str:
    for name in sorted(inst.parts, key=len, reverse=True):
        if re.search(r"(?<![A-Za-z])%s(?![A-Za-z])" % _alias_pattern(name), rest, re.I):
            return name
    return ""


def read_header(text: str) -> Reading:
    """A table header or a score's label ("CDI-2 (self) Total T", "PHQ-9 item 9") -> what it measures."""
    hits = catalog().find(text)
    inst = hits[0].instrument if hits else _symbol_with_unit(text)
    rest = (text[:hits[0].start] + " " + text[hits[0].end:]) if hits else text
    scale = "T" if _T_SCORE.search(rest) else "percentile" if _PERCENTILE.search(rest) else ""
    return Reading(inst, _part(inst, rest) if inst else "", scale, bool(ITEM.search(rest)))


def _symbol_with_unit(header: str) -> Instrument | None:
    """A lab column named by its chemical symbol and unit ("K (mmol/L)", "Na (mEq/L)"): the lab whose aliases hold the
    symbol ("K+", "serum K") and whose units hold the unit."""
    m = re.fullmatch(r"\s*([A-Z][a-z]?)\+?\s*\(\s*([^()]{1,12}?)\s*\)\s*", header)
    if m is None:
        return None
    sym, unit = m.group(1), m.group(2).lower()
    return next((i for i in catalog().instruments.values() if i.lab and unit in {u.lower() for u in i.units}
                 and {sym, sym + "+", "serum " + sym} & set(i.aliases)), None)


def score_range(inst: Instrument, part: str = "", scale: str = "") -> tuple[float, float] | None:
    """The possible range of a score, or None when the catalog gives none for this part or scale."""
    if scale == "T":
        return _T_RANGE
    if scale == "percentile":
        return (0.0, 100.0)
    if part and part.lower() not in TOTAL_PARTS:
        return inst.parts.get(part) or next((v for k, v in inst.parts.items() if k.lower() == part.lower()), None)
    return (inst.low, inst.high) if inst.low is not None and inst.high is not None else None


def in_range(inst: Instrument | None, value: float, part: str = "", scale: str = "") -> bool:
    """False only when the catalog knows the range and the value lies outside it."""
    rng = score_range(inst, part, scale) if inst else None
    return rng is None or rng[0] <= value <= rng[1]


def band(inst: Instrument | None, value: float, part: str = "", scale: str = "") -> str:
    """The published severity band of a total score, '' when there is none."""
    if inst is None or scale or (part and part.lower() not in TOTAL_PARTS):
        return ""
    return next((label for lo, hi, label in inst.bands if lo <= value <= hi), "")


TOTAL_PARTS = {"", "total", "composite", "global", "score", "total score", "raw", "sum"}


def key_name(inst: Instrument, part: str = "", scale: str = "") -> str:
    """The name a score is grouped under: the instrument, its part ("ECBI Intensity") and a T scale."""
    name = inst.name + ("" if part.lower() in TOTAL_PARTS else " " + part)
    return name + (" T" if scale == "T" else "")


def parse_score(num: str, den: str | None, inst: Instrument | None):
    """ "12" -> 12, "4.8" -> 4.8; "7/9" stays text for instruments written as items endorsed."""
    if den and inst is not None and inst.endorsed:
        return num + "/" + den.replace(" ", "").lstrip("/")
    value = float(num)
    return int(value) if value.is_integer() and "." not in num else value


def short_name(text: str, hit: Hit) -> str:
    """The notes' own short name for an instrument written beside its full name: "Spence ... - Parent (SCAS-P)",
    "CALIS-P (Child Anxiety Life Interference Scale)"; else the name as the hit found it."""
    after = re.match(r"\s*\(([A-Za-z][\w-]{1,12})\)", text[hit.end:])
    before = re.search(r"([A-Za-z][\w-]{1,12}(?:\s*-\s*[A-Za-z]{3,20})?)\s*\(\s*$", text[:hit.start])  # "SDS - alcohol ("
    for m in (after, before):
        if m and len(m.group(1)) < len(hit.surface) and catalog().get(m.group(1)) is hit.instrument:
            return m.group(1)
    return hit.surface


def written_as_decimal(inst: Instrument | None, score: float, evidence: str) -> bool:
    """A whole-number reading (a heart rate) that its line writes with decimals ("DIAG 1.0 HR ...... 165.00"): an
    invoice's amount or an hours column beside the letters, never the reading."""
    return bool(inst is not None and inst.whole and float(score).is_integer()
                and re.search(r"(?<![\d.])%d\.\d\d(?!\d)" % int(score), evidence))
