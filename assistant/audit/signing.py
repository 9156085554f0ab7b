"""Whether a note is signed: a signed-by line, a typed name (with or without credentials) closing the note, a name
after a signature rule, an attestation signed on its own line, a name alone after a dash closing a note typed in lower
case; and the line that says it is unsigned.

A typed name counts as a signature; a consent form "signed by her mother" signs no note.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from assistant.audit.catalog import cue
from assistant.audit.reading import CONTACT_LINE, NoteView

_NAME_STOP = {"plan", "next", "session", "continue", "client", "patient", "follow", "return", "total", "time", "goals",
              "goal", "note", "progress", "assessment", "diagnosis", "risk", "safety", "interventions", "date",
              "cpt", "pos", "modifier", "mood", "affect", "the", "will", "see", "referral", "homework", "objective",
              "subjective", "data", "response", "behavior", "intervention", "location", "medications", "no", "none"}
# A name's letters include accented ones ("Tomás", "Zoë", "Núñez"): an upper-case letter, then any letters.
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff"
_NAME_LINE = re.compile(r"^[-\u2013\u2014~_*\s]*(?:Dr\.?\s+)?((?:[%s][%s'\u2019-]*\.?|[A-Z]\.)(?:\s+(?:[%s][%s'\u2019-]*\.?|[A-Z]\.)){0,3})"
                        r"\s*(?:,\s*(?P<cred>[A-Za-z.\-/ ]{2,40}))?\s*(?:[,|;\u2013\u2014-]\s*.{0,40})?$" % (_UP, _LETTERS, _UP, _LETTERS))


# Initials alone as the sign-off: "-RV", "— J.M.", "~KL".
_SIGNED_AT = re.compile(r"\s+\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?\s*$", re.I)
_INITIALS_SIGNOFF = re.compile(r"^\s*[-\u2013\u2014~]+\s*(?:[A-Z]\.?\s?){2,3}\s*$")
# One name alone after a dash as the sign-off: "-- Dana", "— Tomás", "~Jo" (signed, but with no credentials).
_ONE_NAME_SIGNOFF = re.compile(r"^\s*[-\u2013\u2014~]+\s*([%s][%s'\u2019-]+)\s*$" % (_UP, _LETTERS))


def _one_name_signoff(line: str) -> bool:
    m = _ONE_NAME_SIGNOFF.match(line)
    return bool(m) and m.group(1).lower() not in _NAME_STOP


# A note typed all in lower case is signed in lower case too: "rowan tsosie-halvorsen, lpc", "j. okafor, lcsw/ms": a
# name of two to four words, then after a comma nothing but licences; a line with a pronoun, an article or a
# preposition ("called her psychiatrist, md") is a sentence, not a name. The licences keep the capitals a licence
# is written in even when the name lost them ("- marcus oyelaran, LPC"): only the name must be in lower case.
_LOWER_SIGNOFF = re.compile(r"^[-\u2013\u2014~\s]*((?:dr\.?\s+)?[{0}][{0}'\u2019.-]*(?:\s+[{0}][{0}'\u2019.-]*){{1,3}})\s*,\s*([A-Za-z./, -]{{2,30}})$"
                            .format(_LOWER))
_SENTENCE_WORDS = {"her", "his", "him", "she", "he", "they", "them", "their", "i", "we", "me", "my", "our", "you", "the", "a",
                   "an", "to", "with", "for", "of", "in", "on", "at", "by", "and", "or", "was", "is", "will", "per", "re"}


def lowercase_signoff(line: str) -> bool:
    """A closing line typed in lower case -> whether it is a name with licences ("rowan tsosie-halvorsen, lpc")."""
    m = _LOWER_SIGNOFF.match(line)
    if not m or re.search(r"[A-Z]", line[:m.end(1)]):
        return False
    words = re.findall(r"[^\W\d_]+", m.group(1))
    if any(w in _NAME_STOP or w in _SENTENCE_WORDS for w in words):
        return False
    licences = [c.lower() for c in re.split(r"[,/\s]+", m.group(2)) if c]
    # a licence that is also an English word ("do", "ma", "ms") signs only beside another one
    return any(c not in {"do", "ma", "ms", "cp", "lp"} for c in licences) \
        and all(_any_case_credential().fullmatch(c) for c in licences)


# ... and may be signed with the name alone after a dash, on the last line, set apart from the body by a blank line:
# "- jonah pereira-lind", "~ t. okafor-reyes". The words must not be a sentence's or everyday English ("- went well").
_LOWER_NAME = re.compile(r"^[-\u2013\u2014~]+\s*((?:[{0}][{0}'\u2019-]*\.?|[{0}]\.)(?:\s+(?:[{0}][{0}'\u2019-]*|[{0}]\.)){{1,3}})\s*$"
                         .format(_LOWER))
_EVERYDAY_IN_ENGLISH = 5.5  # wordfreq's Zipf scale: "went", "well", "back", "better" (a given name: "john" 5.4, "david" 5.1)


def lowercase_name_signoff(text: str) -> str:
    """A note typed in lower case -> its closing line when that is a name alone after a dash ("- jonah pereira-lind"),
    else ''."""
    raw = [ln.strip() for ln in text.rstrip().split("\n")]
    body = [ln for ln in raw[:-1] if ln]
    m = _LOWER_NAME.match(raw[-1])
    if not m or len(raw) < 3 or raw[-2] or not body or re.match(r"[-\u2013\u2014~*\u2022]", body[-1]):
        return ""  # not set apart from the body, or the last of a list's dashed items
    letters = re.findall(r"[^\W\d_]", "\n".join(body))
    if sum(c.isupper() for c in letters) > 0.05 * len(letters):
        return ""  # a note typed in the usual case signs with capitals
    words = re.findall(r"[^\W\d_]+", m.group(1))
    return "" if any(w in _NAME_STOP or w in _SENTENCE_WORDS or _everyday(w) for w in words) else raw[-1]


@lru_cache(maxsize=4096)
def _everyday(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= _EVERYDAY_IN_ENGLISH


@lru_cache(maxsize=1)
def _any_case_credential() -> re.Pattern[str]:
    """The credential vocabulary read in any case ("lpc", "phd"), for a note typed in lower case."""
    return re.compile(cue("credential").pattern.replace("(?-i:", "(?:"), re.I)


def _typed_name(line: str) -> bool:
    line = _SIGNED_AT.sub("", line)  # "— M. Castellanos    01/20/2026 14:40": the time it was signed is no label
    m = _NAME_LINE.match(line)
    if not m or ":" in line or len(line.split()) > 9 or CONTACT_LINE.search(line):
        return False
    words = re.findall(r"[A-Za-z]+", m.group(1))
    if not words or words[0].lower() in _NAME_STOP:
        return False
    return len(words) >= 2 or bool(m.group("cred") and cue("credential").search(m.group("cred")))


def _credentialed_name(line: str) -> bool:
    """A short closing line with a name and credentials: "Delia's therapist: R. Okafor, LPC", "Clinician: A. Lee, PhD"."""
    cred = cue("credential").search(line)
    name = re.search(r"\b(?:[A-Z]\.\s?)+[{0}][{1}'\u2019-]+|\b[{0}][{1}'\u2019-]+\s+[{0}][{2}'\u2019-]+".format(_UP, _LOWER, _LETTERS),
                     line[:cred.start()]) \
        if cred else None
    return bool(name) and len(line) <= 90 and not re.search(r"\b(?:refer|consult|psychiatr|PCP|prescrib)", line, re.I)


_SIGNED_WORD = re.compile(r"(?<![-\w])(?:e-?|electronically\s+|digitally\s+)?signed\b(?!\s+(?:up|off|out|in|on to|into)\b)", re.I)
# ("signs this form" names the note itself: a response form the clinician signs is the note)
_NOT_THE_NOTE = re.compile(r"\b(?<!this )(?:%s)\b[^.;]{0,45}\bsign(?:ed|ature)\b" % cue("signed_document").pattern, re.I)
_SIGNED = re.compile(r"^\s*(?:[-\u2013\u2014~_*]+\s*)?(?:(?:electronic|digital)(?:ally)?\s+|e-?)?sign(?:ed|ature)\b|\bsigned\s+(?:on\s+)?\d|"
                     r"\|\s*(?:electronically\s+)?sign(?:ed|ature)\s*[:\-]\s*[A-Z]|"  # a footer's field: "... | Signed: I. Boyd, PsyD"
                     r"\b(?:electronically |e-)?signed (?:electronically )?by\s+\S|^\s*/s/\s*\S|"
                     # a key naming the signer, in any key-value syntax: "signed_by = ...", ":SIGNED_BY: ...", "signer: ...", 'signed_by: "A. Name"'
                     r"^\s*[:#@]?\s*(?:signed[\s_-]*by|signer|signatory)[\s:=]*[:=]\s*[\"']?[A-Za-z]|"
                     r"^\s*(?:clinician|therapist|provider|counselor)(?:'s)?\s+signature\s*[:\-]|"
                     r"\b(?:authenticated|attested|co-?signed) by\s+\S|^\s*firmad[oa]\b|^\s*firma\s*[:\-]\s*\S|"
                     # who typed or wrote the note, named: "Typed: Rosa Lind", "Entered by: K. Marsh" (a typed name signs)
                     r"^\s*(?:typed|(?:typed|entered|written|completed|documented|prepared|authored)\s+by|note by)\s*[:\-]\s*"
                     r"(?-i:(?:[A-Z][a-z'\u2019-]+|[A-Z]\.)\s+[A-Z][A-Za-z'\u2019-]+)|"
                     # a dictated sign-off: "Dan Whitaker signing", "this is Dr. Lee signing off"
                     r"\b(?-i:[A-Z][a-z'\u2019-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-z'\u2019-]+)+),?\s+signing(?:\s+off)?\b", re.I)


def _about_a_form(line: str) -> bool:
    """The line tells of a form signed, not the note; an export's key names the form too ("telehealth_consent: signed
    2026-09-23", "roi-signed: yes"), its words parted by underscores or hyphens."""
    return bool(_NOT_THE_NOTE.search(line) or _NOT_THE_NOTE.search(re.sub(r"[_-]", " ", line)))


