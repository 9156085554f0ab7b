"""A note kept as Lisp s-expressions by a notes tool, read as labelled fields.

A clinician's Emacs notes tool may export each visit as a form such as `(session :dos "2026-10-27" :start "16:00"
:cpt ("90837") :dx (("F41.0" . "Panic disorder")) :signed (:by "A. Name" :cred "LPC"))`, with ";" comments and nil
for a field left empty. The rules read labelled fields, so each keyword's value is written as a "Label: value" line
(record_fields.py): a plist is a nested record, a list of strings a repeated field, a dotted pair its two halves
("F41.0 Panic disorder"), nil nothing. Other notes come back unchanged.
"""

from __future__ import annotations

import re
from typing import Union

from assistant.audit.record_fields import Message, record_lines

_TOKEN = re.compile(r"\s+|;[^\n]*|\"(?:[^\"\\]|\\.)*\"|[()]|'|[^\s()\";']+")
_KEYWORD = re.compile(r":[A-Za-z][\w-]*")
Value = Union[str, Message, list]


def _tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text) if t.strip() and not t.startswith(";") and t != "'"]


def _read(tokens: list[str], at: int) -> tuple[object, int]:
    """One datum from tokens[at] -> (a string, or a list of data; a dotted pair as a 2-tuple), the next index."""
    token = tokens[at]
    if token == ")":
        raise ValueError("unexpected close")
    if token != "(":
        return (token[1:-1].replace('\\"', '"') if token.startswith('"') else token), at + 1
    items: list = []
    at += 1
    while tokens[at] != ")":
        if tokens[at] == "." and len(items) == 1:  # a dotted pair: ("F41.0" . "Panic disorder")
            second, at = _read(tokens, at + 1)
            if tokens[at] != ")":
                raise ValueError("not a pair")
            return (items[0], second), at + 1
        item, at = _read(tokens, at)
        items.append(item)
    return items, at + 1


def _plist(items: list) -> bool:
    return len(items) >= 2 and len(items) % 2 == 0 and all(isinstance(k, str) and _KEYWORD.fullmatch(k) for k in items[::2])


def _value(datum: object) -> Value:
    """A datum -> text, a record (a plist), or a list of values; nil and () record nothing ('')."""
    if isinstance(datum, tuple):
        return " ".join(str(_value(x)) for x in datum)
    if isinstance(datum, str):
        return "" if datum == "nil" else "yes" if datum == "t" else datum
    if _plist(datum):
        return _fields(datum)
    return [_value(x) for x in datum]


def _each(value: Value) -> list[Union[str, Message]]:
    """A value -> the values of a repeated field: a list's items (a list within it read the same), else itself."""
    if isinstance(value, list) and not _is_record(value):
        return [v for x in value for v in _each(x)]
    return [value]


def _is_record(value: list) -> bool:
    return bool(value) and all(isinstance(x, tuple) for x in value)


def _fields(items: list) -> Message:
    return [(key[1:], v) for key, datum in zip(items[::2], items[1::2]) for v in _each(_value(datum))]


def sexp_as_fields(text: str) -> str:
    """A note that is one or more (name :key value ...) forms -> their "Label: value" lines, a blank line between
    forms; any other note unchanged."""
    body = re.sub(r";[^\n]*", "", text).strip()
    if not (body.startswith("(") and body.endswith(")") and _KEYWORD.search(body)):
        return text
    tokens = _tokens(text)
    forms, at = [], 0
    try:
        while at < len(tokens):
            form, at = _read(tokens, at)
            if not isinstance(form, list) or not form or not isinstance(form[0], str) or not _plist(form[1:]):
                return text
            forms.append(_fields(form[1:]))
    except (ValueError, IndexError):
        return text
    return "\n\n".join("\n".join(record_lines(f)) for f in forms) or text
