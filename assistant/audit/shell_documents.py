"""A note copied from a document database's shell: the query at its prompt, then the documents it printed as
JavaScript object literals (MongoDB's shell writes keys without quotes, strings in single quotes, a date as
ISODate('2026-11-12T19:00:00.000Z'), an id as ObjectId('...'), and leaves a comma after the last field).

The rules read labelled fields, so the documents are read as the JSON they stand for and written out the way a JSON
record is (exports.py: one "Label: value" line per filled field; a field that is null, empty or {} records nothing and
is left out, so "response: null" is no response). The prompt line is the query, not the note, and is dropped. Other
notes come back unchanged.
"""

from __future__ import annotations

import json
import re

from assistant.audit.exports import json_lines

# One token of a shell's object literal: a string in either quotes, a name, a number, a mark; spaces and comments between.
_TOKEN = re.compile(r"""\s+|//[^\n]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[A-Za-z_$][\w$]*|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[{}\[\]:,()]""")
# A shell's prompt before the query ("clinic> ", "rs0 [primary] clinic> ", "Atlas shard-0 [primary] test> ", "> ") or its paging hint ('Type "it" for more').
_PROMPT = re.compile(r"^\s*(?:[\w.:-]+\s+|\[[\w.-]+\]\s+){0,3}[\w.-]*>\s|^\s*Type \"it\" for more", re.I)
_LITERALS = {"true": "true", "false": "false", "null": "null", "undefined": "null"}
# A value the shell wraps in its type ("ISODate('...')", "NumberLong(42)", "new Date('...')"): read as the value inside.
_WRAPPER = re.compile(r"(?:ObjectId|ISODate|Date|NumberInt|NumberLong|NumberDecimal|Decimal128|Int32|Long|Double|UUID|"
                      r"Timestamp|BinData)$")


def _string(token: str) -> str:
    if token[0] == '"':
        return token
    inner = re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), token[1:-1])
    return json.dumps(inner, ensure_ascii=False)


def _as_json(body: str) -> str | None:
    """An object literal as the shell prints it -> the same as JSON text, or None when it holds anything else."""
    tokens, pos = [], 0
    while pos < len(body):
        m = _TOKEN.match(body, pos)
        if not m:
            return None  # a character no token covers: not an object literal
        if m.group(0).strip() and not m.group(0).startswith("//"):
            tokens.append(m.group(0))
        pos = m.end()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        t, nxt = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else ""
        if t == "new":
            i += 1
            continue
        if re.match(r"[A-Za-z_$]", t) and nxt == ":":
            out.append(json.dumps(t))
        elif re.match(r"[A-Za-z_$]", t) and nxt == "(":
            if not _WRAPPER.match(t):
                return None
            close = tokens.index(")", i) if ")" in tokens[i:] else -1
            args = [a for a in tokens[i + 2:close] if a != ","]
            if close < 0 or len(args) > 1:
                return None
            out.append(_string(args[0]) if args and args[0][0] in "'\"" else (args[0] if args else "null"))
            i = close
        elif re.match(r"[A-Za-z_$]", t):
            if t not in _LITERALS:
                return None
            out.append(_LITERALS[t])
        elif t[0] in "'\"":
            out.append(_string(t))
        elif t == "," and nxt in ("}", "]", ""):
            pass  # the comma the shell leaves after a last field
        else:
            out.append(t)
        i += 1
    return "".join(out)


def shell_documents_as_fields(text: str) -> str:
    """A database shell's printed documents (after its prompt and query) -> labelled lines; any other note unchanged."""
    lines = text.splitlines()
    start = next((i for i, ln in enumerate(lines) if ln.strip()[:1] in ("{", "[")), None)
    if start is None or start > 3 or not all(_PROMPT.match(ln) or not ln.strip() for ln in lines[:start]):
        return text
    end = max((i for i, ln in enumerate(lines) if ln.strip()[-1:] in ("}", "]")), default=-1)
    if end < start or any(ln.strip() and not _PROMPT.match(ln) for ln in lines[end + 1:]):
        return text
    body = "\n".join(lines[start:end + 1])
    if not re.search(r"(?:^|[{,])\s*[A-Za-z_$][\w$]*\s*:", body, re.M):
        return text  # keys in quotes: plain JSON, which exports.py reads
    converted = _as_json(body)
    if converted is None:
        return text
    documents, decoder, at = [], json.JSONDecoder(), 0
    try:
        while at < len(converted):
            doc, at = decoder.raw_decode(converted, at)
            documents.append(doc)
    except ValueError:
        return text
    out = json_lines(documents if len(documents) > 1 else documents[0])
    return "\n".join(out) if out else text
