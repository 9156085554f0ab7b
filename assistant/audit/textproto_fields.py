"""A note kept as a Protocol Buffers text-format message (a textproto), read as labelled fields.

A practice's note pipeline may hand a note on as a textproto: "# proto-message: notes.v3.ProgressNote" over fields
such as `date_of_service { year: 2026 month: 11 day: 18 }`, `modality: IN_PERSON`, a repeated `interventions: "..."`
and nested messages (`signature { signer: "A. Name" credential: "LMHC" }`). The rules read labelled fields, so each
field is written as a "Label: value" line (record_fields.py: a message that holds a date or a time as its parts is
that date, "Date of service: 2026-11-18"; a repeated field is one line of its values), and an enum value is its words
("in person"). Other notes come back unchanged.
"""

from __future__ import annotations

import re

from assistant.audit.record_fields import Message, record_lines

_TOKEN = re.compile(r"\s+|#[^\n]*|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|\[[\w./]+\]|[A-Za-z_][\w.]*|[-+]?[\d.]+(?:[eE][-+]?\d+)?[fF]?|[:{}<>\[\],;]")
# A field line of the format: a name, then ":" and a value or "{" / "<" opening a message; or a message's close.
_LINE = re.compile(r"^\s*(?:(?:[A-Za-z_]\w*|\[[\w./]+\])\s*(?::\s*\S|[{<])|[}>]\s*[,;]?\s*$|#)")
_OPENS = re.compile(r"^\s*(?:[A-Za-z_]\w*|\[[\w./]+\])\s*:?\s*[{<]")  # a field that is a message
_NAME = re.compile(r"[A-Za-z_][\w.]*|\[[\w./]+\]")
_VALUE = re.compile(r"[\"'].*|[A-Za-z_][\w.]*|[-+]?[\d.]+(?:[eE][-+]?\d+)?[fF]?")


def _tokens(text: str) -> list[str] | None:
    out, at = [], 0
    while at < len(text):
        m = _TOKEN.match(text, at)
        if not m:
            return None
        if not m.group(0).isspace() and not m.group(0).startswith("#"):
            out.append(m.group(0))
        at = m.end()
    return out


def _scalar(token: str) -> str:
    if token[:1] in "\"'":
        return re.sub(r"\\(.)", r"\1", token[1:-1])
    if token in ("true", "false", "True", "False"):
        return "yes" if token.lower() == "true" else "no"
    if re.fullmatch(r"[A-Z][A-Z0-9_]+", token):
        return token.replace("_", " ").lower()  # an enum value: IN_PERSON -> "in person"
    return token


def _message(tokens: list[str], at: int, close: str) -> tuple[Message, int]:
    """The fields from tokens[at] up to `close` ('' for the end) -> (fields, the index after the close)."""
    fields: Message = []
    while at < len(tokens) and tokens[at] != close:
        if not _NAME.fullmatch(tokens[at]):
            raise ValueError("not a field name")
        name = tokens[at].strip("[]")
        at += 1
        colon = tokens[at:at + 1] == [":"]
        at += colon
        opening = tokens[at] if at < len(tokens) else ""
        if not colon and opening not in ("{", "<"):
            raise ValueError("a plain value needs its colon")  # (only a message may follow its name directly)
        if opening in ("{", "<"):
            value, at = _message(tokens, at + 1, "}" if opening == "{" else ">")
            fields.append((name, value))
        elif opening == "[":  # a list of scalars: cpt: ["90834", "90785"]
            at += 1
            while tokens[at] != "]":
                if tokens[at] != ",":
                    fields.append((name, _scalar(tokens[at])))
                at += 1
            at += 1
        else:
            if not _VALUE.fullmatch(opening):
                raise ValueError("not a value")
            parts = [opening]  # adjacent strings are one value: "a" "b"
            while at + 1 < len(tokens) and tokens[at][:1] == '"' and tokens[at + 1][:1] == '"':
                at += 1
                parts.append(tokens[at])
            fields.append((name, "".join(_scalar(p) for p in parts)))
            at += 1
        while at < len(tokens) and tokens[at] in (",", ";"):
            at += 1
    if close and at >= len(tokens):
        raise ValueError("unclosed message")
    return fields, at + 1


def textproto_as_fields(text: str) -> str:
    """A note that is a textproto message -> "Label: value" lines; any other note unchanged."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 4 or not all(_LINE.match(ln) for ln in lines) or not any(_OPENS.match(ln) for ln in lines):
        return text
    tokens = _tokens(text)
    try:
        fields, _ = _message(tokens or [], 0, "")
    except (ValueError, IndexError):
        return text
    out = record_lines(fields)
    return "\n".join(out) if tokens and out else text
