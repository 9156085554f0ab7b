"""Headings of a note read as a document: a Markdown or capitals heading, a "Label:" line over the lines below it, a
short section name over a list, a sentence that opens a list of goals."""
from __future__ import annotations

import re

from assistant.inputs import BLANK_VALUE
from assistant.letters.patterns.base import DATE
from assistant.letters.patterns.segments import LABEL, label_kind

# A list item's mark: a dash (also an en or em dash), a star, a dot, a number or letter, or a check box ("[x]", "[ ]").
BULLET = re.compile(r"^\s*(?:[-*\u2022>\u2013\u2014\u25aa\u25e6]|\(?\d{1,2}[.)]|\(?[a-h]\)|\[[ xX>\-/*~]?\]|[\u2610\u2611\u2612])\s+")
_MARKDOWN_HEAD = re.compile(r"^\s*#{1,6}\s+(.+?)\s*#*\s*$")

_SECTION_NUMBER = re.compile(r"^(?:(?:DIMENSION|SECTION|PART|DOMAIN|AXIS|STEP|CRITERION)\s+)?(?:(?:\d{1,2}|[IVX]{1,4})\s*[.):\-\u2013\u2014]|\d{1,2})"
                             r"\s+(?=[A-Z][A-Z/&,' -]{3,}(?:\s*\([^()]*\))?:?$)")  # "11 GOALS (set <DATE_2>)": a number and a space too
_NOTE_AFTER = re.compile(r"\s*\([^()]*\)\s*:?$")  # "GOALS (set <DATE_2>)": the heading and a note on it


def heading(line: str, capitals_note: bool) -> str | None:
    """The heading a line states, or None: "## Goals", "TREATMENT PLAN", "Measures (<DATE_3>):"."""
    md = _MARKDOWN_HEAD.match(line)
    if md:
        return md.group(1).strip("*_ ")
    bare = line.strip().strip("*_ ").strip()
    bare = _SECTION_NUMBER.sub("", bare)  # a form's numbered section: "10. MEASURABLE GOALS", "IV) RISK"
    # a long parenthesis ("Treatment goals (team, reviewed with the parents on <DATE_3>):") does not make a heading a line
    if not bare or len(re.sub(r"(?:(?<!\s)\s*+|(?<=\s))\([^()]*\)", "", bare)) > 70:
        return None
    field = LABEL.match(bare)
    if field and re.fullmatch(rf"\s*(?:{BLANK_VALUE})\s*", line.strip()[line.strip().find(":") + 1:]):
        return None  # "Goals: ________" is a blank template field, not a heading over the lines below it
    if bare.endswith(":") and not re.search(r"[.!?]\s", bare) and not (field and bare[field.end():].strip(" :*_")):
        return bare[:-1].strip("*_ ")
    sentence_like = re.search(r"[.!?;]$|[.!?]\s", bare) or len(bare.split()) > 8
    core = _NOTE_AFTER.sub("", bare)  # "GOALS (set <DATE_2>)": a known section's name and a note on it
    core = core if core.isupper() and not re.search(r"\d", core) and label_kind(core) else bare
    if core.isupper() and not sentence_like and not re.search(r"\d", DATE.sub("", core)):
        return None if capitals_note and LABEL.match(core) else core
    return None


def list_title(line: str, following: str) -> str | None:
    """A short section name over a list ("Goals", "Discharge plan"), or goals named in a sentence opening it ("... goals:")."""
    bare = english_half(line.strip())
    # ... or over lines indented under it ("Numbers" over "  weight 43.1 kg -> 37.9 kg"), a name of three words at most
    indented = bool(re.match(r"(?: {2,}|\t)\S", following)) and not line[:1].isspace()
    if not (BULLET.match(following) or indented) or BULLET.match(line):
        return None
    # a bracket after the name dates or sources the list ("Goals (from the 09/03 plan)"): the name outside it decides
    name = re.sub(r"\s*\([^()]*\)\s*$", "", bare)
    if 0 < len(name.split()) <= 6 and name[:1].isupper() and not re.search(r"[.!?:;,]$", name) and timed_name(name) and (
            label_kind(name) or indented and not BULLET.match(following) and len(name.split()) <= 3 and re.search(r"[a-z]", name)):
        return bare
    return next((m.group(0) for m in re.finditer(r"\b(?:goals|objectives|targets)\b", bare, re.I) if bare.endswith(":")), None)


