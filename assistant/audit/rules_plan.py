"""Treatment-plan rules: a current plan, measurable goals, the plan's dates."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.audit.catalog import codes as tables, cue
from assistant.audit.hits import Hit
from assistant.audit.reading import CaseView, NoteView, dates_in
from assistant.inputs import BLANK_VALUE
from assistant.letters.elements import find_goals, is_measurable
from assistant.letters.patterns import segments


# "goals: ...", "goal - ...", "goals PHQ-9 below 10; ..." (never "goal-directed").
# ("Objective:" alone is a SOAP note's O section, not a goal: an objective needs a number, a plural or a term.)
# "Goals (written 04/07; review 07/07): ..." carries its dates in brackets; "Progress toward goals: ..." is progress.
_INLINE_GOAL = re.compile(r"(?<!toward )(?<!towards )(?<!on )(?<!to )"
                          r"\b(?:(?:short|long)[- ]term (?:goal|objective)s?|goals?|objectives|objective\s*#?\d+|(?-i:STG|LTG)s?)"
                          r"\s*(?:#?\d+\s*)?(?:\([^()]{0,60}\)\s*)?(?::|\s[-\u2013\u2014]{1,2}\s|\s(?=[A-Z0-9]))\s*(.{4,})$", re.I)
# A labelled field left blank, with its label: "Next review: ________", "Plan date: [  ]".
_BLANK_FIELDS = re.compile(rf"[\w ]{{1,30}}:\s*(?:{BLANK_VALUE})")
# A goal's status, not a goal: "(goal met this week)", "(goal 2 on track)", "goal met early".
_STATUS = (r"^\W*(?:#?\d{1,2}\s+)?(?:(?:is|was|are|were|has been|have been)\s+)?(?:met|not met|unmet|partially met|mostly met|on track|"
           r"off track|achieved|in progress|progressing|ongoing|continued?|discontinued|revised|reached)\b")
_GOAL_STATUS = re.compile(_STATUS + r"[^.;]{0,30}$", re.I)
_STATUS_OPENS = re.compile(_STATUS, re.I)
# A template field left empty: "Goals addressed this session: [        ]", "Plan / next appointment: [__]".
_EMPTY_FIELD = re.compile(rf"^[^:\[]*:?\s*(?:{BLANK_VALUE})\s*$")


def _current(text: str) -> bool:
    return not cue("plan_not_current").search(text)


@lru_cache(maxsize=1024)
def goals(note: NoteView) -> list[str]:
    """The goal texts a note states (goal sections, "Goal 1: ...", "goal is to ...")."""
    if not note.text.strip():
        return []
    inline = [ln for ln in note.lines if _INLINE_GOAL.search(ln)]
    found = [g.text for g in find_goals(segments([note.text])) if not any(g.text in ln for ln in inline)]
    for ln in _unwrapped(note.text):  # "...; goal - full attendance by 05/30", "Goals: 1. Decrease ... 2. Increase ..."
        for text in _inline_goals(ln):
            for item in _goal_items(text):
                if not any(item in g or g in item for g in found) and _current(ln):
                    found.append(item)
    found += [g for ln in note.lines for g in _plan_line_goals(ln) if not any(g in f or f in g for f in found)]
    # a grid's goal column ("| Plan goal |" over "| 1. Client will feel calmer |"): each cell states a goal
    # (a cell that runs several numbered rows together is read item by item)
    found += [g for s in note.sentences if s.form == "table" and s.kind == "goals" for g in _goal_items(s.text)
              if not any(g in f or f in g for f in found)]
    return [g for g in found if _current(g) and not _EMPTY_FIELD.match(g) and not _GOAL_STATUS.match(g)]


# A goal's line wrapped mid-clause: the next line goes on with the goal when it opens with a lower-case word, a digit or a
# comparison ("Goals: PHQ-9" over "< 10 by 02/01/2027; ..."), not with a label, a list item or a new sentence's capital.
_GOES_ON = re.compile(r"^\s*(?:[a-z]|\d(?![\d]*[.)]\s)|[<>\u2264\u2265=~(])")
_LABEL_OPENS = re.compile(r"^\s*[\w /-]{1,30}:(?!\d)")


def _unwrapped(text: str) -> list[str]:
    """The note's lines (stripped, blank ones left out), a goal's line joined with the lines its goals run on to."""
    out: list[str] = []
    joining = False
    for raw in text.split("\n"):
        ln = raw.strip()
        if not ln:
            joining = False
            continue
        if joining and _GOES_ON.match(ln) and not _LABEL_OPENS.match(ln):
            out[-1] = f"{out[-1]} {ln}"
        else:
            out.append(ln)
        joining = bool(_INLINE_GOAL.search(out[-1])) and not re.search(r"[.!?]\s*$", out[-1])
    return out


def _inline_goals(line: str) -> list[str]:
    """The goals a line states after "goals:"; a status reported in progress ("SRM goal met for week 1; 'steering
    again'") states none, though a goal may be stated after it ("goal 1 met; goal 2: 4 of 5 school days")."""
    at = 0
    while m := _INLINE_GOAL.search(line, at):
        if not _STATUS_OPENS.match(m.group(1)):
            return [m.group(1)]
        at = m.start(1)
    return []


# A plan field whose items are aims: "Tx plan (rev 05/02): decrease panic, increase coping. Weekly."
_PLAN_FIELD = re.compile(r"^\W*(?:treatment plan|tx\.? ?plan|plan of care|service plan|care plan|(?-i:ITP|ISP))\b[^:]{0,40}:\s*(.{4,})$", re.I)
_AIM = re.compile(r"^(?:decrease|increase|improve|reduce|eliminate|lessen|lower|raise|maintain|develop|learn|build|"
                  r"strengthen|return to|resume|stop|achieve|manage|feel|be able to)\b", re.I)


def _plan_line_goals(line: str) -> list[str]:
    """The aims listed in a plan field ("decrease panic, increase coping"), or [] when it lists none."""
    m = _PLAN_FIELD.match(line)
    if not m:
        return []
    items = [p.strip(" .") for p in re.split(r"[;,]\s*", _SENTENCE_END.split(m.group(1))[0])]
    return [x for x in items if _AIM.match(x)]


# The goals end where the next sentence begins, a number included: "...be on time. 8 weekly sessions." ("approx. 5" goes on).
_SENTENCE_END = re.compile(r"(?<!approx)(?<!\bca)(?<!\bno)(?<!\bvs)(?<!\be\.g)(?<!\bi\.e)\.\s+(?=[A-Z0-9])")


# A full stop before a field's label ends the goals in any case ("...w/ mom. hw: worry log daily"), and in a note typed
# all in lower case any full stop and space does ("...feel calmer. continue weekly") but an abbreviation's.
_NEXT_FIELD = re.compile(r"\.\s+(?=[A-Za-z][\w/ -]{0,20}:\s)")
_LOWER_END = re.compile(r"(?<!approx)(?<!\bca)(?<!\bno)(?<!\bvs)(?<!\be\.g)(?<!\bi\.e)(?<!\bdr)(?<!\bpt)(?<!\bmin)(?<!\bhr)(?<!\bwk)(?<!\bmo)"
                        r"\.\s+(?=[a-z])")


def _first_sentence(text: str) -> str:
    first = _NEXT_FIELD.split(_SENTENCE_END.split(text)[0])[0]
    return first if re.search(r"[A-Z]", first) else _LOWER_END.split(first)[0]


def _goal_items(text: str) -> list[str]:
    """'1. Decrease symptoms. 2. Increase contact. Weekly therapy.' -> ['Decrease symptoms', 'Increase contact']."""
    numbered = re.split(r"(?:^|\s)\(?\d{1,2}[.)]\s+", text) if re.match(r"\s*\(?1[.)]\s", text) else []
    items = numbered[1:] if len(numbered) > 1 else [text]
    out = []
    for item in items:
        out += [p.strip(" .") for p in re.split(r";\s*", _first_sentence(item))]
        if len(items) == 1:
            break
    return [x for x in out if len(x) > 3]


@lru_cache(maxsize=1024)
def plan_lines(note: NoteView) -> list[str]:
    """Lines and sentences that state or refer to a current treatment plan."""
    out = [ln for ln in note.lines if cue("plan_mention").search(ln) and _current(ln) and not _EMPTY_FIELD.match(ln)]
    return out


def has_plan(note: NoteView) -> bool:
    return bool(goals(note) or plan_lines(note))


def measurable(goal: str) -> bool:
    """A goal with a countable target, a score threshold or a date."""
    return is_measurable(goal) or bool(cue("goal_target").search(goal) or dates_in(goal))


@lru_cache(maxsize=1024)
def _dated(note: NoteView) -> str:
    """A line that dates the plan or sets its review or target date, or ''."""
    keyed = [x for x in note.lines if re.search(r"_", x.split(":")[0]) and re.search(r"plan|review|goal|target", x.split(":")[0])]
    for ln in plan_lines(note) + goals(note) + keyed:
        ln_filled = _BLANK_FIELDS.sub(" ", ln)  # "Next review: ________" dates nothing
        words = ln_filled.replace("_", " ")  # an export's keys: "next_review: 2025-03-10", "treatment_plan_date: ..."
        if cue("plan_review_cue").search(words) or cue("plan_target_date").search(words):
            return ln
        for m in dates_in(words):
            before = words[max(0, m.start() - 60):m.start()]
            if cue("plan_date_word").search(before) or cue("plan_mention").search(before) or re.search(r"\bby\s*$", before):
                return ln
    for ln in note.lines:
        if cue("record_stamp").search(ln):
            continue  # the export's "Updated: 20260305T220912Z" dates the file, not the plan
        if cue("plan_review_cue").search(_BLANK_FIELDS.sub(" ", ln)):
            return ln
    return _dated_heading(note)


# A heading whose label carries a date in brackets: "Recommendation (IOP referral 01/23/2026): ...",
# "Piano (del 06/01/2026):". A session's own date heading ("Session (01/23/2026):") dates the visit, not a plan.
_DATED_LABEL = re.compile(r"^\s*([^:()\n]{2,40}?)\s*\(([^()\n]{0,60})\)\s*:")
_VISIT_LABEL = re.compile(r"\b(?:session|visit|note|encounter|contact|appointment|appt|dos|date)\b", re.I)


def _dated_heading(note: NoteView) -> str:
    """The heading an indented goal line sits under, when the heading's label dates it in brackets, or ''."""
    raw = note.text.split("\n")
    for i, ln in enumerate(raw):
        indent = len(ln) - len(ln.lstrip())
        if not indent or not _INLINE_GOAL.search(ln) or not _current(ln):
            continue
        parent = next((p for p in reversed(raw[:i]) if p.strip() and len(p) - len(p.lstrip()) < indent), "")
        m = _DATED_LABEL.match(parent)
        if m and dates_in(m.group(2)) and not _VISIT_LABEL.search(m.group(1)):
            return parent.strip()
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
    billed = {c for n in live for c in n.billing.procedures}
    if billed and billed <= set(tables()["evaluation_only"]):
        return  # an evaluation or testing episode: the treatment plan comes after it
    if live and not any(has_plan(n) for n in live):
        yield Hit("treatment_plan_missing", live[0].index, live[0].first_line,
                  "no note states or refers to a current treatment plan")


_PLAN_HEAD = re.compile(r"^\s*#?(?:treatment plan|tx ?plan|plan of care|care plan|service plan)\b.{0,80}:\s*$|"
                        r"^\s*#?(?:treatment plan|tx ?plan|plan of care)\s*\([^)]*\)\s*:\s*$|"
                        r"^\s*#(?:treatment ?plan|tx ?plan|care ?plan)\s*(?:\([^)]*\))?\s*:?\s*$", re.I)  # a tag: "#txplan"
_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*\u2022o])\s+(.{4,})$")


