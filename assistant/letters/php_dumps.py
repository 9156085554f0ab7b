"""PHP's var_dump and print_r: a record printed as '["key"]=>' over a typed value ('string(12) "PENDING_AUTH"',
'int(19)', 'NULL', 'array(3) {') or as '[key] => value'. Each pair is rewritten as the arrow pair the other dumps use
("'key' => 'value',"), so letters/hash_dumps.py reads it as fields and scored objects."""
from __future__ import annotations

import re

_KEY = re.compile(r'^(?P<pad>\s*)\[(?:"(?P<key>[^"\n]{1,60})"|(?P<idx>\d{1,4}))(?::[^\]\n]*)?\]\s*=>\s*$')
_VALUE = re.compile(r'^\s*(?:string\(\d+\)\s*"(?P<s>.*)"|(?:int|float|double)\((?P<n>-?[\d.]+)\)|bool\((?P<b>true|false)\)|(?P<null>NULL)|'
                    r'(?:array\(\d+\)|object\([^()\n]*\)(?:#\d+)?\s*\(\d+\))\s*(?P<open>\{))\s*$')
_TOP = re.compile(r"^(\s*)(?:array\(\d+\)|object\([^()\n]*\)(?:#\d+)?\s*\(\d+\))\s*\{\s*$")
_PRINT_R = re.compile(r"^(?P<pad>\s*)\[(?P<key>[A-Za-z_][\w -]{0,40}|\d{1,4})\] => (?P<val>.*?)\s*$")


def php_pairs(note: str) -> str:
    """A var_dump or print_r printout (five or more pairs) -> arrow pair lines; anything else unchanged."""
    lines = note.split("\n")
    if sum(bool(_KEY.match(x)) for x in lines) >= 5:
        return "\n".join(_var_dump(lines))
    if sum(bool(_PRINT_R.match(x)) for x in lines) >= 5:
        return "\n".join(_print_r(lines))
    return note


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '\\"') + '"'


def _var_dump(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        key, value = _KEY.match(lines[i]), _VALUE.match(lines[i + 1]) if i + 1 < len(lines) else None
        if key and value:
            pad, name = key.group("pad"), key.group("key")
            if value.group("open"):
                shown = "{"
            elif value.group("null"):
                shown = "undef"
            else:
                shown = _quoted(value.group("s")) if value.group("s") is not None else (value.group("n") or value.group("b"))
            out.append(f"{pad}'{name}' => {shown}," if name else (f"{pad}{shown}," if shown != "{" else f"{pad}{{"))
            i += 2
            continue
        top = _TOP.match(lines[i])
        out.append(f"{top.group(1)}{{" if top else lines[i])
        i += 1
    return out


def _print_r(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        m = _PRINT_R.match(line)
        if not m:
            out.append("" if line.strip() in ("Array", "(", ")") or re.fullmatch(r"\s*\w+ Object", line) else line)
        elif m.group("val") in ("Array", "") or re.fullmatch(r"\w+ Object", m.group("val")):
            out.append(f"{m.group('pad')}'{m.group('key')}' => {{")
        elif m.group("key").isdigit():
            out.append(f"{m.group('pad')}{_quoted(m.group('val'))},")
        else:
            out.append(f"{m.group('pad')}'{m.group('key')}' => {_quoted(m.group('val'))},")
    return out
