"""Session times written in two more forms: clock times told in words ("from quarter past two until ten past three
in the afternoon") and a table whose columns are the start, the end and the minutes ("| Start | End | Minutes |").

Both are turned into what timing.py already reads: words into "2:15" clock times, a table row into its cells.
"""

from __future__ import annotations

import re

_HOURS = "one two three four five six seven eight nine ten eleven twelve".split()
_SMALL = _HOURS + "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_MINUTE_WORD = r"(?:quarter|half|(?:twenty|thirty|forty|fifty)(?:[- ](?:%s))?|%s|\d{1,2})" % ("|".join(_HOURS[:9]), "|".join(_SMALL))
_HOUR_WORD = r"(?:%s|1[0-2]|[1-9])" % "|".join(_HOURS)
_SPOKEN = re.compile(r"\b(%s)(?:\s+minutes?)?\s+(past|after|to|till|before|of)\s+(%s)\b|\b(%s)\s+o['\u2019]?\s?clock\b"
                     % (_MINUTE_WORD, _HOUR_WORD, _HOUR_WORD), re.I)
_HALF_OF_DAY = re.compile(r"\b(?:in the (?:afternoon|evening)|at night|p\.?m\.?)|\b(in the morning|a\.?m\.?)", re.I)


def _number(word: str) -> int:
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word == "quarter":
        return 15
    if word == "half":
        return 30
    if word in _SMALL:
        return _SMALL.index(word) + 1
    tens, unit = (re.split(r"[- ]", word, maxsplit=1) + [""])[:2]
    return _TENS.get(tens, 0) + (_SMALL.index(unit) + 1 if unit in _SMALL else 0)


def _rating(m: re.Match[str]) -> bool:
    """"6 of 10", "3 to 4", "seven of ten": a rating or a count, not "ten of three" (2:50) told as a clock time.
    Digits count as clock minutes only before "past"/"after"; "of ten" is the usual 0-10 scale."""
    if m.group(4):
        return False
    relation, hour = m.group(2).lower(), m.group(3).lower()
    return (m.group(1).isdigit() and relation not in ("past", "after")) or (relation == "of" and hour in ("ten", "10"))


def spoken_clock(sentence: str) -> str:
    """The sentence with clock times told in words written as digits ("ten past three in the afternoon" ->
    "3:10 pm"); a sentence with none comes back unchanged."""
    if not _SPOKEN.search(sentence):
        return sentence
    half = _HALF_OF_DAY.search(sentence)
    suffix = "" if not half else " am" if half.group(1) else " pm"

    def clock(m: re.Match[str]) -> str:
        if m.group(4):
            return "%d:00" % _number(m.group(4))
        minutes, hour = _number(m.group(1)), _number(m.group(3))
        if m.group(2).lower() in ("to", "till", "before", "of"):
            hour, minutes = (hour - 1) or 12, 60 - minutes
        return "%d:%02d" % (hour, minutes)

    found = [m for m in _SPOKEN.finditer(sentence) if not _rating(m)]
    if not found:
        return sentence
    out, last = [], 0
    for i, m in enumerate(found):
        out.append(sentence[last:m.start()] + clock(m) + (suffix if i == len(found) - 1 else ""))
        last = m.end()
    return "".join(out) + sentence[last:]


_ROW = re.compile(r"^\s*\|(.+)\|\s*$")
_RULE = re.compile(r"^[\s|:+-]+$")




# A column that holds the session's time: its length, or its start or end ("Begin  End", "Time in  Time out").
_TIME_COLUMN = re.compile(r"min(?:ute)?s?|dur(?:ation)?|time|begin|start|end|stop|time (?:in|out)", re.I)
_GRID_RULE = re.compile(r"^[\s=_+*~-]{5,}$")  # "-------+-------" under a header or between rows


