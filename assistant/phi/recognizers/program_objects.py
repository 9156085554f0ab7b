"""Fields of the objects a program prints into a log or an export, typed by their key and by the object that holds
them: a Java or Kotlin toString ("Patient{id=P-1, name='FITZGERALD, RONAN P'}"), a Python repr ("Guarantor(name='Ana
Ruiz', addr1='12 Oak St')"), an INI section ("[Pharmacy]" over "Name=Holden Family Pharmacy"), an Apple property list
("<key>place</key><string>Brown St</string>") and an error message quoting a field ('subscriber.memberId "XK 4471"
does not match').

A key alone may not say what its value is: "name" is a person's inside Patient{...} and a business's inside
Pharmacy{...}, "line2" is an address's second line inside Address{...}, and "addr1" is an address line however
numbered. What the object is, and which keys are places, is data (phi/data/program_objects.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.phi.recognizers.json_fields import _pieces as address_pieces
from assistant.phi.recognizers.tables import kind_of_key
from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "program_objects.yaml"


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in yaml.safe_load(_DATA.read_text(encoding="utf-8")).items()}


def _key_words(key: str) -> str:
    """ "EmergencyContact" -> "emergency contact", "line_2" -> "line", "Insurance1" -> "insurance"."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key.split(".")[-1]).replace("_", " ").replace("-", " ")
    return re.sub(r"\s*\d+$", "", spaced).strip().lower()


def _object_kind(*names: str) -> str | None:
    """ "person", "business" or "address" for an object's class, section or holding key, else None."""
    words = _words()
    for name in names:
        spoken = _key_words(name)
        last = spoken.split()[-1] if spoken else ""
        for kind in ("address", "person", "business"):
            if spoken in words[kind] or last in words[kind]:
                return kind
    return None


_ID_KINDS = {"MRN", "HEALTH_PLAN_ID", "LICENSE", "OTHER_ID", "SSN", "PHONE", "FAX", "DEVICE_ID"}
_NULL = re.compile(r"(?i:null|none|nil|n/?a|true|false|yes|no|y|n|unknown|-+|\*+|0|\[\]|\{\})")
_ROOM = re.compile(r"(?i:room|rm|office|suite|ste|bay|desk|booth|group room)\.?[ \t]*#?[ \t]*\w{1,4}")  # "location='Room 3'"
_VERSION = re.compile(r"\d+\.\d+|\bv\d")  # "Stillpoint Journal 3.4" exported the file: a program, not a person
_NAME_VALUE = re.compile(r"[^\W\d_][\w'’.-]*(?:,?[ \t]+[^\W\d_][\w'’.-]*){0,3}")


def _field(key: str, start: int, value: str, owner: str | None) -> list[PhiSpan]:
    """One field's value -> its spans, by what its key says and what its object is."""
    lead = len(value) - len(value.lstrip())
    value, start = value.strip(), start + lead
    if not value or _NULL.fullmatch(value):
        return []
    words, spoken = _words(), _key_words(key)
    if spoken in words["place_keys"]:
        return [] if value.lower() in words["settings"] or _ROOM.fullmatch(value) else address_pieces(value, start)
    kind = kind_of_key(key) if not re.search(r"\d$", key) else kind_of_key(spoken.replace(" ", "_"))
    if kind is None and spoken in words["name_keys"] and owner:
        kind = "NAME" if owner == "person" else "ORGANIZATION_LINKED"
    if kind is None and owner == "address" and spoken in words["address_keys"]:
        kind = "ADDRESS"
    if kind is None and spoken in words["business_keys"]:
        kind = "ORGANIZATION_LINKED"  # employer='Northfork Timber', facility='Cedar Bluff Counseling'
    if kind == "NAME":
        if _VERSION.search(value) or "@" in value or "/" in value:
            return []
        m = _NAME_VALUE.match(value)  # "Declan (spouse) 5085550178": the name, not the note about them
        return [PhiSpan(start + m.start(), start + m.end(), "NAME", 0.8, "structured")] if m else []
    if kind == "ADDRESS" and "," in value:
        return address_pieces(value, start)
    if kind in _ID_KINDS and (len(re.findall(r"\d", value)) < 3 or re.search(r"[a-z]{3,}", value)):
        return []  # "AuthUnits=12 visits" counts what was authorised; an identifier is mostly digits
    return [PhiSpan(start, start + len(value), kind, 0.8, "structured")] if kind else []


