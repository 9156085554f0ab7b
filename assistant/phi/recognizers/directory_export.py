"""Values of a directory or address-book export in LDIF, typed by their attribute: "givenName: Wren",
"mozillaNickName: birdie", "mozillaHomeStreet2: Apt B", "mozillaHomePostalCode: 52302", a birthday split into
"birthmonth: 04" and "birthday: 26", and the people inside a distinguished name ("member: cn=kit marlowe,mail=...").

An export lists each contact attribute by attribute, so a nickname in lowercase or a unit with no street before it
is typed by the attribute that holds it, not by how it reads. What each attribute holds is data
(phi/data/directory_attributes.yaml); a group's own "cn" ("Tue eve DBT skills") names the group, not a person."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.records import PhiSpan

_DATA = Path(__file__).resolve().parent.parent / "data" / "directory_attributes.yaml"
_KINDS = {"name": "NAME", "address": "ADDRESS", "organization": "ORGANIZATION_LINKED", "date": "DATE"}
# an LDIF record starts with its distinguished name: "dn: cn=Wren Okafor-Lisle,mail=wren.ol@proton.me"
_DN = re.compile(r"^dn:[ \t]*[A-Za-z][\w-]*=", re.M)
# "attribute: value" (a base64 value, "attribute:: ...", is not text and is left alone)
_LINE = re.compile(r"^([A-Za-z][\w-]{0,60}):(?!:)[ \t]*(\S[^\n]*?)[ \t]*$", re.M)
# one relative name inside a distinguished name: "cn=kit marlowe" (a comma escaped with a backslash stays inside)
_RDN = re.compile(r"([A-Za-z][\w-]{0,40})=((?:\\.|[^,+\\\n])+)")


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...] | frozenset[str]]:
    raw = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    return {k: tuple(v) if k in ("prefixes", "qualifiers") else frozenset(v) for k, v in raw.items()}


def attribute_kind(attribute: str) -> str | None:
    """An LDIF attribute ("mozillaHomePostalCode", "givenName", "l") -> the PHI type of its value, or None."""
    words, key = _words(), attribute.lower()
    for prefix in (p for p in words["prefixes"] if key.startswith(p) and len(key) > len(p)):
        key = key[len(prefix):]
        break
    for qualifier in (q for q in words["qualifiers"] if key.startswith(q) and len(key) > len(q)):
        key = key[len(qualifier):]
        break
    return next((kind for group, kind in _KINDS.items() if key in words[group]), None)


def _dn_values(value: str, start: int, person: bool) -> list[PhiSpan]:
    """A distinguished name -> spans of its typed parts; its "cn" is a person's only when the entry is a person."""
    out = []
    for m in _RDN.finditer(value):
        kind = attribute_kind(m.group(1))
        if kind is None or kind == "NAME" and not person:
            continue
        part = m.group(2).rstrip()
        out.append(PhiSpan(start + m.start(2), start + m.start(2) + len(part), kind, 0.9, "directory"))
    return out


def _entry(text: str, start: int, end: int) -> list[PhiSpan]:
    """One LDIF record (the lines between blank lines) -> spans of its typed values."""
    lines = list(_LINE.finditer(text, start, end))
    classes = {m.group(2).strip().lower() for m in lines if m.group(1).lower() == "objectclass"}
    person = not classes & _words()["not_person_classes"]
    out = []
    for m in lines:
        attribute, value = m.group(1).lower(), m.group(2)
        if attribute == "dn":
            out += _dn_values(value, m.start(2), person)
        elif attribute in _words()["person_dns"]:
            out += _dn_values(value, m.start(2), True)
        elif (kind := attribute_kind(attribute)) and (person or kind != "NAME") and re.search(r"[^\W_]", value):
            out.append(PhiSpan(m.start(2), m.end(2), kind, 0.9, "directory"))
    return out


def directory_machinery(text: str) -> list[tuple[int, int]]:
    """(start, end) of an LDIF export's structure: each line's attribute name with its colon and each key of a
    distinguished name with its "=" ("member: cn=" is never a person called "cn")."""
    if not _DN.search(text):
        return []
    out = []
    for m in _LINE.finditer(text):
        out.append((m.start(1), m.start(2)))
        if m.group(1).lower() == "dn" or m.group(1).lower() in _words()["person_dns"]:
            out += [(m.start(2) + r.start(1), m.start(2) + r.start(2)) for r in _RDN.finditer(m.group(2))]
    return out


def find_directory_values(text: str) -> list[PhiSpan]:
    """Text -> spans of the typed values of each record of an LDIF export (nothing when the text holds none)."""
    if not _DN.search(text):
        return []
    out = []
    for dn in _DN.finditer(text):
        blank = re.search(r"\n[ \t]*\n", text[dn.start():])
        out += _entry(text, dn.start(), dn.start() + blank.start() if blank else len(text))
    return out
