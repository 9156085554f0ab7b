"""Licence numbers told after the profession they license, with the state that issued them or a number sign:
"TX psychologist 37715", "Ohio licensed professional counselor #C.1904", "Psychologist No. 4410". A credential's
letters before the number ("LCSW no. 4410") are read in ids.py; this reads the profession written out in words."""

from __future__ import annotations

import re

from assistant.phi.lexicon import CRED_RE, STATE_ABBR_RE, STATE_NAME_RE
from assistant.records import PhiSpan

_PROFESSIONS = (r"(?:licensed[ \t]+)?(?:clinical[ \t]+|school[ \t]+|independent[ \t]+|professional[ \t]+)*"
                r"(?:psychologist|psychological associate|psychiatrist|physician|social worker|counsel+or|therapist|"
                r"marriage and family therapist|mental health counsel+or|nurse practitioner|addiction counsel+or|"
                r"behavior analyst|psychotherapist|art therapist|music therapist)")
_NUMBER = r"((?=[A-Z0-9.-]*\d{3})[A-Z]{0,3}[-.]?\d[\dA-Z-]{2,8})(?![\w-])"
# "TX psychologist 37715", "Texas licensed psychologist 37715": the state makes the number its licence.
_STATE_PROFESSION = re.compile(rf"(?<![\w-])(?:{STATE_ABBR_RE}|{STATE_NAME_RE})[ \t]+(?i:{_PROFESSIONS})"
                               rf"(?:[ \t]+(?i:licen[cs]e|lic\.?))?[ \t]*(?:#|(?i:no\.?|number|nr\.?))?[ \t:]*{_NUMBER}")
# "Psychologist #4410", "counselor no. 88120": a number sign after the profession names its licence.
_PROFESSION_SIGN = re.compile(rf"(?<![\w-])(?i:{_PROFESSIONS})[ \t]*(?:#|(?i:no\.|nr\.))[ \t:]*{_NUMBER}")
# A credential's letters, then the issuing state and the number in brackets: "LPC-MHSP (TN 4417)", "LCSW (NY #08812)",
# "LMFT (CA lic. 12345)". The letters may be any credential, listed or not, so any capitals (with a hyphen) count.
_BRACKETED_STATE = re.compile(rf"(?<![\w-])[A-Z]{{2,6}}(?:-[A-Z]{{1,6}})?(?:,[ \t]*[A-Z]{{2,6}}(?:-[A-Z]{{1,6}})?)*[ \t]*\("
                              rf"[ \t]*{STATE_ABBR_RE}[ \t]*(?:(?i:lic(?:ense|ence)?\.?|no\.?|#)[ \t]*)?#?[ \t]*{_NUMBER}[ \t]*\)")
# After a credential, the issuing state and the number in its board's own shape, letters joined by a stop or a hyphen:
# "PhD, OH PSY.7318", "LISW-S, OH I.0923114", "LMFT, CA LMFT.104421", "MD, WA 40221".
_BOARD = rf"(?:PSY|PSYCH|LEP|MFC|PCC|ASW|RPSY|{CRED_RE}|[A-Z]{{1,3}})"
_STATE_AFTER_CREDENTIAL = re.compile(rf"(?<![\w-])(?:{CRED_RE}|PhD|PsyD)(?:-[A-Z]{{1,2}})?,?[ \t]+{STATE_ABBR_RE}[ \t]+"
                                     rf"((?:{_BOARD}[.-])?\d{{4,10}})(?![\w-]|\.\d)")
# ... or that shape alone: "PSY.7318", "LPCC.0917" (a stop between the board's letters and the number)
_DOTTED_BOARD = re.compile(rf"(?<![\w.-])((?:PSY|PSYCH|LEP|MFC|PCC|ASW|RPSY|{CRED_RE})\.\d{{4,8}})(?![\w-]|\.\d)")
_NOT_LICENCE = re.compile(r"(?:19|20)\d\d|90[78]\d\d|96[01]\d\d|99[24]\d\d")  # a year or a CPT code


def find_profession_licences(text: str) -> list[PhiSpan]:
    """Text -> LICENSE spans of numbers after a profession told in words."""
    return [PhiSpan(m.start(1), m.end(1), "LICENSE", 0.85, "licence")
            for pat in (_STATE_PROFESSION, _PROFESSION_SIGN, _BRACKETED_STATE, _STATE_AFTER_CREDENTIAL, _DOTTED_BOARD)
            for m in pat.finditer(text)
            if not _NOT_LICENCE.fullmatch(m.group(1))]
