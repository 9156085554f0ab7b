"""Two checks of an answer's figures: whether its top sentences state the dollar amount a money question asks for
(else the answer says where amounts are published), and a Spanish question's time limit restated in Spanish."""

from __future__ import annotations

import re

from assistant.criteria.question import _KINDS as _QUESTION_KINDS, Question
from assistant.criteria.select import SHAPES, Candidate

_ASKS_AMOUNT = dict(_QUESTION_KINDS)["dollar"]


def has_amount(q: Question, chosen: list[Candidate]) -> bool:
    """Whether the top sentences state a dollar amount (for the code the question names, when it names one)."""
    priced = [p for p in q.parts if re.search(r"\$|dollar|amount|\bpay", p, re.I)] or [q.text]  # parts about money
    # a minimum in dispute is one figure for every claim, whatever a part prices ("90837 x 10 ... $145 each"); a
    # payment amount is the code's own (a code the asker's table prices, too)
    asking = [p for p in q.parts if re.search(_ASKS_AMOUNT, p, re.I)] or priced
    threshold = all(re.search(r"\b(?:minimum|threshold|in controversy|in dispute|at stake)\b", p, re.I) for p in asking)
    codes = set() if threshold else set(re.findall(r"\b\d{5}\b|\b[A-Z]\d{4}\b", " ".join(priced)))
    top = chosen if q.parts else chosen[:2]  # one sentence per part: the amount may answer any one of them
    return any(re.search(SHAPES["dollar"], c.text) and all(code in c.text for code in codes) for c in top)


def time_limit_line(q: Question, chosen: list[Candidate], number: dict[int, int]) -> str:
    """'Time limit: 65 calendar days [1].' from the sentence that answers a time-limit question."""
    if "duration" not in q.kinds or "date_calc" in q.kinds or not chosen or q.language != "es":
        return ""  # a translation aid for a Spanish question; an English reader has the quoted sentence
    top = chosen[0]
    m = re.search(r"\b(\d{1,3})(?:\s*\(\d+\))?[\s-]+((?:calendar |business |working )?(?:days?|months?|hours?|weeks?|"
                  r"years?))\b", top.text, re.I)
    if not m:
        return ""
    if q.language == "es":
        unit = {"day": "días", "month": "meses", "hour": "horas", "week": "semanas", "year": "años"}
        base = re.sub(r"^(?:calendar|business|working) ", "", m.group(2).lower()).rstrip("s")
        kind = {"calendar": " calendario", "business": " hábiles", "working": " hábiles"}.get(m.group(2).split()[0].lower(), "")
        return f"Plazo: {m.group(1)} {unit.get(base, base)}{kind} [{number[top.rank]}]."
    return f"Time limit: {m.group(1)} {m.group(2)} [{number[top.rank]}]."