# An object printed by its class: "Patient{", "Subscriber(", "Address{" with a field right inside.
_OBJECT = re.compile(r"(?:(?<![\w.])([A-Za-z_]\w{0,40})[ \t]*[=:][ \t]*)?\b([A-Z]\w{1,40})[{(](?=[ \t]*[A-Za-z_]\w*[ \t]*=)")
_FIELD = re.compile(r"(?<![\w.])([A-Za-z_]\w{0,40})[ \t]*=[ \t]*(?:'([^'\n]{0,120})'|\"([^\"\n]{0,120})\"|"
                    r"([^\s,'\"{}()\[\]=]{1,80})(?=[\s,)}\]]|$))")


def _body(text: str, opened: int) -> str:
    """The object's own text after its brace, nested objects and the rest of the text blanked (same offsets)."""
    out, depth, quote = [], 0, ""
    for i in range(opened + 1, min(len(text), opened + 4000)):
        c = text[i]
        if quote:
            quote = "" if c == quote else quote
        elif c in "'\"":
            quote = c
        elif c in "{([":
            depth += 1
        elif c in "})]":
            if depth == 0:
                break
            depth -= 1
        out.append(c if depth == 0 or c in "{([" and depth == 1 else " ")
    return "".join(out)


def _objects(text: str) -> list[PhiSpan]:
    out = []
    for m in _OBJECT.finditer(text):
        owner = _object_kind(m.group(2), m.group(1) or "")
        body = _body(text, m.end(2))
        for f in _FIELD.finditer(body):
            g = next(g for g in (2, 3, 4) if f.group(g) is not None)
            out += _field(f.group(1), m.end(2) + 1 + f.start(g), f.group(g), owner)
    return out


_SECTION = re.compile(r"^[ \t]*\[([A-Za-z][\w .-]{0,40})\][ \t]*$", re.M)
_INI_LINE = re.compile(r"^[ \t]*([A-Za-z][\w.-]{0,40})[ \t]*=([^\n]*)$", re.M)


def _ini(text: str) -> list[PhiSpan]:
    """Key=Value lines of an INI file's sections: the value runs to the line's end, typed by key and section."""
    sections = list(_SECTION.finditer(text))
    out = []
    for i, sec in enumerate(sections):
        end = sections[i + 1].start() if i + 1 < len(sections) else len(text)
        owner = _object_kind(sec.group(1))
        for line in _INI_LINE.finditer(text, sec.end(), end):
            out += _field(line.group(1), line.start(2), line.group(2), owner)
    return out


_PLIST = re.compile(r"<key>([^<\n]{1,60})</key>\s*<string>([^<\n]{1,200})</string>")
# A field quoted in a program's message: 'subscriber.memberId "ODS 44817 2209" does not match', "lastName 'O''Hara' too
# long". The key is written as code (a dotted path, camelCase or snake_case), so prose's quotes are left alone.
_QUOTED_FIELD = re.compile(r"(?<![\w.])((?:[A-Za-z_]\w*\.)*)([a-z]{2,}(?:[A-Z][a-z0-9]*)+|[A-Za-z]+_\w+|(?<=\.)[A-Za-z]\w*)"
                           r"[ \t]+([\"'“])([^\"'”\n]{1,80})[\"'”]")


def find_program_fields(text: str) -> list[PhiSpan]:
    """Text -> spans of identifying values in printed objects, INI sections, property lists and quoted fields."""
    out = _objects(text) if "=" in text else []
    out += _ini(text) if "[" in text and "=" in text else []
    if "<key>" in text:
        out += [sp for m in _PLIST.finditer(text) for sp in _field(m.group(1), m.start(2), m.group(2), None)]
    for m in _QUOTED_FIELD.finditer(text):
        owner = _object_kind(*m.group(1).rstrip(".").split(".")[-1:]) if m.group(1) else None
        out += _field(m.group(2), m.start(4), m.group(4), owner)
    return out
