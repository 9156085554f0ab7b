"""A note kept as a TOML-style file (a self-hosted notes tool, a script's export) made plain before it is read: each
`[table]` line becomes a heading, each `key = value` a "Key: value" field, a list of strings a list under its key,
an inline table its pairs in a line ("PDSS: today: 14, intake 2026-07-08: 19") and a multi-line string its text.

Read leniently, line by line, as people write these files (a time without seconds, "start = 16:00", is no valid TOML
but is what a note holds). A note is read this way only when it has a `[table]` line and three or more `key = value`
lines; any other note is returned unchanged.
"""
from __future__ import annotations

import csv
import re

_TABLE = re.compile(r"^\s*\[\[?\s*([\w.\- ]+?)\s*\]\]?\s*(?:#.*)?$")
_PAIR = re.compile(r"^\s*([\w\-\"'. ]+?)\s*=\s*(.*?)\s*$")
_TEXT_KEYS = {"text", "body", "content", "note", "notes", "narrative", "summary"}  # the text itself: no label above it


def _words(key: str) -> str:
    key = key.strip("\"' ")
    if key.isupper() or re.search(r"\d", key):
        return key.replace("_", " ")
    text = re.sub(r"[_.]+", " ", key)
    return text[:1].upper() + text[1:]


def _scalar(raw: str) -> str:
    raw = re.sub(r"\s+#.*$", "", raw.strip()) if not raw.strip().startswith(('"', "'")) else raw.strip()
    if raw[:1] in "\"'" and raw[-1:] == raw[:1]:
        return raw[1:-1]
    return raw.replace("T", " ") if re.match(r"\d{4}-\d\d-\d\dT\d", raw) else raw


def _items(raw: str) -> list[str]:
    try:
        cells = next(csv.reader([raw.strip()[1:-1]], skipinitialspace=True))
    except (csv.Error, StopIteration):
        return [raw.strip()[1:-1]]
    return [c.strip().strip("'").strip() for c in cells if c.strip()]


def _inline(raw: str) -> str:
    pairs = [p.split("=", 1) for p in re.split(r",\s*(?=[\w\-\"']+\s*=)", raw.strip()[1:-1]) if "=" in p]
    return ", ".join(f"{_words(k).lower() if not k.strip().isupper() else k.strip()}: {_scalar(v)}" for k, v in pairs)


def _field(key: str, raw: str) -> list[str]:
    label = _words(key)
    if raw.startswith("{") and raw.endswith("}"):
        return [f"{label}: {_inline(raw)}"]
    if raw.startswith("[") and raw.endswith("]"):
        items = _items(raw)
        if len(items) > 1 and sum(len(i) for i in items) > 40:
            return [f"{label}:"] + [f"- {i}" for i in items] + [""]
        return [f"{label}: {', '.join(items)}"]
    return [f"{label}: {_scalar(raw)}"]


def is_toml(note: str) -> bool:
    lines = note.splitlines()
    return any(_TABLE.match(x) for x in lines) and sum(bool(_PAIR.match(x)) for x in lines) >= 3


def plain_toml(note: str) -> str:
    """A TOML-style note -> headed fields and text (see the module docstring); any other note unchanged."""
    if not is_toml(note):
        return note
    out: list[str] = []
    lines, i = note.splitlines(), 0
    while i < len(lines):
        line = lines[i]
        table, pair = _TABLE.match(line), _PAIR.match(line)
        if table:
            out += ["", _words(table.group(1).split(".")[-1]) + ":"]
        elif pair and pair.group(2)[:3] in ('"""', "'''"):
            quote, body = pair.group(2)[:3], [pair.group(2)[3:]]
            while quote not in body[-1] and i + 1 < len(lines):
                i += 1
                body.append(lines[i])
            body[-1] = body[-1].split(quote)[0]
            head = [] if pair.group(1).strip("\"' ").lower() in _TEXT_KEYS else [f"{_words(pair.group(1))}:"]
            out += head + [b.rstrip() for b in body if b.strip()] + [""]
        elif pair:
            out += _field(pair.group(1), pair.group(2))
        elif not line.lstrip().startswith("#"):
            out.append(line)
        i += 1
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"
