"""The name a diagnosis code is written with, and the DSM name a diagnosis text refers to."""
from __future__ import annotations

import re

from assistant.letters import patterns as P

_JOINER = re.compile(r"^(?:and|or|with|plus|as well as|&)\b", re.I)
# "<name>, F50.82 - fear-of-choking presentation": a dash after the code opens a specifier of the name before it
_DASH_AFTER = re.compile(r"^\s*[-\u2013\u2014]\s")
# A form's label for the words that name the code, between the code and its name ("Description:", "Dx name:")
_NAME_LABEL = re.compile(r"^(?:(?:dx|diagnosis|diagnostic|code|icd)\s+)?(?:description|desc|name|narrative|text|term|title|label)\s*[:=]\s*", re.I)
_CODE_LABEL_END = re.compile(r"\s*\b(?:ICD[- ]?10(?:[- ]?CM)?|ICD|DSM(?:[- ]?5(?:[- ]?TR)?)?|dx|code)\W*$", re.I)


def code_name(text: str, m: re.Match[str]) -> str:
    """The name written with an ICD-10 code: after it ("F41.1 Generalized anxiety disorder") or before it
    ("Generalized anxiety disorder (F41.1)"); a DSM name before the code with a dash and words after it ("Avoidant/
    restrictive food intake disorder (ARFID), F50.82 - fear-of-choking presentation") is the name, the words its specifier."""
    after = _NAME_LABEL.sub("", text[m.end():].lstrip(" -:\u2013\u2014"))  # "F33.2     Description: Major depressive ..."
    if (after[:1].isalpha() or re.match(r"<[A-Z_]+_\d+>\s+\w", after)) and not _JOINER.match(after):
        # a column gap (three spaces or a tab) ends the field: "F43.12 PTSD, chronic      Secondary: ____"
        name = re.split(r"[.;(\n\t]|[ ]{3,}|\s[A-TV-Z]\d{2}\.", after)[0]
        if _DASH_AFTER.match(text[m.end():]) and not canonical_diagnosis(name):
            before = _name_before(text, m)
            if canonical_diagnosis(before) and len(before.split()) <= 12 and text[:m.start()].rstrip()[-1:] in (",", ")", ":"):
                name = "%s, %s" % (before.strip(" ,-"), name.strip(" ,-"))
    else:
        name = _name_before(text, m)
    name = _CODE_LABEL_END.sub("", name)  # "Primary: OCD, with good or fair insight      ICD-10-CM: F42.2"
    # a name in two languages ("... porucha / Depersonalization-derealization disorder"): the DSM's, else the ASCII part
    parts = [x.strip() for x in name.split(" / ")]
    if len(parts) == 2:
        name = next((x for x in parts if canonical_diagnosis(x)), None) or next((x for x in parts if x.isascii()), name)
    return re.sub(r"\s+", " ", name).strip(" ,-")


def _name_before(text: str, m: re.Match[str]) -> str:
    """ "Generalized anxiety disorder (F41.1)", "... features F33.2 and panic disorder F41.0": the tail of the text before
    the code, back to the code or the separator before it."""
    head = text[:m.start()].rstrip(" (-:\u2013\u2014")
    # a bracket closed before the code is part of the name: "amphetamine-type (methamphetamine), severe - F15.20"
    masked = re.sub(r"\([^()]*\)", lambda x: "_" * len(x.group(0)), head)
    cut = [x.end() for x in re.finditer(r"[:;(]|\.\s|\b[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?\b", masked)]
    before = head[cut[-1] if cut else 0:]
    before = re.sub(r"^[\s,]*(?:and|or|with|plus|as well as|&)\s+", "", before, flags=re.I)
    named = [x for _, rx in P.DIAGNOSIS_RES for x in rx.finditer(before)] + list(P.DIAGNOSIS_ABBREV.finditer(before))
    start = min((x.start() for x in named), default=None)
    # no DSM name: the phrase before the code, whole when it is short, never opening on a joining word
    words = before.split()
    name = before[start:] if start is not None else " ".join(words if len(words) <= 10 else words[-6:])
    return re.sub(r"^(?:and|or|with|plus|to|of|the|a|an|&)\s+", "", name.strip(), flags=re.I)


def canonical_diagnosis(text: str) -> str | None:
    """The canonical DSM name a diagnosis text refers to, if it is in the vocabulary."""
    abbrev = P.DIAGNOSIS_ABBREV.search(text)
    full = next((name for name, rx in P.DIAGNOSIS_RES if rx.search(text)), None)
    return full or (P.ABBREV_CANON[abbrev.group(1)] if abbrev else None)
