"""A question typed into a laid-out page -> the same words as plain running text, so its sentences can be found.

Three layouts hide a sentence from a reader that goes line by line:
  - a grid drawn with "|" (a planner's hour column, a two-by-two matrix): each column is read top to bottom,
    a ruled row ("----+----") ending the cells above it;
  - comment or quote marks at the start of each line ("-- ", "# ", "// ", ">> "): the marks are dropped;
  - a margin of line numbers (a court reporter's transcript page, a numbered listing): the numbers are dropped;
  - a sentence wrapped onto the next line, which carries on in lower case: the two lines are joined.
"""

from __future__ import annotations

import re

from assistant.criteria.dictation import written_out

# a line-comment or quote mark opening a line: SQL "--", shell "#", C "//", quoted mail ">" / ">>", a shout ">>>"
_MARKS = re.compile(r"^[ \t]*(?:(?:--|//|#+|>+)[ \t]*)+(?=\S)")
# a line number in the margin: "14   Q.   You can answer.", "15        outpatient claim ..."
_LINE_NUMBER = re.compile(r"^[ \t]*(\d{1,3})(?:[ \t]{2,}(?=\S)|[ \t]*$)")
_RULED = re.compile(r"^[\s|+=_-]*$")
_SEPARATOR = "|"


def _cuts(lines: list[str]) -> list[int]:
    """Character positions where "|" divides a grid: positions shared by three or more lines, at least two of them
    with writing on both sides (a box drawing or a tree's stem has none on its left)."""
    counts: dict[int, int] = {}
    inside: dict[int, int] = {}
    for line in lines:
        for i, ch in enumerate(line):
            if ch != _SEPARATOR:
                continue
            counts[i] = counts.get(i, 0) + 1
            if line[:i].strip() and line[i + 1:].strip():
                inside[i] = inside.get(i, 0) + 1
    return sorted(i for i, n in counts.items() if n >= 3 and inside.get(i, 0) >= 2)


def _columns(block: list[str]) -> list[str]:
    """The rows of one grid block -> each column's lines, left column first."""
    cuts = _cuts(block)
    if not cuts:
        return block
    edges = [0] + [c + 1 for c in cuts]
    columns: list[list[str]] = [[] for _ in edges]
    for line in block:
        for n, start in enumerate(edges):
            end = cuts[n] if n < len(cuts) else len(line)
            cell = line[start:end].strip() if start < len(line) else ""
            if cell and not _RULED.match(cell):
                columns[n].append(cell)
    return [line for column in columns for line in column + [""]]


def _read_grids(lines: list[str]) -> list[str]:
    """Lines with any grid blocks read column by column; a ruled row closes a block, as does a line with no "|"."""
    out: list[str] = []
    block: list[str] = []
    for line in lines + [""]:
        if _SEPARATOR in line and not _RULED.match(line):
            block.append(line)
            continue
        if block:
            # a table of rows ("| A5 | allowed amount | $ ??? |", Markdown or ASCII) is read row by row as written
            rows = sum(line.lstrip().startswith(_SEPARATOR) for line in block) * 2 >= len(block)
            out += _columns(block) if not rows and (len(block) >= 3 or _cuts(block)) else block
            block = []
        out.append("" if _RULED.match(line) and _SEPARATOR in line else line)
    return out[:-1]


def _continues(line: str, following: str) -> bool:
    """Whether `following` carries on the sentence `line` left open (lower case after no closing mark)."""
    return bool(line.strip()) and not re.search(r"[.?!:;]\W*$", line.strip()) and bool(re.match(r"[a-z]", following))


def _drop_line_numbers(lines: list[str]) -> list[str]:
    """Lines whose margin counts them (five or more, each number one more than the last) -> the lines without it."""
    numbers = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := _LINE_NUMBER.match(line))]
    steps = sum(b == a + 1 for (_, a), (_, b) in zip(numbers, numbers[1:]))
    if len(numbers) < 5 or steps < 0.8 * (len(numbers) - 1):
        return lines
    out = list(lines)
    for i, _ in numbers:
        out[i] = _LINE_NUMBER.sub("", lines[i])
    return out


# Chinese, Japanese and Korean text ends its sentences and questions with full-width marks and no space after them
_FULL_WIDTH = re.compile(r"[\uff1f\uff01\u3002\uff1b\uff1a\uff0c\u3001]")
_ASCII = {"\uff1f": "?", "\uff01": "!", "\u3002": ".", "\uff1b": ";", "\uff1a": ":", "\uff0c": ",", "\u3001": ","}


def plain_text(text: str) -> str:
    """A laid-out question -> its lines with grids read by column, comment marks dropped and wrapped sentences joined,
    full-width sentence marks as the ASCII marks they stand for; text with none of these comes back unchanged."""
    text = written_out(text)  # a dictation's spoken punctuation and codes, written out
    text = _FULL_WIDTH.sub(lambda m: _ASCII[m.group(0)] + ("" if m.end() < len(text) and text[m.end()] in " \n" else " "),
                           text)
    lines = _drop_line_numbers(_read_grids(text.split("\n")) if _SEPARATOR in text else text.split("\n"))
    marked = sum(bool(_MARKS.match(line)) for line in lines)
    if marked >= 2:  # one "#" line is a heading or a number; several marked lines are a commented script or a quote
        lines = [_MARKS.sub("", line) for line in lines]
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if out and _continues(out[-1], stripped):
            out[-1] = out[-1].rstrip() + " " + stripped
        else:
            out.append(line)
    return "\n".join(out)