def _aligned_rows(lines: list[str]) -> list[tuple[dict[str, str], str]]:
    """A billing grid or activity log aligned with spaces ("CPT     Units   Min   POS" over "90846   1       50    11",
    "Proc   Loc  Begin  End" over "90834  11   1410   1444"), rule lines between them skipped: its rows."""
    out = []
    for i, line in enumerate(lines[:-1]):
        head = [c.lower() for c in re.split(r"\s{2,}", line.strip())]
        if len(head) < 3 or "|" in line or not any(_TIME_COLUMN.fullmatch(h) for h in head):
            continue
        rows = [row for row in lines[i + 1:i + 12] if not _GRID_RULE.match(row)][:6]
        for row in rows:
            cells = re.split(r"\s{2,}", row.strip())
            if len(cells) != len(head) or not re.search(r"\d", row):
                break
            out.append((dict(zip(head, cells)), row.strip()))
    return out


# A Markdown table may leave out its outer pipes ("Date | Start | End" over "-----|-------|----"): such a row counts
# when a delimiter row of dashes and pipes stands under the table's header (GitHub's rule for tables).
_BARE_ROW = re.compile(r"^\s*([^|]+(?:\|[^|]*){2,})$")
_DELIMITER = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")


def _row(line: str, bare: bool) -> list[str] | None:
    m = _ROW.match(line) or (_BARE_ROW.match(line) if bare else None)
    return [c.strip() for c in m.group(1).split("|")] if m else None


def table_cells(lines: list[str]) -> list[tuple[dict[str, str], str]]:
    """(header -> cell, the row's line) for every data row of the pipe tables and space-aligned grids among the lines."""
    out, header, bare = _aligned_rows(lines), None, False
    for i, line in enumerate(lines + [""]):
        if header is None:
            bare = i + 1 < len(lines) and bool(_DELIMITER.match(lines[i + 1]))
        cells = _row(line, bare)
        if cells is None:
            header = None
            continue
        if _RULE.match(line):
            continue
        if header is None:
            header = [c.lower() for c in cells]
        elif len(cells) == len(header):
            out.append((dict(zip(header, cells)), line.strip()))
    return out


def row_fields(row: dict[str, str]) -> tuple[str, str]:
    """A time row as timing.py reads it: ("Start: 2:00 pm End: 2:45 pm", "Minutes: 45"), '' for what it lacks."""
    start = next((v for k, v in row.items() if re.search(r"\b(?:start|begin|time in|in)\b", k)), "")
    end = next((v for k, v in row.items() if re.search(r"\b(?:end|stop|finish|time out|out)\b", k)), "")
    total = next((v for k, v in row.items() if re.search(r"\b(?:min(?:ute)?s?|dur(?:ation)?|length|total)\b|^time$", k)), "")
    clock = "Start: %s End: %s" % (start, end) if start and end else ""
    minutes = re.fullmatch(r"(\d{1,3})\s*(?:min(?:ute)?s?\.?)?", total)  # "45" or "45 min" in a Dur column
    return clock, ("Minutes: %s" % minutes.group(1) if minutes else "")


# A minute log: time-stamped lines, one of which says the session began and a later one that it ended.
_LOG_BEGIN = re.compile(r"\b(?:session|visit|meeting|call|crisis session|contact)\s+(?:begins|began|starts|started)\b|"
                        r"\b(?:begins|began|start(?:s|ed)?)\s+(?:the\s+)?(?:session|visit|call)\b|\barrives?\b|\barrived\b|"
                        # a video platform's event log: "18:00:05  Client joined (device: iPhone)"
                        r"\b(?:joined|connected|logged (?:in|on))\b", re.I)
_LOG_END = re.compile(r"\b(?:session|visit|meeting|call|contact)\s+(?:ends|ended|concluded|over)\b|\bends? (?:the )?session\b|"
                      r"\b(?:leaves|left|departs?|departed|discharged|disconnected|logged (?:off|out)|ended (?:the )?(?:room|call|meeting))\b", re.I)
_CLIENT = re.compile(r"\b(?:client|patient|pt|member|family|parents?|couple)\b", re.I)


