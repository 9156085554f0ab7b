"""A note exported as logfmt lines (key=value pairs, values with spaces in double quotes):

    ts=2025-10-06T10:02 field=impact value="picks forearms during evening TV; skipped a pool party in July"

Each line becomes plain text a reader can label: a "field=... value=..." line becomes "impact: picks forearms ...";
any other line of pairs becomes "key: value; key: value". A note with fewer than three such lines is left as written.
"""
from __future__ import annotations

import re

_PAIR = r"[A-Za-z_][\w.-]*=(?:\"(?:[^\"\\\n]|\\.)*\"|[^\s\"]*)"
_LINE = re.compile(r"^[ \t]*(%s)(?:[ \t]+%s)*[ \t]*$" % (_PAIR, _PAIR))
_ONE = re.compile(r"([A-Za-z_][\w.-]*)=(\"(?:[^\"\\\n]|\\.)*\"|[^\s\"]*)")
_STAMP = {"ts", "time", "timestamp", "t", "at"}


def _pairs(line: str) -> list[tuple[str, str]]:
    return [(k, v[1:-1].replace('\\"', '"') if v.startswith('"') else v) for k, v in _ONE.findall(line)]


def _plain(line: str) -> str:
    pairs = _pairs(line)
    keys = dict(pairs)
    if "field" in keys and "value" in keys:
        return f"{keys['field'].replace('_', ' ')}: {keys['value']}"
    return "; ".join(f"{k.replace('_', ' ')}: {v}" for k, v in pairs if k not in _STAMP or len(pairs) == 1)


def plain_logfmt(note: str) -> str:
    lines = note.split("\n")
    if sum(1 for line in lines if line.strip() and _LINE.match(line) and "=" in line) < 3:
        return note
    return "\n".join(_plain(line) if line.strip() and _LINE.match(line) else line for line in lines)