_AUTHOR_BY = re.compile(r"\b(?:written|typed|entered|documented|prepared|authored|dictated|recorded|note)\s+by\s+(?=[A-Z])", re.I)
# "SUPERVISOR REVIEW / CO-SIGNATURE" or "Signature:" at a line's end heads the signature that follows it.
_SIGNATURE_HEADING = re.compile(r"sign(?:ature|ed)\s*[:\-\]]?\s*$", re.I)  # "[signature]" heads an INI section
# A rule line or a bracketed system tag starts a footer the platform added after the clinician's name.
_FOOTER_START = re.compile(r"^\s*(?:[-=_*~]{5,}|\[[^\]]{3,40}\])")


@lru_cache(maxsize=1024)
def signature(note: NoteView) -> tuple[str, str]:
    """(signature line, '') when signed; ('', quote) when unsigned or said to be unsigned."""
    lines = note.lines
    named = lambda ln: _typed_name(ln) or _credentialed_name(ln) or bool(_SIGNED.search(ln))  # noqa: E731
    for i, ln in enumerate(lines):
        blank = cue("unsigned").search(ln)
        if blank and _about_a_form(ln[:blank.end()]):
            continue  # "telehealth consent form signed" (the line wrapped there): a form signed, not the note's empty field
        if blank:
            if _SIGNATURE_HEADING.search(ln) and any(named(n) for n in lines[i + 1:i + 4]):
                continue  # a heading, and the name under it signs
            if _name_after_rule(ln[blank.end():]):
                return ln, ""  # "Signed ________ A. Name, LCSW": the typed name after the signature rule signs
            return "", ln
    for ln in lines:
        if _SIGNED.search(ln) and not _about_a_form(ln):  # "consent signed by her mother" signs no note
            return ln, ""
    for ln in lines:  # an edit history's entry: "01/29/2026 14:11  signed   Marisa Ferreira-Holt, LMFT (e-signature)"
        m = _SIGNED_WORD.search(ln)
        if m and cue("credential").search(ln[m.end():]) and not _about_a_form(ln):
            return ln, ""
    for ln in lines:  # the author named with credentials anywhere, a title line too: "NOTE -- written by A. Name, PsyD"
        m = _AUTHOR_BY.search(ln)
        if m and _credentialed_name(re.split(r"[(\[]", ln[m.end():])[0][:80]):
            return ln, ""
    for ln in lines:
        if _signer_in_field(ln):
            return ln, ""
    placed = _signed_elsewhere(lines)
    if placed:
        return placed, ""
    # each rule line near the end may start something appended after the name (a footer, a receipt or superbill
    # boxed between two rules): the lines just above it close the note
    footers = [i for i in range(max(1, len(lines) - 12), len(lines)) if _FOOTER_START.match(lines[i])]
    closing = [ln for i in reversed(footers) for ln in lines[max(0, i - 3):i]] + lines[-3:]
    for ln in reversed(closing):
        if _typed_name(ln) or _credentialed_name(ln) or _INITIALS_SIGNOFF.match(ln) or _one_name_signoff(ln) \
                or lowercase_signoff(ln):
            return ln, ""
        tail = re.split(r"\s[-\u2013\u2014~]{1,2}\s", ln)[-1] if len(ln) > 120 else ""
        if tail and (_credentialed_name(tail) or _typed_name(tail)):
            return ln, ""  # a one-paragraph note signed at its end: "... by 04/30/2025. - Lorna Pike, LMHC"
    if named := lowercase_name_signoff(note.text):
        return named, ""
    return "", lines[-1][:200] if lines else ""


