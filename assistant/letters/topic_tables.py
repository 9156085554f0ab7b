"""Two table shapes made plain before a note is read.

- Columns drawn with another bar than "|": "Mood ‖ flat ‖ HAM-D 21", "Sleep │ 4 h │ ISI 19", "Plan ¦ weekly". A line
  with two or more such bars is a table's row, as it would be with pipes.
- A table whose first column names each row's topic ("TOPIC | HE SAID | I SAW | WHAT I MAKE OF IT", "Area | Now |
  Plan"): each row is about its topic, as a field would be, so "When to stop | - | - | once HAM-D is under 10 ..."
  becomes "When to stop: once HAM-D is under 10 ..." (the cells that say something, in order; the header goes).
"""
from __future__ import annotations

import re

_BARS = "\u2016\u2502\u2503\u2551\u00a6\u01c0\u2223"  # ‖ │ ┃ ║ ¦ ǀ ∣
_DRAWN_ROW = re.compile(rf"^[^\n]*[{_BARS}][^\n]*[{_BARS}][^\n]*$", re.M)
# (an "Item" column names a scale's items, whose cells are ratings: a score table, never topics)
_TOPIC_HEADER = re.compile(r"^(?:topic|area|domain|section|category|aspect|issue|heading|subject|theme)s?$", re.I)
_RULE = re.compile(r"^\s*\|?\s*:?[-=]{2,}:?\s*(?:\|\s*:?[-=]{2,}:?\s*)*\|?\s*$|^\s*\+[-=+]+\+\s*$")
_EMPTY_CELL = re.compile(r"^[\s\-\u2013\u2014.\u2026/]*$|^n/?a$", re.I)


def drawn_columns(note: str) -> str:
    """Rows drawn with other bars -> rows with pipes (only on lines with two or more bars)."""
    if len(_DRAWN_ROW.findall(note)) < 2:
        return note
    return _DRAWN_ROW.sub(lambda m: re.sub(rf"\s*[{_BARS}]\s*", " | ", m.group(0)), note)


def _cells(line: str) -> list[str]:
    sep = "|" if "|" in line else "\t"
    return [c.strip() for c in line.strip().strip("|").split(sep)]


def _all_numbers(cells: list[str]) -> bool:
    return bool(cells) and all(re.fullmatch(r"[-\d.,/ ]+", c) for c in cells)


def _numbers_below(lines: list[str], at: int) -> bool:
    """Whether the first row under a header holds only numbers after its label (a score table, not topics)."""
    row = next((x for x in lines[at + 1:] if x.strip() and not _RULE.match(x)), "")
    said = [c for c in _cells(row)[1:] if not _EMPTY_CELL.match(c)] if ("|" in row or "\t" in row) else []
    return _all_numbers(said)


def topic_rows(note: str) -> str:
    """A table of topics -> one "Topic: what its cells say" line per row."""
    lines, out, topics = note.split("\n"), [], False
    for k, line in enumerate(lines):
        cells = _cells(line) if "|" in line or "\t" in line.strip() else []
        if len(cells) >= 3 and _TOPIC_HEADER.match(cells[0]) and not _numbers_below(lines, k):
            topics = True
            continue
        if topics and _RULE.match(line) and line.strip():
            continue
        if topics and len(cells) >= 2 and cells[0]:
            said = [c for c in cells[1:] if not _EMPTY_CELL.match(c)]
            if _all_numbers(said):  # a row of numbers is a score row
                out.append(line)
                continue
            out.append(f"{cells[0]}: {'; '.join(said)}" if said else line)
            continue
        topics = False
        out.append(line)
    return "\n".join(out)


# A plan table aligned with spaces, one column naming the goal: "GOAL   SPECIFIC / MEASURABLE   TIME-BOUND",
# "PROB  OBJECTIVE   BASELINE   NOW   TARGET DATE   STATUS". Its rows are goals, as "Goal 1: ..." lines would be.
_GOAL_HEADER = re.compile(r"^(?:goals?|objectives?|(?:specific\s*/\s*)?measurable(?: (?:goal|objective|target)s?)?|"
                          r"(?:desired |expected )?outcomes?|targets?|what we want|aim)$", re.I)


# in a table with a goal column, the column that says how the goal is measured is part of the goal
_GOAL_PART = re.compile(r"^(?:how )?measur\w*(?: by)?$|^(?:success )?criteri\w*$|^indicators?$|^metrics?$", re.I)


def _aligned_header(line: str) -> list[tuple[int, int, str]] | None:
    from assistant.letters.aligned_cells import aligned_spans

    spans = aligned_spans(line)
    if len(spans) < 3 or re.search(r"\d", re.sub(r"\([^()]*\)", "", line)) or not any(_GOAL_HEADER.match(t) for _, _, t in spans):
        return None
    gaps = [b[0] - a[1] for a, b in zip(spans, spans[1:])]
    return spans if min(gaps) >= 2 and sum(t.isupper() or t.istitle() for _, _, t in spans) >= len(spans) - 1 else None


def goal_rows(note: str) -> str:
    """A space-aligned plan table -> a "Goal N: <its goal cells>" line per row, then the table with pipes between its
    cells (its header kept, a wrapped line joined to the row above), so its baseline and current values are read as a
    table's and none of its rows is quoted as a sentence."""
    from assistant.letters.aligned_cells import aligned_cells

    lines, out, i = note.split("\n"), [], 0
    while i < len(lines):
        header = _aligned_header(lines[i])
        if header is None:
            out.append(lines[i])
            i += 1
            continue
        rows: list[list[str]] = []
        i += 1
        while i < len(lines) and lines[i].strip() and "|" not in lines[i] and "\t" not in lines[i]:
            cells = [c for _, c in aligned_cells(lines[i], header)]
            if rows and (not cells[0] or lines[i][:1].isspace() and not re.match(r"\s*\d", lines[i])):
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells)]  # a wrapped line carries on the row above
            else:
                rows.append(cells)
            i += 1
        names = [t for _, _, t in header]
        goals = [", ".join(c for h, c in zip(names, row) if (_GOAL_HEADER.match(h) or _GOAL_PART.match(h)) and c and not _EMPTY_CELL.match(c))
                 for row in rows]
        out += [f"Goal {n}: {g}." for n, g in enumerate((g for g in goals if g), 1)] + [""]
        out += ["| " + " | ".join(names) + " |"] + ["| " + " | ".join(c or "-" for c in row) + " |" for row in rows]
    return "\n".join(out)
