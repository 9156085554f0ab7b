"""The last day to act: a time limit from the sources counted from the date a question gives (the notice's date, or
the day it arrived), and the sentence that states that time limit put first when it sits below the top sentences."""

from __future__ import annotations

import re
from typing import Callable

from assistant.criteria.dates import add_window, find_window, notice_date, receipt_start, spoken, today_in
from assistant.criteria.filed import filed_line
from assistant.criteria.question import Question
from assistant.criteria.select import Candidate
from assistant.criteria.words import terms
from assistant.records import Passage


def deadline_line(q: Question, chosen: list[Candidate], passages: list[Passage], number: dict[int, int]) -> str:
    """'Last day: May 14, 2026 (65 days counted from March 10, 2026) [1]' when the question gives the start date."""
    if "date_calc" not in q.kinds or not q.dates:
        return ""
    # a window the notice itself states ("the letter says 'within four months'") is counted; one the asker assumed
    # ("we set the tickler at 180 days") is checked against the sources' window instead
    window, source = (q.window if _NOTICE_SAYS.search(q.text) else None), None
    named = [w.lower() for w in _PROGRAMS.findall(q.text)]
    asked = {t for part in q.parts if re.search(r"\b(?:window|deadline|time limit|how long)\b", part, re.I)
             for t in terms(part)} - {"window", "deadline", "time", "limit", "long", "decision"}  # "the window for an ALJ hearing"

    def filing(c: Candidate) -> float:  # the window to file in, for the program the question names; not a decision time
        where = (c.text + " " + passages[c.rank].title).lower()
        return (2 * sum(n in where for n in named) - 2 * _other_program(passages[c.rank].title, named)
                + bool(_FILE_VERBS.search(c.text)) - 2 * bool(_DECIDE.search(c.text)) + c.fit + len(asked & c.terms))
    for c in sorted(chosen, key=lambda c: -filing(c)):
        if window:
            break
        if (found := find_window(c.text)) and found[1] in ("days", "months", "years", "business days"):
            window, source = found, c
    window = window or q.window
    if not window:
        return ""
    today = today_in(q.text, list(q.dates))
    start = notice_date(q.text, list(q.dates), today) or q.dates[-1]
    doc = passages[source.rank].source_id if source else None
    start, extra = receipt_start(q.text, start, window, source.text if source else "",
                                 [p.text for p in passages if p.source_id == doc])
    last, rolled = add_window(start, *window)
    roll = (f"; {spoken(start)} plus {window[0]} {window[1]} has no matching day, so the time limit runs to the first "
            "day of the next month") if rolled else ""
    cite = f" [{number[source.rank]}]" if source and source.rank in number else ""
    left = "" if today is not None else filed_line(q.text, start, last)  # a tracking history's delivery date, say
    if today is not None:  # "Today is April 20": say first whether there is still time
        days = (last - today).days
        left = (f"Still in time: {days} day{'s' if days != 1 else ''} left counting from today, {spoken(today)}. " if days >= 0 else
                f"The window closed {-days} day{'s' if days != -1 else ''} before today, {spoken(today)}: ask for a good-cause "
                "late filing and see what else remains. ")
    return (f"{left}Last day: {spoken(last)}: {window[0]} {window[1]} counted from {spoken(start)}{extra}{roll}{cite}. "
            "Count from the date the notice names and confirm it against the notice itself.")


_NOTICE_SAYS = re.compile(r"\b(?:letter|notice|denial|EOB|decision|plan documents?)\b(?: itself)?\s+(?:says?|said|states?|gives?|"
                          r"allows?|reads?)\b[^.?!]{0,40}\b(?:\d+|one|two|three|four|five|six|ten|thirty|sixty|ninety)\s+"
                          r"(?:calendar |business )?(?:days?|months?|years?)\b", re.I)
_PROGRAMS = re.compile(r"Medicare Advantage|Medicaid|Medicare|ERISA|Marketplace|TRICARE|FEHB|CHIP")
_FILE_VERBS = re.compile(r"\b(?:to (?:ask|file|request|submit|appeal)|must be (?:filed|received|made|submitted)|has \d+|have \d+)\b", re.I)
_DECIDE = re.compile(r"\b(?:must|will|to) (?:decide|make (?:a|its) decision|respond|issue)|\bdecid\w* (?:a|the|within)\b", re.I)
_APPEAL_WORDS = re.compile(r"\b(?:appeal|reconsideration|redetermination|grievance|review|request)\w*", re.I)


def _other_program(title: str, named: list[str]) -> bool:
    """Whether a passage's title is about a public program the question never names: its time limit is that
    program's ("Original Medicare ... appeals" beside a question about an employer plan's external review)."""
    return any(p.lower() not in named for p in _PROGRAMS.findall(title))


def window_first(q: Question, cands: list[Candidate], chosen: list[Candidate], passages: list[Passage],
                 overlap: Callable[[Candidate], float]) -> list[Candidate]:
    """The chosen sentences with the best sentence that states an appeal's time limit put first."""
    timed = [c for c in cands if find_window(c.text) and _APPEAL_WORDS.search(c.text)]
    named = [w.lower() for w in _PROGRAMS.findall(q.text)]

    def fits(c: Candidate) -> float:  # the program the question names, in the sentence or its passage's title
        where = (c.text + " " + passages[c.rank].title).lower()
        return c.fit + overlap(c) + 2 * sum(n in where for n in named)
    return ([max(timed, key=fits)] if timed else []) + chosen