def mostly_capitals(note: str) -> bool:
    letters = [c for c in note if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


RULE_LINE = re.compile(r"^\s*[-=_*~]{3,}\s*$")


_LONG_HEADING = re.compile(r"(?:Why|What|How|Reasons?|Rationale|Plan|Goals|Expected|Anticipated|Requested|Previous|Past|Prior|"
                           r"History|Treatment (?:history|plan|goals)|Discharge|Step[- ]down|Functional|Current)\b(?!.*\s[-\u2013\u2014|:]\s)")


def english_half(bare: str) -> str:
    """A two-language heading ("योजना / Plan", "Tavoitteet / Goals (set with her)") is named by its English half."""
    pair = re.match(r"^([^/\n]{1,40}?)\s+/\s+(\S.*)$", bare)
    if pair and not label_kind(pair.group(1)) and label_kind(re.sub(r"\s*\([^()]*\)\s*$", "", pair.group(2))):
        return pair.group(2)
    return bare


def standalone_label(line: str, previous: str) -> bool:
    """A section's name alone on its line after a blank line ("Plan", "Risk", "Discharge criteria")."""
    # a form's numbered section ("8. Goals (plan 09/29, reviewed 01/12)") is named by the words after its number, a
    # bracket that dates or sources it aside
    numbered = re.match(r"^\s*\d{1,2}[.)]\s+(?=[A-Z])", line)
    bare = english_half(line[numbered.end():].strip() if numbered else line.strip())
    if numbered:
        bare = re.sub(r"\s*\([^()]*\)\s*$", "", bare)
    # a longer name of a letter's section counts when it opens as one: "Why a partial hospitalisation programme rather
    # than something less intensive", "What we are asking for and for how long" (not "TRANSCRIPTION - Brandt Services")
    words = len(bare.split())
    if words > (3 if not numbered else 4) and not _LONG_HEADING.match(bare):
        return False
    return (not previous.strip() and 0 < words <= 12 and bare[:1].isupper() and (numbered or not BULLET.match(line))
            and not re.search(r"[.!?:;,]$|:\s*\S", bare) and timed_name(bare) and bool(label_kind(bare)))  # "Meds: none" is a field


def timed_name(name: str) -> bool:
    """A section name with no number, or a known section's name and then its time span in words and a number: "Goals
    for the next 12 weeks", "Goals through 03/2027" (not "Session 12", a field "Dx: F43.10" or a table's header row)."""
    if not re.search(r"\d", name):
        return True
    if re.search(r"[:|=]|\s{3,}|\t", name):
        return False
    words = name.split()
    for k in (1, 2, 3):
        rest = words[k:]
        if label_kind(" ".join(words[:k])) and not re.search(r"\d", " ".join(words[:k])):
            return any(re.search(r"\d", w) for w in rest) and any(re.fullmatch(r"[^\W\d_]{2,}", w) for w in rest)
    return False


# Export residue ("_3 rows. Source: tablet forms._") and a whole line in square brackets, a scanner's or transcriber's
# remark about the record ("[Scanned fax, 2 pages expected]", "[recording resumes after a pause]"): never quoted.
def annotation(line: str) -> str:
    """A clinician's annotation in brackets on a line of its own ("[FCRI severity today = 27 of 36; 13 or more
    suggests ...]", "[Self-exam at least daily, 10-20 minutes each time.]"): a sentence of six or more words, read with
    its brackets blanked (the line keeps its length); '' for a footnote, a tag or a short aside ("[signature on file]")."""
    m = re.fullmatch(r"(\s*)\[([^\[\]\n]+)\](\s*)", line)
    if not m or len(m.group(2).split()) < 6 or _ABOUT_THE_PAPER.search(m.group(2)):
        return ""  # a remark about the paper or the recording ("[Scanned fax, page 2 not received]") stays a remark
    return f"{m.group(1)} {m.group(2)} {m.group(3)}"


# what a bracketed remark says about the document itself, not about the client
_ABOUT_THE_PAPER = re.compile(r"\b(?:scan\w*|fax\w*|ocr|pages?|recording|record(?:ed)? (?:resumes|stops|paused)|transcri\w+|"
                              r"inaudible|unintelligible|crosstalk|pause|audio|illegible|handwrit\w+|attach\w+|stamp\w*|"
                              r"redact\w*|continued|cut off|blank)\b", re.I)


FOOTNOTE = re.compile(r"^\s*(?:[_*]+[^_*]+[_*]+|\[[^\[\]\n]{4,}\])\s*$|^\s*Commented \[[A-Za-z]{1,4}\d*\]:|"  # Word's comments too
                       # software's own disclaimers: "Auto-generated from the session transcript. Review and edit before
                       # adding to the chart.", "(!) AI-generated content may contain errors."
                       r"^\W*(?:auto-?generated|AI-generated|generated by|review and edit|this (?:summary|note) was (?:drafted|generated))\b.{0,160}$",
                       re.I)
