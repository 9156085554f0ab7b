"""Towns named where a common word could stand, told apart by what sits around them:

- a local business's branch named for its town, in capitals on a receipt or a printout's head: "LINDQVIST FLOWERS
  OF DULUTH", "HALVERSON FORD OF MOORHEAD": a name of its own (a word no dictionary holds) before "OF" and a
  gazetteer town after it. A public body of the town ("CITY OF DULUTH") or a form's heading ("NOTICE OF ...") has no
  such name;
- a person placed in a town, "<given name> in <Town>" ("their daughter Siri in Superior will call", "Ana in Mobile
  sends money"): a capitalised gazetteer town right after a known given name and "in" is where that person lives,
  even when the town is an everyday word elsewhere ("Superior", "Mobile", "Reading"); a relation word stands for the
  person as well ("Son in Manchester", "her sister in Tulsa")."""

from __future__ import annotations

import re

from assistant.phi.lexicon import MONTHS_FULL, RELATIONS, STATES
from assistant.phi.recognizers.gazetteer import place_names
from assistant.phi.recognizers.names import _NOT_NAME
from assistant.phi.vocabulary import Vocabulary
from assistant.records import PhiSpan

_BRANCH = re.compile(r"(?<![\w'’&-])((?:[A-Z][A-Z'’&.-]+[ \t]){1,4})OF[ \t]+([A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+)?)(?![\w'’-])")
_PERSON_IN = re.compile(r"(?<![\w'’.-])([A-Za-z][a-z'’-]+)[ \t]+in[ \t]+([A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+)?)(?![\w'’-])")
_PUBLIC = {"CITY", "COUNTY", "TOWN", "TOWNSHIP", "VILLAGE", "STATE", "PORT", "PARISH", "BOROUGH", "DEPARTMENT", "DEPT.",
           "OFFICE", "BOARD", "DISTRICT", "UNIVERSITY", "COLLEGE", "DIOCESE", "ARCHDIOCESE", "COURT"}
_CALENDAR = {m.lower() for m in MONTHS_FULL} | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# a town in capitals in brackets, as a bank's, a jail's or a payment app's statement line places a payer: "ONLINE - J.
# RUIZ (CHEYENNE)", "ZELLE FROM M OKAFOR (SIOUX FALLS)"; a common word in brackets is a label ("(MOBILE)", "(HOME)")
_CAPS_TOWN_IN_BRACKETS = re.compile(r"\(([A-Z][A-Z'’.-]{2,}(?:[ \t][A-Z][A-Z'’.-]+)?)\)")
_TOWN_IN_BRACKETS_ZIPF = 4.0  # "Cheyenne", "Sioux Falls", "Salem" are rarer; "Reading", "Mobile", "Superior" are words
# "counselor in Washington", "a psychiatrist in Portland": where a professional works places care, not where kin live
_AT_WORK = frozenset("advocate agent aide attorney boss caller caseworker coach colleague coordinator counsellor counselor "
                     "co-worker coworker dietitian director doctor foreman forewoman intern judge landlord lawyer lead manager "
                     "mentor mgr nurse officer owner pastor pcp pediatrician physician principal psychiatrist psychologist rep "
                     "representative specialist superintendent supervisor teacher therapist trainee tutor witness worker".split())
_STATE_NAMES = frozenset(name.lower() for name in STATES.values())
NAME_OF_ITS_OWN_ZIPF = 3.0  # a word rarer than this in English ("LINDQVIST") is a family's or a brand's name


def _town(words: str) -> str | None:
    """The gazetteer's spelling of a town written in any case, or None."""
    title = " ".join(w.capitalize() for w in words.split())
    return title if title in place_names() else None


def find_town_cues(text: str, vocab: Vocabulary) -> list[PhiSpan]:
    """Text -> ORGANIZATION_LINKED spans of town branches in capitals and ADDRESS spans of towns people live in."""
    spans = []
    for m in _BRANCH.finditer(text):
        words = m.group(1).split()
        if words[0] in _PUBLIC or words[-1] in _PUBLIC or not _town(m.group(2)):
            continue
        own = [w for w in words if len(w) >= 3 and vocab.frequency(w.strip(".'’")) < NAME_OF_ITS_OWN_ZIPF
               and w.lower() not in vocab.clinical]
        if own:
            spans.append(PhiSpan(m.start(1), m.end(2), "ORGANIZATION_LINKED", 0.75, "town_branch"))
    for m in _CAPS_TOWN_IN_BRACKETS.finditer(text):
        where = _town(m.group(1))
        if where and vocab.frequency(where.split()[0]) < _TOWN_IN_BRACKETS_ZIPF:
            spans.append(PhiSpan(m.start(1), m.end(1), "ADDRESS", 0.7, "town_in_brackets"))
    for m in _PERSON_IN.finditer(text):
        name, town = m.group(1), m.group(2)
        low = name.lower()
        kin = low in RELATIONS and low not in _AT_WORK and town.lower() != "law"  # "Son in Manchester" ("son in Law" is kin)
        if town.lower() in _STATE_NAMES:
            continue  # a state is never PHI: "her sister in Montana", "the counselor in Washington"
        if not kin and (not name[:1].isupper() or not vocab.is_first_name(low) or low in _NOT_NAME or low in vocab.stop_words
                        or low in vocab.clinical):
            continue
        if town.split()[0].lower() in _CALENDAR or town.lower() in vocab.clinical or not (where := _town(town)):
            continue
        if where != town:
            continue  # written as the gazetteer writes it, capitalised word by word
        spans.append(PhiSpan(m.start(2), m.end(2), "ADDRESS", 0.7, "person_in_town"))
    return spans