def _plan_items(note: NoteView) -> list[str]:
    """Numbered or bulleted items under a "Treatment plan" heading: goals, whatever they are called."""
    out, inside = [], False
    for ln in note.text.split("\n"):
        if _PLAN_HEAD.match(ln):
            inside = True
            continue
        if inside and (m := _ITEM.match(ln)):
            out.append(m.group(1))
        elif inside and ln.strip():
            inside = False
    return out


def goals_not_measurable(case: CaseView):
    stated = [(n, goals(n)) for n in case.notes]
    items = [(n, _plan_items(n)) for n in case.notes]
    every = [g for _, gs in stated for g in gs] + [g for _, its in items for g in its]
    if not every or any(measurable(g) for g in every):
        return
    # goals stated as such, or else the items under a plan's heading ("#txplan:  1. feel less anxious")
    for note, gs in (stated if any(gs for _, gs in stated) else items):
        if gs:
            yield Hit("goals_not_measurable", note.index, gs[0], "no goal has a countable target, a score or a date")


def plan_review_date_missing(case: CaseView):
    billed = {c for n in case.notes if n.text.strip() for c in n.billing.procedures}
    if billed and billed <= set(tables()["evaluation_only"]):
        return  # an evaluation's recommendations come before the treatment plan and its review date
    planned = _plan_notes(case)
    if not planned or any(_dated(n) for n in case.notes if has_plan(n)):
        return
    for note in planned:
        quote = (goals(note) or plan_lines(note) or [note.first_line])[0]
        yield Hit("plan_review_date_missing", note.index, quote, "the plan has no date, review date or target date")


RULES = {"treatment_plan_missing": treatment_plan_missing, "goals_not_measurable": goals_not_measurable,
         "plan_review_date_missing": plan_review_date_missing}
