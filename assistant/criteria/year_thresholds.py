"""An amount in dispute the question gives ("amount still in controversy = $196.00") set against a minimum a source
states year by year ("ALJ hearing: $180 (2024), $190 (2025), $200 (2026)"): when the amount meets one year's figure
and not the next, the year the request is filed decides, so the answer says the last day to file and still meet it."""

from __future__ import annotations

import re

from assistant.criteria.select import Candidate

_MONEY = r"\$\s?(\d{1,3}(?:,\d{3})*(?:\.\d{2})?|\d+(?:\.\d{2})?)"
# the case's amount: named as what is in dispute, or the only dollar figure the question gives
_CASE = re.compile(r"\b(?:in controversy|in dispute|at stake|AIC|amount|claims? (?:total|add up to|come to)|totals?|"
                   rf"balance|billed|worth)\b[^$\n.?!]{{0,20}}{_MONEY}", re.I)
_ANY = re.compile(_MONEY)
# the question is about a minimum an amount must meet, not only about what was billed
_ABOUT = re.compile(r"\bthreshold|\bminimum|\bin controversy|\bin dispute|\bat stake|\benough\b|\bqualif\w*|\bAIC\b|"
                    r"\bdollar (?:amount|figure|limit|floor)", re.I)
# "ALJ hearing: $180 (2024), $190 (2025), $200 (2026)": a label, then figures each with its year
_LEVEL = re.compile(r"([A-Z][\w' -]{1,40}?):\s*((?:\$[\d,]+(?:\.\d{2})?\s*\((?:19|20)\d{2}\)[,;]?\s*(?:and\s+)?){2,})")
_PAIR = re.compile(r"\$([\d,]+(?:\.\d{2})?)\s*\(((?:19|20)\d{2})\)")


def _money(raw: str) -> float:
    return float(raw.replace(",", ""))


def case_amount(text: str) -> float | None:
    """The amount the question says is in dispute, or its one dollar figure; None when it gives neither."""
    if m := _CASE.search(text):
        return _money(m.group(1))
    found = {_money(m.group(1)) for m in _ANY.finditer(text)}
    return found.pop() if len(found) == 1 else None


def _levels(sentence: str) -> list[tuple[str, list[tuple[int, float]]]]:
    return [(m.group(1).strip(), sorted((int(y), _money(v)) for v, y in _PAIR.findall(m.group(2))))
            for m in _LEVEL.finditer(sentence)]


def _named(label: str, text: str) -> bool:
    """Whether the question names a level ("ALJ hearing" by "ALJ", "Federal court" by "federal court")."""
    words = [w for w in re.findall(r"[A-Za-z]{3,}", label) if w.lower() not in ("hearing", "review", "level")]
    return any(re.search(rf"\b{re.escape(w)}\b", text, re.I if not w.isupper() else 0) for w in words[:1])


def year_threshold_line(text: str, chosen: list[Candidate], number: dict[int, int]) -> str:
    """'By the figures in your question: $196.00 meets the ALJ hearing minimum for a request filed in 2025 ($190) but
    not in 2026 ($200), so file by December 31, 2025 [1].' or '' when nothing of the kind applies."""
    amount = case_amount(text) if _ABOUT.search(text) else None
    if amount is None:
        return ""
    for c in chosen:
        levels = _levels(c.text)
        asked = [lv for lv in levels if _named(lv[0], text)] or levels[:1]
        for label, figures in asked:
            met = [(y, v) for y, v in figures if amount >= v]
            short = [(y, v) for y, v in figures if amount < v]
            said = f"${amount:,.2f}"
            if met and short and max(y for y, _ in met) < min(y for y, _ in short):
                last, first_short = max(met), min(short)
                return (f"By the figures in your question: {said} meets the {label} minimum for a request filed in "
                        f"{last[0]} (${last[1]:,.0f}) but not for one filed in {first_short[0]} (${first_short[1]:,.0f}), "
                        f"so file by December 31, {last[0]} [{number[c.rank]}].")
            if met and not short:
                return (f"By the figures in your question: {said} meets the {label} minimum in every year the source "
                        f"lists ({', '.join(f'${v:,.0f} in {y}' for y, v in figures)}) [{number[c.rank]}].")
            if short and not met:
                return (f"By the figures in your question: {said} falls short of the {label} minimum in every year the "
                        f"source lists ({', '.join(f'${v:,.0f} in {y}' for y, v in figures)}) [{number[c.rank]}].")
    return ""
