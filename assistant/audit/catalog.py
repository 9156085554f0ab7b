"""The audit's data: the rule catalog (rules.yaml), the code tables (codes.yaml), payer groups (payers.yaml)
and the note vocabularies (cues.yaml), each loaded once and checked where it is read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict

HERE = Path(__file__).resolve().parent
SEVERITIES = ("will_deny", "may_deny", "best_practice")
PAYER_GROUPS = ("medicare", "medicare_advantage", "medicaid")

STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
          "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
          "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
          "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
          "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|"
          "(?-i:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IA|KS|KY|LA|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|"
          "ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)|the District of Columbia|Puerto Rico|"
          # the two codes that are also words (Indiana, Maine) only after a town and a comma: "Gary, IN", "Bangor, ME"
          "(?<=, )(?-i:IN|ME)(?![A-Za-z])")
# A month is a whole word ("Nightmares 3" holds no March, "Marcus 3" no date).
MONTHS = (r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
          r"nov(?:ember)?|dec(?:ember)?)\b\.?")
# A written date: 03/14/2025, 3-14-25, 2025-03-14, 2025.03.14, March 14, 2025, 14 March 2025, 14-Mar-2025, Mar 14, 3/14.
DATE = (r"(?<![\d/.-])(?:\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})(?![\d/])|\d{4}-\d{2}-\d{2}|"
        # slashed, year first, as written in Japan, China and Korea: 2026/03/14
        r"(?:19|20)\d{2}/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/])|"
        # dotted, year first or last, as written in Korea, China, Japan and much of Europe: 2026.03.14, 14.03.2026, and
        # with a space after each dot, as Czech, Slovak and German forms print it: 14. 4. 2026
        r"(?:19|20)\d{2}\.(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])(?!\d)|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d{2}(?!\d)|"
        r"(?:0?[1-9]|[12]\d|3[01])\.\s(?:0?[1-9]|1[0-2])\.\s?(?:19|20)\d{2}(?!\d)|"
        # dotted, month or day first, the year in two digits or four, as a journal or a form writes it: 09.29.26, 10.20.2026
        r"(?<![\w.])(?:(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2]))\.(?:(?:19|20)\d{2}|\d{2})(?!\d|\.\d)|"
        r"%s\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b|\d{1,2}(?:st|nd|rd|th)?\s+%s,?\s+\d{4}|"
        # a day, a month's name and the year joined by hyphens, as a hospital system prints it: 19-Nov-2026, 25-NOV-2026
        r"(?:0?[1-9]|[12]\d|3[01])-%s[-\s](?:19|20)\d{2}(?![\d-])|"
        r"\d{1,2}/\d{1,2}(?![\d/])|"
        # a compact date in a record field ("DOS^Date of service||20250225", "date: 20250225")
        r"(?:(?<=\|)|(?<=: ))(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d))" % (MONTHS, MONTHS, MONTHS))

# A span of a year or more, in digits or words, halves included: "2 years", "two and a half years", "1.5 yrs",
# "a year and a half", "several years".
YEARS = (r"(?:(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few|a couple of)"
         r"(?:\s+and\s+a\s+half|\s*\u00bd)?\s+(?:years?|yrs?)\b|(?:a|one)\s+year\s+and\s+a\s+half\b)")

# Episode severity written about depression (not "moderate risk" or "GAD-7 moderate").
SEVERITY = (r"(?:mild|moderate|moderately severe|severe)[\s,-]+(?:[\w-]+[\s,]+){0,3}?(?:depress\w*|episode|(?-i:MDD)|symptoms)|"
            r"(?:depress\w*|episode|(?-i:MDD))[\s,-]+(?:[\w-]+[\s,]+){0,3}?(?:mild|moderate|moderately severe|severe)\b|"
            r"severity[\s:,-]+(?:[\w-]+[\s,]+){0,2}?(?:mild|moderate|severe)|(?:PHQ-?9|BDI-?(?:II)?|HAM-?D)[^.;\n]{0,30}"
            r"(?:mild|moderate|moderately severe|severe)")


class Rule(BaseModel):
    """One documentation rule as written in rules.yaml; unknown keys are an error."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    severity: Literal["will_deny", "may_deny", "best_practice"]
    scope: Literal["coding", "documentation"]
    payers: tuple[Literal["medicare", "medicare_advantage", "medicaid"], ...]
    checks: str
    fix: str
    source: str
    section: str


@lru_cache(maxsize=1)
def rules() -> dict[str, Rule]:
    """rules.yaml -> {rule id: Rule}, in catalog order."""
    data = yaml.safe_load((HERE / "rules.yaml").read_text(encoding="utf-8"))
    out = {}
    for item in data:
        rule = Rule(**item)
        if rule.id in out:
            raise ValueError(f"rules.yaml: rule '{rule.id}' is listed twice")
        out[rule.id] = rule
    return out


@lru_cache(maxsize=1)
def codes() -> dict:
    """codes.yaml as a dict (code tables, unspecified ICD codes, condition groups)."""
    return yaml.safe_load((HERE / "codes.yaml").read_text(encoding="utf-8"))


def _compile(alternatives: list[str]) -> re.Pattern[str]:
    body = "|".join(f"(?:{a})" for a in alternatives)
    for name, value in (("__STATES__", STATES), ("__DATE__", DATE), ("__SEVERITY__", SEVERITY), ("__MONTHS__", MONTHS),
                        ("__YEARS__", YEARS)):
        body = body.replace(name, value)
    return re.compile(body, re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=1)
def cues() -> dict[str, re.Pattern[str]]:
    """cues.yaml -> {name: one compiled, case-insensitive pattern}."""
    data = yaml.safe_load((HERE / "cues.yaml").read_text(encoding="utf-8"))
    return {name: _compile(list(alts)) for name, alts in data.items()}


def cue(name: str) -> re.Pattern[str]:
    """One compiled vocabulary from cues.yaml (a KeyError names a typo at once)."""
    return cues()[name]


@dataclass(frozen=True)
class PayerMatch:
    """Which rule group a payer name falls in ('' for commercial or unknown) and whether we know the payer."""

    group: str
    known: bool


@lru_cache(maxsize=1)
def _payer_tables() -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str]]:
    data = yaml.safe_load((HERE / "payers.yaml").read_text(encoding="utf-8"))
    groups = [(name, _compile(alts)) for name, alts in data["groups"].items()]
    return groups, _compile(data["known"])


def payer_group(payer: str) -> PayerMatch:
    """A payer as written ("Humana Medicare Advantage", "MassHealth", "Aetna") -> its rule group."""
    groups, known = _payer_tables()
    for name, rx in groups:
        if rx.search(payer or ""):
            return PayerMatch(name, True)
    return PayerMatch("", bool(payer and known.search(payer)))
