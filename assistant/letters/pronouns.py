"""Whose sentence is it? The pronoun the notes use for the client, and sentences whose subject is someone else.

A note about a woman that says "He was started on sertraline by their family doctor" is about her husband; one
about a man that says "She takes lorazepam" is about his mother or wife. The client's pronoun is the one the notes
use far more often (three to one or more); when neither leads, nobody is ruled out.
"""

from __future__ import annotations

import re
from typing import Iterable

_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
_SUBJECT = re.compile(r"^\W*(?:(?:and|but|then|also|so)\s+)?(she|he)\b(?!\s+and\s+(?:her|his)\b)", re.I)
_OWN = re.compile(r"\b(?:his|her|their)\s+own\s+$", re.I)


def client_pronoun(texts: Iterable[str]) -> str | None:
    """'she', 'he' or None: the subject pronoun the notes use for the client."""
    she = he = 0
    for text in texts:
        she += len(_SHE.findall(text))
        he += len(_HE.findall(text))
    if she >= 3 * max(he, 1) and she >= 3:
        return "she"
    if he >= 3 * max(she, 1) and he >= 3:
        return "he"
    return None


def someone_else_subject(sentence: str, pronoun: str | None) -> bool:
    """The sentence's subject is the other pronoun: someone other than the client."""
    m = _SUBJECT.match(sentence)
    return bool(pronoun and m and m.group(1).lower() != pronoun)


_RELATIVE = re.compile(r"\b(?:mother|mom|father|dad|husband|wife|spouse|partner|sister|brother|son|daughter|grandmother|"
                       r"grandfather|grandma|grandpa|aunt|uncle|cousin|roommate|boyfriend|girlfriend|stepfather|"
                       r"stepmother|caregiver|parents?)\b", re.I)


def owned_by_other(before: str, sentence: str) -> bool:
    """"Mother moved the medications into a lockbox, including her own sertraline": the thing named next belongs to
    the relative the sentence is about."""
    return _OWN.search(before) is not None and _RELATIVE.search(sentence) is not None


def other_pronoun_before(before: str, pronoun: str | None) -> bool:
    """The clause names the other pronoun as the one who acted ("Mena says he ... saw a psychiatrist")."""
    if not pronoun:
        return False
    other = "he" if pronoun == "she" else "she"
    mine = _SHE if pronoun == "she" else _HE
    last_other = [m.end() for m in re.finditer(r"\b%s\b" % other, before, re.I)]
    return bool(last_other) and not mine.search(before[last_other[-1]:])


_RELATIVE_SUBJECT = re.compile(r"^\W*(?:(?:her|his|their|my|the (?:client|patient|child|youth)['\u2019]s|(?:client|pt)['\u2019]s)\s+)?"
                               r"(?:step-?|grand|foster |older |younger |twin |ex-?)?(?:mother|mom|father|dad|husband|wife|spouse|"
                               r"partner|sister|brother|son|daughter|parents?|aunt|uncle|cousin|boyfriend|girlfriend|roommate|"
                               r"caregiver|guardian)\b(?!\s+and\s+(?:she|he|they|the client|client|pt)\b)", re.I)


def relative_subject(sentence: str) -> bool:
    """The sentence is about a relative ("Stepfather completed an anger-management course through his employer's
    EAP in 2023"): what it says was done, the relative did."""
    return _RELATIVE_SUBJECT.match(sentence) is not None


# A score that belongs to someone else: "his memory test ... (the MoCA) was 14" in a note about her, "her husband's
# PHQ-9 is 12".
_RELATIVE_POSSESSIVE = re.compile(r"\b(?:mother|mom|father|dad|husband|wife|spouse|partner|sister|brother|son|daughter|"
                                  r"grandmother|grandfather|parent|child|boyfriend|girlfriend)['\u2019]s\b", re.I)
_SCORE_NOUN = r"(?:\w+\s+){0,3}?(?:tests?|scores?|screens?|screening|scales?|ratings?|results?|questionnaires?|exams?|assessments?)\b"


def scored_by_other(before: str, pronoun: str | None) -> bool:
    """The words before an instrument in its sentence say the score is a relative's or the other pronoun's."""
    if _RELATIVE_POSSESSIVE.search(before):
        return True
    if not pronoun:
        return False
    other = "his" if pronoun == "she" else "her"
    hit = list(re.finditer(r"\b%s\s+%s" % (other, _SCORE_NOUN), before, re.I))
    mine = _SHE if pronoun == "she" else _HE
    return bool(hit) and not mine.search(before[hit[-1].end():])



# A relative who is only the subject of a time clause ("after her son emigrated - saw a psychiatrist", "when his wife
# left, went to a counselor for a year"): the clause dates the care, the client is the one who had it.
_CLAUSE_BREAK = re.compile(r"\s[-\u2013\u2014]\s|\s*[\u2013\u2014]\s*|,\s")


def in_time_clause(before: str, owner_at: int) -> bool:
    """The relative named at `owner_at` in `before` opens a time clause that ends before the care is told."""
    head = before[max(0, owner_at - 30):owner_at]
    return bool(re.search(r"\b(?:after|when|since|once|before|until|following|as)\s+(?:(?:her|his|their|my|the)\s+)?$", head, re.I)) \
        and bool(_CLAUSE_BREAK.search(before[owner_at:]))
