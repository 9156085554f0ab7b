"""Notes that arrive as software output rather than as a note: a practice-management API's JSON, or an EHR screen
copied whole (menus, buttons and footer links around the note).

The rules read labelled fields and sentences, so a JSON record is written out as one "Label: value" line per filled
field ("signed_by" -> "Signed by: ..."; a field left null records nothing and is left out; a text field keeps its own
lines), and the screen's navigation bar, button row and footer links are dropped. Other notes come back unchanged.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

import yaml

from assistant.audit.catalog import HERE, cue

# An HTTP request line or a "Response:" label may come before the document: "GET /v2/notes/17  ->  200 OK".
_JSON_START = re.compile(r"^[^{\[\n]{0,120}\n?\s*(?=[{\[])")
_ISO_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
# A unit in the key itself: "duration_minutes": 54 is a 54-minute session.
_UNIT_KEY = re.compile(r"^(.*?)[ _-]?(minutes|mins|min|hours|hrs)$", re.I)


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Field-name words written in capitals as a label ("dos" -> "DOS", "cpt" -> "CPT"): labels.yaml."""
    data = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))
    return frozenset(w.lower() for w in data["abbreviations"])


@lru_cache(maxsize=1)
def _qualified_keys() -> frozenset[str]:
    """Keys read with their parent object's key ("tele": {"consent": ...} -> "Tele consent"): labels.yaml."""
    data = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))
    return frozenset(str(w).lower() for w in data["qualified_keys"])


@lru_cache(maxsize=1)
def _instruments() -> dict[str, str]:
    """A rating scale's key as a record writes it -> its name as a note writes it ("ybocs" -> "Y-BOCS"): labels.yaml."""
    data = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))
    return {str(k).lower(): str(v) for k, v in data["instruments"].items()}


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    """The words English field labels are made of (labels.yaml), for keys written as one run ("starttime")."""
    data = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))
    return frozenset(w for x in data["english"] for w in x.lower().split() if len(w) >= 3) | _abbreviations() \
        | frozenset(k for k in _instruments() if k.isalpha())


@lru_cache(maxsize=1024)
def _split_run(word: str) -> str:
    """A key written as label words run together -> the words ("starttime" -> "start time", "memberid" -> "member id");
    a word that is one label word, or is not made of them, stays as written."""
    lower, known = word.lower(), _label_words()
    if not word.islower() or lower in known or not lower.isalpha():
        return word
    best: dict[int, list[str]] = {0: []}
    for end in range(1, len(lower) + 1):
        splits = [best[s] + [lower[s:end]] for s in range(end) if s in best and lower[s:end] in known]
        if splits:
            best[end] = min(splits, key=len)
    return " ".join(best[len(lower)]) if len(best.get(len(lower), [])) >= 2 else word


def label(key: str) -> str:
    """A field's key as the note would write its label: "signed_by" -> "Signed by", "dos" -> "DOS", "starttime" ->
    "Start time"."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|[_\-.]+", " ", key).strip()
    words = " ".join(_split_run(w) for w in words.split(" "))
    words = " ".join(_instruments().get(w.lower()) or (w.upper() if w.lower() in _abbreviations() else w)
                     for w in words.split(" "))
    return words[:1].upper() + words[1:]


def field_line(key: str, value: str) -> str:
    """A column name and its value as the note would label it: ("signed_by", "A. Name") -> "Signed by: A. Name";
    a bare number under a key naming its unit keeps the unit ("duration_min", "47") -> "Duration: 47 min", and one
    under a key naming what it counts keeps that ("sessions", "20") -> "Sessions: 20 sessions"."""
    unit = _UNIT_KEY.match(key) if re.fullmatch(r"\d+(?:\.\d+)?", value.strip()) else None
    if unit and unit.group(1):
        return f"{label(unit.group(1))}: {value.strip()} {unit.group(2).lower()}"
    counted = _COUNT_KEY.search(key) if re.fullmatch(r"\d{1,3}", value.strip()) else None
    if counted:  # ("sessions", "12") -> "Sessions: 12 sessions": a count is read with what it counts
        return f"{label(key)}: {value.strip()} {counted.group(1).lower()}"
    return f"{label(key)}: {_value(value)}"


# A key naming what a bare number counts: "sessions", "planned_sessions", "n_visits", "weeks".
_COUNT_KEY = re.compile(r"(?:^|[ _-])(sessions|visits|weeks|months)$", re.I)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    m = _ISO_TIME.match(text)
    return f"{m.group(1)} {m.group(2)}:{m.group(3)}" if m else text


def _lines(key: str, value: object, out: list[str]) -> None:
    """One "Label: value" line per filled scalar; objects and lists are walked, their own keys labelling."""
    if value is None or value == "" or value == [] or value == {}:
        return  # nothing recorded
    if isinstance(value, dict):
        for k, v in value.items():
            _lines(f"{key}_{k}" if key and str(k).lower() in _qualified_keys() else k, v, out)
    elif isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
        out.append(f"{label(key)}: {', '.join(_value(v) for v in value)}")
    elif isinstance(value, list):
        for v in value:
            _lines(key, v, out)
    elif isinstance(value, str) and "\n" in value.strip():
        out.append(f"{label(key)}:")
        out.extend(value.strip().splitlines())
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        out.append(field_line(key, _value(value)))  # "duration_min": 47, "sessions": 20: the number with what it counts
    else:
        out.append(f"{label(key)}: {_value(value)}")


def json_lines(doc: object) -> list[str]:
    """A parsed JSON document -> its "Label: value" lines (empty fields left out)."""
    out: list[str] = []
    _lines("", doc, out)
    return out


def json_as_fields(text: str) -> str:
    """A note that is a JSON document (after at most a request line) -> labelled lines; any other note unchanged."""
    m = _JSON_START.match(text.lstrip())
    if not m:
        return text
    body = text.lstrip()[m.end():]
    try:
        doc = json.loads(body)
    except ValueError:
        doc = _json_lines_records(body)
        if doc is None:
            return text
    if not isinstance(doc, (dict, list)):
        return text
    out: list[str] = []
    _lines("", doc, out)
    return "\n".join(out) if out else text


def _json_lines_records(body: str) -> list | None:
    """A JSON Lines (NDJSON) log, one JSON object per line ("{"evt": "encounter.opened", ...}" then "{"evt":
    "risk.screen", ...}") -> its records in order; None unless every non-blank line is a JSON object and there are two."""
    records = []
    for line in body.splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            return None
        if not isinstance(record, dict):
            return None
        records.append(record)
    return records if len(records) >= 2 else None