# A signature laid out as a field: its label names the act of signing ("Clinician attest:", "Provider (signing) |",
# ">> E-signature ......"), the value beside it is the signer; box-drawn and pipe tables put the two in cells.
_SIGN_LABEL = re.compile(r"^[\s|>*\u2502\u2503\u2551-]*+(?:(?:clinician|therapist|provider|counsel+or|psychologist|author|"
                         r"rendering provider|treating clinician|staff)(?:'s)?\s*+)?\(?(?:e-?|(?:electronic|digital)\s+)?(?:signature|signed(?:\s+by)?|"
                         r"signing|attest(?:s|ed|ation)?(?:\s+by)?|sign-?off|sig)\)?(?=[\s:|=.\u2502\u2503\u2551])[\s:|=.\u2502\u2503\u2551]*+",
                         re.I)


# A label that says the clinician signs, with words around it: "Clinician of record (signing for this block):",
# "Therapist, signing:" (not the client's, a parent's or a witness's signature; not a consent form's)
_SIGNING_LABEL = re.compile(r"^\W*(?:clinician|therapist|provider|counsel+or|psychologist|author|staff)\b(?![^:]*\b(?:client|patient|"
                            r"parent|guardian|witness|consent|form)\b)[^:]{0,40}\b(?:signing|signed|signature|attest\w*)\b[^:]{0,30}:\s*",
                            re.I)


