"""Vehicle plates: after a state, after a plate or tag label, a vanity plate, or a few words after the vehicle."""
from __future__ import annotations

import re

from assistant.phi.lexicon import CRED_RE, STATE_ABBR_RE
from assistant.records import PhiSpan

# Plates are written in groups: "7KDF 219", "4471 ZX", "BKR-119", "abc-1234".
# ... or spelled out a character at a time on a recorded call: "J-K-T 5519", "B-R-X-4-4-7-1".
_PLATE = re.compile(r"(?:[A-Z0-9](?:-[A-Z0-9]){2,7}(?![\w-])|[A-Za-z0-9]{1,8}(?:-[A-Za-z0-9]{1,4})?)(?: (?=[A-Z0-9]*\d|[A-Z]{2,3}\b)[A-Z0-9]{1,5}){0,3}(?![\w-])")  # "HJ 44 KT GP", "7B 42M19"
# A credential after the number is no group of the plate: "MD, WA 40221 MD" is a licence and its holder's degree.
_SPACE = rf"(?: (?!{CRED_RE}(?![\w-])))"
PLATE_AFTER_STATE = re.compile(
    rf"\b{STATE_ABBR_RE}[ \t]+(?:(?:plate|tag|license plate)[ \t#:]*(?:\n[ \t]*)?)?((?=(?:[A-Z0-9-]|{_SPACE})*[A-Z])"
    rf"(?=[A-Z0-9 -]*\d[A-Z0-9 -]*\d)[A-Z0-9]{{2,4}}(?:(?:-|{_SPACE})?[A-Z0-9]{{1,4}}){{1,2}})(?![\w-])")

# A vanity plate is a word or two in capitals: "vanity plate GR8 DANE", "personalized tag NANA 2".
_VANITY_BEFORE = re.compile(r"(?i)\b(?:vanity|personali[sz]ed|custom|novelty)[ \t]+$")
_VANITY = re.compile(r"[A-Z0-9]{2,7}(?: [A-Z0-9]{1,4})?(?![\w-])")


def plate_after(text: str, pos: int, label_start: int = 0) -> tuple[int, int] | None:
    # "plate 7KDF 219", "the plate, 418 HBD", "plate was BKR-119", "tag reads 5JX 220", "read the plate as 4TXL92",
    # "a tag of 7KD-219", "the plate ending in 4471"
    gap = re.match(r"[ \t]*[,:]?[ \t]*(?:(?:was|is|reads?|as|of|showing|ending[ \t]+in|starting[ \t]+with)[ \t]+)?(?:number|no\.?|#)?[ \t:#]*", text[pos:])
    if _VANITY_BEFORE.search(text, max(0, label_start - 20), label_start) and (v := _VANITY.match(text, pos + gap.end())):
        return v.start(), v.end()
    m = _PLATE.match(text, pos + gap.end())
    if not m or sum(c.isdigit() for c in m.group()) < 2 or len(m.group().replace(" ", "")) < 4:
        return None
    return m.start(), m.end()


# A plate written a few words after the vehicle it belongs to: "vehicle at time of arrest KTR 4471", "his truck, tag 5JX
# 220": letters and digits in two groups, within the same clause.
PLATE_NEAR_VEHICLE = re.compile(r"(?i:\b(?:vehicle|car|truck|van|suv|motorcycle)\b)[^.;:\n\d]{0,40}?(?<![\w-])"
                                 r"((?=[A-Z]{1,4}[ -]?\d|\d{1,2}[A-Z])[A-Z0-9]{2,4}[ -][A-Z0-9]{3,5})(?![\w-])")


# A plate or a boat's registration written in three groups, letters, digits, letters ("WS 4471 KP", "AB 12 CDE"): the
# value read up to its digits goes on over the last letters when the field ends there (a credential stays outside).
_PLATE_HEAD = re.compile(r"[A-Z]{1,3} \d{2,5}")
_LETTER_TAIL = re.compile(rf" (?!{CRED_RE}(?![\w-]))[A-Z]{{1,3}}(?=[ \t]{{2,}}|[ \t]*(?:$|[,;)|]))", re.M)


def plate_tails(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Plate and registration spans that stop before a last group of letters -> the same spans grown over it."""
    return [PhiSpan(sp.start, m.end(), sp.entity_type, sp.score, sp.source) for sp in spans
            if sp.entity_type in ("VEHICLE", "LICENSE") and _PLATE_HEAD.fullmatch(text, sp.start, sp.end)
            and (m := _LETTER_TAIL.match(text, sp.end))]
