"""A note copied from a database console: psql's expanded display (\\x), one "column | value" line per field.

A home-grown EHR's notes may reach a biller as a query's output: "-[ RECORD 1 ]--+----" over lines such as
"start_time     | 15:05:00", a value longer than the column wrapped onto lines that open with the column's blank
padding, the wrapped line ending in "+" (psql's mark for a line break inside the value). The rules read labelled
fields, so each record is written out as "Label: value" lines: a wrapped value joined into one line, an empty column
left out (it records nothing), the console's prompt lines and row count dropped. Other notes come back unchanged.
"""

from __future__ import annotations

import re

from assistant.audit.exports import field_line

_RECORD = re.compile(r"^-\[ RECORD \d+ \]-*\+-*$")
_FIELD = re.compile(r"^([A-Za-z_][\w]*)\s*\|(?: (.*?))?\s*$")
_MORE = re.compile(r"^\s+\|(?: (.*?))?\s*$")
# a console's own lines: its prompt ("ridgeline=# SELECT ..."), its replies ("Expanded display is on.", "(1 row)")
_CONSOLE = re.compile(r"^\s*(?:[\w-]+[=-]?[#>]|Expanded display is (?:on|off|used automatically)\.|\(\d+ rows?\))", re.I)
# "+": a line break inside the value; " .": psql's wrapped format (a sentence's own full stop is not one)
_WRAP = re.compile(r"\s*(\+)$|\s+(\.)$")
_ARRAY = re.compile(r"^\{(.*)\}$")  # an array column: "{F33.2,F41.1}"


def _piece(raw: str | None) -> tuple[str, str]:
    """One physical line of a value -> (its text, what joins it to the next: a line break or a space)."""
    raw = (raw or "").rstrip()
    m = _WRAP.search(raw)
    return (raw[:m.start()].strip(), "\n" if m.group(1) else " ") if m else (raw.strip(), " ")


def psql_as_fields(text: str) -> str:
    """psql expanded-display output -> "Label: value" lines per record (blank line between records); other text
    unchanged."""
    lines = text.splitlines()
    if not any(_RECORD.match(ln.strip()) for ln in lines):
        return text
    out: list[str] = []
    key, parts = "", []  # the column being read, and its value's lines

    def flush() -> None:
        value = "".join(text + join for text, join in parts).strip()
        array = _ARRAY.match(value)
        value = ", ".join(v.strip(' "') for v in array.group(1).split(",")) if array else value
        if key and value:
            first, *rest = value.split("\n")
            out.append(field_line(key, first.strip()))
            out.extend(ln.strip() for ln in rest if ln.strip())

    in_record = False
    for ln in lines:
        if _RECORD.match(ln.strip()):
            flush()
            key, parts, in_record = "", [], True
            if out:
                out.append("")
            continue
        more = _MORE.match(ln) if in_record and key else None
        field = _FIELD.match(ln) if in_record else None
        if more:
            parts.append(_piece(more.group(1)))
        elif field:
            flush()
            key, parts = field.group(1), [_piece(field.group(2))]
        else:
            flush()
            key, parts = "", []
            in_record = in_record and bool(ln.strip()) and not _CONSOLE.match(ln)
            if ln.strip() and not _CONSOLE.match(ln):
                out.append(ln)
    flush()
    return "\n".join(out).strip("\n")
