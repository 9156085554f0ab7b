"""An EHR's XML export read as fields: each element's name is the label of its text ("<Goal>PHQ-9 under 10</Goal>" ->
"Goal: PHQ-9 under 10"), attribute values follow ("<Measure name="GAD-7" value="12" date="..."/>" -> "Measure: GAD-7 12
..."), grouping elements become headings and the declaration goes. A note that is not XML is returned unchanged."""
from __future__ import annotations

import re

_DECLARATION = re.compile(r"^[ \t]*+<\?xml[^>]*\?>[ \t]*$", re.M)
_ELEMENT_LINE = re.compile(r"^\s*<([A-Za-z][\w.-]*)([^<>]*?)(/?)>(.*?)(?:</\1>)?\s*$")
_CLOSING = re.compile(r"^\s*</([A-Za-z][\w.-]*)>\s*$")
_ATTR = re.compile(r"([A-Za-z][\w.-]*)\s*=\s*\"([^\"]*)\"")
_TRAILING_CLOSE = re.compile(r"</[A-Za-z][\w.-]*>\s*$")


def _words(tag: str) -> str:
    """ "TreatmentPlan" -> "Treatment Plan", "signed_by" -> "Signed by"."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", tag).replace("_", " ").replace("-", " ").strip()
    return spaced[:1].upper() + spaced[1:]


_BARE = {"name", "value", "text", "code", "label", "type", "description", "title", "score", "result"}


def _attribute(key: str, value: str) -> str:
    """ "name"/"value"/"code" give their value alone, a date its "on", any other key its own name ("next review ...")."""
    if key.lower() in _BARE:
        return value
    if key.lower() in ("date", "dos", "when"):
        return f"on {value}"
    return f"{_words(key).lower()} {value}"


_HTML = re.compile(r"(?i)</?(?:p|br|li|ol|ul|div|b|i|u|em|strong|span|font|table|tr|td|th|h[1-6]|html|body|head)\b[^>]*>")


_PLACEHOLDER = re.compile(r"<[A-Z]+(?:_[A-Z]+)*_\d+>")  # "<PERSON_3>": a redacted value, never an element


def _is_xml(note: str) -> bool:
    if _DECLARATION.search(note):
        return True
    if _HTML.search(note):
        return False  # HTML markup is read as prose by plain_html
    note = _PLACEHOLDER.sub("X", note)
    tagged = sum(bool(re.match(r"^\s*</?[A-Za-z][\w.-]*(?:\s[^<>]*)?/?>", line)) for line in note.splitlines())
    return tagged >= 5 and tagged * 2 >= len([line for line in note.splitlines() if line.strip()])


def plain_xml(note: str) -> str:
    """An XML export -> one labelled field per element line (see above)."""
    if "<" not in note or not _is_xml(note):
        return note
    out = []
    for line in note.splitlines():
        if _DECLARATION.match(line) or not line.strip():
            continue
        if _CLOSING.match(line):
            out.append("")
            continue
        m = None if _PLACEHOLDER.match(line.strip()) else _ELEMENT_LINE.match(line)
        if m is None:
            out.append(_TRAILING_CLOSE.sub("", line))
            continue
        tag, attrs, _, text = m.groups()
        values = [_attribute(k, v) for k, v in _ATTR.findall(attrs) if v and k.lower() not in ("id", "status", "version", "encoding")]
        text = _TRAILING_CLOSE.sub("", text).strip()
        if not text and not values:
            out.append(_words(tag))  # a grouping element ("<Diagnoses>") heads what follows
            continue
        body = " ".join([text] if text else []) + (f" ({', '.join(values)})" if text and values else " ".join(values))
        out.append(f"{_words(tag)}: {body.strip()}")
    return "\n".join(out)
