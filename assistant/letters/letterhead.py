"""The clinician's letterhead and signature, filled in locally after every model call is done."""

from __future__ import annotations

import datetime as dt

from assistant.records import Clinician

LETTERHEAD = "{{CLINICIAN_LETTERHEAD}}"
SIGNATURE = "{{CLINICIAN_SIGNATURE}}"


def _or_missing(value: str, what: str) -> str:
    return value.strip() or f"[MISSING: {what}]"


def letterhead(clinician: Clinician, payer: str, today: dt.date | None = None) -> str:
    """Clinician profile -> the block at the top of the letter."""
    today = today or dt.date.today()
    lines = [_or_missing(clinician.practice or clinician.name, "practice name"),
             _or_missing(clinician.address, "practice address"),
             f"Phone: {_or_missing(clinician.phone, 'practice phone')}",
             "", today.strftime("%B %d, %Y").replace(" 0", " "), "",
             f"To: {payer} Utilization Management / Appeals"]
    return "\n".join(lines)


def signature(clinician: Clinician) -> str:
    """Clinician profile -> the signature block."""
    name = _or_missing(clinician.name, "clinician name")
    creds = f", {clinician.credentials}" if clinician.credentials else ", [MISSING: credentials]"
    return "\n".join(["Sincerely,", "", "", f"{name}{creds}",
                      f"License: {_or_missing(clinician.license, 'license number')}",
                      f"NPI: {_or_missing(clinician.npi, 'NPI')}",
                      clinician.practice or ""]).rstrip()


def fill(letter: str, clinician: Clinician, payer: str, today: dt.date | None = None) -> str:
    """Replace the letterhead and signature markers; add them when a model left them out."""
    if LETTERHEAD in letter:
        letter = letter.replace(LETTERHEAD, letterhead(clinician, payer, today))
    else:
        letter = letterhead(clinician, payer, today) + "\n\n" + letter
    if SIGNATURE in letter:
        letter = letter.replace(SIGNATURE, signature(clinician))
    else:
        letter = letter.rstrip() + "\n\n" + signature(clinician)
    return letter


def before_signature(letter: str, block: str) -> str:
    """Put a block just above the signature marker (or at the end when a model dropped the marker)."""
    if SIGNATURE in letter:
        return letter.replace(SIGNATURE, block.strip() + "\n\n" + SIGNATURE, 1)
    return letter.rstrip() + "\n\n" + block.strip() + "\n"
