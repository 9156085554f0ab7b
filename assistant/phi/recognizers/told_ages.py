"""Ages of 90 or more told informally, as cards, letters and quoted speech tell them: a birthday's ordinal ("her 95th
birthday", "HAPPY 101st BDAY"), an age someone else reports without an apostrophe ("Gran says shes 92 now"), an age
kept as a running tally after a name ("Walt (hall B), 96 and counting") and, where the text speaks of a birthday, an
age addressed to its owner ("Ruby, 92 looks good on you")."""

from __future__ import annotations

import re

from assistant.records import PhiSpan

_NUM = r"(?:9\d|1[01]\d)"
# a unit after the number makes it a count, not an age
_NOT_UNIT = (r"(?![ \t-]*(?i:%|percent|degrees|°|min|minutes?|mg|days?|times|sessions?|lbs?|kg|pounds|dollars|bucks|"
             r"miles|mph|feet|ft|hours?|weeks?|months?|units?|/|[.,]\d))")
_ORDINAL_BIRTHDAY = re.compile(rf"\b({_NUM}(?:st|nd|rd|th))[ \t]+(?:birthday|bday|b-day|birthdays)\b", re.I)
# "says shes 93", "told me hes 97": speech reporting an age, the apostrophe of "she's" left out
_REPORTED = re.compile(rf"\b(?:says|said|tells[ \t]+(?:me|us)|told[ \t]+(?:me|us)|states|stated|reports|insists)[ \t]+"
                       rf"(?:she|he)(?:['’]?s|[ \t]+is|[ \t]+was)[ \t]+(?:(?:now|nearly|almost|about|only)[ \t]+)?"
                       rf"({_NUM})\b{_NOT_UNIT}", re.I)
# "shes 91 now", "hes 94 and sharp": the contraction without its apostrophe
_NO_APOSTROPHE = re.compile(rf"\b(?:shes|hes)[ \t]+(?:(?:now|nearly|almost|about|already|only)[ \t]+)?({_NUM})\b{_NOT_UNIT}",
                            re.I)
# "Walt (hall B), 96 and counting": a tally after a name or its bracket; a count of days clean says what it counts
_AND_COUNTING = re.compile(rf"(?<=[A-Za-z\"”)]),[ \t]*({_NUM})[ \t]+and[ \t]+counting\b", re.I)
_TALLY_BEFORE = re.compile(r"\b(?:days?|weeks?|clean|sober|sobriety|streak|sessions?|hours?|pages?|miles?|steps?)\b\W*$",
                           re.I)
# "Ruby, 92 looks good on you": an age addressed to a name, read only where a birthday is spoken of nearby
_ADDRESSED = re.compile(rf"(?<=[A-Z][a-z])[a-z]*,[ \t]+({_NUM})[ \t]+(?:was|is|looks|suits)\b")
_BIRTHDAY_NEAR = re.compile(r"\b(?:birthday|bday|b-day|years young|many happy returns)\b", re.I)


def find_told_ages(text: str) -> list[PhiSpan]:
    """Text -> AGE_OVER_89 spans of ages over 89 told as a birthday, a reported age, a tally or an address."""
    spans = [PhiSpan(m.start(1), m.end(1), "AGE_OVER_89", 0.85, "age")
             for pat in (_ORDINAL_BIRTHDAY, _REPORTED, _NO_APOSTROPHE) for m in pat.finditer(text)]
    spans += [PhiSpan(m.start(1), m.end(1), "AGE_OVER_89", 0.8, "age") for m in _AND_COUNTING.finditer(text)
              if not _TALLY_BEFORE.search(text, max(0, m.start() - 24), m.start())]
    spans += [PhiSpan(m.start(1), m.end(1), "AGE_OVER_89", 0.8, "age") for m in _ADDRESSED.finditer(text)
              if _BIRTHDAY_NEAR.search(text, max(0, m.start() - 400), m.end() + 400)]
    return spans
