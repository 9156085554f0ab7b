"""Billing codes a question asks about that no knowledge document mentions.

A question about a procedure code (CPT 9xxxx, HCPCS H0035) is answered by that code's own rules: when every code the
question names is one the sources never mention, they hold no rule for it, and quoting the rules of other codes
would be a confident wrong answer. A code one digit away from a code the sources know is read as a typo of it
("90883" for 90833), and a question that also names a known code is about that code too.
"""

from __future__ import annotations

import re
from assistant.criteria.vocab import vocabulary
from assistant.criteria.words import terms

# psychiatry, medicine and E/M codes (9xxxx) and HCPCS Level II codes (a letter and four digits)
# "90845, can it" is a code; "90,845" is no code; "how many 97550s" names one in the plural
_CODE = re.compile(r"(?<![\w$.,-])(9\d{4}|[A-V]\d{4})(?:'?s)?(?!\w|[.,]\d)")
# a code-shaped number counts only where the question speaks of codes or billing: a ZIP or an ID is no code
_ASKED = re.compile(r"[^.!?\n]*\?")
# the code an alternative replaces: "instead of 90846", "rather than 90837", "in place of CPT 90834"
_LEFT = re.compile(r"\b(?:instead of|rather than|in place of|in lieu of|as a substitute for|as an alternative to)\s+"
                   r"(?:(?:the|a|an|our|my|CPT|HCPCS|code|usual|regular)\s+){0,3}\+?(9\d{4}|[A-V]\d{4})(?!\w)", re.I)
_BILLING = re.compile(r"\b(?:CPT|HCPCS|codes?|bill\w*|units?|modifiers?|add-?ons?|claims?|report\w*|paid|pays?)\b", re.I)


def _about_an_arrangement(text: str, known) -> bool:
    """Whether the question is about who may bill whose work ("incident-to", "billed under her NPI") and the sources
    speak of that arrangement: its codes are then only what was billed, not what is asked."""
    arrangements = vocabulary()["billing_arrangements"]  # question_vocab.yaml, billing_arrangements
    return any(all(w in known for w in terms(m.group(0).split()[-1])) for m in arrangements.finditer(text))


def _typo_of_known(code: str, known) -> bool:
    """Whether a code differs from a code the sources mention in one character (a slip of the finger); a code that
    exists in its own right (90845 beside 90846) is no slip."""
    if code.upper() in vocabulary()["existing_codes"]:  # a code in its own right (question_vocab.yaml, existing_codes)
        return False
    for other in known:
        if len(other) == len(code) and other[:1].isalnum() and sum(a != b for a, b in zip(other, code)) <= 1:
            if re.fullmatch(r"9\d{4}|[a-v]\d{4}", other):
                return True
    return False


def _named_beside(text: str, code: str, known) -> bool:
    """Whether every mention of a code sits beside the name of a service the sources hold rules for ("Mental health
    intensive outpatient program (S9480)", "H0035 - partial hospitalization"): the code then only labels it."""
    names = vocabulary()["named_services"]  # question_vocab.yaml, named_services
    mentions = list(re.finditer(rf"(?<![\w$.,-]){code}(?!\w)", text))
    for m in mentions:
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, (text.find("\n", m.end()) + 1 or len(text) + 1) - 1
        before = re.split(r"[.?!;]\s", text[max(line_start, m.start() - 60):m.start()])[-1]
        after = re.split(r"[.?!;]\s", text[m.end():min(line_end, m.end() + 40)])[0]
        near = f"{before} {after}"  # the code's own sentence: "Our IOP bills S9480. Does it pay S9480?" asks the code
        glosses = [g.group(0) for g in names.finditer(near)]
        if not any(all(w in known for w in terms(g)) for g in glosses):
            return False
    return bool(mentions)


def _postal(text: str, code: str) -> bool:
    """Whether every mention of a code-shaped number is a ZIP code: after a place label ("Near: 95814", "ZIP 94110") or a
    state's abbreviation ("Sacramento, CA 95814"), or with a ZIP+4 tail ("90210-1234") (question_vocab.yaml, postal)."""
    before, after = vocabulary()["postal"]
    mentions = list(re.finditer(rf"(?<![\w$.,-]){code}(?!\w)", text))
    return bool(mentions) and all(before.search(text, max(0, m.start() - 40), m.start()) or after.match(text, m.end())
                                  for m in mentions)


def _longer_identifier(text: str, code: str) -> bool:
    """Whether every mention of a code-shaped token opens a longer hyphenated number: a Medicare Advantage plan's
    contract-plan-segment id ("H7731-014-0") or a reference number; a code's modifier ("90837-95") or a code range
    ("90832-90838") keeps it a code (question_vocab.yaml, longer_identifier)."""
    tail = vocabulary()["longer_identifier"]
    mentions = list(re.finditer(rf"(?<![\w$.,-]){code}(?!\w)", text))
    return bool(mentions) and all(tail.match(text, m.end()) for m in mentions)


def unknown_codes(text: str, known) -> tuple[str, ...]:
    """The codes a question names, as "CPT 99492", when none of them is in the knowledge base's vocabulary `known`
    (or a one-character slip from a word in it); () when it names no code or any known one."""
    if not _BILLING.search(text):
        return ()
    # the codes its questions name, when they name any: "switch from 90837 to 90845 ... what is the minimum time for
    # 90845?" asks about 90845; the code it leaves is context
    asked = " ".join(_ASKED.findall(text))
    codes = list(dict.fromkeys(m.group(1) for m in _CODE.finditer(asked))) or \
        list(dict.fromkeys(m.group(1) for m in _CODE.finditer(text)))
    # "can I bill 97550 instead of 90846?": the code it would leave is the yardstick, the other one is asked about
    left = {m.group(1) for m in _LEFT.finditer(text)}
    codes = [c for c in codes if c not in left] or codes
    codes = [c for c in codes if not _postal(text, c)]  # a ZIP code in an address or a directory search is no code
    codes = [c for c in codes if not _longer_identifier(text, c)]  # a plan id "H7731-014-0" is no HCPCS code
    if not codes or any(c.lower() in known or _typo_of_known(c.lower(), known) for c in codes):
        return ()
    if all(_named_beside(text, c, known) for c in codes):  # "intensive outpatient program (S9480)": the service is asked
        return ()
    if _about_an_arrangement(text, known):
        return ()
    return tuple(f"{'CPT' if c[0].isdigit() else 'HCPCS'} {c}" for c in codes)
