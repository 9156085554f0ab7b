"""Two deadlines asked in one question: "(1) the last day to ask for the hearing and keep the sessions going, (2) the
last day to ask for a hearing at all". Each asked date is its own time limit, so each part gets the sentence whose time
limit fits it best (a different one for each part) and its own computed last day, in the order the parts were asked.
"""

from __future__ import annotations

import re
from typing import Callable

from assistant.criteria.dates import find_window
from assistant.criteria.question import Question, read_question
from assistant.criteria.routes import routes_named
from assistant.criteria.select import Candidate

_UNITS = ("days", "months", "years", "business days")
_LABEL = re.compile(r"^\W*\(?(\d{1,2}|[a-e])[.):]\s*")
# who must act within the window: a sentence giving the asker's time to ask, not the plan's time to decide
_ASKER_ACTS = re.compile(r"\b(?:request|ask|file|appeal|submit)\w*\b", re.I)
# a window that says what it counts from ("within 10 days of receiving the notice") can be counted; "within 10 days" alone
# leaves the start to guess
_ANCHORED = re.compile(r"\b\d+ (?:calendar |business )?(?:days|months)\b[^.;]{0,12}\b(?:of|from|after)\s+(?:the |its |that )?"
                       r"(?:date|receiv|notice|mail|decision|denial|resolution)", re.I)
# "(see the continuation of benefits document)": the rule is stated, and counted, elsewhere
_POINTER = re.compile(r"\(see (?:the )?[^()]{3,60}\b(?:document|section)\)", re.I)
_DECIDES = re.compile(r"\b(?:decide|decision|final (?:administrative )?action|resolve|issue)\w*\b[^.;]{0,30}\bwithin\b", re.I)


# a part that asks for a date outright: "what is the last day ...", "by what date ...", "Q2: last day to ...?"; not "is it
# too late", "did I blow it" or "last day = Feb 28 (right?)", which check one deadline rather than ask a second
_ASKS_DATE = re.compile(r"\b(?:what|which)\b[^?.]{0,25}\b(?:day|date|(?:outside|outer|final|absolute|hard|latest) deadline)\b|"
                        r"\bby when\b|(?:^\W*|\bQ?\d{1,2}[.):]\s*|\([a-e]\)\s*)"
                        r"(?:the )?(?:last|final|latest) (?:day|date)\b", re.I)
_LATE = re.compile(r"\btoo late\b|\b(?:blow|blew|blown|miss|missed)\b|=", re.I)


def dated_parts(q: Question) -> list[str]:
    """The parts of a question that each ask for a date outright, when there are two or more of them (else [])."""
    asked = [p for p in dict.fromkeys(q.parts) if len(p.split()) <= 40 and _ASKS_DATE.search(p) and not _LATE.search(p)
             and "date_calc" in read_question(p).kinds]
    return asked if len(asked) >= 2 and q.dates else []


def _counted(sentence: str, heading: str, routes: list) -> float:
    """How far a sentence states a window that can be counted for this question: it says what it counts from, it is
    the rule for the route the question names (its heading may say it), and it is no pointer to another document."""
    where = f"{heading} {sentence}"
    return ((1.6 if _ANCHORED.search(sentence) else 1.0) * (1.5 if any(rx.search(where) for rx in routes) else 1.0)
            * (0.5 if _POINTER.search(sentence) else 1.0))


def windows_for_parts(parts: list[str], cands: list[Candidate], score: Callable[[Candidate, str], float],
                      question: str = "", headings: dict[int, str] | None = None) -> list[Candidate]:
    """For each dated part, the sentence whose time limit answers it best; a later part takes a sentence with a time
    limit no earlier part took (two deadlines asked are two different windows)."""
    routes = routes_named(question)
    headings = headings or {}
    timed = [c for c in cands if (w := find_window(c.text)) and w[1] in _UNITS and _ASKER_ACTS.search(c.text)
             and not _DECIDES.search(c.text)]
    out: list[Candidate] = []
    for part in parts:
        taken = {find_window(c.text) for c in out}
        left = [c for c in timed if find_window(c.text) not in taken]
        best = max(left, key=lambda c: score(c, part) * _counted(c.text, headings.get(c.rank, ""), routes), default=None)
        if best is None or score(best, part) <= 0:
            return []
        out.append(best)
    return out


def part_label(part: str, index: int) -> str:
    """The part's own label ("1)", "(b)") or its place in the question, as "(1)"."""
    m = _LABEL.match(part)
    return f"({m.group(1)})" if m else f"({index + 1})"


def deadlines_lead(parts: list[str], found: list[Candidate], line_for: Callable[[Candidate], str]) -> str:
    """One labelled last day per dated part, "(1) Last day: ... (2) Last day: ...", the reminder to check the notice
    said once at the end; "" when any part's day cannot be counted."""
    lines = [line_for(c) for c in found]
    if not found or not all(lines):
        return ""
    tail = "Count from the date the notice names and confirm it against the notice itself."
    body = " ".join(f"{part_label(p, i)} {line.replace(tail, '').strip()}" for i, (p, line) in enumerate(zip(parts, lines)))
    return f"{body} {tail}"
