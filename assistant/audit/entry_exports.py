"""Notes kept in a tool that writes each field as a key and a value in its own syntax, read as labelled fields.

- A reference manager's BibTeX file, one entry per visit: `@session{Lee_2026-11-02,` over `starttime = {17:00},`
  lines, a value in braces or quotes that may run over several lines, "%" comment lines, `{}` for a field left empty.
- R's `glimpse()` of a data frame row, printed in the console: `$ start     <time> 09:02:00` (a field, its type, its
  value; NA for a missing value), under the console's "> command" lines and its "Rows:" and "Columns:" counts.
- A TaskPaper outline whose items carry tags: `Session 2026-11-24 @cpt(90832) @start(11:00):`, `- breathing @done`.

The rules read labelled fields, so each value becomes a "Label: value" line (record_fields.py) and an empty or NA
value records nothing; a tag with a value becomes a field line under its item, a tag without one is dropped. The
console's own lines (the R banner, prompts, counts) are not the note. Other notes come back unchanged.
"""

from __future__ import annotations

import re

from assistant.audit.exports import field_line, label
from assistant.audit.record_fields import Message, record_lines

_BIB_COMMENT = re.compile(r"^\s*%.*$", re.M)
_BIB_ENTRY = re.compile(r"@([A-Za-z]+)\s*\{\s*[^,{}\s]*\s*,")
_BIB_KEY = re.compile(r"\s*,?\s*([A-Za-z][\w-]*)\s*=\s*")


def _bib_value(body: str, at: int) -> tuple[str, int]:
    """The value at body[at] ({...}, "..." or a bare word) -> (its text, the index after it)."""
    if body[at] in "{\"":
        close, depth, i = ("}" if body[at] == "{" else "\""), 0, at
        while i < len(body):
            ch = body[i]
            depth += 1 if ch == "{" else -1 if ch == "}" else 0
            i += 1
            if (close == "}" and depth == 0) or (close == "\"" and ch == "\"" and i - 1 > at and depth == 0):
                break
        raw = body[at + 1:i - 1]
    else:
        m = re.compile(r"[^,}\s]*").match(body, at)
        raw, i = m.group(0), m.end()
    return " ".join(raw.replace("{", "").replace("}", "").split()), i


def _bib_entries(text: str) -> list[Message]:
    """The entries of a BibTeX file -> their fields; [] when the text is not one."""
    body = _BIB_COMMENT.sub("", text).strip()
    if not body.startswith("@") or not body.endswith("}"):
        return []
    entries, at = [], 0
    while m := _BIB_ENTRY.match(body, at):
        fields: Message = []
        at = m.end()
        while (key := _BIB_KEY.match(body, at)) and key.end() < len(body):
            value, at = _bib_value(body, key.end())
            fields.append((key.group(1).lower(), value))
        closing = re.compile(r"\s*,?\s*\}\s*").match(body, at)
        if not closing or not fields:
            return []
        entries.append(fields)
        at = closing.end()
    return entries if at >= len(body) and sum(len(e) for e in entries) >= 3 else []


def bibtex_as_fields(text: str) -> str:
    """A note kept as BibTeX entries -> their "Label: value" lines, a blank line between entries; else unchanged."""
    entries = _bib_entries(text)
    return "\n\n".join("\n".join(record_lines(e)) for e in entries) if entries else text


# "$ start     <time> 09:02:00", "$ goals     <list> <"PDSS <= 7", "rides the subway">"
_GLIMPSE = re.compile(r"^\s*\$\s+([A-Za-z.][\w.]*)\s+<([\w/ ]+)>\s?(.*)$")
_CONSOLE = re.compile(r"^\s*(?:>(?:\s.*)?|\+\s.*|Rows: \d+|Columns: \d+|# A tibble: .*|R version \d.*)\s*$")


_ITEM = re.compile(r'\s*"((?:[^"\\]|\\.)*)"\s*|([^,]+)')


def _glimpse_value(raw: str) -> str:
    raw = raw.strip()
    if raw.startswith("<") and raw.endswith(">"):  # a list column: <"a", "b">
        raw = raw[1:-1]
    items = [(quoted or bare).strip() for quoted, bare in _ITEM.findall(raw) if (quoted or bare).strip()]
    kept = [re.sub(r"^(\d{1,2}:\d{2}):\d{2}$", r"\1", x) for x in items if x not in ("NA", "NULL", "<NA>")]
    return ", ".join(kept)


def glimpse_as_fields(text: str) -> str:
    """R console output with glimpse() rows -> each row a "Label: value" line, the console's own lines left out, the
    text it printed kept; any other note unchanged."""
    lines = text.split("\n")
    if sum(bool(_GLIMPSE.match(ln)) for ln in lines) < 3:
        return text
    out = []
    for ln in lines:
        m = _GLIMPSE.match(ln)
        if m:
            value = _glimpse_value(m.group(3))
            out += [field_line(m.group(1).replace(".", "_"), value)] if value else []
        elif not _CONSOLE.match(ln):
            out.append(ln)
    return "\n".join(out)


# "@cpt(90832)", "@start(11:00)", "@done": a TaskPaper tag, with or without its value
_TAG = re.compile(r"(?<![\w@])@([A-Za-z][\w-]*)(?:\(([^()\n]*)\))?")


def taskpaper_as_fields(text: str) -> str:
    """A TaskPaper outline with valued tags -> each item without its tags, the tags with a value as field lines under
    it ("CPT: 90832", "Start: 11:00"); any other note unchanged."""
    if sum(bool(m.group(2) and m.group(2).strip()) for m in _TAG.finditer(text)) < 2:
        return text
    out = []
    for ln in text.split("\n"):
        tags = list(_TAG.finditer(ln))
        if not tags:
            out.append(ln)
            continue
        item = _TAG.sub("", ln).rstrip()
        item = re.sub(r"\s+:$", ":", item)
        indent = re.match(r"\s*", ln).group(0)
        out += [item] if item.strip(" -:\t") else []
        out += [f"{indent}\t{label(t.group(1))}: {t.group(2).strip()}" for t in tags if t.group(2) and t.group(2).strip()]
    return "\n".join(out)
