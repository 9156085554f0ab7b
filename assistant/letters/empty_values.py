"""Fields and sentences that document nothing: a value left to be filled ("Est. LOS .... TBD", "Step-down criteria
.........", "Meds: #ERROR!"), a word that only says the topic was touched ("Medications: reviewed."), a pointer to
another document ("Risk screening: see psychiatry consult", "Discharge criteria per program policy"), or a note that
the information will come later ("Prior treatment section is still in the scanning queue; will attach when available"),
or a to-do whose check box is left unticked ("[ ] do C-SSRS next session"), or an errand about what the letter must
still say ("need to spell out why weekly isn't enough").
Such a line is no evidence for the element it names: the checklist asks for it instead.

The vocabulary is data (assistant/data/empty_values.yaml). "None" is a value: "Prior treatment: none" documents it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

_DATA = Path(__file__).resolve().parent.parent / "data" / "empty_values.yaml"
# "Label: value", "Label ..... value", "Label = value"; the label is a short phrase.
_FIELD = re.compile(r"^\W{0,3}(?P<label>[A-Za-z][^:=\n]{0,50}?)\s*(?::|=|\.{3,}|\u2026+|\s[-\u2013\u2014]\s)[\s.\u2026]*(?P<value>.*?)\s*$")
# "<the topic> per program policy.", "<the topic> see attached." : a short phrase and a pointer, nothing else.
_TOPIC_THEN = re.compile(r"^\W{0,3}(?P<label>[A-Za-z][\w /()'-]{0,50}?)\s+(?P<value>(?:see|per|as per|refer to)\b.*?)\s*$", re.I)
# A to-do left unticked is a task not done: "[Important] safety \u2610 do C-SSRS", "- [ ] send release to PCP". (An
# unticked goal, "[ ] camera on in 2 meetings a week", is still a goal: only items that start with an errand count.)
# ... or that names what is still to be written, then the errand after an arrow: "- [ ] d/c criteria + est. LOS -> ask team Mon"
_UNTICKED = re.compile(r"^\W{0,3}(?:\[[A-Za-z][\w ]{0,20}\]\s*)?(?:[A-Za-z]+:?\s+)?(?:\u2610|\[\s?\])\s*(?:[^\n\[\]]{1,60}?(?:->|\u2192|=>)\s*)?"
                       r"(?:do|give|administer|send|call|schedule|get|obtain|ask|check|update|fax|e-?mail|request|repeat|redo|finish|"
                       r"re-?screen|screen|write|draft|add)\b", re.I)
# An errand about the record rather than the record: "need to spell out why weekly isn't enough -- haven't written that
# down anywhere", "Dr. F says the letter has to explain why weekly is not enough", "we still have to add the goals".
_ERRAND = re.compile(r"^\W*(?:(?:I|we)\s+)?(?:still\s+)?(?:need|have|must|should|got|want)\s+to\s+(?:spell out|explain|write|document|"
                     r"describe|say|add|put (?:in|down)|justify|make the case|include|list)\b|\b(?:the|this|my|our)\s+(?:letter|appeal|"
                     r"request|packet|reconsideration|redetermination)\s+(?:has|needs|ought|must|should)\s+to\b|\b(?:haven['\u2019]?t|have not|"
                     r"never)\s+(?:written|documented|put)\s+(?:that|it|this|them)\b", re.I)
_TICKED = re.compile(r"[\u2611\u2612\u2713\u2714]|\[[xX\u2713]\]")
_CLAUSES = re.compile(r"\s*[;]\s*|\s*,\s+(?=will\b)")
_TOPIC = r"(?:[A-Za-z][\w /()'-]{0,60}?\s+(?:is|are|was|were)\s+)?"  # "The prior treatment section is still ..."


@lru_cache(maxsize=1)
def _nothing() -> re.Pattern[str]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    words = [w for group in data.values() for w in group]
    return re.compile(r"^(?:%s)$" % "|".join("(?:%s)" % w for w in words), re.I)


def _empty(value: str) -> bool:
    value = re.sub(r"\s*\([^()]*\)\s*$", "", value.strip()).strip(" .;,!")  # "(ran out of time)" adds nothing
    if not value or _nothing().match(value):
        return True
    # the placeholder, then why ("not yet obtained - pt too fatigued; will complete next week"): nothing, if no figure follows
    head = re.split(r"\s+[-\u2013\u2014]\s+|\s*;\s*", value, maxsplit=1)
    return len(head) == 2 and bool(_nothing().match(head[0].strip(" .,"))) and not re.search(r"\d", head[1])


def says_nothing(text: str) -> bool:
    """True when a line or sentence documents nothing (see the module docstring)."""
    body = text.strip()
    if not body or len(body) > 200:
        return False
    if _UNTICKED.match(body) and not _TICKED.search(body) or _ERRAND.search(body):
        return True
    field = _FIELD.match(body) or _TOPIC_THEN.match(body)
    if field is not None and not re.search(r"\d", field.group("label")[-1:]) and _empty(field.group("value")):
        return True
    # fields side by side on one line ("Risk screen: {BH RISK SCREEN:30412}   Goals: ***"): nothing when each is empty
    pieces = [p for p in re.split(r"\s{3,}|\t", body) if p.strip()]
    if len(pieces) > 1 and all((f := _FIELD.match(p)) and _empty(f.group("value")) for p in pieces):
        return True
    clauses = [c for c in _CLAUSES.split(body.rstrip(". ")) if c]
    return len(clauses) > 1 and all(_empty(re.sub(r"^%s(?:still\s+)?" % _TOPIC, "", c, flags=re.I)) for c in clauses)
