"""A table or schedule of the question's own items, each with a count (a stay's days, an activity's weekly hours), set
against a source's rule that counts only some kinds of item: the 190-day limit counts days "in a freestanding
psychiatric hospital", not days on a general hospital's psych unit; PHP hours count therapy, not outings that are
"recreational or diversionary". The answer names the rows that count, adds them up, and sets the sum against the
limit (what is left) or the minimum (met or not), with the rows left out and why."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.criteria.remaining import _ASKS_LEFT, _LIMIT
from assistant.criteria.select import Candidate
from assistant.criteria.words import terms

_UNITS = {"h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour", "day": "day", "days": "day",
          "visit": "visit", "visits": "visit", "session": "session", "sessions": "session"}
_UNIT = r"(h|hrs?|hours?|days?|visits?|sessions?)"
_HEAD = re.compile(rf"^\s*(?:#\s*(?:of\s+)?)?{_UNIT}\b", re.I)  # a column headed "days", "hours", "# visits"
# a column that says what kind each row is: "type", "setting", "facility type", "kind of stay"
_KIND_HEAD = re.compile(r"^\s*(?:\w+\s+)?(?:type|kind|setting|category|level)\b", re.I)
# an item's own quantity at the end of its text: "Group psychotherapy (CBT) - 8 h", "Pinecrest stay: 41 days"
_QUANTITY = re.compile(rf"(?:\s+-|\s+–|:|,)\s*(\d{{1,3}}(?:\.\d)?)\s*{_UNIT}\b", re.I)
# "at least 20 hours per week", "a minimum of 9 hours"
_MINIMUM = re.compile(rf"\b(?:at least|a minimum of|minimum of|no fewer than|not less than)\s+(\d{{1,3}})\s+{_UNIT}", re.I)
# "which rows really count", "do we still hit the weekly minimum?", "is that enough?"
_ASKS_COUNTED = re.compile(r"\bwhich (?:\w+ ){0,2}(?:rows?|items?|activities|lines|ones|stays|hours|days|visits|sessions)\b"
                           r"[^?]{0,30}\bcount|\b(?:hit|meet|reach|make)\b[^?.]{0,30}\bminimum\b|\b(?:enough|qualif\w*)\b"
                           r"[^.?!\n]{0,40}\?", re.I)


@dataclass(frozen=True)
class Row:
    """One item of the question's table: what it is, and its count in a unit."""

    label: str
    text: str
    count: float
    unit: str
    kind: str = ""     # the row's cell under a "type" or "setting" heading, when the table has one


@lru_cache(maxsize=1)
def _vocab() -> dict:
    data = yaml.safe_load(Path(__file__).with_name("counted_rows.yaml").read_text(encoding="utf-8"))
    return {"recreational": re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, data["recreational"])), re.I),
            **{k: re.compile(data[k], re.I) for k in ("leisure_rule", "outside_plan", "total")}}


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _table_rows(text: str) -> list[Row]:
    """Rows of a "|" table whose count sits in a column headed with its unit ("days", "hours")."""
    lines = [line for line in text.splitlines() if line.count("|") >= 2 and not re.fullmatch(r"[\s|:+=-]*", line)]
    if len(lines) < 4:
        return []
    head = _cells(lines[0])
    column = next((i for i, cell in enumerate(head) if _HEAD.match(cell)), None)
    if column is None:
        return []
    unit = _UNITS[_HEAD.match(head[column]).group(1).lower()]
    kind = next((i for i, cell in enumerate(head) if _KIND_HEAD.match(cell)), None)
    out = []
    for line in lines[1:]:
        cells = _cells(line)
        if len(cells) != len(head) or not re.fullmatch(r"\d{1,4}(?:\.\d)?", cells[column]):
            continue
        words = [c for i, c in enumerate(cells) if i != column and re.search(r"[A-Za-z]{3}", c)]
        label = cells[0] if re.fullmatch(r"\d{1,2}", cells[0]) else (words[0] if words else "")
        out.append(Row(label, " ".join(words), float(cells[column]), unit, cells[kind] if kind is not None else ""))
    return out


def _quantity_rows(text: str) -> list[Row]:
    """Items that carry their own quantity ("Individual psychotherapy - 1 h"), one per table cell or line."""
    pieces = [c for line in text.splitlines() for c in (_cells(line) if line.count("|") >= 2 else [line])]
    out = []
    for piece in pieces:
        m = _QUANTITY.search(piece)
        if m and re.match(r"\W*[A-Za-z\"']", piece) and not _vocab()["total"].search(piece[:m.start()]):
            label = re.sub(r"\s*\(.*", "", piece[:m.start()]).replace('"', "").strip(" '-")
            out.append(Row(label, piece.strip(), float(m.group(1)), _UNITS[m.group(2).lower()]))
    return out


