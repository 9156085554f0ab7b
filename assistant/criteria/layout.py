"""A question typed into a laid-out page -> the same words as plain running text, so its sentences can be found.

Three layouts hide a sentence from a reader that goes line by line:
  - a grid drawn with "|" (a planner's hour column, a two-by-two matrix, a boxed chart whose cells wrap over several
    lines): each column is read top to bottom, a ruled row ("----+----") ending the cells above it; a table of
    one-line rows (Markdown, or ASCII with no wrapped cell) is read row by row;
  - a markup file around the question (XLIFF, HTML, XML): its text, tags dropped (markup.py);
  - comment or quote marks at the start of each line ("-- ", "# ", "// ", ">> "): the marks are dropped;
  - a margin of line numbers (a court reporter's transcript page, a numbered listing): the numbers are dropped;
  - a sentence wrapped onto the next line, which carries on in lower case: the two lines are joined;
  - a telegram ("... NOV 20 STOP LAST DAY QUERY STOP") or a line typed in capitals: read in ordinary case (capitals.py).
"""

from __future__ import annotations

import re

from assistant.criteria.capitals import ordinary_case
from assistant.criteria.dictation import written_out
from assistant.criteria.markup import markup_text

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
            cell = line[start:end].strip().strip(_SEPARATOR).strip() if start < len(line) else ""  # a box's own border
            if cell and not _RULED.match(cell):
                columns[n].append(cell)
    return [line for column in columns for line in column + [""]]


def _wraps(up: str, down: str) -> bool:
    """Whether a cell's text goes on in the same cell of the next line: the cell above (two words or more, no closing
    mark) has no room left for the next line's first word, which carries on in lower case."""
    text, word = up.strip().strip(_SEPARATOR).strip(), down.strip().strip(_SEPARATOR).strip()
    room = len(up.rstrip(_SEPARATOR)) - len(up.rstrip(_SEPARATOR).rstrip())  # the blank left at the cell's right
    return len(text.split()) >= 2 and not re.search(r"[.?!:;]\W*$", text) and bool(re.match(r"[a-z]", word)) \
        and len(word.split()[0]) + 1 >= room


def _wrapped(block: list[str]) -> bool:
    """Whether a boxed grid's cells run over several lines (a chart of notes, not a table of one-line rows): in a third
    of its line pairs or more, and twice in one column, a cell is too full for the next line's first word, which
    goes on in the same cell."""
    cuts = _cuts(block)
    if not cuts:
        return False
    edges = list(zip([0] + [c + 1 for c in cuts], cuts + [10 ** 6]))
    cells = [[line[a:b] for a, b in edges] for line in block]
    # a row that opens with a one-token key ("A6", "90785", "03/09") is a table's next row, whatever its cells say
    pairs = [[_wraps(up, down) and (n == 0 or len(below[0].strip().strip(_SEPARATOR).split()) != 1)
              for n, (up, down) in enumerate(zip(above, below))] for above, below in zip(cells, cells[1:])]
    carried = sum(any(pair) for pair in pairs)
    # one column wraps again and again; a table of rows has at most a stray full cell here and there
    return max(sum(column) for column in zip(*pairs)) >= 2 and 3 * carried >= len(pairs) if pairs else False


def _read_grids(lines: list[str]) -> list[str]:
    """Lines with any grid blocks read column by column; a ruled row closes a block, as does a line with no "|"."""
    out: list[str] = []
    block: list[str] = []
    markdown = False  # a Markdown table ("|---|---|" under its head) has one line a row: none of its cells wraps
    for line in lines + [""]:
        if _SEPARATOR in line and not _RULED.match(line):
            block.append(line)
            continue
        if block:
            # a table of rows ("| A5 | allowed amount | $ ??? |", Markdown or ASCII) is read row by row as written
            # unless its cells run over several lines, as in a boxed chart of notes ("+----+" rules)
            rows = sum(line.lstrip().startswith(_SEPARATOR) for line in block) * 2 >= len(block) \
                and (markdown or not _wrapped(block))
            out += _columns(block) if not rows and (len(block) >= 3 or _cuts(block)) else block
            block = []
        # a "|---|" rule marks the table it sits in as Markdown; a line without "|" ends that table
        markdown = _SEPARATOR in line and (markdown or ("-" in line and "+" not in line))
        out.append("" if _RULED.match(line) and _SEPARATOR in line else line)
    return out[:-1]


# a line that stops on a word no sentence ends with ("... and is", "... total of the"): the next line goes on with it,
# even when that line opens with a figure or a code ("$148.62 too small ...?", "90834 x 6 ...")
_OPEN_END = re.compile(r"\b(?:is|are|was|were|be|and|or|but|the|a|an|of|to|for|from|with|by|at|in|on|than|about|over|"
                       r"under|per|as|if|that|under|into|plus|minus)$", re.I)


def _continues(line: str, following: str) -> bool:
    """Whether `following` carries on the sentence `line` left open (lower case after no closing mark; a figure, a sign
    or a bracket after a word no sentence ends with)."""
    line = line.strip()
    if not line or re.search(r"[.?!:;]\W*$", line):
        return False
    return bool(re.match(r"[a-z]", following)) or bool(re.match(r"[$(\d+#]", following) and _OPEN_END.search(line))


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
    text = written_out(markup_text(text))  # a markup file's text; a dictation's spoken punctuation and codes, written out
    text = ordinary_case(text)  # a telegram's "STOP" and "QUERY" as marks; a line typed in capitals in ordinary case
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