_FIELDS = re.compile(r"\s{2,}|\t|\s*\|\s*")
_BUTTON = re.compile(r"^\[\s*[^\[\]]{1,30}?\s*\]$")


def _screen_chrome(line: str) -> bool:
    """A navigation bar (mostly menu words), a row of buttons ("[ Save ]  [ Print ]") or a footer of links."""
    fields = [f for f in _FIELDS.split(line.strip()) if f]
    if len(fields) >= 2 and all(_BUTTON.match(f) for f in fields):
        return True
    menu = cue("screen_menu")
    if len(fields) >= 4 and sum(bool(menu.fullmatch(f)) for f in fields) >= 0.75 * len(fields):
        return True
    return bool(cue("screen_footer").search(line)) and len(fields) >= 3


def without_screen_chrome(text: str) -> str:
    """A copied EHR screen -> the note without its menus, buttons and footer links; other notes unchanged."""
    lines = text.splitlines()
    kept = [ln for ln in lines if not _screen_chrome(ln)]
    return "\n".join(kept) if len(kept) != len(lines) else text


# A note kept as a TOML file by a notes tool: "[session]" tables over `key = value` lines, arrays in brackets,
# a narrative in a triple-quoted string. Times may lack seconds ("start = 16:00"), which strict TOML refuses, so
# the lines are read one by one rather than by a TOML parser.
_TOML_TABLE = re.compile(r"^\s*\[{1,2}[A-Za-z_][\w.-]*\]{1,2}\s*$")
_TOML_PAIR = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*=\s*(.*?)\s*$")
_TOML_EMPTY = re.compile(r"^(?:\[\s*\]|\{\s*\}|\"\"|''|)$")


def _toml_value(raw: str) -> str:
    """One TOML value -> the words it records: quotes dropped, an array's items joined, an inline table's pairs listed."""
    raw = raw.strip()
    if raw[:1] in "[{" and raw[-1:] in "]}":
        raw = raw[1:-1]
    raw = re.sub(r"\b([A-Za-z_][\w-]*)\s*=\s*", r"\1 ", raw)  # "{ today = 14 }" -> "today 14"
    raw = re.sub(r"[\"']([^\"']*)[\"']", r"\1", raw)
    return re.sub(r"\b(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?\b", r"\1 \2", raw).strip()


def toml_as_fields(text: str) -> str:
    """A note written as a TOML file -> "Label: value" lines (an empty array or string records nothing and is left
    out; a triple-quoted text keeps its own lines); any other note unchanged."""
    lines = text.splitlines()
    if sum(bool(_TOML_TABLE.match(ln)) for ln in lines) < 2 or sum(bool(_TOML_PAIR.match(ln)) for ln in lines) < 3:
        return text
    out, quoted = [], None
    for ln in lines:
        if quoted is not None:
            if ln.rstrip().endswith(quoted):
                quoted = None
                ln = ln.rstrip()[:-3]
            if ln.strip():
                out.append(ln)
            continue
        pair = _TOML_PAIR.match(ln)
        if not pair:
            out.append(ln)
            continue
        key, raw = pair.groups()
        opens = raw[:3] if raw[:3] in ('"""', "'''") else ""
        if opens and not (len(raw) > 3 and raw.endswith(opens)):
            out.append(f"{label(key)}:" + (f" {raw[3:]}" if raw[3:].strip() else ""))
            quoted = opens
        elif not _TOML_EMPTY.match(raw):
            out.append(f"{label(key)}: {_toml_value(raw)}")
    return "\n".join(out)
