"""Treatment-plan rules: a current plan, measurable goals, the plan's dates."""

from __future__ import annotations

import re

from assistant.audit.catalog import cue
from assistant.audit.hits import Hit
from assistant.audit.reading import CaseView, NoteView, dates_in
from assistant.letters.elements import find_goals, is_measurable
from assistant.letters.patterns import segments


_INLINE_GOAL = re.compile(r"\bgoals?\s*(?:#?\d+\s*)?[:\-\u2013]\s*([^;]{4,}?)(?=;|\.\s|\.?$)", re.I)


def _current(text: str) -> bool:
    return not cue("plan_not_current").search(text)


def goals(note: NoteView) -> list[str]:
    """The goal texts a note states (goal sections, "Goal 1: ...", "goal is to ...")."""
    if not note.text.strip():
        return []
    found = [g.text for g in find_goals(segments([note.text]))]
    for ln in note.lines:  # "LTG: ..." / "Objective 2: ..." lines the letters reader may file under another label
        m = re.match(r"^\s*(?:[-*\u2022]\s*)?(?:(?:short|long)[- ]term )?(?:goal|objective|STG|LTG)s?\s*#?\s*\d*\s*[:.)-]\s*(.{4,})",
                     ln, re.I)
        if m and m.group(1) not in found and _current(ln):
            found.append(m.group(1))
    for s in note.sentences:  # "Plan: continue weekly; goal - full attendance (5/5 days) by 05/30"
        for m in _INLINE_GOAL.finditer(s.text):
            if not any(m.group(1) in g or g in m.group(1) for g in found) and _current(s.text):
                found.append(m.group(1))
    return [g for g in found if _current(g)]


def plan_lines(note: NoteView) -> list[str]:
    """Lines and sentences that state or refer to a current treatment plan."""
    out = [ln for ln in note.lines if cue("plan_mention").search(ln) and _current(ln)]
    return out


def has_plan(note: NoteView) -> bool:
    return bool(goals(note) or plan_lines(note))


def measurable(goal: str) -> bool:
    """A goal with a countable target, a score threshold or a date."""
    return is_measurable(goal) or bool(cue("goal_target").search(goal) or dates_in(goal))


def _dated(note: NoteView) -> str:
    """A line that dates the plan or sets its review or target date, or ''."""
    for ln in plan_lines(note) + goals(note):
        if cue("plan_review_cue").search(ln):
            return ln
        for m in dates_in(ln):
            before = ln[max(0, m.start() - 60):m.start()]
            if cue("plan_date_word").search(before) or cue("plan_mention").search(before) or re.search(r"\bby\s*$", before):
                return ln
    for ln in note.lines:
        if cue("plan_review_cue").search(ln):
            return ln
    return ""


def _plan_notes(case: CaseView) -> list[NoteView]:
    """The notes that state the plan (goals or a plan line); when none states goals, the first that refers to one."""
    stating = [n for n in case.notes if goals(n)]
    if stating:
        return stating
    referring = [n for n in case.notes if plan_lines(n)]
    return referring[:1]


def treatment_plan_missing(case: CaseView):
    live = [n for n in case.notes if n.text.strip()]
    if live and not any(has_plan(n) for n in live):
        yield Hit("treatment_plan_missing", live[0].index, live[0].first_line,
                  "no note states or refers to a current treatment plan")


def goals_not_measurable(case: CaseView):
    stated = [(n, goals(n)) for n in case.notes]
    every = [g for _, gs in stated for g in gs]
    if not every or any(measurable(g) for g in every):
        return
    for note, gs in stated:
        if gs:
            yield Hit("goals_not_measurable", note.index, gs[0], "no goal has a countable target, a score or a date")


def plan_review_date_missing(case: CaseView):
    planned = _plan_notes(case)
    if not planned or any(_dated(n) for n in case.notes if has_plan(n)):
        return
    for note in planned:
        quote = (goals(note) or plan_lines(note) or [note.first_line])[0]
        yield Hit("plan_review_date_missing", note.index, quote, "the plan has no date, review date or target date")


RULES = {"treatment_plan_missing": treatment_plan_missing, "goals_not_measurable": goals_not_measurable,
         "plan_review_date_missing": plan_review_date_missing}
