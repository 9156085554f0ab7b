"""Where a person lives, is held or works, in a form's labelled field: "HOUSING......... UNIT F, CELL 214-B",
"FACILITY: SNAKE HOLLOW CORRECTIONAL INSTITUTION", "County ............... Adams", "Employer    : Meridian Star
Cruise Lines". The label says what the value is, so the whole value is the identifier, however it is written
(capitals, a rural route, a direction from a landmark). The labels are data, below."""

from __future__ import annotations

import re

from assistant.phi.lexicon import STATE_ABBR_RE, STATE_NAME_RE
from assistant.records import PhiSpan

# label -> the type of its value. Only labels whose value is always about the person (never a clinical fact).
FIELD_LABELS = {
    "ADDRESS": ("housing", "housing unit", "residence", "physical address", "mailing",
                "mailing address", "home address", "street address", "address", "county", "county of residence",
                "release co.", "release county", "town", "village", "hometown", "place of birth", "birthplace",
                "lives at", "where you live", "location of residence", "barangay", "suburb", "parish of residence"),
    "ORGANIZATION_LINKED": ("facility", "institution", "employer", "place of employment", "school name", "name of school",
                            "congregation", "halfway house", "foster home", "group home"),
}
_LABEL_TYPE = {label: kind for kind, labels in FIELD_LABELS.items() for label in labels}
_LABELS = "|".join(re.escape(label) for label in sorted(_LABEL_TYPE, key=len, reverse=True))
# The label at the start of a line (or after a wide gap), then leader dots or a colon, then the value up to the
# end of the line or a gap of three or more spaces (the next field of a two-column form).
# The label starts a line or follows a gap of three spaces directly, so a long run of spaces is read once.
_FIELD = re.compile(r"(?im)(?:^[ \t]*+|(?<=[ \t]{3}))(%s)[ \t]*(?:\.{2,}|…+)?[ \t]*[:.]?[ \t]*(?:\.{2,}[ \t]*)?"
                    r"(?P<value>[^\s:][^\n]*?)(?=[ \t]{3,}|[ \t]*$)" % _LABELS)
_STATE = re.compile(r"(?<![\w-])(?:%s|%s)(?![\w-])" % (STATE_ABBR_RE, STATE_NAME_RE))  # never PHI
_EMPTY = re.compile(r"(?i)^(?:n/?a|none|unknown|same|same as above|see above|_+|-+|—|tbd|\[.*\])(?:$|[\s(,;])")


def find_leader_fields(text: str) -> list[PhiSpan]:
    """Text -> ADDRESS and ORGANIZATION_LINKED spans for the values of identity fields on forms."""
    spans = []
    for m in _FIELD.finditer(text):
        # the value is the field, not the sentence after it: "HC 61 Box 2207, Chiltah Wash, NM 87461. Lives with ..."
        value = re.split(r";|\.\s+(?=[A-Z])", m.group("value"))[0].rstrip(" \t.,;")
        label = m.group(1).lower()
        if not value or _EMPTY.match(value) or not re.search(r"[A-Za-z0-9]", value):
            continue
        if not re.search(r"\.{2,}|…|:", text[m.end(1):m.start("value")]):
            continue  # a label needs its leader or colon: "cell phone" or "school was hard" is prose
        start, kind = m.start("value"), _LABEL_TYPE[label]
        if kind == "ADDRESS" and re.match(r"\d{1,6}[A-Za-z]?\s+[A-Za-z]", value):
            value = value.split(",")[0]  # "417 Birchwood Lane, Fenwick": the street line; the town rules read the rest
        # a state is never PHI: an address is redacted around it ("417 Birchwood Lane, Fenwick, | OH | 44102")
        cuts = [(x.start(), x.end()) for x in _STATE.finditer(value)] if kind == "ADDRESS" else []
        edges = [0] + [e for c in cuts for e in c] + [len(value)]
        for a, b in zip(edges[::2], edges[1::2]):
            piece = value[a:b].strip(" ,|/")  # "Corrales Viejo / NM / 87048": a form's boxes
            if re.search(r"[A-Za-z0-9]", piece):
                at = start + a + value[a:b].index(piece)
                spans.append(PhiSpan(at, at + len(piece), kind, 0.8, "leader_field"))
    return spans


# A numbered field of a form, led by dots to its value: "N° d'assurance maladie (RAMQ) ............ KOWJ 8253 1512",
# "Chart no. ........ 55-20931". The label names a number (any language's "no." or "#"), the value carries digits.
_ID_FIELD = re.compile(r"(?im)^[ \t]*(?P<label>[^\n.:]{0,40}?(?:\bn[o\u00b0\u00ba]\.?(?=[\s(])|#|\b(?:num(?:ber|[e\u00e9]ro)|id|card|dossier|chart|"
                       r"policy|member|permit|licen[cs]e|registration|case)\b)[^\n.:]{0,30}?)[ \t]*(?:\.{3,}|\u2026+)[ \t]*"
                       r"(?P<value>[A-Za-z0-9][A-Za-z0-9 /-]{2,30}?)(?=[ \t]{3,}|[ \t]*$)")
# A device in a log's key=value fields: "device=Galaxy Tab A8 SN R9PT31XK", "mdm_id=CLN-TAB-07", "imei=35...".
# The value runs to the next key or a wide gap.
_LOG_DEVICE = re.compile(r"(?i)\b(?:device|device_id|mdm_id|mdm|serial|serial_no|sn|imei|udid|asset|asset_tag|kiosk|kiosk_id|"
                         r"tablet|tablet_id|hardware_id|terminal|terminal_id)=(?P<value>[^\s\"=]+(?:[ \t](?![^\s=]+=)[^\s\"=]+)*)")
_DATE_VALUE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$")
_PLAN_WORDS = re.compile(r"assurance|insurance|health|sant\u00e9|RAMQ|OHIP|medicaid|medicare|member|policy", re.I)


def find_id_fields(text: str) -> list[PhiSpan]:
    """Text -> OTHER_ID or HEALTH_PLAN_ID spans for the values of numbered fields led by dots; DEVICE_ID for a
    device's key=value in a log."""
    out = [PhiSpan(m.start("value"), m.end("value"), "DEVICE_ID", 0.8, "log_device") for m in _LOG_DEVICE.finditer(text)
           if re.search(r"\d", m.group("value"))]
    for m in _ID_FIELD.finditer(text):
        value = m.group("value").rstrip()
        if sum(c.isdigit() for c in value) < 4 or _DATE_VALUE.match(value):
            continue
        kind = "HEALTH_PLAN_ID" if _PLAN_WORDS.search(m.group("label")) else "OTHER_ID"
        out.append(PhiSpan(m.start("value"), m.start("value") + len(value), kind, 0.8, "leader_id"))
    return out