def _signer_in_field(line: str) -> bool:
    """A signature field filled with a name: "Clinician attest: A. Name, LPC (signed 9:58 AM)", "| Signing | /s/ A. Name |"."""
    m = _SIGN_LABEL.match(line)
    if not m and (label := _SIGNING_LABEL.match(line)):
        value = re.split(r"\s[-\u2013\u2014]{1,2}\s|\s*[(\[]", line[label.end():])[0].strip()
        return _credentialed_name(value) or _typed_name(value)
    if not m or m.end() == len(line):
        return False
    # the value ends at a bracket, a cell's border or a column gap ("SIG: ADEBAYO-KING, F      CRED: LPC     E-SIG: Y")
    value = re.split(r"\s*[(\[|\u2502\u2503\u2551]|\s{3,}", line[m.end():])[0].strip()
    if value.lower().startswith("/s/"):
        return bool(value[3:].strip())
    return bool(value) and (_typed_name(value) or _credentialed_name(value) or bool(_SURNAME_FIRST.match(value)))


# A signer written surname first in a signature field, as a roster or a legacy system prints it: "MBEKI, THANDO",
# "Holloway, Renata", "ADEBAYO-KING, FOLASADE W"
_SURNAME_FIRST = re.compile(r"^[%s][%s'\u2019-]+,\s*[%s][%s'\u2019-]+(?:\s+[A-Z]\.?)?$" % (_UP, _LETTERS, _UP, _LETTERS))


def _name_after_rule(rest: str) -> bool:
    """What follows a signature rule on its line ("________ A. Name, LCSW (title)") is the signer's typed name."""
    rest = rest.strip(" _.:-\u2013\u2014")
    return bool(rest) and (_typed_name(rest) or _credentialed_name(rest))


_DASH_TAIL = re.compile(r"\s[-\u2013\u2014~]{1,2}\s*(?=\S[^-\u2013\u2014]*$)")
_HEADER_FIELDS = re.compile(r"\s{3,}|\s*\|\s*")


def _signed_elsewhere(lines: Sequence[str]) -> str:
    """A signature away from the note's end: an attestation signed on its own line ("I ran this session and reviewed
    the export above. -- A. Name, LPC"), or the clinician's typed name with credentials as a field of the header
    ("DOS 03/02/2026     90834     Ana Reyes, LCSW")."""
    for ln in lines:
        parts = _DASH_TAIL.split(ln)
        if len(parts) > 1 and cue("attestation").search(parts[0]) and _credentialed_name(parts[-1].strip()):
            return ln
    for ln in lines[:4]:
        fields = [f.strip() for f in _HEADER_FIELDS.split(ln) if f.strip()]
        if len(fields) > 1 and any(_typed_name(f) and cue("credential").search(f) and "," in f for f in fields):
            return ln
    return ""
