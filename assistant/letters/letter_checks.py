"""Defects a reviewer would send a finished letter back for, found in its text (any mode, any writer).

Each check takes the letter as the clinician sees it and returns the offending lines, so a draft can report
them, an eval can count them and a model can be asked to fix them.
"""

from __future__ import annotations

import re

# Our section headings: a short line of capitals, as the templates write them. A note quoted in capitals is
# content: it ends a sentence, runs long or starts with a list marker.
HEADING = re.compile(r"^(?=[^a-z]*[A-Z]{3})(?![-*\u2022]|\d+[.)]\s)[A-Z0-9][A-Z0-9 ()/,.:&'+-]{2,88}(?<![.;])$")
_SIGN_OFF = re.compile(r"^(?:sincerely|respectfully|regards|thank you)\b", re.I)
# Table markup: pipe rows, separator rows, Markdown headings and bold, or columns aligned with runs of spaces.
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$|^\s*\|(?:\s*[^|]+\s*\|){2,}")
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$|^\s*[=-]{3,}(?:\+[=-]{3,})+\+?\s*$|"
                        r"^\s*\+(?:[=-]{3,}\+)+\s*$")  # "+----+----+": no run that can be split two ways
_MARKDOWN = re.compile(r"^\s*#{1,6}\s+\S|\*\*[^*\n]+\*\*|^\s*```")
_ALIGNED = re.compile(r"\S(?: {3,}|\t+)\S.*\S(?: {3,}|\t+)\S")


def sections(letter: str) -> list[tuple[str, list[str]]]:
    """The letter's headed sections: (heading, the non-blank lines under it until the next heading)."""
    out: list[tuple[str, list[str]]] = []
    for line in letter.splitlines():
        text = line.strip()
        if HEADING.match(text) and len(text.split()) <= 14 and not text.startswith("[MISSING"):
            out.append((text, []))
        elif out and text:
            if _SIGN_OFF.match(text):
                out.append(("", []))  # the closing and signature belong to no section
                continue
            out[-1][1].append(text)
    return [s for s in out if s[0]]


def empty_sections(letter: str) -> list[str]:
    """Headings with nothing under them (a missing element still carries its [MISSING: ...] question)."""
    return [heading for heading, body in sections(letter) if not body]


def markup_lines(letter: str) -> list[str]:
    """Lines of table or Markdown markup that would print literally in a DOCX or PDF letter."""
    return [line for line in letter.splitlines()
            if _PIPE_ROW.search(line) or _SEPARATOR.match(line) or _MARKDOWN.search(line) or _ALIGNED.search(line)]


def drop_empty_sections(letter: str) -> str:
    """The letter without headings that have nothing under them: the last guard after lines were dropped."""
    empty = set(empty_sections(letter))
    if not empty:
        return letter
    return "\n".join(line for line in letter.split("\n") if line.strip() not in empty)


def without_markup(text: str) -> str:
    """Text with table and Markdown markup lines dropped, and bold or heading marks removed from the rest."""
    bad = set(markup_lines(text))
    kept = [line for line in text.split("\n") if line not in bad or not _PIPE_ROW.search(line) and not _SEPARATOR.match(line)]
    return "\n".join(re.sub(r"\*\*([^*\n]+)\*\*", r"\1", re.sub(r"^\s*#{1,6}\s+", "", line)) for line in kept)


def single_spaced(text: str) -> str:
    """Runs of spaces or tabs inside a line made one space (a restored name can carry the note's column gaps); a score
    dated by its month alone reads "in June", "in 08/2026", not "on June" (the restored date has no day)."""
    text = re.sub(r"(?<=\S)[ \t]{2,}(?=\S)", " ", text)
    text = re.sub(r"(?<=\b[A-Z]\.)\.(?=\s|$)", "", text)  # "for Jordan W.." : a name's initial ends the sentence too
    return _ON_MONTH.sub(r"in \1", text)


_ON_MONTH = re.compile(r"\bon ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:,? (?:19|20)\d\d)?|"
                       r"(?:0?[1-9]|1[0-2])/(?:19|20)\d\d)\b(?!\.?[ \t]*\d|/)")


# Which checklist element a section of our letters belongs to ('' for sections that carry no element).
_SECTION_ELEMENTS = (("DIAGNOS", "diagnosis"), ("STANDARDIZED MEASURES", "standardized_measure"),
                     ("FUNCTIONAL IMPAIRMENT", "functional_impairment"), ("RISK", "risk_assessment"),
                     ("TREATMENT HISTORY", "prior_treatment"), ("TREATMENT PLAN", "treatment_modality"),
                     ("PROGRESS", "progress"), ("WHY ", "lower_level_insufficient"), ("DISCHARGE", "discharge_criteria"),
                     ("PLAN FOR DISCHARGE", "discharge_criteria"))


def section_element(heading: str) -> str:
    """The checklist element a letter section shows ('' for the opening, criteria, denial and other sections)."""
    return next((element for key, element in _SECTION_ELEMENTS if heading.upper().startswith(key)), "")


def defects(letter: str) -> dict[str, list[tuple[str, str]]]:
    """Empty sections as (element, heading) and markup lines as (element of the section they sit in, line)."""
    markup, heading, out = set(markup_lines(letter)), "", []
    for line in letter.splitlines():
        if HEADING.match(line.strip()) and len(line.split()) <= 14:
            heading = line.strip()
        elif line in markup:
            out.append((section_element(heading), line))
    return {"empty_sections": [(section_element(h), h) for h in empty_sections(letter)], "markup_lines": out}