def log_span(lines, stamp, span_of) -> tuple[int, str] | None:
    """(minutes, evidence) from a minute log ("13:12  Client arrives ... session begins" ... "14:20  Session ends"),
    or None when the note is not one. stamp: the time-stamp pattern at a line's start; span_of: two readings -> minutes."""
    stamped = [(m, ln) for ln in lines if (m := stamp.match(ln))]
    if len(stamped) < 3:
        return None
    # the client's own arrival and leaving when the log names them ("Clinician joined" comes first and counts less)
    client = [(m, ln) for m, ln in stamped if _CLIENT.search(ln)]
    begin = next(((m, ln) for m, ln in client if _LOG_BEGIN.search(ln)), None) or next(((m, ln) for m, ln in stamped if _LOG_BEGIN.search(ln)), None)
    end = next(((m, ln) for m, ln in reversed(client) if _LOG_END.search(ln)), None) or \
        next(((m, ln) for m, ln in reversed(stamped) if _LOG_END.search(ln)), None)
    if begin is None or end is None or begin[1] == end[1]:
        return None
    span = span_of(begin[0].groups(), end[0].groups())
    return (span, f"{begin[1].strip()[:60]} ... {end[1].strip()[:60]}") if span else None


def minutes_of_clock(hour: str, minute: str | None, ampm: str | None) -> tuple[int, str]:
    """(hour, minute, am/pm) -> minutes after midnight, and the am/pm flag as read."""
    h, m = int(hour), int(minute or 0)
    flag = (ampm or "").lower().replace(".", "").replace(" ", "")
    flag = flag + "m" if flag in ("a", "p") else flag
    if flag == "pm" and h < 12:
        h += 12
    if flag == "am" and h == 12:
        h = 0
    return h * 60 + m, flag


# A clock reading with its US time zone: the start and the end may be read on clocks in different zones.
_ZONE = re.compile(r"\s*+\(?\s*+(E|C|M|P|AK|H)[SD]?T\b")
_ZONE_HOURS = {"E": -5, "C": -6, "M": -7, "P": -8, "AK": -9, "H": -10}


def zoned_span(text: str, start: re.Match, end: re.Match) -> int | None:
    """Minutes between a start and an end written in two different time zones, or None."""
    a, b = _ZONE.match(text, start.end()), _ZONE.match(text, end.end())
    if not (a and b) or a.group(1) == b.group(1):
        return None
    shift = (_ZONE_HOURS[a.group(1)] - _ZONE_HOURS[b.group(1)]) * 60  # the end read on the start's clock
    span = (minutes_of_clock(*end.groups())[0] + shift - minutes_of_clock(*start.groups())[0]) % (24 * 60)
    return span if 0 < span <= 8 * 60 else None


# "7:10 PM CT - 7:55 PM CT": one zone written after both clock times says nothing about the span; the first is dropped
# so the range reads as one. Two different zones are left for zoned_span.
_SHARED_ZONE = re.compile(r"(\d(?:\s*[ap]\.?\s?m\b\.?)?)\s*\(?(?-i:(E|C|M|P|AK|H)[SD]?T)\)?"
                          r"(\s*(?:-|\u2013|\u2014|to|until)\s*\d{1,2}(?::[0-5]\d)?\s*(?:[ap]\.?\s?m\b\.?)?\s*\(?(?-i:\2[SD]?T)\b)", re.I)


def without_shared_zone(text: str) -> str:
    """Text with the first of two equal time zones in a clock range removed ("7:10 PM CT - 7:55 PM CT")."""
    return _SHARED_ZONE.sub(r"\1\3", text)


def year_range(m: re.Match) -> bool:
    """A four-digit pair that reads as years ("CBT 2021-2022", "2015-2019"), not a 24-hour clock range."""
    first, second = int(m.group(1) + m.group(2)), int(m.group(3) + m.group(4))
    return 1900 <= first < second <= 2099 and second - first <= 30
