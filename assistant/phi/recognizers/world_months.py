"""Dates written with the month names of other languages, read from a table (data/world_months.yaml): Albanian
"18 tetor 2025", "që nga 6 tetori", Romanian "3 martie", Polish "z 12 marca 2024", Dutch "4 maart", Swahili "12 Machi
2024", Bulgarian "14 ноември 2025", Catalan "11 de maig de 2023" and "gener de 2027", a mail client's short months
"16 ene 2025", Irish "14 Samhain 2026" and "ó Mheitheamh 2025", Māori "3 Hakihea 2026"; a month alone after a word
for "since" or "in", the language's own or English ("since oktabr", "i Whiringa-ā-rangi", "since ຕຸລາ"), or glossed by
its English name in brackets ("Whiringa-ā-rangi (November)", "ຕຸລາ (Oct)"); and the numbered months of the Religious
Society of Friends ("Third Month 11th, 2026", "the 12th of Fourth Month", "since Tenth Month"). Dates of other scripts
and counted dates are script_dates.py's."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.phi.lexicon import MONTH_RE
from assistant.phi.recognizers.script_dates import find_script_dates, script_months
from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "world_months.yaml"
_D = r"(?:0?[1-9]|[12]\d|3[01])"
_YEAR = r"(?:19|20)\d{2}"
_NOT_COUNT = r"(?![ \t]*(?:%|x\b|times\b|mg\b|hours?\b|days?\b|weeks?\b|minutes?\b))"


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, float]]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    needs_year = {w.lower() for w in data.pop("needs_year")}
    numbered = data.pop("numbered_months")
    year_short = _alternation(data.pop("month_year_short"))
    before_words = data.pop("before_month")
    before = _alternation(w for w in before_words if not w.endswith("'"))
    elided = "|".join(re.escape(w[:-1]) + "['\u2019]" for w in before_words if w.endswith("'")) or "(?!)"
    short = _alternation(data.pop("abbreviated"))
    linked_only = data.pop("linked_months")
    link = _link(data.pop("linking_words"))
    months = {m.lower() for lang in data.values() for m in lang["months"]}
    script_free, script_all = script_months()
    english = r"(?:since|from|until|till|in|by|before|after|through)"
    linked = _alternation(months | set(linked_only))
    free = _alternation(m for m in months if m not in needs_year)
    every = _alternation(months)
    ordinal = _alternation(numbered)
    friends = rf"(?:{ordinal})[ \t]+Month"
    return [
        # a day before the month, a year after it if written: "18 tetor 2025", "6 tetori", "3. března 2024"
        (re.compile(rf"(?<![\w/.-]){_D}\.?[ \t]+(?i:{free})(?![\w])(?:,?[ \t]+{_YEAR}(?!\d))?"), 0.85),
        # the month first: "tetor 18, 2025", "shtator 2"
        (re.compile(rf"(?<![\w-])(?i:{free})[ \t]+{_D}(?![\w/:.]|\.\d){_NOT_COUNT}(?:,?[ \t]+{_YEAR}(?!\d))?"), 0.8),
        # any listed month with its year: "tetor 2025", "12 mai 2024", "marta 2023."
        (re.compile(rf"(?<![\w/.-])(?:{_D}\.?[ \t]+)?(?i:{every})[ \t]+{_YEAR}(?!\d)"), 0.85),
        # a day with its ordinal stop before a month in lowercase, as Nordic and Baltic languages write a date even
        # when the month is an English word: "3. mars", "5. mai" (a numbered list's "2. April Dunn" is a name)
        (re.compile(rf"(?<![\w/.-]){_D}\.[ \t]+(?:{_alternation(needs_year)})(?![\w])"), 0.8),
        # a short month between its day and its year: "16 ene 2025", "3 set. 2024", "16-ago-2024", "ene 16, 2025",
        # and between slashes as a printed form writes it: "03/ago/2026"
        (re.compile(rf"(?<![\w/.-]){_D}(?:\.?[ \t]+|-|/)(?i:{short})\.?(?:[ \t]+|-|/|,[ \t]*){_YEAR}(?!\d)"), 0.85),
        (re.compile(rf"(?<![\w/.-])(?i:{short})\.?[ \t]+{_D},?[ \t]+{_YEAR}(?!\d)"), 0.85),
        # a short month that is no English word, with its year only: "Maw 2019", "Hyd 2021", "dic 2023"
        (re.compile(rf"(?<![\w/.-])(?i:{year_short})\.?[ \t]+{_YEAR}(?!\d)"), 0.85),
        # a month alone after the language's "in", "since" or "until": "síðan í janúar", "od marca", "ym mis Hydref"
        (re.compile(rf"(?<![\w-])(?:(?i:{before})[ \t]+|(?i:{elided}))((?i:{free}))(?![\w-])"), 0.8),
        # a Romance day and year joined to the month by "de": "3 de maig", "11 de maig de 2023", "14 d'octubre de 2025"
        # ... and Maltese "ta'", the day after its article ("fit-30 ta' Ottubru", "sal-15 ta' Mejju")
        (re.compile(rf"(?:(?<![\w/.-])|(?<=[a-z][lnrstxdċż]-)){_D}[ \t]+(?:{link})(?i:{linked})(?![\w])"
                    rf"(?:,?[ \t]+(?:{link})?{_YEAR}(?!\d))?"), 0.85),
        # ... and the month with its year alone: "gener de 2027", "des del març de 2022", "outubro de 1990"
        (re.compile(rf"(?<![\w-])((?i:{linked}))[ \t]+(?:{link}){_YEAR}(?!\d)"), 0.85),
        # a month of another script alone after an English "since", "from" or "in": "since ຕຸລາ", "from मार्च"
        (re.compile(rf"(?<![\w-])(?i:{english})[ \t]+({_alternation(script_free)})(?![^\s.,;:!?)(\]/-])"), 0.8),
        # any listed month (a year may follow) that its English name glosses in brackets: "Whiringa-ā-rangi (November)",
        # "ຕຸລາ (Oct)", "Mei 2024 (May)"; the gloss is the cue, so forms that are words too count here
        (re.compile(rf"(?<![^\W\d_])(?<![-'ʻ])((?i:{_alternation(months | set(linked_only) | script_all)})(?:[ \t]+{_YEAR})?)"
                    rf"(?=[ \t]*\([ \t]*{MONTH_RE}(?![a-z]))"), 0.85),
        # Friends' numbered months, capitalised: "Third Month 11th, 2026", "Tenth Month", "12th of Fourth Month, 2026"
        (re.compile(rf"(?<![\w-])(?:{_D}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?)?{friends}(?![\w-])"
                    rf"(?:[ \t]+{_D}(?:st|nd|rd|th)?(?![\w/:.-]|\.\d))?(?:,?[ \t]+{_YEAR}(?!\d))?"), 0.85),
    ]


def _link(words: list[str]) -> str:
    """Linking words -> a pattern: "de" and "del" take a space after them, an elided "d'" none ("d'octubre"), Maltese
    "ta'" one ("23 ta' Novembru")."""
    elided = [re.escape(w[:-1]) + "['\u2019][ \t]?" for w in words if w.endswith("'")]
    spaced = [re.escape(w) + r"[ \t]+" for w in words if not w.endswith("'")]
    return "|".join(spaced + elided)


# A Friends' month without its day or year that goes on into a heading ("First Month Goals", "Second Month:") names a
# stage of a plan, not a month.
_HEADING_AFTER = re.compile(r"[ \t]*:|[ \t]+[A-Z][a-z]")


def find_world_months(text: str) -> list[PhiSpan]:
    """Text -> DATE spans of dates written with another language's month names or a Friends' numbered month."""
    spans = []
    patterns = _patterns()
    for pat, score in patterns:
        for m in pat.finditer(text):
            if pat is patterns[-1][0] and m.group().endswith("Month") and _HEADING_AFTER.match(text, m.end()):
                continue
            start = m.start(1) if pat.groups else m.start()  # the month after a preposition, not the preposition
            spans.append(PhiSpan(start, m.end(), "DATE", score, "date"))
    return spans + find_script_dates(text)
