"""Towns named by the office or the practice that stands in them, where no street or ZIP is written.

- After a practice's or an agency's name and a comma, a town and a state code that is also a word or a label
  ("Fieldstone Therapy, Boise ID", "Harbor Clinic, Salem OR;"): the name before it says the next word is its town.
  Without that name, "Boise ID" could be a label and an identifier, and places.py leaves it.
- A known town (the gazetteer) before the word for a local office ("road test at the Augusta branch", "the Bangor
  field office", "our Tucson location"): the office of a state agency or a chain in that town.
"""

from __future__ import annotations

import re

from assistant.phi.recognizers.gazetteer import place_names
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

COMMON_ZIPF = 4.5  # a one-word town as common as an everyday word ("Post", "Central", "Home") is read as that word

_CAP = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
_HEAD = (r"(?:Therapy|Counseling|Counselling|Clinic|Center|Centre|Hospital|Services|Group|Associates|Practice|Health|"
         r"Wellness|PLLC|LLC|PC|Inc\.?|Office|Agency)")
_AMBIGUOUS_STATES = r"(?:MD|PA|MA|IN|OR|ME|OK|HI|DE|CO|ID)"
_AFTER_PRACTICE = re.compile(rf"\b{_HEAD},[ \t]+((?:{_CAP}[ \t]){{0,2}}{_CAP})[ \t]+{_AMBIGUOUS_STATES}"
                             r"(?=[ \t]{2,}|\.?[ \t]*$|[ \t]*[,;)(])", re.M)
_BEFORE_OFFICE = re.compile(rf"(?<![\w-])((?:{_CAP}[ \t]){{0,2}}{_CAP})[ \t]+(?:branch|field office|office|location|campus)\b")


def find_office_towns(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> the towns after a practice's name and before a local office's word."""
    spans = [PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.8, "city_state") for m in _AFTER_PRACTICE.finditer(text)]
    places = place_names()
    for m in _BEFORE_OFFICE.finditer(text):
        words = m.group(1).split()
        while words and " ".join(words) not in places:
            words = words[1:]  # "sched. road test 5/8 10:30 Augusta branch": the town is the last words before it
        if words and (len(words) > 1 or vocab.frequency(words[0].lower()) < COMMON_ZIPF):
            town = " ".join(words)
            spans.append(PhiSpan(m.end(1) - len(town), m.end(1), "ADDRESS", 0.75, "city_state"))
    return spans