def _rows(text: str) -> list[Row]:
    rows = _table_rows(text) or _quantity_rows(text)
    units = {r.unit for r in rows}
    return rows if len(rows) >= 3 and len(units) == 1 else []


def _in_scope(rows: list[Row], scope: str) -> list[Row] | None:
    """The rows a limit's scope names by what sets them apart ("in a freestanding psychiatric hospital"): a row counts
    when a word only some rows have is in the scope; None when the scope tells no rows apart."""
    # a "type" column says what a row is; a facility's own name ("Oakridge Psychiatric") does not
    own = [set(terms(r.kind if any(x.kind for x in rows) else r.text)) for r in rows]
    shared = set.intersection(*own) if own else set()
    wanted = set(terms(scope))
    keep = [r for r, words in zip(rows, own) if (words - shared) & wanted]
    return keep if keep and len(keep) < len(rows) else None


def _said(n: float) -> str:
    return f"{n:g}"


def _braced(text: str) -> str:
    """The asker's or a source's words made safe inside a line that is filled with str.format later."""
    return text.replace("{", "{{").replace("}", "}}")


def _item(r: Row) -> str:
    """'row 1 (41 days)', 'Individual psychotherapy (1 hour)'."""
    name = f"row {r.label}" if r.label.isdigit() else _braced(r.label)
    return f"{name} ({_said(r.count)} {r.unit}{'s' if r.count != 1 else ''})"


def _listed(rows: list[Row]) -> str:
    return "; ".join(_item(r) for r in rows)


def _limit_line(rows: list[Row], c: Candidate) -> str:
    """What is left of a limit the sentence states, counting only the rows its scope names."""
    for m in _LIMIT.finditer(c.text):
        limit, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if _UNITS.get(unit.lower(), unit.lower().rstrip("s")) != rows[0].unit:
            continue
        scope = re.split(r"[(;]|\.\s", c.text[m.end():], maxsplit=1)[0]
        kept = _in_scope(rows, scope) or rows
        used, left_out = sum(r.count for r in kept), [r for r in rows if r not in kept]
        left = float(limit) - used
        unit = rows[0].unit + "s"
        parts = " + ".join(_said(r.count) for r in kept)
        said = _braced(scope.strip().rstrip(".,"))
        line = (f"By the figures in your question: the {limit}-{rows[0].unit} limit counts {unit} {said}, so the rows "
                f"that count are {_listed(kept)}: {parts} = {_said(used)} {unit} used, "
                + (f"{_said(left)} {unit} left {{}}." if left >= 0 else f"over the limit by {_said(-left)} {unit} {{}}."))
        if left_out:
            line += f" Not counted, as the limit does not cover them: {_listed(left_out)}."
        return line
    return ""


def _minimum_line(rows: list[Row], c: Candidate, leisure: Candidate | None) -> str:
    """Whether the rows that are treatment reach a minimum the sentence states, leisure and off-plan rows left out."""
    for m in _MINIMUM.finditer(c.text):
        if _UNITS[m.group(2).lower()] != rows[0].unit:
            continue
        vocab, need = _vocab(), float(m.group(1))
        out = {r: ("recreational or diversionary" if leisure and vocab["recreational"].search(r.text) else
                   "not tied to the plan of care" if vocab["outside_plan"].search(r.text) else "") for r in rows}
        kept = [r for r in rows if not out[r]]
        total, unit = sum(r.count for r in kept), rows[0].unit + "s"
        verdict = "meets" if total >= need else "falls short of"
        line = (f"By the figures in your question: the rows that count are {_listed(kept)} = {_said(total)} {unit}, "
                f"which {verdict} the minimum of {_said(need)} {unit} {{}}.")
        dropped = [r for r in rows if out[r]]
        if dropped:
            line += " Not counted: " + "; ".join(f"{_item(r)}, {out[r]}" for r in dropped) + \
                    (" {}." if leisure else ".")
        return line
    return ""


def counted_line(text: str, chosen: list[Candidate], cands: list[Candidate], doc_of: dict[int, str]
                 ) -> tuple[str, list[Candidate]]:
    """(a line with "{}" for each citation, the sentences it cites) for a table of the question's items set against a
    limit or a minimum a chosen sentence states; ("", []) when the question gives no such table or asks no such thing."""
    rows = _rows(text)
    if not rows:
        return "", []
    for c in chosen:
        if _ASKS_LEFT.search(text) and (line := _limit_line(rows, c)):
            return line, [c]
        if _ASKS_COUNTED.search(text):
            same = [x for x in cands if doc_of.get(x.rank) == doc_of.get(c.rank)]
            leisure = next((x for x in same if _vocab()["leisure_rule"].search(x.text)), None)
            if line := _minimum_line(rows, c, leisure):
                return line, [c] + ([leisure] if leisure and "Not counted" in line and line.count("{}") > 1 else [])
    return "", []
